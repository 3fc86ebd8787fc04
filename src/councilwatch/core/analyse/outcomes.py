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

from councilwatch.core.analyse.future_steps import FUTURE_STEP
from councilwatch.core.analyse.outcome_verbs import VERBS, Outcome

_THANKS = re.compile(r"thank", re.IGNORECASE)
_WELCOMED = re.compile(r"welcom", re.IGNORECASE)
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
_AUXILIARIES = frozenset(
    {"was", "were", "be", "been", "is", "are", "being", "has", "have", "had", "and", "duly"}
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
_MOTION_RESULT = re.compile(
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
_RESOLUTION_LEAD = re.compile(r"\bresolved\b|^\W*that\b", re.IGNORECASE)
_ITEM_MARKER = re.compile(r"(?<!\S)(?:\(?\d{1,2}\)|\([a-z]{1,3}\)|[a-z]\)|\d{1,2}\.(?=\s+[A-Z])|[•·])(?=\s)")
_SENTENCE_SPLIT = re.compile(r"(?<=[.;])\s+(?=[\"'“‘(]?[A-Z0-9])|(?<=;)\s+")
_TRAILING_SMALL = re.compile(r"(?:\s+(?:of|for|and|the))+$")


@dataclass(frozen=True, slots=True)
class _Hit:
    outcome: Outcome
    start: int
    end: int
    taken: bool  # False when a governor makes it hypothetical


@lru_cache(maxsize=16384)
def _hits(text: str) -> tuple[_Hit, ...]:
    """Every outcome verb in ``text``, leftmost first, with overlapping weaker matches dropped.  (Cached:
    the engine and the verifier read the same clauses many times over.)"""
    found: list[_Hit] = []
    for outcome, pattern in _COMPILED:
        for match in pattern.finditer(text):
            if any(h.start <= match.start() < h.end or match.start() <= h.start < match.end() for h in found):
                continue  # "not approved" already claimed these words as REFUSED
            if _is_noun_use(text, match):
                continue
            found.append(_Hit(outcome, match.start(), match.end(), _is_taken(text, match.start())))
    return sorted(found, key=lambda h: h.start)


def _is_noun_use(text: str, match: re.Match[str]) -> bool:
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


def _is_taken(text: str, position: int) -> bool:
    scope = _scope_before(text, position)
    if _INFINITIVE.search(scope) and not _TAKEN_INFINITIVE.search(scope):
        return False
    if _NOMINAL_GOVERNOR.search(scope):
        return False
    return not any(not _is_noun_use(scope, governor) for governor in _GOVERNOR.finditer(scope))


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
    if not hits:
        return Outcome.APPROVED if correct_record or _passive_decision(text) else Outcome.OTHER
    if _MOTION_RESULT.search(text):
        # "the motion to take no further action was LOST": the vote decides, whatever the motion said
        return Outcome.REFUSED
    if len(hits) > 1 and not hits[0].taken and _NAMED_INTENT.search(text, 0, hits[0].start):
        # "the hearing of the application to vary the licence be adjourned": "to vary" names the
        # application; what was decided about it comes later
        hits = hits[1:]
    first = hits[0]
    if not first.taken:
        # "minded to refuse …, and that a decision be deferred": the step actually taken is the decision
        for later in hits[1:]:
            if later.taken and later.outcome in _POSTPONED and _is_clause_head(text, later):
                return later.outcome
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
                    and not _WELCOMED.match(text, later.start)  # "noted the report and welcomed …"
                    and (later.taken or _is_clause_head(text, later))
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


def _is_clause_head(text: str, hit: _Hit) -> bool:
    """A verb right after "and" / "and that … be" heads its own coordinated clause."""
    return bool(
        re.search(r"\band\s+(?:that\s+)?(?:[\w'-]+\s+){0,6}?(?:be\s+)?$", text[: hit.start], re.IGNORECASE)
    )


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
