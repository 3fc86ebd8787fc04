"""One meeting's text as a single string that still knows which passage every character came from.

Analysis works on plain text (regexes over lines and sentences), but every claim we publish must cite the
passages it rests on.  Joining the passages with newlines and remembering each one's span lets any span
found in the text be turned back into passage ids, whatever way the extractor cut the document.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourcePassage:
    """A citable passage as the brief contract shows it: ``id`` is what sentences cite."""

    id: str
    source: str  # file name or document title
    locator: str  # "page 3, paragraph 2" — enough for a person to find it
    text: str

    def as_json(self) -> dict[str, str]:
        return {"id": self.id, "source": self.source, "locator": self.locator, "text": self.text}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


class MeetingText:
    """The passages of one meeting joined by newlines, with span → passage lookup."""

    def __init__(self, passages: Sequence[SourcePassage]) -> None:
        self.passages: tuple[SourcePassage, ...] = tuple(p for p in passages if p.text.strip())
        self._by_id = {p.id: p for p in self.passages}
        parts: list[str] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        offset = 0
        for passage in self.passages:
            text = passage.text.replace("\r\n", "\n").replace("\r", "\n")
            self._starts.append(offset)
            self._ends.append(offset + len(text))
            parts.append(text)
            offset += len(text) + 1  # the joining newline
        self.text = "\n".join(parts)

    def __len__(self) -> int:
        return len(self.passages)

    def cite(self, start: int, end: int) -> list[str]:
        """Ids of the passages overlapping ``text[start:end]``, in document order."""
        if end <= start or not self.passages:
            return []
        first = max(bisect.bisect_right(self._starts, start) - 1, 0)
        ids: list[str] = []
        for index in range(first, len(self.passages)):
            if self._starts[index] >= end:
                break
            if self._ends[index] > start:
                ids.append(self.passages[index].id)
        return ids

    def cite_spans(self, spans: Iterable[Span]) -> list[str]:
        seen: dict[str, None] = {}
        for span in spans:
            for pid in self.cite(span.start, span.end):
                seen.setdefault(pid, None)
        return list(seen)

    def texts(self, ids: Iterable[str]) -> list[str]:
        """The texts of cited passages — what the verifier checks a sentence against."""
        return [self._by_id[pid].text for pid in ids if pid in self._by_id]

    def get(self, pid: str) -> SourcePassage | None:
        return self._by_id.get(pid)
