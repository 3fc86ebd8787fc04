"""Check one summary sentence against the passages it cites.

Each failure carries a reason code; a sentence passes only with none.

``no_citation``      the sentence cites nothing (nothing else is checked: there is nothing to check against).
``quote_not_found``  quoted words are not in any single cited passage (curly quotes, dashes, case and
                     whitespace aside; "…" may stand for left-out words).
``number_mismatch``  a figure, £ amount, percentage, time or minute reference is not stated in the cited
                     passages (fair rounding allowed: "£1.2m" for £1,234,567; "about 5,300" for 5,263).
                     Small counts spelled out ("two" to "twelve") are not required where a writer makes
                     them from the minutes ("the two toilets" for two named ones, "voted five to three",
                     "the last three months"); "ten extra paramedics" is checked.
``date_mismatch``    a date, month or year is not stated ("18th March 2025" = "18/03/2025").
``entity_not_found`` a named person or organisation is not in the cited passages; or a councillor (or Mr,
                     Ms, Dr …) the sentence makes the doer of something is named there, but not where
                     the passages say it (the right words given to the wrong person: see ``attribution``).
``outcome_mismatch`` the sentence says something was approved / adopted / agreed / refused / rejected /
                     deferred, and no cited clause about the same matter records that outcome as taken.
                     "Noted", "will consider" and "recommended to Cabinet" never support "approved";
                     approved and agreed support each other (both are a yes taken by the body).  "About
                     the same matter": the recording clause shares at least 60% as many of the sentence's
                     subject words as the closest cited clause recording any decision, so an approval of
                     one item never licenses "approved" for another.  A sentence saying "noted" or
                     "recommended" fails when the closest clause records approved / agreed / refused /
                     deferred instead.  A sentence saying the body asked or instructed someone
                     ("asked the Clerk to seek a grant") needs a cited request, referral or
                     recommendation about the same matter; "backed" or "supported" is borne out by any
                     yes the body gave (a recommendation, a request).  A recording clause must share at
                     least ``_ABOUT`` of the claim's subject words: one shared word is chance.  Approval
                     "for consultation", and endorsing a recommendation that another body decide, are
                     not approval of the thing itself unless the sentence says so.
``unsupported``      fewer than ``SUPPORT_THRESHOLD`` of the sentence's content words appear in the best one
                     or two cited passages taken together (a sentence may join two passages; words
                     scattered over many passages are no evidence for a claim none of them makes; the
                     sources' opening lines — council, committee, date — complete any sentence); or what
                     the sentence says someone said ("told members that …") has fewer than
                     ``REPORTED_THRESHOLD`` of its own content words there; or
                     the sentence says what will happen and no cited clause about the same matter looks
                     ahead (a future step, proposal or forecast) or decides it.

Why ``SUPPORT_THRESHOLD = 0.6``: content words are stemmed, with stopwords, figures, months and framing
words ("the committee discussed", outcome verbs) left out, so what remains is what the sentence claims.
A faithful paraphrase keeps most of those words and swaps perhaps one in four for a synonym: on the
team's contrast set every faithful sentence scored at least 0.6 and nearly all 0.7 or more.  Sentences
planted with an invented claim or quote scored 0.4–0.86: the word test catches claims built from new
words, not claims built from the minutes' own words — those are left to the figure, name, quote and
outcome checks.  A higher threshold would start flagging honest paraphrase.  Words sharing a six-letter
prefix count as the same word, so "strategic" meets "strategy".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilwatch.core.analyse.outcomes import (
    decision_clauses,
    is_future_step,
    outcome_mentions,
    supported_outcomes,
)
from councilwatch.core.verify.attribution import misattributed, office_cited
from councilwatch.core.verify.commitments import (
    unrecorded_commitments,
    unrecorded_sanctions,
    unrecorded_votes,
)
from councilwatch.core.verify.failures import Check, Failure
from councilwatch.core.verify.figures import DATE_KINDS, MONTHS, extract_figures, supported
from councilwatch.core.verify.names import find_names, first_name_conflict, name_found
from councilwatch.core.verify.outcome_claims import CLAUSE_BREAK, check_outcome, matter_of
from councilwatch.core.verify.paraphrase import alternatives
from councilwatch.core.verify.quotes import find_quotes, quote_found, said_verbatim
from councilwatch.core.verify.words import content_stems, stem_set

SUPPORT_THRESHOLD = 0.6
REPORTED_THRESHOLD = 0.75
_SAYING = re.compile(r"(?i),?\s+\b(?:saying|telling|warning|arguing|claiming|predicting|fearing|insisting)\b")
# "X told the panel that …", "she assured members that …": the words of what was said.
_REPORTED = re.compile(
    r"(?i)\b(?:said|says|told|tells|assured|assures|warned|warns|stated|explained|confirmed|argued|claimed|"
    r"promised|insisted|pointed\s+out|heard|accepted|admitted)\b(?:(?:\s+[\w'’-]+){0,4}?\s+that\s+(.+)"
    # "said his client had already bought the site": no "that", straight into a clause of its own
    r"|\s+((?:he|she|it|we|they|his|her|their|its|the)\s+(?:[\w'’-]+\s+){0,4}?(?:had|has|have|would|was|were|will)\s.+))"
)
_PREFIX = 6

# Words that look ahead without a future tense: proposals, forecasts, targets, plans.
_FORWARD = re.compile(
    r"\b(?:propos\w*|forecast\w*|project(?:ed|ion)s?|estimat\w*|anticipat\w*|aim\w*|intend\w*|intention|"
    r"plan(?:s|ned|ning)?\s+to|target\w*|would|could|should|may|might|due|expect\w*|pending|subject\s+to|"
    # a resolution or recommendation "that the first hour remain free" says how things will be
    r"that\s+(?:[\w'’-]+\s+){1,12}?(?:remain|continue|stay|become|be)\b)\b",
    re.IGNORECASE,
)
_REASON = re.compile(r",?\s+\b(?:because|since|as\s+it|as\s+they|so\s+that|in\s+case|although|though)\b")
# "the two public toilets", "voted five to three", "the last three months": a small count spelled out in
# these places is one the writer made from a list, a vote recorded by name, or a span of dates.  "Ten
# extra paramedics" is still checked.
_W = r"(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_COUNTED = re.compile(
    rf"\b(?:the|its|their|both|all|last|first|next|past|final)\s+{_W}\b|\b{_W}\s+(?:days?|weeks?|months?|years?|"
    rf"quarters?)\b|\b{_W}\s+(?:votes?\s+)?to\s+(?:\w+)\b|\bto\s+{_W}\b|\bby\s+{_W}\b|\b{_W}\s+votes?\b",
    re.IGNORECASE,
)


def _counted_small_numbers(text: str) -> set[str]:
    return {word.lower() for match in _COUNTED.finditer(text) for word in match.groups() if word}


_NUMBER_WORDS = {w: n for n, w in enumerate(_W.strip("()").split("|"), start=2)}
# "Councillors Haddad, Sheikh, Fenwick and Obi": a list of names the writer can count
_NAME_LIST = re.compile(
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+)+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},?\s+and\s+[A-Z][\w'’-]*"
)


def _listed_counts(joined: str) -> set[int]:
    """How many names each list of names in the cited passages gives: "four councillors will sit on the
    group" is borne out by "Councillors Haddad, Sheikh, Fenwick and Obi"."""
    return {len(re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group(0))) for m in _NAME_LIST.finditer(joined)}


