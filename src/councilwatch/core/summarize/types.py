"""The shape of a meeting summary, shared by every engine, and its JSON form (the ``brief`` contract).

Only sentences that passed the verifier are ever put into these records: an engine that cannot produce a
passing sentence drops it.  ``checks`` is still carried so readers can see what was checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from councilwatch.core.analyse.document import MeetingText
from councilwatch.core.analyse.minutes import MeetingAnalysis
from councilwatch.core.verify import Check


@dataclass(frozen=True, slots=True)
class SummarySentence:
    text: str
    citations: tuple[str, ...]
    check: Check

    def as_json(self) -> dict[str, object]:
        return {"text": self.text, "citations": list(self.citations), "checks": self.check.as_json()}


@dataclass(frozen=True, slots=True)
class Decision:
    text: str  # the clause as the minutes word it, numbering removed
    outcome: str  # an Outcome value
    citations: tuple[str, ...]
    recommended_to: str = ""
    number: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "outcome": self.outcome,
            "citations": list(self.citations),
            "recommended_to": self.recommended_to,
            "number": self.number,
        }


@dataclass(frozen=True, slots=True)
class AttendeeNote:
    name: str
    role: str
    citations: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "role": self.role, "citations": list(self.citations)}


@dataclass(slots=True)
class ItemSummary:
    title: str
    number: str = ""
    sentences: list[SummarySentence] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)  # condensed topics members raised
    future_steps: list[SummarySentence] = field(default_factory=list)
    references: list[dict[str, str]] = field(default_factory=list)
    engine: str = "structured"  # which engine wrote this item's sentences (LLM items may fall back)
    procedural: bool = False
    presenter: str = ""  # "the Director of Public Health": who presented the item's paper
    substantive: bool = True  # False: a standing item listed only for its routine decisions
    # The published sentence for each decision (None if every wording failed); not part of the JSON.
    decision_sentences: list[SummarySentence | None] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "title": self.title,
            "number": self.number,
            "sentences": [s.as_json() for s in self.sentences],
            "decisions": [d.as_json() for d in self.decisions],
            "issues": list(self.issues),
            "future_steps": [s.as_json() for s in self.future_steps],
            "minute_references": list(self.references),
            "engine": self.engine,
            "procedural": self.procedural,
            "presenter": self.presenter,
            "substantive": self.substantive,
        }


@dataclass(slots=True)
class Usage:
    """What an LLM engine spent on one meeting; all zero for the structured engine."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float = 0.0
    calls: int = 0
    dropped_sentences: int = 0  # sentences the verifier rejected
    fallback_items: int = 0  # items rewritten by the structured engine after a rejection
    errors: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cost": round(self.cost, 6),
            "calls": self.calls,
            "dropped_sentences": self.dropped_sentences,
            "fallback_items": self.fallback_items,
            "errors": list(self.errors),
        }


@dataclass(slots=True)
class MeetingSummary:
    engine: str
    overview: list[SummarySentence] = field(default_factory=list)
    items: list[ItemSummary] = field(default_factory=list)
    attendees: list[AttendeeNote] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    dropped: int = 0  # candidate sentences no wording of which passed the verifier


@dataclass(frozen=True, slots=True)
class SourceAnalysis:
    """One source document's text and its analysis; ``kind`` is "minutes" or "paper"."""

    meeting: MeetingText
    analysis: MeetingAnalysis
    kind: str
    title: str = ""


class Engine(Protocol):
    name: str

    def summarize(self, sources: list[SourceAnalysis]) -> MeetingSummary: ...
