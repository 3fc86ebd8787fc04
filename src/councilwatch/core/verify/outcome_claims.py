"""Outcomes a sentence claims, and whether the clauses it cites record them (``outcome_mismatch``).

A claim is an outcome verb the sentence uses of the body ("the committee approved …", "asked the Clerk
to …"), with what it is about: the subject words of its own clause.  It is borne out when a cited clause
about the same matter records that outcome as taken; "about the same matter" is judged against the other
decisions cited, so an approval of one item never licenses "approved" for another.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from councilwatch.core.analyse.outcomes import (
    Mention,
    Outcome,
    outcome_mentions,
)
from councilwatch.core.verify.failures import Failure
from councilwatch.core.verify.names import COMMON
from councilwatch.core.verify.records import cited_clauses, relevance
from councilwatch.core.verify.words import content_stems, stem, stem_set

CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+|\s+(?:but|whereas)\s+", re.IGNORECASE)

# Outcomes a sentence may only assert when a cited clause records them, and what else counts as support.
_DECISIVE: dict[Outcome, frozenset[Outcome]] = {
    Outcome.APPROVED: frozenset({Outcome.APPROVED, Outcome.AGREED}),
    Outcome.AGREED: frozenset({Outcome.AGREED, Outcome.APPROVED}),
    Outcome.REFUSED: frozenset({Outcome.REFUSED}),
    Outcome.DEFERRED: frozenset({Outcome.DEFERRED}),
    # "Members asked the Clerk to apply for a grant": an invented request is a common fabrication, and its
    # words are often all in the minutes.  Passing a matter on, or recommending, asks someone to act too.
    Outcome.REQUESTED: frozenset({Outcome.REQUESTED, Outcome.REFERRED, Outcome.RECOMMENDED}),
}
_CLAIM_WORDS = re.compile(
    r"approv|adopt|agree|refus|reject|defer|grant|endors|support|not[ed]|noting|recommend"
    r"|down|out|back|off|hold|shelv|go-ahead|green|rubber|through|said|weight|ask|request|instruct|call"
)
# "approved by the Coventry Police and Crime Board": the body that took the decision, when named.
_BACKING = re.compile(r"(?i)\b(?:back|support|endors|weight)")
# "the PTA's request for £250", "a request from the club": a noun, and someone else's request
_A_REQUEST = re.compile(
    r"(?i)\b(?:the|a|an|its|their|his|her|this|that|[\w-]+['’]s)\s+(?:[\w£,.-]+\s+){0,4}?requests?$"
)
_ASIDE = re.compile(r",\s+(?:which|who|whose|after|because|including|pending)\b")
_A_NUMBER_SUPPORTED = re.compile(r"(?i)support(?:s|ed)?\s+(?:about\s+|around\s+|some\s+|over\s+)?[£\d]")
_REFUSED_TO_BACK = re.compile(r"(?i)(?:(?:refus|declin)\w*\s+to|did\s+not)\s+(?:back|support|endorse)\b")
_REFUSED_TO_DECIDE = re.compile(
    r"(?i)(?:refus|declin)\w*\s+to\s+(?:commit|decide|choose|make\s+a\s+decision)\b"
)
BODY_SUBJECT = re.compile(
    r"(?i)\b(?:committee|sub-committee|council|cabinet|board|panel|executive|authority|forum|members|"
    r"councillors?|cllrs?|chair(?:man)?|mayor|leader)\b"
)
_PASSIVE_ASK = re.compile(r"(?i)\b(?:was|were|be|been|being)\s+$")
# "the £600 it asked for", "the sum asked for towards the boiler": "for" with nothing asked after it
_ASKED_OF_US = re.compile(
    r"(?i)as(?:k|ks|ked)\s+for\b(?=\s*(?:[,.;]|$|(?:to|towards|from|by|in|at|on|with)\b))"
)
_SOFT = frozenset({Outcome.NOTED, Outcome.RECOMMENDED})
# Who else "agrees" or "supports" in minutes: consultees, applicants, the public — their views are not
# outcomes the body took.
NOT_A_DECIDER = re.compile(
    r"%|\b(?:respondents?|responses?|residents?|people|public|objectors?|consultees?|applicants?|agents?|"
    r"developers?|owners?|operators?|landlords?|tenants?|compan(?:y|ies)|firms?|contractors?|police|"
    r"parents?|pupils?|businesses|traders|survey|petitioners?|campaigners?|supporters?|opponents?|"
    # people answering to the body, not the body: "the Commissioner ruled out reopening the counter"
    r"commissioner|chief\s+constable|chief\s+executive|director|witness(?:es)?)\b"
    # one councillor's own vote: "Councillor Kilbride supported the amendment"
    r"|^\s*(?-i:(?:Councillor|Cllr|Alderman|Mr|Mrs|Ms|Miss|Dr)\s+(?:[A-Z][\w'’-]+\s+){1,2})$",
    re.IGNORECASE,
)
# A recording clause shares at least this many of the claim's subject words (a heading's count half):
# one shared word ("next", "fund") is chance, not the same matter.
_ABOUT = 1.5
_ASKED_WHOM = re.compile(r"[a-z]+\s+(?:the\s+)?((?:[A-Z][\w'’&-]*\s+){1,5}?)to\s+[a-z]")
ACT_COVERED = 0.5  # share of a claimed request's or undertaking's words its recording clause must hold
_TO_DO = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|its\b|their\b|this\b)[a-z]+\b")
_DONE_BEFORE = re.compile(r"(?i)\b(?:has|have|had)\s+(?:already\s+|previously\s+)?been\s+$")
_ITEM_SURE = 3.0  # the closest text must share this much with the claim before its item decides
_RELEVANT = 0.8  # a recording clause must share at least this share of the closest clause's overlap
_BODIES = frozenset(
    stem(w)
    for w in ("cabinet", "council", "committee", "panel", "board", "executive", "authority", "government")
)


def matter_of(text: str) -> set[str]:
    """What a sentence is about: its content stems without the names of bodies ("Cabinet", "Council")."""
    return {s for s in content_stems(text) if s not in _BODIES}


class _Claim(NamedTuple):
    outcome: Outcome
    matter: set[str]  # what it is about: the stems of its own clause
    accepted: frozenset[Outcome]  # the recorded outcomes that bear it out
    act: set[str]  # for "asked the ICB to fund a shuttle bus", "agreed to open an office": what is to be done


def _claims(text: str) -> list[_Claim]:
    """The outcomes a sentence asserts, each with what it is about: the words around its own verb.

    "The committee approved the fees and noted the report on parking" claims APPROVED about the fees and
    NOTED about the parking report; only the plain words of a decision count as claims ("awarded costs"
    or "set out" do not).
    """
    flat = re.sub(r"\s+", " ", text)
    mentions = outcome_mentions(flat)
    claims: list[_Claim] = []
    for index, mention in enumerate(mentions):
        if not (mention.taken and _CLAIM_WORDS.search(mention.words)):
            continue
        if NOT_A_DECIDER.search(subject_before(flat, mention.start)):
            continue  # "71% of responses supported …", "the developer has agreed to pay": not the body
        if mention.outcome is Outcome.REQUESTED and _not_the_bodys_request(flat, mention):
            continue  # "the £600 it asked for", "the holder asked for more time": not the body asking
        if _A_NUMBER_SUPPORTED.match(flat, mention.start):
            continue  # "the programme supported 2,460 visits": a count, not a decision
        if _DONE_BEFORE.search(flat, 0, mention.start):
            continue  # "a policy which has already been agreed with the unions": not this meeting's act
        start = mentions[index - 1].end if index else 0
        end = mentions[index + 1].start if index + 1 < len(mentions) else len(flat)
        # Its own clause only: in "the hoarding was refused, and planners were told to serve a notice" the
        # refusal is about the hoarding, not the notice.
        start = max([start, *(b.end() for b in CLAUSE_BREAK.finditer(flat, 0, mention.start))])
        after = CLAUSE_BREAK.search(flat, mention.end)
        end = min(end, after.start()) if after else end
        # ... and its object, not what is said about the object: "approved the accounts, which show a
        # balance of £11.3m" is about the accounts.
        aside = _ASIDE.search(flat, mention.end, end)
        end = aside.start() if aside else end
        # Not the verb itself: whether "granted" is recorded is the question, not a word to match on.
        matter = matter_of(f"{flat[start : mention.start]} {flat[mention.end : end]}")
        to_do = mention.outcome is Outcome.REQUESTED or (
            mention.outcome is Outcome.AGREED and bool(_TO_DO.match(flat, mention.end))
        )
        # the act itself: the words after the verb up to the first comma ("… toilets from the District
        # Council, due on 1 April, along with £15,000" asks about the toilets)
        stop = re.search(r"[,;(]", flat[mention.end : end])
        act = matter_of(flat[mention.end : mention.end + stop.start()] if stop else flat[mention.end : end])
        accepted = _accepted(mention.outcome, flat[mention.start : end])
        whom = _addressee(flat[mention.start : end]) if mention.outcome is Outcome.REQUESTED else set()
        claims.append(_Claim(mention.outcome, matter, accepted, (act | whom) if to_do else set()))
    return claims


def _not_the_bodys_request(flat: str, mention: Mention) -> bool:
    """ "the £600 it asked for", "a £500 request from the club", "licence holder Agnes Morrow asked for more
    time": a request made to the body, not by it.  The body asks as its own subject ("the Committee asked",
    "Members asked") or in the passive ("officers were asked to")."""
    if _ASKED_OF_US.match(flat, mention.start) or _A_REQUEST.search(flat[: mention.end]):
        return True
    subject = subject_before(flat, mention.start)
    return not (BODY_SUBJECT.search(subject) or _PASSIVE_ASK.search(flat[: mention.start]))


def _accepted(outcome: Outcome, words: str) -> frozenset[Outcome]:
    """The recorded outcomes that bear out a claimed one.  "Backed" or "supported" is any yes the body
    gave: "Cabinet backed the budget" is true of a budget it recommended to Council."""
    accepted = _DECISIVE.get(outcome, frozenset())
    if outcome is Outcome.AGREED and _BACKING.search(words):
        accepted |= {Outcome.RECOMMENDED, Outcome.REQUESTED}
    if outcome is Outcome.REFUSED and _REFUSED_TO_BACK.match(words):
        accepted |= {Outcome.OTHER}  # "refused to back the plan": minutes record "does not support" as a view
    if outcome is Outcome.REFUSED and _REFUSED_TO_DECIDE.match(words):
        accepted |= {Outcome.DEFERRED}  # "refused to commit to the repair until a second quote": put off
    return accepted


def subject_before(text: str, position: int) -> str:
    """The words of the verb's own clause before it: its subject, roughly."""
    before = text[:position]
    cut = max(
        (m.end() for m in re.finditer(r"[.;:]\s|,\s+(?:and|but|while|which|who)\s|\band\s", before)),
        default=0,
    )
    return before[cut:]


