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
``entity_not_found`` a named person or organisation is not in the cited passages.
``outcome_mismatch`` the sentence says something was approved / adopted / agreed / refused / rejected /
                     deferred, and no cited clause about the same matter records that outcome as taken.
                     "Noted", "will consider" and "recommended to Cabinet" never support "approved";
                     approved and agreed support each other (both are a yes taken by the body).  "About
                     the same matter": the recording clause shares at least 60% as many of the sentence's
                     subject words as the closest cited clause recording any decision, so an approval of
                     one item never licenses "approved" for another.  A sentence saying "noted" or
                     "recommended" fails when the closest clause records approved / agreed / refused /
                     deferred instead.
``unsupported``      fewer than ``SUPPORT_THRESHOLD`` of the sentence's content words appear in the best one
                     or two cited passages taken together (a sentence may join two passages; words
                     scattered over many passages are no evidence for a claim none of them makes); or
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
from dataclasses import dataclass

from councilwatch.core.analyse.outcomes import (
    Outcome,
    decision_clauses,
    is_future_step,
    outcome_mentions,
    supported_outcomes,
)
from councilwatch.core.verify.figures import DATE_KINDS, MONTHS, extract_figures, supported
from councilwatch.core.verify.names import find_names, name_found
from councilwatch.core.verify.quotes import find_quotes, quote_found
from councilwatch.core.verify.words import content_stems, stem, stem_set

SUPPORT_THRESHOLD = 0.6
_PREFIX = 6

# Outcomes a sentence may only assert when a cited clause records them, and what else counts as support.
_DECISIVE: dict[Outcome, frozenset[Outcome]] = {
    Outcome.APPROVED: frozenset({Outcome.APPROVED, Outcome.AGREED}),
    Outcome.AGREED: frozenset({Outcome.AGREED, Outcome.APPROVED}),
    Outcome.REFUSED: frozenset({Outcome.REFUSED}),
    Outcome.DEFERRED: frozenset({Outcome.DEFERRED}),
}
_CLAIM_WORDS = re.compile(
    r"approv|adopt|agree|refus|reject|defer|grant|endors|support|not[ed]|noting|recommend"
    r"|down|out|back|off|hold|shelv|go-ahead|green|rubber|through|said|weight"
)
# "approved by the Coventry Police and Crime Board": the body that took the decision, when named.
_AGENT = re.compile(r"\s+by\s+(?:the\s+)?([A-Z][\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|of|and|for|the))*)")
_SMALL = frozenset({"of", "and", "for", "the"})
_SOFT = frozenset({Outcome.NOTED, Outcome.RECOMMENDED})
# Who else "agrees" or "supports" in minutes: consultees, applicants, the public — their views are not
# outcomes the body took.
_NOT_A_DECIDER = re.compile(
    r"%|\b(?:respondents?|responses?|residents?|people|public|objectors?|consultees?|applicants?|agents?|"
    r"developers?|owners?|operators?|landlords?|tenants?|compan(?:y|ies)|firms?|contractors?|police|"
    r"parents?|pupils?|businesses|traders|survey|petitioners?|campaigners?|supporters?|opponents?)\b",
    re.IGNORECASE,
)
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


_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+|\s+(?:but|whereas)\s+", re.IGNORECASE)
_FUTURE_OVERLAP = 1 / 3  # share of a future claim's subject words its supporting clause must share
_RELEVANT = 0.6  # a recording clause must share at least this share of the closest clause's overlap
_BODIES = frozenset(
    stem(w)
    for w in ("cabinet", "council", "committee", "panel", "board", "executive", "authority", "government")
)
_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])


@dataclass(frozen=True, slots=True)
class Failure:
    code: str
    detail: str


@dataclass(frozen=True, slots=True)
class Check:
    passed: bool
    failures: tuple[Failure, ...] = ()

    def as_json(self) -> dict:
        return {
            "passed": self.passed,
            "failures": [{"code": f.code, "detail": f.detail} for f in self.failures],
        }


