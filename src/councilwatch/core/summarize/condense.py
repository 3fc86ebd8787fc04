"""Make source sentences shorter without making them say anything the source does not.

Only three operations are used, each of which keeps the text a faithful piece of the original:
trimming trailing clauses at a clause boundary, condensing an inline bullet list to its items' heads, and
turning a RESOLVED clause's leading verb into the past tense ("Notes the report" → "noted the report").
Nothing is added but framing in the minutes' own idiom ("It was resolved that", the subject from the
resolution's lead-in, "Issues raised included:") and a full stop.
"""

from __future__ import annotations

import re

from councilwatch.core.analyse.resolutions import Resolution

MAX_WORDS = 38
MIN_WORDS = 7
MAX_DECISION_WORDS = (
    90  # decisions are never trimmed (a cut could drop a condition); overlong ones are quoted
)

_BOUNDARY = re.compile(
    r",\s+(?=(?:which|who|whom|where|whereby|including|as\s+well\s+as|with|and\s+(?:that|the|it|to)|but|"
    r"although|though|whilst|while|so\s+that|in\s+order)\b)|;\s+|\s+[-–—]\s+|,\s+(?=[a-z])"
)
# A relative clause after a noun ("a Briefing Note of the Director that set out …") can go; a "that" after
# a verb of saying cannot ("indicated that 412 households …" → "indicated." says nothing), see _DANGLING.
_RELATIVE = re.compile(r"\s+(?=(?:that|which|who)\s)")
_DANGLING = re.compile(
    r"\b(?:the|a|an|of|to|for|and|or|in|on|with|by|from|at|as|be|is|are|was|were|been|said|indicated|"
    r"reported|stated|explained|noted|agreed|confirmed|advised|highlighted|informed|told|asked|requested|"
    r"recommended|resolved|considered|decided|so|such|than)$",
    re.IGNORECASE,
)
_PARAGRAPH_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.|\(?[a-z0-9]{1,3}\))\s+(?=[A-Z])")
_INLINE_BULLET = re.compile(r"\s+[•·▪●◦]\s+")
_PAST = {
    "notes": "noted",
    "note": "noted",
    "agrees": "agreed",
    "agree": "agreed",
    "approves": "approved",
    "approve": "approved",
    "requests": "requested",
    "request": "requested",
    "recommends": "recommended",
    "recommend": "recommended",
    "endorses": "endorsed",
    "endorse": "endorsed",
    "asks": "asked",
    "ask": "asked",
    "supports": "supported",
    "support": "supported",
    "defers": "deferred",
    "defer": "deferred",
    "refers": "referred",
    "refer": "referred",
    "receives": "received",
    "receive": "received",
    "welcomes": "welcomed",
    "welcome": "welcomed",
    "thanks": "thanked",
    "thank": "thanked",
    "delegates": "delegated",
    "delegate": "delegated",
    "instructs": "instructed",
    "authorises": "authorised",
    "authorise": "authorised",
    "adopts": "adopted",
    "adopt": "adopted",
    "refuses": "refused",
    "refuse": "refused",
    "rejects": "rejected",
    "reject": "rejected",
    "confirms": "confirmed",
    "confirm": "confirmed",
    "accepts": "accepted",
    "accept": "accepted",
    "acknowledges": "acknowledged",
    "commends": "commended",
    "invites": "invited",
    "invite": "invited",
    "considers": "considered",
    "agreed": "agreed",
    "noted": "noted",
}


def tidy(text: str) -> str:
    """One line, single spaces, no table bars, ending in a full stop."""
    text = re.sub(r"\s+", " ", text).strip(" |\t")
    text = _PARAGRAPH_NUMBER.sub("", text)  # "3.1 The strategic assessment …": the number is layout
    text = text.rstrip(" ,;:-–")
    if text and text[-1] not in ".!?’”'\")":
        text += "."
    return text[:1].upper() + text[1:] if text else text


def word_count(text: str) -> int:
    return len(text.split())


def trim(sentence: str, max_words: int = MAX_WORDS) -> str:
    """Cut at the last clause boundary that leaves at most ``max_words``; "" when no safe cut exists.

    Boundaries are tried strongest first (a semicolon or dash, then a comma before a new clause, then a
    relative "that/which" clause).  A cut never falls inside a list introduced by a colon: "issues around:
    A, B, C" cut after "A" would imply the list was complete.
    """
    text = re.sub(r"\s+", " ", sentence).strip()
    if word_count(text) <= max_words:
        return tidy(text)
    colon = text.find(":")
    for boundary in (_BOUNDARY, _RELATIVE):
        best = ""
        for match in boundary.finditer(text):
            if colon != -1 and match.start() > colon:
                break
            head = text[: match.start()]
            if word_count(head) > max_words:
                break
            if (
                word_count(head) >= MIN_WORDS
                and head.count("(") == head.count(")")
                and not _DANGLING.search(head)
            ):
                best = head
        if best:
            return tidy(best)
    return ""


