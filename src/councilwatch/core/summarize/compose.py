"""Publish a sentence only if the verifier passes it.

An engine proposes a claim as a list of wordings, most readable first and most literal last, plus the
passages it rests on.  The first wording that passes ``verify_sentence`` against exactly those passages is
published; if none passes, nothing is published.  This is the single gate every engine's sentences go
through, so "never published failing" holds by construction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from councilwatch.core.analyse.document import MeetingText, Span
from councilwatch.core.summarize.types import SummarySentence
from councilwatch.core.verify import verify_sentence


class Composer:
    def __init__(self, meeting: MeetingText) -> None:
        self.meeting = meeting
        self.dropped = 0
        self._published: set[str] = set()

    def cite(self, spans: Iterable[Span]) -> tuple[str, ...]:
        return tuple(self.meeting.cite_spans(spans))

    def publish(
        self, wordings: Sequence[str], citations: Sequence[str], *, allow_repeat: bool = False
    ) -> SummarySentence | None:
        """The first wording that passes against ``citations``; None (and counted) if none does."""
        candidates = [w for w in dict.fromkeys(w.strip() for w in wordings) if w]
        if not candidates:
            return None
        cited = self.meeting.texts(citations)
        for wording in candidates:
            if not allow_repeat and wording in self._published:
                return None
            check = verify_sentence(wording, cited)
            if check.passed:
                self._published.add(wording)
                return SummarySentence(wording, tuple(citations), check)
        self.dropped += 1
        return None

    def check(self, text: str, citations: Sequence[str]) -> SummarySentence:
        """Verify without publishing: used for sentences proposed by someone else (an LLM)."""
        cited = self.meeting.texts(citations)
        return SummarySentence(text, tuple(citations), verify_sentence(text, cited))
