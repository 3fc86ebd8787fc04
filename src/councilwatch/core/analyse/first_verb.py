"""Clauses whose first outcome verb is not what the body decided.

``outcomes.classify_outcome`` labels a clause by its governing (first) outcome verb.  Some wordings put
another verb first: a welcome before the decision ("warmly welcomed the scheme and resolved to support
it"), objections overruled before an order is made, a report "accepted" that is really a recommendation
adopted, a response whose contents ask for things ("agrees that its response should … ask that …").
Each rule here is one such wording, written for how councils word it, not for one set of minutes; the
conventions behind them are in ``tests/eval/LABELS.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from councilwatch.core.analyse.outcome_verbs import Outcome
from councilwatch.core.analyse.verb_hits import Hit

# Accepting or approving apologies (or the reasons for absence) is procedure, whatever the verb.
_APOLOGIES = re.compile(
    r"\b(?:reasons?\s+for\s+(?:their\s+|his\s+|her\s+)?absence|apolog(?:y|ies))\b[^.;]{0,120}?"
    r"\b(?:be|were|was|are|is)\s+(?:received\s+and\s+)?(?:accepted|approved|noted)\b",
    re.IGNORECASE,
)
_OVERRULED = re.compile(
    r"(?:be|were|was|are)\s+(?:overruled|set\s+aside|dismissed)|overrul|set\s+aside", re.IGNORECASE
)
WELCOMED = re.compile(r"welcom", re.IGNORECASE)
_RESOLVED_TO = re.compile(
    r"\band\s+(?:resolved|agreed|decided|voted)\s+(?:unanimously\s+)?to\s+$", re.IGNORECASE
)
_ACCEPTED = re.compile(r"accept", re.IGNORECASE)
_RECOMMENDATION_SUBJECT = re.compile(
    r"\brecommendations?\b(?:\s+(?:of|from)\b[^.;]{0,80}?|[\s\d,]+(?:and\s+\d+)?)?\s+(?:be|were|was|is|are)\s+$",
    re.IGNORECASE,
)
# Pay is money: "agreed that the Clerk move to the next point on her salary scale" approves a cost.
_PAY = re.compile(
    r"\b(?:salary|pay)\s+(?:scale|point|award|increase|rise)\b|\bspinal\s+(?:column\s+)?point\b",
    re.IGNORECASE,
)
_OWN_RESPONSE = re.compile(
    r"\s*(?:[:–—-]+\s*)?that\s+(?:the|its|their|our|this)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:response|reply|submission|comments?)\b",
    re.IGNORECASE,
)
_AS_RECOMMENDATIONS = re.compile(r"(?:reported|submitted|sent|forwarded|put)\b", re.IGNORECASE)
_NOTED_THAT = re.compile(r"noted\s+that\b", re.IGNORECASE)
_AND_THEN = re.compile(r"\band\s+$", re.IGNORECASE)
_PAST = re.compile(r"[a-z]+ed\b", re.IGNORECASE)


def is_clause_head(text: str, hit: Hit) -> bool:
    """A verb right after "and" / "and that … be" heads its own coordinated clause."""
    return bool(
        re.search(r"\band\s+(?:that\s+)?(?:[\w'-]+\s+){0,6}?(?:be\s+)?$", text[: hit.start], re.IGNORECASE)
    )


def first_verb_exception(text: str, hits: tuple[Hit, ...] | list[Hit]) -> Outcome | None:
    """The outcome when ``text``'s first verb is not the decision; None when the first verb decides."""
    if _APOLOGIES.search(text):
        return Outcome.OTHER
    first, later = hits[0], hits[1:]
    if first.outcome is Outcome.OTHER and _OVERRULED.match(text, first.start):
        # "set aside the objections and make the Order": overruling objections only clears the way
        return _first(h.outcome for h in later if h.taken and is_clause_head(text, h))
    if first.outcome is Outcome.AGREED and WELCOMED.match(text, first.start):
        # "Members warmly welcomed the scheme and resolved to support it": the welcome is not the decision
        return _first(h.outcome for h in later if h.taken and _RESOLVED_TO.search(text, 0, h.start))
    if first.outcome is Outcome.AGREED:
        if _ACCEPTED.match(text, first.start) and _RECOMMENDATION_SUBJECT.search(text, 0, first.start):
            return Outcome.APPROVED  # "the recommendation of the Audit Committee be accepted": decided it
        if _PAY.search(text, first.end):
            return Outcome.APPROVED
        if _OWN_RESPONSE.match(text, first.end):
            # "agrees that its response should express concern … and ask …": what the response will say,
            # unless it goes to another body as recommendations
            as_recommendations = any(
                h.outcome is Outcome.RECOMMENDED and _AS_RECOMMENDATIONS.match(text, h.start) for h in hits
            )
            return Outcome.RECOMMENDED if as_recommendations else Outcome.AGREED
    if first.outcome is Outcome.NOTED and _NOTED_THAT.match(text, first.start):
        # "Members noted that the building is listed and asked that …": a second verb of the same subject,
        # not part of what was noted
        return _first(
            h.outcome
            for h in later
            if h.taken and _AND_THEN.search(text, 0, h.start) and _PAST.match(text, h.start)
        )
    return None


def _first(outcomes: Iterable[Outcome]) -> Outcome | None:
    return next(iter(outcomes), None)