_FUTURE_OVERLAP = 1 / 3  # share of a future claim's subject words its supporting clause must share
_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])


def verify_sentence(text: str, cited: Sequence[str], context: Sequence[str] = (), sources: str = "") -> Check:
    """Check ``text`` against the texts of the passages it cites (see the module docstring for the codes).

    ``context`` is the opening of the sources (council, committee, date): its words may complete any
    sentence's content words ("Morlake scrutiny councillors …"), though it is no evidence for a claim.
    ``sources`` is the whole of the sources: a person the cited passages call "Mr Benton" may be named in
    full ("Gary Benton") when the sources name him so elsewhere (the attendance list).
    """
    passages = [p for p in cited if p and p.strip()]
    if not passages:
        return Check(False, (Failure("no_citation", "the sentence cites no passage"),))
    if said_verbatim(text, passages):
        return Check(True, ())  # the minutes' own words, from the start of one of their sentences
    joined = "\n".join(passages)
    failures = [
        *_check_quotes(text, passages),
        *_check_figures(text, joined),
        *_check_names(text, passages, sources),
        *check_outcome(text, passages),
        *unrecorded_votes(text, passages),
        *_check_support(text, passages, context),
        *_check_future(text, passages),
        *unrecorded_commitments(text, passages),
        *unrecorded_sanctions(text, passages),
    ]
    return Check(not failures, tuple(failures))


def _check_quotes(text: str, passages: list[str]) -> list[Failure]:
    return [
        Failure("quote_not_found", f"“{quote}” is not quoted verbatim in any cited passage")
        for quote in find_quotes(text)
        if not any(quote_found(quote, p) for p in passages)
    ]


def _check_figures(text: str, joined: str) -> list[Failure]:
    stated = extract_figures(joined)
    failures: list[Failure] = []
    counted = _counted_small_numbers(text)
    listed = _listed_counts(joined)
    for figure in extract_figures(text).items:
        word = figure.text.strip().lower()
        if supported(figure, stated) or word in counted or _NUMBER_WORDS.get(word) in listed:
            continue
        if figure.kind in DATE_KINDS:
            failures.append(
                Failure("date_mismatch", f"{figure.text} is not a date stated in the cited passages")
            )
        else:
            failures.append(Failure("number_mismatch", f"{figure.text} is not stated in the cited passages"))
    return failures


