"""Motions and amendments decided by a vote, outside any RESOLVED block.

Full council minutes often record a motion's fate in a plain sentence ("Following debate the motion was put
to the vote and was lost"); those are decisions too.  The result word decides the outcome: carried or agreed
is AGREED, lost, defeated or fell is REFUSED, withdrawn is OTHER.
"""

from __future__ import annotations

import re

from councilwatch.core.analyse.outcomes import Outcome
from councilwatch.core.analyse.resolutions import Resolution

_IN_SENTENCE = r"(?:[^.\n]|\.(?=\d))"  # a decimal point ("2.99%") does not end the sentence
# One sentence at a time: an unanchored leading "any words" would be retried from every character.
_SENTENCE = re.compile(rf"[^.\n\s]{_IN_SENTENCE}*\.?")
_VOTE = re.compile(
    rf"\b(?P<what>motion|amendment|substantive\s+motion|recommendation)s?\b{_IN_SENTENCE}*?"
    r"\b(?:was|were|being)\s+(?:then\s+|subsequently\s+)?(?:put\s+to\s+(?:the\s+|a\s+)?(?:vote|meeting)\s+"
    r"and\s+(?:was\s+|were\s+)?)?(?:declared\s+)?(?P<result>carried|lost|defeated|fell|withdrawn|agreed|"
    rf"not\s+carried)\b{_IN_SENTENCE}*\.?",
    re.IGNORECASE,
)
_VOTE_OUTCOME = {
    "carried": Outcome.AGREED,
    "agreed": Outcome.AGREED,
    "lost": Outcome.REFUSED,
    "defeated": Outcome.REFUSED,
    "fell": Outcome.REFUSED,
    "not carried": Outcome.REFUSED,
    "withdrawn": Outcome.OTHER,
}


def find_votes(text: str) -> list[Resolution]:
    """Motions and amendments decided by a vote without a RESOLVED line ("the motion was put to the vote
    and was lost").  The result word decides the outcome: carried is agreed, lost or defeated is refused."""
    votes: list[Resolution] = []
    for whole in _SENTENCE.finditer(text):
        match = _VOTE.search(whole.group())
        if match is None:
            continue
        sentence = re.sub(r"\s+", " ", whole.group()).strip(" |\t;")
        result = re.sub(r"\s+", " ", match.group("result").lower())
        start = whole.start()
        votes.append(
            Resolution(
                text=sentence,
                outcome=_VOTE_OUTCOME.get(result, Outcome.OTHER),
                recommended_to="",
                number="",
                lead="",
                marker="vote",
                start=start,
                end=whole.end(),
                lead_start=start,
                lead_end=start,
            )
        )
    return votes