def condense_bullets(sentence: str, heads: int = 5) -> str:
    """ "… the following information: · A - detail · B - detail" → "… the following information: A; B."."""
    parts = _INLINE_BULLET.split(" " + sentence + " ")
    if len(parts) < 3:
        return sentence
    lead = parts[0].strip()
    items: list[str] = []
    for part in parts[1:]:
        whole = part.strip(" .;")
        # A dash before a figure is a range ("From 1st April 2021 – 30th March 2023"), not a label's end.
        head = re.split(r"\s+[-–—]\s+(?!\d)|:\s+", whole, maxsplit=1)[0].strip(" .;")
        if head != whole and 2 <= word_count(head) <= 10:
            items.append(head)
        elif word_count(whole) <= 10:
            items.append(whole)
    if not items:
        return ""  # the sentence was its list; without it, "provided the following information" says nothing
    return f"{lead.rstrip(' :')}: {'; '.join(items[:heads])}"


# "Cabinet approves …", "The Planning Committee notes …": a named body, then its verb in the present tense.
_SUBJECT_VERB = re.compile(
    r"^(?P<subject>(?:The\s+)?[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|for|the|on))*)\s+"
    r"(?P<verb>[a-z]+)\b(?P<rest>.*)$",
    re.DOTALL,
)


def past_tense_clause(clause: str) -> str | None:
    """ "Notes the Work Programme …" → "noted the Work Programme …"; None when the verb is not a known one."""
    match = re.match(r"^\s*([A-Za-z]+)\b(.*)$", clause, re.DOTALL)
    if not match:
        return None
    past = _PAST.get(match.group(1).lower())
    return f"{past}{match.group(2)}" if past else None


def subject_of(lead: str) -> str | None:
    """ "that the Scrutiny Co-ordination Committee:-" → "The Scrutiny Co-ordination Committee"."""
    match = re.match(
        r"^\s*(?:[Tt]hat\s+)?(?P<subject>(?:the\s+)?[A-Z][\w&'’,-]*(?:\s+(?:[A-Z][\w&'’,-]*|and|of|for|the|on))*)"
        r"\s*(?::-?|–|-)?\s*$",
        lead,
    )
    if not match:
        return None
    subject = match.group("subject").strip(" ,")
    return subject[:1].upper() + subject[1:]


def decision_wordings(resolution: Resolution) -> list[str]:
    """Readable first, literal last.  The clause's own verb is kept, so "Notes" can only become "noted"."""
    clause = resolution.text.rstrip(" .;")
    if resolution.marker == "vote":
        return [
            trim(resolution.text, MAX_DECISION_WORDS) or tidy(resolution.text)
        ]  # the minutes' own sentence
    wordings: list[str] = []
    subject = subject_of(resolution.lead) if resolution.lead else None
    past = past_tense_clause(clause)
    if subject and past:
        wordings.append(tidy(f"{subject} {past}"))
    if not re.sub(r"^\s*that\s*[:–-]*\s*$", "", resolution.lead, flags=re.IGNORECASE):  # no lead, or "that:"
        body = re.sub(r"^that\s+", "", clause, flags=re.IGNORECASE)
        if re.match(r"(?!That\b)[A-Z]", body) and not re.match(r"(?:\([^)]*\)\s*)?to\s", body, re.IGNORECASE):
            stated = _SUBJECT_VERB.match(body)
            if stated and stated.group("verb").lower() in _PAST and stated.group("verb").endswith("s"):
                # "RESOLVED that Cabinet approves the fees …" reads in the summary as "Cabinet approved …"
                wordings.append(
                    tidy(
                        f"{stated.group('subject')} {_PAST[stated.group('verb').lower()]}"
                        f"{stated.group('rest')}"
                    )
                )
            wordings.append(tidy(body))  # "Decision: The Minutes … were approved …": already a statement
        subject_marker = re.search(r"\b(?:resolved|agreed|decided)$", resolution.marker)
        if subject_marker and not resolution.marker.lower().startswith("it "):
            wordings.append(tidy(f"The {resolution.marker} {clause}"))  # "The Committee resolved to note …"
        if re.match(r"(?:\([^)]*\)\s*)?to\s", body, re.IGNORECASE):
            # "It was resolved (7 for, 1 against) to set …", "Decision: to approve …"
            if resolution.marker.lower().startswith(("resolved", "it was")):
                wordings.append(tidy(f"It was resolved {body}"))
            else:
                wordings.append(tidy(f"{resolution.marker.capitalize()}: {body}"))
        elif resolution.marker.upper() == "RECOMMENDED":
            wordings.append(tidy(f"It was recommended {clause}"))
        elif resolution.marker.upper() == "AGREED":
            wordings.append(tidy(f"It was agreed that {body}"))
        else:
            wordings.append(tidy(f"It was resolved that {body}"))
    lead = resolution.lead.rstrip(" :-–")
    wordings.append(tidy(f"{resolution.marker.capitalize()} {lead} {clause}".replace("  ", " ")))
    return [w for w in wordings if word_count(w) <= MAX_DECISION_WORDS] or wordings[-1:]
