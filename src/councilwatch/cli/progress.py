"""Progress bars for long CLI work, on stderr so `--json` output on stdout stays clean."""

from __future__ import annotations

import sys
from typing import Any

import click


class PhaseProgress:
    """A progress bar per phase ("listing", "meetings", …), fed by ``(phase, done, total)`` callbacks."""

    def __init__(self, labels: dict[str, str], *, enabled: bool = True) -> None:
        self.labels = labels
        self.enabled = enabled and sys.stderr.isatty()
        self._phase = ""
        self._bar: Any = None
        self._done = 0

    def __call__(self, phase: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        if phase != self._phase:
            self.close()
            self._phase, self._done = phase, 0
            label = self.labels.get(phase, phase)
            self._bar = click.progressbar(length=max(total, 1), label=label, file=sys.stderr, show_pos=True)
            self._bar.__enter__()
        self._bar.update(done - self._done)
        self._done = done

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None

    def __enter__(self) -> PhaseProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