def _understated(
    outcome: Outcome, scored: list[tuple[set[Outcome], float]], best: float, closest: set[Outcome]
) -> bool:
    """ "Noted" or "recommended" where nothing cited records it and the closest decision was a yes or a no."""
    if best <= 0 or any(outcome in outcomes for outcomes, _ in scored):
        return False
    return bool(closest & _DECISIVE.keys())


def _addressee(after: str) -> set[str]:
    """Who was asked, when the sentence names them: "asked Strathcairn Council to …" must find Strathcairn
    in the request it cites (a request to Transport Scotland is another request).  Only distinctive words
    count: "asked the Council to" or "asked officers to" names no one in particular.  (Marked with "@" to
    keep them apart from the act's own words.)"""
    named = _ASKED_WHOM.match(after)
    if not named:
        return set()
    return {f"@{stem(w)}" for w in named.group(1).split() if w.lower() not in COMMON and w[:1].isupper()}


def _act_recorded(
    act: set[str], accepted: frozenset[Outcome], cited: list[tuple[set[Outcome], str, str]]
) -> bool:
    """A request or an undertaking names what is to be done, and an invented one ("also asked the ICB to
    fund a shuttle bus") borrows a real decision's addressee but not its object: a clause recording it must
    hold ``ACT_COVERED`` of the act's words."""
    if not act:
        return True
    whom = {w[1:] for w in act if w.startswith("@")}
    act = {w for w in act if not w.startswith("@")}
    needed = ACT_COVERED * len(act)
    return any(
        outcomes & accepted
        and relevance(act, clause, heading) >= needed
        and whom <= stem_set(f"{heading} {clause}")
        for outcomes, clause, heading in cited
    )


