"""What someone else promised: a claimed undertaking by another body or a person must be in the minutes.

Summaries add commitments the minutes never record: "DfI Roads has already promised to clear the
gullies", "Redbank Taverns confirmed it will appeal", "Police Scotland has agreed to step up test
purchasing" — often where the body only asked for those things.  The words are all in the minutes (the
gullies, the appeal, test purchasing), so the content-word test passes; what is missing is anyone
promising.  A claimed commitment of someone other than the body needs a cited sentence that records a
commitment (agreed, promised, undertook, confirmed, will …), holds at least half of the act's words,
and names whoever made it (in that sentence or the one before).  The body's own decisions are the
outcome check's business, but for two acts in words that are no outcome verb: a revocation or suspension
the body is said to have imposed must be recorded as imposed ("declines to revoke the licence" is not
one), and a vote to act ("voted to close the car park overnight") needs a cited decision holding half the
act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilwatch.core.analyse.outcomes import outcome_mentions
from councilwatch.core.verify.failures import Failure
from councilwatch.core.verify.names import COMMON
from councilwatch.core.verify.outcome_claims import (
    ACT_COVERED,
    BODY_SUBJECT,
    NOT_A_DECIDER,
    matter_of,
    subject_before,
)
from councilwatch.core.verify.records import cited_clauses, relevance
from councilwatch.core.verify.sentences import split_sentences
from councilwatch.core.verify.words import content_stems, stem, stem_set

_COMMITTED = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|now\s+|since\s+)?(?:agreed|promised|undertaken|committed|pledged|"
    r"threatened|offered|decided)\s+to\b"
    r"|\b(?:promised|pledged|undertook|threatened|vowed)\s+to\b"
    r"|\b(?:confirmed|said|announced|warned)\s+(?:at\s+the\s+\w+\s+)?(?:that\s+)?(?:it|he|she|they)\s+"
    r"(?:will|would)\b",
    re.IGNORECASE,
)
# The body itself, or its members ("we" in a council's own newsletter): their decisions are outcomes.
_WE = re.compile(r"\b(?:we|We)\b")
# "58 per cent said they would support a rise": a survey's answer, not anyone's promise
_OPINION_POLL = re.compile(r"%|\bper\s*cent\b|\b(?:respondents|people|residents|survey)\b", re.IGNORECASE)
_RECORDS_COMMITMENT = re.compile(
    r"\b(?:agree|promis|undert|commit|pledg|threat|offer|vow|confirm|will|would|intend|plan|shall|assur)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;.]|\s+(?:but|while|whereas|because|after|once|if)\s+", re.IGNORECASE)
_ACT_SHARE = 0.5
_VOTED_TO = re.compile(r"\b(?:voted|decided|resolved|chose|opted)\s+(?:unanimously\s+)?to\s+(?!the\b)", re.I)
_DECIDING = re.compile(r"(?i)\b(?:resolved|decided|determined|agreed|voted)\b")
# a sanction the body claims to have imposed: "revoked the licence", "agreed to suspend it"
_SANCTION_CLAIM = re.compile(
    r"\b(?:(?:agreed|decided|resolved|voted|chose)\s+to\s+(?P<inf>revoke|suspend)|(?P<past>revoked|suspended))\b",
    re.IGNORECASE,
)


def unrecorded_commitments(text: str, passages: Sequence[str]) -> list[Failure]:
    failures: list[Failure] = []
    flat = re.sub(r"\s+", " ", text)
    for claimed in _COMMITTED.finditer(flat):
        before = flat[: claimed.start()]
        subject = re.split(r"[,;:]\s|\band\s", before)[-1]
        if (
            not subject.strip()
            or BODY_SUBJECT.search(subject)
            or _WE.search(subject)
            or _OPINION_POLL.search(subject)
        ):
            continue
        end = _CLAUSE_END.search(flat, claimed.end())
        said = flat[claimed.end() : end.start() if end else len(flat)]
        act = {s for s in content_stems(said) if len(s) > 1}
        who = {stem(w) for w in re.findall(r"[A-Z][\w'’-]+", subject) if w.lower() not in COMMON}
        if len(act) < 2 or _recorded(act, who, passages):
            continue
        failures.append(
            Failure(
                "unsupported",
                f"“{flat[claimed.start() : end.start() if end else len(flat)].strip()}”: no cited passage "
                "records that commitment",
            )
        )
    return failures


def _recorded(act: set[str], who: set[str], passages: Sequence[str]) -> bool:
    for passage in passages:
        sentences = split_sentences(passage)
        for index, sentence in enumerate(sentences):
            words = stem_set(sentence)
            named = stem_set(" ".join(sentences[max(0, index - 1) : index + 1]))
            if (
                _RECORDS_COMMITMENT.search(sentence)
                and len(act & words) >= _ACT_SHARE * len(act)
                and who <= named
            ):
                return True
    return False


def unrecorded_sanctions(text: str, passages: list[str]) -> list[Failure]:
    """ "The panel agreed to revoke the licence" needs a revocation the cited passages record as done:
    "declines to revoke the licence" and "the Police asked the Sub-Committee to revoke" are not one."""
    flat = re.sub(r"\s+", " ", text)
    failures = []
    for claimed in _SANCTION_CLAIM.finditer(flat):
        if NOT_A_DECIDER.search(subject_before(flat, claimed.start())):
            continue
        verb = claimed.group("inf") or claimed.group("past")
        stem_ = verb.lower()[:6]
        done = any(
            m.taken and m.words.lower().startswith(stem_)
            for passage in passages
            for m in outcome_mentions(passage)
        )
        if not done:
            failures.append(
                Failure("outcome_mismatch", f"the sentence says {verb}; no cited passage records it done")
            )
    return failures


def _voted_acts(flat: str) -> list[set[str]]:
    """ "The authority also voted to close the car park overnight": a decision to act, in words that are no
    outcome verb; what was to be done, for each such decision the sentence claims."""
    mentions = outcome_mentions(flat)
    acts = []
    for voted in _VOTED_TO.finditer(flat):
        if any(m.start <= voted.start() < m.end or voted.start() <= m.start < voted.end() for m in mentions):
            continue
        if not BODY_SUBJECT.search(subject_before(flat, voted.start())):
            continue
        stop = re.search(r"[,;(]|\s+(?:but|while|because|after)\s", flat[voted.end() :])
        act = matter_of(flat[voted.end() : voted.end() + stop.start()] if stop else flat[voted.end() :])
        if len(act) >= 2:
            acts.append(act)
    return acts


def unrecorded_votes(text: str, passages: list[str]) -> list[Failure]:
    """A decision to act ("voted to close the car park") needs a cited decision holding half the act."""
    votes = _voted_acts(re.sub(r"\s+", " ", text)) if _VOTED_TO.search(text) else []
    if not votes:
        return []
    cited = cited_clauses(passages, text)
    failures = []
    for act in votes:
        decided = any(
            (outcomes or _DECIDING.search(clause))
            and relevance(act, clause, heading) >= ACT_COVERED * len(act)
            for outcomes, clause, heading in cited
        )
        if not decided:
            failures.append(
                Failure("outcome_mismatch", "no cited decision records what the sentence says was voted")
            )
    return failures