def _check_names(text: str, passages: list[str], sources: str = "") -> list[Failure]:
    joined = "\n".join(passages)
    cited = stem_set(joined)
    failures: list[Failure] = []
    for name in find_names(text):
        found = (
            name_found(name, joined)
            or (bool(sources) and name.required[-1] in cited and name_found(name, sources))
            # "Councillor Sadiq decided …" where the passages say "The Executive Member decided …" and the
            # sources name him "Councillor Imran Sadiq (Executive Member)"
            or (bool(sources) and name_found(name, sources) and office_cited(name, joined, sources))
        )
        if not found or first_name_conflict(name, sources or joined):
            failures.append(Failure("entity_not_found", f"{name.text} is not named in the cited passages"))
        elif misattributed(name, text, passages, sources):
            failures.append(
                Failure("entity_not_found", f"{name.text} is named, but not where the passages say this")
            )
    return failures


def _missing(stems: set[str], available: frozenset[str]) -> set[str]:
    prefixes = {s[:_PREFIX] for s in available if len(s) >= _PREFIX}
    return {
        s
        for s in stems
        if s not in available
        and not (len(s) >= _PREFIX and s[:_PREFIX] in prefixes)
        and not alternatives(s) & available
    }


def _check_support(text: str, passages: list[str], context: Sequence[str] = ()) -> list[Failure]:
    # The best one or two passages together: a sentence may join two passages, but words scattered over
    # many passages are no evidence for a claim none of them makes.
    known = frozenset().union(*(stem_set(c) for c in context))
    sets = [stem_set(p) | known for p in passages]
    pairs = [sets[i] | sets[j] for i in range(len(sets)) for j in range(i, len(sets))]
    failure = _coverage(text, pairs, SUPPORT_THRESHOLD, "content words")
    if failure:
        return [failure]
    # What someone said is held to more of its words: "told councillors that the academy had already
    # begun acting on the findings" is made of the item's words, but the minutes say no such thing.
    said = _REPORTED.search(text)
    what = said and (said.group(1) or said.group(2))
    failure = _coverage(what, pairs, REPORTED_THRESHOLD, "words of what was said") if what else None
    return [failure] if failure else []


def _coverage(text: str, pairs: list[frozenset[str]], threshold: float, what: str) -> Failure | None:
    stems = {
        s
        for s in content_stems(_without_outcome_words(_without_quotes_marks(text)))
        if s not in MONTHS and s not in _WEEKDAYS and len(s) > 1
    }
    if not stems or not pairs:
        return None
    missing = sorted(min((_missing(stems, pair) for pair in pairs), key=len))
    share = 1 - len(missing) / len(stems)
    if share >= threshold:
        return None
    return Failure(
        "unsupported",
        f"only {len(stems) - len(missing)} of {len(stems)} {what} are in the cited passages "
        f"(threshold {threshold:.0%}); missing: {', '.join(missing[:8])}",
    )


def _check_future(text: str, passages: list[str]) -> list[Failure]:
    """A sentence about what will happen needs a cited clause about the same matter that looks ahead too
    (a future step, a proposal, a forecast) or a decision that makes it happen: invented commitments
    ("officers will report back in six months", "the group would propose an alternative budget") are a
    common fabrication, and their words are often all in the minutes."""
    failures: list[Failure] = []
    # Each clause on its own: "Crime fell by 9%, and Cabinet will consider the Plan in March" makes one
    # future claim, about the Plan.
    for part in CLAUSE_BREAK.split(text):
        # A reason is not a promise: "objected because it would spoil views" claims the objection.
        part = _REASON.split(part, maxsplit=1)[0] if part else part
        # Nor is a speaker's warning ("argued against it, warning it would put jobs at risk"): the words of
        # what was said are held to the minutes by the support check.
        part = _SAYING.split(part, maxsplit=1)[0] if part else part
        if part and is_future_step(part) and not _looks_ahead_in(passages, matter_of(part)):
            failures.append(
                Failure("unsupported", f"“{part.strip()}” says what will happen; no cited passage does")
            )
    return failures


def _looks_ahead_in(passages: list[str], matter: set[str]) -> bool:
    if not matter:
        return True
    needed = max(1.0, len(matter) * _FUTURE_OVERLAP)
    for passage in passages:
        # Only the clause's own words: an item title ("Proposed Police Precept") says nothing will happen.
        body = passage.strip().split("\n", 1)[-1]
        for clause in decision_clauses(body):
            if len(matter & stem_set(clause)) >= needed and (
                is_future_step(clause) or _FORWARD.search(clause) or supported_outcomes(clause)
            ):
                return True
    return False


def _without_outcome_words(text: str) -> str:
    """The sentence with its outcome phrases ("turned down", "sent … back to") blanked: whether an outcome
    is supported is the outcome check's question, and "turned" or "sent" are not content to look for."""
    flat = re.sub(r"\s+", " ", text)
    for mention in reversed(outcome_mentions(flat)):
        if " " in mention.words:  # single outcome words ("approved") are framing words already
            flat = flat[: mention.start] + " " + flat[mention.end :]
    return flat


def _without_quotes_marks(text: str) -> str:
    return re.sub(r"[\"“”‘’]", " ", text)
