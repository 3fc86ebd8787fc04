"""What a committee actually did: outcome labels for RESOLVED clauses, and future steps.

UK councils word the same outcome many ways ("Notes the …", "That the report be noted", "received and
noted", "resolved to grant permission"), and minutes mix decisions taken with steps still to come
("Cabinet will consider the Plan on 18th March 2025").  Two questions are answered here:

* ``classify_outcome(clause)`` — the single label of one RESOLVED clause;
* ``supported_outcomes(text)`` — every outcome a passage records as *taken*, which is what the verifier
  needs before a summary may say "approved".

Decisions worth knowing about:

* A verb governed by a recommendation, a request, a future or conditional marker, or an infinitive
  ("recommends to Cabinet that the Plan be approved", "Cabinet will be asked to approve", "is due to be
  considered") is not an outcome taken.  The governing verb itself (recommended, requested) is.
* "Delegated to the Director …" and "the Director be authorised to …" are OTHER: the body handed a power
  to an officer, and nothing about the matter itself is approved or agreed yet.  Appointments are OTHER.
* "Endorsed", "supports" and "accepted" are AGREED ("the motion was carried" is OTHER: the motion says
  what); "adopted", "ratified", "confirmed",
  "awarded", "set (a precept, the budget …)", granting permission or a licence, and a resolution's bare
  "that rents be increased" are APPROVED; "rejected", "declined" and "not approved" are REFUSED, while
  "does not support" / "opposes" (a view on another body's decision) is OTHER; "adjourned",
  "postponed" and the Scottish "continued to its next meeting" are DEFERRED; "instructs" and "asks … to"
  are REQUESTED; "remitted" is REFERRED; "withdrawn" and anything unrecognised is OTHER.
* A clause that notes something *and* takes a further decision ("notes the report and approves the
  budget") gets the further decision, since that is the news; what is noted inside a "notes that …"
  complement ("notes that the Plan was approved by the Board") is reported speech, not this body's act.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from councilwatch.core.analyse.first_verb import WELCOMED, first_verb_exception, is_clause_head
from councilwatch.core.analyse.future_steps import FUTURE_STEP
from councilwatch.core.analyse.outcome_verbs import Outcome
from councilwatch.core.analyse.verb_hits import Hit as _Hit
from councilwatch.core.analyse.verb_hits import hits as _hits
from councilwatch.core.analyse.verb_hits import is_taken as _is_taken

_THANKS = re.compile(r"thank", re.IGNORECASE)


_NAME = r"(?P<to>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|for|and|the))*)"
_RECOMMENDED_TO = (
    re.compile(r"\b(?i:recommend(?:s|ed)?\s+to\s+(?:the\s+)?)" + _NAME),
    re.compile(r"\b(?i:recommend(?:s|ed)?\s+(?:(?!that\b)[\w'-]+\s+){1,3}?to\s+(?:the\s+)?)" + _NAME),
    re.compile(r"\b(?i:(?:that\s+)?(?:the\s+)?)" + _NAME + r"(?i:\s+be\s+recommended\s+to)\b"),
    re.compile(r"\b(?i:recommend(?:s|ed)?\s+that\s+(?:the\s+)?)" + _NAME),
    re.compile(r"\b(?i:commend(?:s|ed)?\s+(?:[\w'’-]+\s+){1,10}?to\s+(?:the\s+)?)" + _NAME),
    re.compile(r"\b(?i:(?:that\s+)?(?:the\s+)?)" + _NAME + r"(?i:\s+be\s+asked\s+to)\b"),
    re.compile(r"\b(?i:recommendations?\s+to\s+(?:the\s+)?)" + _NAME),
)
_BODY_WORDS = re.compile(
    r"(?:Cabinet|Council|Executive|Committee|Board|Panel|Mayor|Leader|Member|Commissioner|Authority|Assembly)"
    r"(?:\s+(?:of|for)\s+[\w&' -]+)?$"
)
_PASSIVE = re.compile(
    r"\bbe\s+(?:\w+ly\s+)?(?:(?!able\b)\w+(?:ed|en|ne|t)|made|paid|set|met|sold|let|held|kept|put)\b",
    re.IGNORECASE,
)
_POSTPONED = frozenset({Outcome.DEFERRED, Outcome.REFERRED})
_CORRECT_RECORD = re.compile(
    r"\bminutes?\b.*\b(?:(?:a\s+)?(?:correct|true|accurate)\s+record|signed\s+as\s+(?:correct|a\s+true))"
    r"|\b(?:correct|true|accurate)\s+record\s*:\s*(?:the\s+)?minutes?\b",
    re.IGNORECASE,
)
_OWN_REPORT_RECOMMENDATIONS = re.compile(
    r"\s+(?:all\s+)?(?:of\s+)?the\s+recommendations?\s+(?:(?:as\s+)?(?:set\s+out|contained|detailed)\s+)?"
    r"(?:in|within)\s+(?:the|this|that|it\b)",
    re.IGNORECASE,
)
MOTION_RESULT = re.compile(
    r"\b(?:motion|amendment|proposal|proposition)\b[^.;]{0,300}?\b(?:was\s+|were\s+)?"
    r"(?:(?:declared|accordingly|therefore|duly|then)\s+)*(?:lost|fell|defeated|not\s+carried|not\s+supported)\b",
    re.IGNORECASE,
)
_NAMED_INTENT = re.compile(
    r"\b(?:application|applications|proposals?|requests?|bids?|plans?|motions?|options?|attempts?|intention)"
    r"\s+to\s*$",
    re.IGNORECASE,
)
_DECISIVE_PASSIVE = re.compile(
    r"\bbe\s+(?:introduced|increased|reduced|set(?!\s+up)|granted|awarded|allocated|made|paid|released|spent|funded|"
    r"purchased|sold|leased|let|renewed|installed)\b",
    re.IGNORECASE,
)
_AGREED_LEAD = re.compile(
    r"\s*(?:[:–—-]+\s*)*(?:unanimously\s+)?(?=(?:that|to|not|no|ask|request|instruct|note|defer|refer)\b)",
    re.IGNORECASE,
)
_BODY_ACTS = re.compile(
    r"\W*(?i:that\s+)(?:the\s+)?(?:Council|Committee|Sub-Committee|Board|Panel|Cabinet|Authority)\s+"
    r"(?!(?:be|is|was|has|have|had|will|would|should|may|can|not|no)\b)[a-z]+(?<!ed)(?<!ing)\b"
)
_RESOLUTION_LEAD = re.compile(r"\bresolved\b|^\W*that\b", re.IGNORECASE)
_ITEM_MARKER = re.compile(r"(?<!\S)(?:\(?\d{1,2}\)|\([a-z]{1,3}\)|[a-z]\)|\d{1,2}\.(?=\s+[A-Z])|[•·])(?=\s)")
_SENTENCE_SPLIT = re.compile(r"(?<=[.;])\s+(?=[\"'“‘(]?[A-Z0-9])|(?<=;)\s+")
_TRAILING_SMALL = re.compile(r"(?:\s+(?:of|for|and|the))+$")


def _strip_head(clause: str) -> str:
    """Drop list numbering and the "RESOLVED that the … Committee:-" lead-in common to every clause."""
    text = re.sub(r"\s+", " ", clause).strip()
    text = re.sub(r"^(?:\(?[0-9]{1,2}[.)]|\(?[a-z]{1,4}\)|[•·-])\s*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^RESOLVED\b\s*(?:[,:-]+\s*)?", "", text, flags=re.IGNORECASE)
    return text


def classify_outcome(clause: str) -> Outcome:
    """Label one RESOLVED clause.  The governing (first) outcome verb decides, with two refinements.

    * "agrees to recommend / request / refer / defer …" takes the inner verb, which says what was done;
    * a leading NOTED gives way to a later coordinated decision ("notes … and approves …"), but not to
      one inside a "notes that …" complement, which reports someone else's act.
    """
    text = _strip_head(clause)
    hits = _hits(text)
    correct_record = bool(_CORRECT_RECORD.search(text))
    if MOTION_RESULT.search(text):
        # "the motion to take no further action was LOST", "the amendment was put to the vote and lost":
        # the vote decides, whatever the motion said
        return Outcome.REFUSED
    if not hits:
        if correct_record or _passive_decision(text):
            return Outcome.APPROVED
        # "That the Council consult publicly on the draft policy": the body resolving to act itself
        return Outcome.AGREED if _BODY_ACTS.match(text) else Outcome.OTHER
    if len(hits) > 1 and not hits[0].taken and _NAMED_INTENT.search(text, 0, hits[0].start):
        # "the hearing of the application to vary the licence be adjourned": "to vary" names the
        # application; what was decided about it comes later
        hits = hits[1:]
    first = hits[0]
    if not first.taken:
        # "minded to refuse …, and that a decision be deferred": the step actually taken is the decision
        for later in hits[1:]:
            if later.taken and later.outcome in _POSTPONED and is_clause_head(text, later):
                return later.outcome
    settled = first_verb_exception(text, hits)
    if settled is not None:
        return settled
    if correct_record and first.outcome in (Outcome.AGREED, Outcome.APPROVED):
        return Outcome.APPROVED  # minutes "agreed as a correct record" are confirmed: the body's own act
    if first.outcome is Outcome.AGREED:
        if _OWN_REPORT_RECOMMENDATIONS.match(text, first.end):
            return Outcome.APPROVED  # "agreed the recommendations set out in the report": decided them
        complement = _carried_decision(text, first, hits)
        if complement is not None:
            return classify_outcome(complement)
    if first.outcome is Outcome.NOTED:
        complement = re.match(r"\s*(?:that|how|whether|the\s+fact)\b", text[first.end :], re.IGNORECASE)
        if not complement:
            for later in hits[1:]:
                between = text[first.end : later.start]
                coordinated = re.search(r"\band\b|;|,", between) and not re.search(
                    r"\b(?:which|who|whom|that\s+(?:was|were|had|has|have))\b", between, re.IGNORECASE
                )
                if (
                    coordinated
                    and later.outcome is not Outcome.NOTED
                    and not _THANKS.match(text, later.start)  # "noted …, and thanks be conveyed"
                    and not WELCOMED.match(text, later.start)  # "noted the report and welcomed …"
                    and (later.taken or is_clause_head(text, later))
                ):
                    return later.outcome
    return first.outcome


def _carried_decision(text: str, hit: _Hit, hits: list[_Hit]) -> str | None:
    """For an outer "agreed" that only carries a decision written inside it — "AGREED – that permission be
    refused", "agreed:- to instruct …", "agreed that consideration be deferred" — the words inside; else None.
    """
    if hit.outcome is not Outcome.AGREED:
        return None
    complement = _AGREED_LEAD.match(text, hit.end)
    if complement is None:
        return None
    inside = text[complement.end() :]
    # "agreed that a charge of £75 be introduced": money, a permission or a new service decided inside
    # (but "agrees that the work programme be updated" is agreeing its own programme)
    if not any(later.start > hit.end for later in hits) and not _DECISIVE_PASSIVE.search(inside):
        return None
    return inside


def recommended_to(clause: str) -> str:
    """To whom a recommendation goes: "Cabinet", "Council", "Cabinet Member for Housing", or "" if unsaid."""
    text = re.sub(r"\s+", " ", clause)
    for index, pattern in enumerate(_RECOMMENDED_TO):
        for match in pattern.finditer(text):
            name = _TRAILING_SMALL.sub("", match.group("to")).strip()
            name = re.sub(r"^(?:That|The|RESOLVED)\s+", "", name)
            if index == 3 and not _BODY_WORDS.search(name):
                continue  # "recommends that the Plan be approved": the Plan is not a recipient
            if name and name.lower() not in {"that", "the", "it"}:
                return name
    return ""


def is_future_step(sentence: str) -> bool:
    """True when the sentence describes something still to happen, not a decision taken.

    "Cabinet will consider the Plan on 18th March 2025", "is due to be considered", "would be submitted to
    Council" are future steps.  A sentence that records a decision before the future part ("Agrees that a
    report will come back in March", "noted that Cabinet will consider …") is a decision, not a future step.
    """
    text = _strip_head(sentence)
    match = FUTURE_STEP.search(text)
    if match is None:
        return False
    # (thanks given before the future part decide nothing: "thanked the group and said Cabinet would …")
    before = text[: match.start()]
    return not any(hit.taken and not _THANKS.match(before, hit.start) for hit in _hits(before))


def _passive_decision(clause: str) -> bool:
    """ "that rents be increased by 2.7 per cent", "£250,000 be allocated": a resolution's bare "be done"
    is a decision to do it, unless something governs it ("would be submitted", "recommends that … be")."""
    match = _PASSIVE.search(clause)
    return bool(match) and _is_taken(clause, match.start())


@lru_cache(maxsize=8192)
def decision_clauses(text: str) -> tuple[str, ...]:
    """The text cut into clauses that each record at most one decision, list items carrying their lead.

    "RESOLVED that Cabinet recommends to Council that it:- (a) approves the budget; (b) …" gives
    "RESOLVED that Cabinet recommends to Council that it:- (a) approves the budget" and so on, so an item
    keeps the words that govern it (here: it is a recommendation, not an approval).
    """
    flat = re.sub(r"\s+", " ", text).strip()
    markers = list(_ITEM_MARKER.finditer(flat))
    if not markers:
        return tuple(c.strip() for c in _SENTENCE_SPLIT.split(flat) if c.strip())
    before = flat[: markers[0].start()]
    sentences = [c.strip() for c in _SENTENCE_SPLIT.split(before) if c.strip()]
    lead = sentences.pop() if sentences and not re.search(r"[.;]$", sentences[-1]) else ""
    clauses = list(sentences)
    if lead:
        clauses.append(lead)
    for index, marker in enumerate(markers):
        end = markers[index + 1].start() if index + 1 < len(markers) else len(flat)
        item, *rest = [c.strip() for c in _SENTENCE_SPLIT.split(flat[marker.start() : end]) if c.strip()] or [
            ""
        ]
        item = re.sub(r"(?:;|,)?\s*(?:and|or)?\s*$", "", item)
        clauses.append(f"{lead} {item}".strip() if lead else item)
        clauses.extend(rest)
    return tuple(c for c in clauses if re.search(r"[A-Za-z]", c))


def _taken_in(clause: str, start: int = 0) -> set[Outcome]:
    hits = [hit for hit in _hits(clause) if hit.taken and hit.start >= start]
    found = {hit.outcome for hit in hits if _carried_decision(clause, hit, hits) is None}
    if not found and _RESOLUTION_LEAD.search(clause) and _passive_decision(clause[start:]):
        found.add(Outcome.APPROVED)
    return found


@dataclass(frozen=True, slots=True)
class Mention:
    """One outcome verb as written; ``start``/``end`` index ``text`` with its whitespace collapsed."""

    outcome: Outcome
    words: str
    start: int
    end: int
    taken: bool


def outcome_mentions(text: str) -> list[Mention]:
    """Every outcome verb in ``text``, in order, taken or not."""
    flat = re.sub(r"\s+", " ", text)
    return [Mention(h.outcome, flat[h.start : h.end], h.start, h.end, h.taken) for h in _hits(flat)]


def supported_outcomes(text: str) -> set[Outcome]:
    """Outcomes the text records as taken: hypothetical, recommended-to-others and future verbs excluded.

    "recommends to Cabinet that the Plan be approved" supports RECOMMENDED only; "Cabinet will consider the
    Plan" supports nothing; "the report was noted" supports NOTED; inside a resolution, "that rents be
    increased" supports APPROVED.
    """
    found: set[Outcome] = set()
    for clause in decision_clauses(text):
        marker = _ITEM_MARKER.search(clause)
        # Only the item's own verbs count for an item; its lead is a clause of its own.
        found |= _taken_in(clause, marker.start() if marker else 0)
    return found