def _within_its_item(
    scored: list[tuple[set[Outcome], float]], headings: list[str]
) -> list[tuple[set[Outcome], float]]:
    """When the text closest to the claim sits under one item's heading and that item records decisions,
    only its decisions count: "granted Cafe Solas a licence" is not borne out by another applicant's
    grant when Cafe Solas's own item was continued."""
    if not scored:
        return scored
    top = max(range(len(scored)), key=lambda i: scored[i][1])
    item = headings[top]
    decided_here = any(outcomes and headings[i] == item for i, (outcomes, _) in enumerate(scored))
    if not item or scored[top][1] < _ITEM_SURE or not decided_here:
        return scored
    return [(outcomes if headings[i] == item else set(), score) for i, (outcomes, score) in enumerate(scored)]


def check_outcome(text: str, passages: list[str]) -> list[Failure]:
    """``outcome_mismatch`` failures for each outcome the sentence claims (see ``checks``)."""
    claims = _claims(text)
    if not claims:
        return []
    cited = cited_clauses(passages, text)
    failures: list[Failure] = []
    for outcome, matter, accepted, act in claims:
        scored = [(outcomes, relevance(matter, clause, heading)) for outcomes, clause, heading in cited]
        scored = _within_its_item(scored, [heading for _, _, heading in cited])
        # Compare with the other decisions cited, not with descriptive text: a terse "the Board agreed to
        # grant the licence" is the record even when the item's description shares more words.
        best = max((score for outcomes, score in scored if outcomes), default=0.0)
        closest = {o for outcomes, score in scored if outcomes and score == best for o in outcomes}
        if outcome in _DECISIVE:
            recording = [score for outcomes, score in scored if outcomes & accepted]
            needed = max(_RELEVANT * best, min(_ABOUT, len(matter)))
            if recording and max(recording) >= needed and _act_recorded(act, accepted, cited):
                continue
            recorded = ", ".join(sorted(o.value for o in closest)) or "no decision"
            if outcome in closest:
                recorded += f" ({outcome.value} about something else, or asked of someone else)"
            failures.append(
                Failure(
                    "outcome_mismatch",
                    f"the sentence says {outcome.value}; the cited passages record {recorded}",
                )
            )
        elif outcome in _SOFT and _understated(outcome, scored, best, closest):
            recorded = ", ".join(sorted(o.value for o in closest))
            failures.append(
                Failure(
                    "outcome_mismatch",
                    f"the sentence says {outcome.value}; the cited clause records {recorded}",
                )
            )
    return failures
