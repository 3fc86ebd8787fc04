"""What the cited passages record: each clause's outcomes as taken, what it is about, and how close it is
to what a sentence claims.

A passage's first line, when it has several, is its heading (an item title, and for one part of an item
the part's own heading after ``PART_SEPARATOR``): context for each of its clauses, kept apart so a
heading's words never govern a clause's verb.  An outcome taken by a body the sentence does not name
("which was approved by the Police and Crime Board") does not count as recorded for the sentence's subject.
"""

from __future__ import annotations

import re

from councilwatch.core.analyse.outcomes import Outcome, decision_clauses, outcome_mentions, supported_outcomes
from councilwatch.core.verify.paraphrase import alternatives
from councilwatch.core.verify.words import stem, stem_set

PART_SEPARATOR = " — "  # between an item's heading and a part's, in a cited passage's first line
_AGENT = re.compile(r"\s+by\s+(?:the\s+)?([A-Z][\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|of|and|for|the))*)")
_FOR_CONSULTATION = re.compile(
    r"(?i)\bfor\s+(?:the\s+purposes?\s+of\s+)?(?:[\w-]+\s+){0,2}?consultation|\b(?:out\s+)?to\s+(?:public\s+)?consult"
)
_ENDORSED_ADVICE = re.compile(
    r"(?i)\b(?:endors|support|agree)\w*\s+(?:the\s+)?recommendations?\s+(?:that|to)\s+(?:the\s+)?(?-i:[A-Z])"
)
_SMALL = frozenset({"of", "and", "for", "the"})
_MOVED = re.compile(r"(?i)\b(?:moved|proposed)\b")
_MOTION_RESULT = re.compile(
    r"(?i)\b(?:motion|amendment|proposal|proposition|it)\b.{0,40}?\b(?:lost|fell|defeated|rejected)\b"
)
_PREFIX = 6


def cited_clauses(passages: list[str], sentence: str) -> list[tuple[set[Outcome], str, str]]:
    """(outcomes recorded, clause, heading) for every clause of the cited passages.

    A passage's first line, when it has several, is its heading: context for each of its clauses, kept
    apart so a heading's words ("Proposed Police Precept") never govern a clause's verb.  An outcome taken
    by a body the sentence does not name ("which was approved by the Police and Crime Board") does not
    count as recorded for the sentence's subject.
    """
    said = stem_set(sentence)
    split = [
        passage.strip().split("\n", 1) if "\n" in passage.strip() else ("", passage) for passage in passages
    ]
    out: list[tuple[set[Outcome], str, str]] = []
    for index, (heading, body) in enumerate(split):
        for clause in decision_clauses(body):
            # "On being put to the vote the amendment was lost" is about the motion moved before it: in its
            # own passage, or in the cited passage before it that moves it (the audit cites them together)
            about = clause
            if _MOTION_RESULT.search(clause):
                about = body
                moved = [b for h, b in split[:index] if h == heading and _MOVED.search(b)]
                about = f"{moved[-1]} {body}" if moved and not _MOVED.search(body) else body
            out.append((_recorded_for(clause, said), about, heading))
    return out


def _recorded_for(clause: str, said: frozenset[str]) -> set[Outcome]:
    outcomes = supported_outcomes(clause)
    own: set[Outcome] = set()
    others: set[Outcome] = set()
    for mention in outcome_mentions(clause):
        if not mention.taken:
            continue
        agent = _AGENT.match(clause[mention.end :])
        words = (
            [stem(w) for w in re.findall(r"[A-Za-z][\w'-]*", agent.group(1)) if w.lower() not in _SMALL]
            if agent
            else []
        )
        if words and sum(w in said for w in words) * 2 < len(words):
            others.add(mention.outcome)
        else:
            own.add(mention.outcome)
    recorded = (outcomes - others) | (own & outcomes)
    if _ENDORSED_ADVICE.search(clause) and not said & {stem("recommendation"), stem("endorsed")}:
        # "endorses the recommendation that the Mayor make the scheme": the Mayor decides; the Board
        # backed advice to him, which is a recommendation, not an approval of the scheme.
        recorded = (recorded - {Outcome.APPROVED, Outcome.AGREED}) | {Outcome.RECOMMENDED}
    if _FOR_CONSULTATION.search(clause) and stem("consultation") not in said:
        # "approved the proposal paper for statutory consultation on the closure" approves a consultation,
        # not the closure: a sentence saying "approved" must say so.
        recorded -= {Outcome.APPROVED, Outcome.AGREED}
    return recorded


def relevance(matter: set[str], clause: str, heading: str) -> float:
    """The heading tells items apart; the clause's own words tell one item's decisions apart.  A part's
    heading ("Planning Applications — (b) 24/0790/F – Single wind turbine") names what its terse decision
    ("that consideration of the application be deferred") is about, so its words count in full.  A word
    counts where the text has it or an everyday equivalent ("homes" for "dwellings")."""
    item, _, part = heading.partition(PART_SEPARATOR)
    own = _shared(matter, clause)
    named = _shared(matter, part) - own
    return len(own) + len(named) + 0.5 * len(_shared(matter, item) - own - named)


def _shared(matter: set[str], text: str) -> set[str]:
    found = stem_set(text)
    # (words sharing a six-letter prefix meet: "de-delegate" and "de-delegation")
    prefixes = {f[:_PREFIX] for f in found if len(f) >= _PREFIX}
    return {
        m
        for m in matter
        if m in found or alternatives(m) & found or (len(m) >= _PREFIX and m[:_PREFIX] in prefixes)
    }
