"""Find where a public reports pack repeats an individual paper.

ModernGov publishes each report on its own (``documents/s12345/…pdf``) and again inside the meeting's
reports pack (``documents/g1234/Public reports pack….pdf``).  Storing both passage sets doubles the
index and makes every search hit twice.  This module matches the paper's passages against the pack's
and reports the page range of the pack that holds the paper, with the passage pairs, so storage can
keep one passage set and point both documents at it.

Matching is on normalised text (case, punctuation, spacing and bullet glyphs ignored), so different
running headers or page stamps do not matter.  Only passages of a few words count: "Background" or
"Page 3" match everywhere and prove nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from councilwatch.core.models import Extraction

MIN_WORDS = 4  # shorter passages are too common to prove a match
MIN_COVERAGE = 0.6  # share of the paper's eligible passages that must be found in one stretch of the pack
# A one-page paper keeps its running header and footer (they cannot be told from text on a single page), and
# the pack drops them: with at least this many passages found once and only once in the pack, in one
# stretch, a lower share is still proof.
ANCHORED_COVERAGE = 0.5
MIN_ANCHORS = 2


@dataclass(frozen=True, slots=True)
class PackOverlap:
    """Whether ``pack`` contains ``paper``, and where."""

    found: bool
    first_page: int | None = None  # pack pages holding the paper (inclusive)
    last_page: int | None = None
    matched: int = 0  # paper passages found in that stretch
    eligible: int = 0  # paper passages long enough to count
    pairs: tuple[tuple[int, int], ...] = ()  # (paper ordinal, pack ordinal)

    @property
    def coverage(self) -> float:
        return self.matched / self.eligible if self.eligible else 0.0


_NON_WORD = re.compile(r"[^0-9a-z£%]+")


def _key(text: str) -> str:
    return _NON_WORD.sub(" ", text.lower()).strip()


def shared_passages(pack: Extraction, paper: Extraction) -> PackOverlap:
    """Locate ``paper`` inside ``pack``; ``found`` is False when too little of it appears in one stretch."""
    where: dict[str, list[int]] = defaultdict(list)
    for position, passage in enumerate(pack.passages):
        where[_key(passage.text)].append(position)

    eligible = [p for p in paper.passages if len(_key(p.text).split()) >= MIN_WORDS]
    if not eligible:
        return PackOverlap(found=False)

    # Papers share templates ("Meeting: Cabinet", "Date: …", "1 Purpose of the Report"), so a passage found
    # in several places in the pack proves nothing about where this paper is. Passages found exactly once
    # anchor the paper; every other passage takes its occurrence nearest to the anchors. Without anchors,
    # walk the paper in order, preferring the occurrence just after the previous match.
    found = [(p, where[_key(p.text)]) for p in eligible if where.get(_key(p.text))]
    anchors = sorted(candidates[0] for _, candidates in found if len(candidates) == 1)
    pairs: list[tuple[int, int]] = []
    cursor = -1
    for passage, candidates in found:
        if anchors:
            centre = anchors[len(anchors) // 2]
            chosen = min(candidates, key=lambda c: abs(c - centre))
        else:
            after = [c for c in candidates if c > cursor]
            chosen = after[0] if after else candidates[0]
        pairs.append((passage.ordinal, chosen))
        cursor = chosen

    run = _longest_ordered_run(pairs)
    if not run:
        return PackOverlap(found=False, eligible=len(eligible))
    pages = [pack.passages[pack_index].page for _, pack_index in run]
    known = [page for page in pages if page is not None]
    coverage = len(run) / len(eligible)
    anchored = sum(1 for _, pack_index in run if pack_index in set(anchors))
    return PackOverlap(
        found=coverage >= MIN_COVERAGE or (anchored >= MIN_ANCHORS and coverage >= ANCHORED_COVERAGE),
        first_page=min(known) if known else None,
        last_page=max(known) if known else None,
        matched=len(run),
        eligible=len(eligible),
        pairs=tuple((paper_ordinal, pack.passages[i].ordinal) for paper_ordinal, i in run),
    )


def _longest_ordered_run(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of pairs whose pack positions keep rising with few gaps (one copy of the paper)."""
    best: list[tuple[int, int]] = []
    current: list[tuple[int, int]] = []
    for pair in pairs:
        # A jump of more than a few dozen passages means we left the copy of the paper.
        if current and not (current[-1][1] < pair[1] <= current[-1][1] + 40):
            if len(current) > len(best):
                best = current
            current = []
        current.append(pair)
    return current if len(current) > len(best) else best