def verify_sentence(text: str, cited: Sequence[str]) -> Check:
    """Check ``text`` against the texts of the passages it cites (see the module docstring for the codes)."""
    passages = [p for p in cited if p and p.strip()]
    if not passages:
        return Check(False, (Failure("no_citation", "the sentence cites no passage"),))
    joined = "\n".join(passages)
    failures = [
        *_check_quotes(text, passages),
        *_check_figures(text, joined),
        *_check_names(text, joined),
        *_check_outcome(text, passages),
        *_check_support(text, passages),
        *_check_future(text, passages),
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
    for figure in extract_figures(text).items:
        if supported(figure, stated) or figure.text.strip().lower() in counted:
            continue
        if figure.kind in DATE_KINDS:
            failures.append(
                Failure("date_mismatch", f"{figure.text} is not a date stated in the cited passages")
            )
        else:
            failures.append(Failure("number_mismatch", f"{figure.text} is not stated in the cited passages"))
    return failures


def _check_names(text: str, joined: str) -> list[Failure]:
    return [
        Failure("entity_not_found", f"{name.text} is not named in the cited passages")
        for name in find_names(text)
        if not name_found(name, joined)
    ]


def _matter(text: str) -> set[str]:
    """What a sentence is about: its content stems without the names of bodies ("Cabinet", "Council")."""
    return {s for s in content_stems(text) if s not in _BODIES}


def _claims(text: str) -> list[tuple[Outcome, set[str]]]:
    """The outcomes a sentence asserts, each with what it is about: the words around its own verb.

    "The committee approved the fees and noted the report on parking" claims APPROVED about the fees and
    NOTED about the parking report; only the plain words of a decision count as claims ("awarded costs"
    or "set out" do not).
    """
    flat = re.sub(r"\s+", " ", text)
    mentions = outcome_mentions(flat)
    claims: list[tuple[Outcome, set[str]]] = []
    for index, mention in enumerate(mentions):
        if not (mention.taken and _CLAIM_WORDS.search(mention.words)):
            continue
        if _NOT_A_DECIDER.search(_subject_before(flat, mention.start)):
            continue  # "71% of responses supported …", "the developer has agreed to pay": not the body
        start = mentions[index - 1].end if index else 0
        end = mentions[index + 1].start if index + 1 < len(mentions) else len(flat)
        claims.append((mention.outcome, _matter(flat[start:end])))
    return claims


def _subject_before(text: str, position: int) -> str:
    """The words of the verb's own clause before it: its subject, roughly."""
    before = text[:position]
    cut = max(
        (m.end() for m in re.finditer(r"[.;:]\s|,\s+(?:and|but|while|which|who)\s|\band\s", before)),
        default=0,
    )
    return before[cut:]


def _cited_clauses(passages: list[str], sentence: str) -> list[tuple[set[Outcome], str, str]]:
    """(outcomes recorded, clause, heading) for every clause of the cited passages.

    A passage's first line, when it has several, is its heading: context for each of its clauses, kept
    apart so a heading's words ("Proposed Police Precept") never govern a clause's verb.  An outcome taken
    by a body the sentence does not name ("which was approved by the Police and Crime Board") does not
    count as recorded for the sentence's subject.
    """
    said = stem_set(sentence)
    out: list[tuple[set[Outcome], str, str]] = []
    for passage in passages:
        heading, body = passage.strip().split("\n", 1) if "\n" in passage.strip() else ("", passage)
        for clause in decision_clauses(body):
            out.append((_recorded_for(clause, said), clause, heading))
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
    return (outcomes - others) | (own & outcomes)


def _relevance(matter: set[str], clause: str, heading: str) -> float:
    """The heading tells items apart; the clause's own words tell one item's decisions apart."""
    own = matter & stem_set(clause)
    return len(own) + 0.5 * len((matter & stem_set(heading)) - own)


def _understated(
    outcome: Outcome, scored: list[tuple[set[Outcome], float]], best: float, closest: set[Outcome]
) -> bool:
    """ "Noted" or "recommended" where nothing cited records it and the closest decision was a yes or a no."""
    if best <= 0 or any(outcome in outcomes for outcomes, _ in scored):
        return False
    return bool(closest & _DECISIVE.keys())


def _check_outcome(text: str, passages: list[str]) -> list[Failure]:
    claims = _claims(text)
    if not claims:
        return []
    cited = _cited_clauses(passages, text)
    failures: list[Failure] = []
    for outcome, matter in claims:
        scored = [(outcomes, _relevance(matter, clause, heading)) for outcomes, clause, heading in cited]
        # Compare with the other decisions cited, not with descriptive text: a terse "the Board agreed to
        # grant the licence" is the record even when the item's description shares more words.
        best = max((score for outcomes, score in scored if outcomes), default=0.0)
        closest = {o for outcomes, score in scored if outcomes and score == best for o in outcomes}
        if outcome in _DECISIVE:
            recording = [score for outcomes, score in scored if outcomes & _DECISIVE[outcome]]
            if recording and max(recording) >= _RELEVANT * best:
                continue
            recorded = ", ".join(sorted(o.value for o in closest)) or "no decision"
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


def _missing(stems: set[str], available: frozenset[str]) -> set[str]:
    prefixes = {s[:_PREFIX] for s in available if len(s) >= _PREFIX}
    return {s for s in stems if s not in available and not (len(s) >= _PREFIX and s[:_PREFIX] in prefixes)}


def _check_support(text: str, passages: list[str]) -> list[Failure]:
    stems = {
        s
        for s in content_stems(_without_outcome_words(_without_quotes_marks(text)))
        if s not in MONTHS and s not in _WEEKDAYS and len(s) > 1
    }
    if not stems:
        return []
    # The best one or two passages together: a sentence may join two passages, but words scattered over
    # many passages are no evidence for a claim none of them makes.
    sets = [stem_set(p) for p in passages]
    pairs = [sets[i] | sets[j] for i in range(len(sets)) for j in range(i, len(sets))]
    missing = sorted(min((_missing(stems, pair) for pair in pairs), key=len))
    share = 1 - len(missing) / len(stems)
    if share >= SUPPORT_THRESHOLD:
        return []
    return [
        Failure(
            "unsupported",
            f"only {len(stems) - len(missing)} of {len(stems)} content words are in the cited passages "
            f"(threshold {SUPPORT_THRESHOLD:.0%}); missing: {', '.join(missing[:8])}",
        )
    ]


def _check_future(text: str, passages: list[str]) -> list[Failure]:
    """A sentence about what will happen needs a cited clause about the same matter that looks ahead too
    (a future step, a proposal, a forecast) or a decision that makes it happen: invented commitments
    ("officers will report back in six months", "the group would propose an alternative budget") are a
    common fabrication, and their words are often all in the minutes."""
    failures: list[Failure] = []
    # Each clause on its own: "Crime fell by 9%, and Cabinet will consider the Plan in March" makes one
    # future claim, about the Plan.
    for part in _CLAUSE_BREAK.split(text):
        # A reason is not a promise: "objected because it would spoil views" claims the objection.
        part = _REASON.split(part, maxsplit=1)[0] if part else part
        if part and is_future_step(part) and not _looks_ahead_in(passages, _matter(part)):
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
