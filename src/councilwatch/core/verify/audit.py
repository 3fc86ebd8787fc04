"""Audit a summary someone else wrote: plain text, no citations, checked against the meeting's sources.

1. The sources are cut into passages: paragraphs and list items, long paragraphs into windows of
   consecutive sentences of up to ``WINDOW_CHARS`` characters.  Each passage remembers its agenda item
   (the last heading line: "47. Draft Community Safety Plan", "CAB/24/061 BUDGET 2025/26") and, for a
   list item, the lead that governs it ("RESOLVED that Cabinet recommends to Council that it:-").
2. The summary is cut into sentences; headings (ending in a colon, or at most eight words with no full
   stop, figure, quote or outcome word) claim nothing and are listed under ``skipped``.
3. Each sentence cites the ``TOP_K`` passages BM25 ranks best for it.  A sentence that joins two facts
   ("The Committee noted the Plan, and Cabinet will consider it on 18 March") often draws them from
   different passages, so each of its clauses also cites its own best passage (``PER_CLAUSE``): a single
   passage would raise false alarms on such sentences.  For every cited passage its item's opening
   passage and decision passages are cited too, because a sentence about a decision is retrieved by the
   item's description while the RESOLVED clause that settles it shares few words.  The first passages
   of each source (council, committee, date) are cited always: they are every sentence's context.
   More passages never weaken the outcome check, which demands a record about the same matter.
4. The verifier sees each passage under its item title (on its own first line) with its lead, and the
   result follows the ``audit`` JSON contract (with each evidence passage's ``item`` added).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from councilwatch.core.analyse.outcomes import outcome_mentions, supported_outcomes
from councilwatch.core.retrieve import BM25
from councilwatch.core.verify.checks import Failure, verify_sentence
from councilwatch.core.verify.sentences import paragraphs, split_sentences

TOP_K = 3
PER_CLAUSE = 1
WINDOW_CHARS = 400
HEADER_PASSAGES = 3
DECISIONS_PER_ITEM = 3
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+|\s+(?:but|whereas)\s+", re.IGNORECASE)
_NUMBERED_TITLE = re.compile(
    r"^(?:(?:item|minute)\s+)?(?:[A-Z]{1,5}[./ ]?)?(?:\d{1,3}[./])*\d{1,3}[.):]?\s+[A-Z(‘'\"]"
)
_LEAD_END = re.compile(r"(?::-?|–|—|\bthat|\bto)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SourcePassage:
    source: str
    text: str
    section: int = 0  # passages of one agenda item share a number; 0 is the opening matter
    title: str = ""  # that item's heading line
    lead: str = ""  # for a list item, the words introducing the list

    def for_checking(self) -> str:
        body = f"{self.lead} {self.text}" if self.lead else self.text
        return f"{self.title}\n{body}" if self.title and self.title != self.text else body


def _item_title(first_line: str) -> str:
    """The line if it reads as an agenda item heading, else ""."""
    line = first_line.strip()
    words = len(line.split())
    if re.search(r"[.;:,]$", line) or words > 20:
        return ""
    letters = [c for c in line if c.isalpha()]
    capitals = len(letters) >= 6 and all(c.isupper() for c in letters)
    # Unnumbered capitals ("NORTHMOOR COUNTY COUNCIL") head the whole document, not an item.
    return line if _NUMBERED_TITLE.match(line) and (capitals or words <= 12) else ""


def source_passages(name: str, text: str) -> list[SourcePassage]:
    """``text`` cut into passages (see the module docstring); blank text gives none."""
    passages: list[SourcePassage] = []
    section, title, lead = 0, "", ""
    for paragraph in paragraphs(text):
        heading = _item_title(paragraph.first_line)
        if heading:
            section, title, lead = section + 1, heading, ""
        sentences = split_sentences(paragraph.text)
        if paragraph.is_item and not heading:
            passages.append(SourcePassage(name, " ".join(sentences), section, title, lead))
            continue
        window: list[str] = []
        for sentence in sentences:
            if window and len(" ".join([*window, sentence])) > WINDOW_CHARS:
                passages.append(SourcePassage(name, " ".join(window), section, title))
                window = []
            window.append(sentence)
        if window:
            passages.append(SourcePassage(name, " ".join(window), section, title))
        lead = sentences[-1] if sentences and _LEAD_END.search(sentences[-1]) else ""
    return [p for p in passages if p.text]


def is_heading(sentence: str) -> bool:
    """A line that claims nothing: ends in a colon, or is short, unpunctuated, with no figure, quote or
    outcome in it.  ("Budget recommended to Council" is short too, but it is a claim and is checked.)"""
    stripped = sentence.strip()
    if stripped.endswith(":"):
        return True
    if re.search(r"[.!?][\"'”’)]*$", stripped) or len(stripped.split()) > 8:
        return False
    return not re.search(r"\d|[\"“”‘’]", stripped) and not outcome_mentions(stripped)


def clauses(sentence: str) -> list[str]:
    parts = [p.strip() for p in _CLAUSE_BREAK.split(sentence) if p and p.strip()]
    return parts if len(parts) > 1 else []


class _Sources:
    """The passages of all sources with their index, and where each item's passages are."""

    def __init__(self, sources: Sequence[tuple[str, str]]) -> None:
        self.passages: list[SourcePassage] = []
        self.headers: list[int] = []
        for name, text in sources:
            start = len(self.passages)
            self.passages.extend(source_passages(name, text))
            opening = [i for i in range(start, len(self.passages)) if self.passages[i].section == 0]
            self.headers.extend(opening[:HEADER_PASSAGES])
        self.index = BM25([p.text for p in self.passages])
        self._items: dict[tuple[str, int], list[int]] = {}
        for i, p in enumerate(self.passages):
            if p.section:
                self._items.setdefault((p.source, p.section), []).append(i)

    def best(self, query: str, k: int) -> list[int]:
        found = self.index.top(query, k + len(self.headers))
        return [i for i, _ in found if i not in self.headers][:k]

    def related(self, chosen: list[int]) -> list[int]:
        extra: list[int] = []
        for i in chosen:
            members = self._items.get((self.passages[i].source, self.passages[i].section), [])
            if members:
                extra.append(members[0])
                decisions = [m for m in members if supported_outcomes(self.passages[m].for_checking())]
                extra.extend(decisions[:DECISIONS_PER_ITEM])
        return extra

    def cite(self, sentence: str) -> list[int]:
        chosen = self.best(sentence, TOP_K)
        for clause in clauses(sentence):
            chosen += self.best(clause, PER_CLAUSE)
        if not chosen:
            return []
        return list(dict.fromkeys([*chosen, *self.related(chosen), *self.headers]))


def audit(summary: str, sources: Sequence[tuple[str, str]]) -> dict:
    """Check every sentence of ``summary`` against ``sources`` ((name, text) pairs).

    Returns ``{"sentences": [{"text", "supported", "failures", "evidence"}], "summary": {"sentences",
    "unsupported"}, "skipped": [headings]}``.
    """
    found = _Sources(sources)
    results: list[dict] = []
    skipped: list[str] = []
    for sentence in split_sentences(summary):
        if is_heading(sentence):
            skipped.append(sentence)
            continue
        cited = [found.passages[i] for i in found.cite(sentence)]
        check = verify_sentence(sentence, [p.for_checking() for p in cited])
        failures = list(check.failures)
        if not cited:
            failures = [Failure("no_citation", "no passage in the sources shares a word with this sentence")]
        results.append(
            {
                "text": sentence,
                "supported": check.passed,
                "failures": [{"code": f.code, "detail": f.detail} for f in failures],
                "evidence": [{"source": p.source, "text": p.text, "item": p.title} for p in cited],
            }
        )
    return {
        "sentences": results,
        "summary": {"sentences": len(results), "unsupported": sum(1 for r in results if not r["supported"])},
        "skipped": skipped,
    }
