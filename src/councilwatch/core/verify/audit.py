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

from councilwatch.core.analyse.outcomes import MOTION_RESULT, outcome_mentions, supported_outcomes
from councilwatch.core.retrieve import BM25
from councilwatch.core.verify.checks import Failure, verify_sentence
from councilwatch.core.verify.figures import Figures, extract_figures, supported
from councilwatch.core.verify.records import PART_SEPARATOR
from councilwatch.core.verify.sentences import paragraphs, split_sentences
from councilwatch.core.verify.words import content_stems

TOP_K = 3
PER_CLAUSE = 1
WINDOW_CHARS = 400
HEADER_PASSAGES = 3
DECISIONS_PER_ITEM = 3
MOTION_REACH = 2  # passages before a vote's result searched for the motion it decides
_SHARED_FOR_A_FIGURE = 2  # content words a passage from another item must share to supply a figure
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+|\s+(?:but|whereas)\s+", re.IGNORECASE)
_NUMBERED_TITLE = re.compile(
    # a capital, or an application reference: "4. 24/00518/FUL – ERECTION OF 64 DWELLINGHOUSES"
    r"^(?:(?:item|minute)\s+)?(?:[A-Z]{1,5}[./ ]?)?(?:\d{1,3}[./])*\d{1,3}[.):]?\s+(?:[A-Z(‘'\"]|\d+/\d)"
)
# A part of an item: a sub-mark, then a reference ("24/01187/FUL", "Application No. C24/1002/FUL") or a
# dash between what and where ("(b) The Red Lion, High Street – variation of licence").
_PART_TITLE = re.compile(
    r"^(?:\(?(?:[a-z]|[ivx]{1,4})[.)]|\d{1,2}\.\d{1,2})\s+"
    r"(?:(?:application\s+)?(?:no\.?\s*)?[A-Z]*\d[\w/.-]*/[\w/.-]+|.{3,120}?\s[–—-]\s)",
    re.IGNORECASE,
)
_LEAD_END = re.compile(r"(?::-?|–|—|\bthat|\bto)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SourcePassage:
    source: str
    text: str
    section: int = 0  # passages of one agenda item share a number; 0 is the opening matter
    title: str = ""  # that item's heading line
    lead: str = ""  # for a list item, the words introducing the list
    part: int = 0  # within an item, which of its sub-headed parts (one planning application each); 0: none
    subtitle: str = ""  # that part's heading line

    def for_checking(self) -> str:
        body = f"{self.lead} {self.text}" if self.lead else self.text
        heading = f"{self.title}{PART_SEPARATOR}{self.subtitle}" if self.subtitle else self.title
        return f"{heading}\n{body}" if heading and heading != self.text else body


def _item_title(first_line: str) -> str:
    """The line if it reads as an agenda item heading, else ""."""
    line = first_line.strip()
    words = len(line.split())
    if re.search(r"[.;:,]$", line) or words > 30:
        return ""
    letters = [c for c in line if c.isalpha()]
    capitals = len(letters) >= 6 and all(c.isupper() for c in letters)
    # Unnumbered capitals ("NORTHMOOR COUNTY COUNCIL") head the whole document, not an item.
    return line if _NUMBERED_TITLE.match(line) and (capitals or words <= 12) else ""


def _part_title(first_line: str) -> str:
    """The line if it heads one part of an item ("(iii) LA08/2024/0790/F – Wind turbine …"), else ""."""
    line = first_line.strip()
    if re.search(r"[.;:,]$", line) or len(line.split()) > 40:
        return ""
    return line if _PART_TITLE.match(line) else ""


def source_passages(name: str, text: str) -> list[SourcePassage]:
    """``text`` cut into passages (see the module docstring); blank text gives none."""
    passages: list[SourcePassage] = []
    section, title, lead, part, subtitle = 0, "", "", 0, ""
    for paragraph in paragraphs(text):
        heading = _item_title(paragraph.first_line)
        if heading:
            section, title, lead, part, subtitle = section + 1, heading, "", 0, ""
        elif section and not lead and (sub := _part_title(paragraph.first_line)):
            part, subtitle = part + 1, sub
        where = {"section": section, "title": title, "part": part, "subtitle": subtitle}
        sentences = split_sentences(paragraph.text)
        if paragraph.is_item and not heading and not (part and subtitle == paragraph.first_line.strip()):
            passages.append(SourcePassage(name, " ".join(sentences), lead=lead, **where))
            continue
        window: list[str] = []
        for sentence in sentences:
            if window and len(" ".join([*window, sentence])) > WINDOW_CHARS:
                passages.append(SourcePassage(name, " ".join(window), **where))
                window = []
            window.append(sentence)
        if window:
            passages.append(SourcePassage(name, " ".join(window), **where))
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
        self.context = [self.passages[i].text for i in self.headers]
        self.text = "\n".join(text for _, text in sources)
        self._items: dict[tuple[str, int], list[int]] = {}
        self._parts: dict[tuple[str, int, int], list[int]] = {}
        self._stated: dict[int, Figures] = {}
        self._content: dict[int, frozenset[str]] = {}
        for i, p in enumerate(self.passages):
            if p.section:
                self._items.setdefault((p.source, p.section), []).append(i)
            if p.part:
                self._parts.setdefault((p.source, p.section, p.part), []).append(i)

    def best(self, query: str, k: int) -> list[int]:
        found = self.index.top(query, k + len(self.headers))
        # the opening passages are cited anyway; but a short source may be nothing but its opening
        return [i for i, _ in found if i not in self.headers][:k] or [i for i, _ in found][:k]

    def related(self, chosen: list[int]) -> list[int]:
        extra: list[int] = []
        for i in chosen:
            p = self.passages[i]
            # A passage of one application brings that application's decisions, not its neighbours'.
            members = (
                self._parts[(p.source, p.section, p.part)]
                if p.part
                else self._items.get((p.source, p.section), [])
            )
            if members:
                extra.append(members[0])
                decisions = [m for m in members if supported_outcomes(self.passages[m].for_checking())]
                extra.extend(decisions[:DECISIONS_PER_ITEM])
                # a vote's result ("the amendment was lost") and the motion it decides, moved just before
                for m in decisions[:DECISIONS_PER_ITEM]:
                    if MOTION_RESULT.search(self.passages[m].text):
                        extra.extend(n for n in members if m - MOTION_REACH <= n < m)
        return extra

    def stating(self, sentence: str, chosen: list[int]) -> list[int]:
        """For each figure of the sentence that no chosen passage states, the first passage of the same
        items that does: "defeated by 26 votes to 19" is settled by the item's "Against (26): …" line,
        which shares no other word with the sentence."""
        cited = extract_figures("\n".join(self.passages[i].text for i in chosen))
        wanted = [f for f in extract_figures(sentence).items if not supported(f, cited)]
        if not wanted:
            return []
        extra: list[int] = []
        words = set(content_stems(sentence))
        for figure in wanted:
            for i in chosen:
                key = (self.passages[i].source, self.passages[i].section)
                found = next(
                    (m for m in self._items.get(key, []) if supported(figure, self._figures(m))), None
                )
                if found is not None:
                    extra.append(found)
                    break
            else:
                # Another item may state it ("a £2.4 million gap" in the budget item, cited from the
                # consultation item): any passage that states it and shares words with the sentence.
                stating = [
                    m
                    for m in range(len(self.passages))
                    if supported(figure, self._figures(m))
                    and len(words & self._words(m)) >= _SHARED_FOR_A_FIGURE
                ]
                extra.extend(stating[:1])
        return extra

    def _words(self, index: int) -> frozenset[str]:
        if index not in self._content:
            self._content[index] = frozenset(content_stems(self.passages[index].text))
        return self._content[index]

    def _figures(self, index: int) -> Figures:
        if index not in self._stated:
            self._stated[index] = extract_figures(self.passages[index].text)
        return self._stated[index]

    def cite(self, sentence: str) -> list[int]:
        chosen = self.best(sentence, TOP_K)
        for clause in clauses(sentence):
            chosen += self.best(clause, PER_CLAUSE)
        if not chosen:
            return []
        chosen += self.stating(sentence, chosen)
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
        check = verify_sentence(sentence, [p.for_checking() for p in cited], found.context, found.text)
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
