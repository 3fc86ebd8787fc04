"""Outcome verbs as written in a text, and whether each is taken or only spoken of.

``hits(text)`` finds every verb of the outcome vocabulary (``outcome_verbs.VERBS``: earlier patterns claim
their words first), drops the ones that are nouns or adjectives ("a Briefing Note", "the approved budget",
"the Local Plan adopted in 2021"), and marks each as taken or not: a verb governed by a future or
conditional word, a recommendation or a request, or an infinitive ("Cabinet will be asked to approve",
"recommends that the Plan be approved", "is due to be considered") is not an outcome taken.  The rules that
read a clause's outcome from its hits are in ``outcomes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from councilwatch.core.analyse.outcome_verbs import VERBS, Outcome

_COMPILED = tuple((outcome, re.compile(pattern, re.IGNORECASE)) for outcome, pattern in VERBS)

# Words that make a later decision verb hypothetical (future, conditional, proposal, an infinitive "to"),
# or background ("had been awarded": done before this meeting, not decided at it).
_GOVERNOR = re.compile(
    r"\b(?:will|shall|would|could|can|cannot|should|(?-i:may)|might|must|due\s+to|expected\s+to|scheduled\s+to|going\s+to|"
    r"intends?\s+to|plans?\s+to|planned\s+to|(?:is|are|was|were)\s+to|likely\s+to|asked\s+to|invited\s+to|"
    r"propos(?:e|es|ed|al)|mov(?:e|es|ed|ing)|seek(?:s|ing)?|sought|whether|pending|if|unless|"
    r"recommend(?:s|ed|ing)?|request(?:s|ed|ing)?|asks?|asking|calling\s+for|authority\s+to|power\s+to|in\s+order\s+to|for\s+(?:\w+\s+)?to|"
    r"had)\b",
    re.IGNORECASE,
)
# An infinitive decision verb is a taken decision only after these ("resolved to grant permission").
_TAKEN_INFINITIVE = re.compile(
    r"\b(?:resolved|resolves|agreed|agrees|decided|decides|voted|unanimously|determined)\s*[:–—-]*\s+"
    r"(?:\([^)]*\)\s*)?(?:\w+\s+)?to\s*$",
    re.IGNORECASE,
)
_INFINITIVE = re.compile(r"\bto\s*$", re.IGNORECASE)
# Where a governor's reach ends: a new sentence, a semicolon, a list break, or a new coordinated clause.
_SCOPE_BREAK = re.compile(
    r"[.;\n•·]|,\s*(?:and|but|while|whereas|which|who)\b|\bbut\b|\bwhereas\b"
    # "if no objections are received, the new fares take effect": the condition ends at the comma
    r"|,\s*(?=(?:the|that|this|these|those|it|they|all|any|each)\s)",
    re.IGNORECASE,
)
# A word before an outcome verb that shows the verb is really a noun or adjective ("a Briefing Note").
_NOUN_MARKERS = frozenset(
    re.findall(
        r"\S+",
        """a an the this these those its their his her our your any each every briefing covering explanatory
        further previous recent earlier original written formal informal under using officer officers'""",
    )
)
_SUBJECTS = frozenset(
    {"committee", "sub-committee", "cabinet", "council", "board", "panel", "executive", "authority"}
    | {"members", "it", "they", "we", "he", "she", "who"}
)
_BACKGROUND_TIME = re.compile(
    r"\s+(?:(?:in|on|during)\s+(?:\d{4}\b|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b|last\b|the\s+(?:previous|last)\b)|(?:last|earlier|previously)\b)",
    re.IGNORECASE,
)
_TENTATIVE = re.compile(r"minded\b", re.IGNORECASE)
_AUXILIARIES = frozenset(
    {"was", "were", "be", "been", "is", "are", "being", "has", "have", "had", "and", "duly"}
)


@dataclass(frozen=True, slots=True)
class Hit:
    outcome: Outcome
    start: int
    end: int
    taken: bool  # False when a governor makes it hypothetical


@lru_cache(maxsize=16384)
def hits(text: str) -> tuple[Hit, ...]:
    """Every outcome verb in ``text``, leftmost first, with overlapping weaker matches dropped.  (Cached:
    the engine and the verifier read the same clauses many times over.)"""
    found: list[Hit] = []
    for outcome, pattern in _COMPILED:
        for match in pattern.finditer(text):
            if any(h.start <= match.start() < h.end or match.start() <= h.start < match.end() for h in found):
                continue  # "not approved" already claimed these words as REFUSED
            if is_noun_use(text, match):
                continue
            # "minded to grant … subject to a section 106 agreement": the decision, but not yet a grant
            taken = is_taken(text, match.start()) and not _TENTATIVE.match(match.group(0))
            found.append(Hit(outcome, match.start(), match.end(), taken))
    return sorted(found, key=lambda h: h.start)


def is_noun_use(text: str, match: re.Match[str]) -> bool:
    """ "a Briefing Note of the Director", "a request from Members", "the approved budget", "under delegated
    powers": the same letters as an outcome verb, used as a noun or an adjective, record nothing."""
    before = text[: match.start()]
    if re.search(r"(?:\(\w{1,3}\)|\b\w\)|\d\.)\s*$", before):
        return False  # "(a) recommends": a list mark, not the article "a"
    previous = re.search(r"([\w'’]+)\W*$", before)
    word = previous.group(1).lower() if previous else ""
    if word in _NOUN_MARKERS:
        return True
    verb = match.group(0).lower()
    if verb.startswith("delegat") and word in {"has", "have", "had", "with", "using", "under"}:
        return True
    # "the modifications recommended by the Inspector": a participle describing a noun, not this body's act.
    if verb.endswith("ed") and re.match(r"\s+by\b", text[match.end() :]) and word not in _AUXILIARIES:
        return True
    # "the Local Plan adopted in 2021", "the budget approved last February": background, not this meeting
    if (
        verb.endswith("ed")
        and word not in _AUXILIARIES
        and word not in _SUBJECTS
        and _BACKGROUND_TIME.match(text, match.end())
    ):
        return True
    return verb in {"note", "notes"} and bool(re.match(r"\s+of\b", text[match.end() :]))


def _scope_before(text: str, position: int) -> str:
    """The text of the clause leading up to ``position`` — where a governor could reach from."""
    before = text[:position]
    breaks = list(_SCOPE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


# "goes to Council with a recommendation that it be approved": a noun that governs all the same
_NOMINAL_GOVERNOR = re.compile(
    r"\b(?:recommendations?|proposals?|requests?|suggestions?)\s+that\b|\brecommendations?\s+to\b",
    re.IGNORECASE,
)


def is_taken(text: str, position: int) -> bool:
    scope = _scope_before(text, position)
    if _INFINITIVE.search(scope) and not _TAKEN_INFINITIVE.search(scope):
        return False
    if _NOMINAL_GOVERNOR.search(scope):
        return False
    return not any(not is_noun_use(scope, governor) for governor in _GOVERNOR.finditer(scope))
