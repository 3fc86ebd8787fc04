"""Where a RESOLVED block starts and ends in minutes text.

A block starts at a marker ("RESOLVED", "It was resolved", "DECISION", "Members AGREED", "The Board:" on a
line of its own) and runs over the clauses that follow it: on the same line, on the next lines, or spaced
out by blank lines when each is numbered or lettered.  It ends at an item heading, a new marker, or the
first plain paragraph after its clauses.
"""

from __future__ import annotations

import re

from councilwatch.core.analyse.items import title_like

MARKER = re.compile(
    r"\b[Ii]t\s+was\s+(?:further\s+|unanimously\s+)?(?:resolved|RESOLVED)\b(?:\s+unanimously\b)?"
    r"|\b(?:RESOLVED|RECOMMENDED|RECOMMENDS|AGREED|DECIDED)\b(?:\s+(?:UNANIMOUSLY|unanimously)\b)?"
    r"|(?m:^[ \t>*_#]*Resolved\b)"
    # a parish clerk's "… single-storey rear extension. resolved – no objection." and "(a) Resolved: that …"
    r"|(?:(?<=[.):]\s)|(?<=[.)]\s\s)|(?<=,\s)|(?m:^[ \t]*))[Rr]esolved(?=\s*[:–—-]|\s+that\b)"
    # "… illuminated fascia sign. Agreed: no objection."; "Agreed that the request be referred …"
    r"|(?:(?<=[.)]\s)|(?<=[.)]\s\s)|(?m:^[ \t>*_#]*))(?:Agreed|Decided)(?=\s*:|\s+(?:that|to)\b)"
    # Northern Ireland: "Proposed by Councillor Quinn, seconded by Councillor Armour and agreed that …"
    # (also "… and agreed – That …" and a lead "The Board found the ground established and agreed:-")
    r"|(?:(?<=\band\s)|(?<=\band\s\s))(?:agreed|resolved|AGREED|RESOLVED)"
    r"(?=\s*[–—-]?\s+(?:unanimously\s+)?(?:that|That|to)\b|:-?[ \t]*\n)"
    # a standards or licensing hearing: "… made the following findings and decisions."
    r"|\b(?:made|took|reached)\s+the\s+following\s+(?:findings\s+and\s+)?(?:decisions?|determinations?)\s*[.:]-?"
    # "Recommendation to Council: That the Masterplan be adopted"
    r"|(?:(?<=[.)]\s)|(?m:^[ \t>*_#]*))(?:Recommendations?|RECOMMENDATIONS?)\s+to\s+(?:the\s+)?"
    r"[A-Z][^:\n]{1,60}:"
    r"|\b(?:Committee|Sub-Committee|Cabinet|Council|Board|Panel|Executive|Forum|Members|members)\s+"
    r"(?:then\s+|unanimously\s+)?(?:resolved|agreed|decided|determined)\b"
    # "The Council resolved under Section 50A(4) of the … Act to exclude the public", "resolved, under …,"
    r"(?=\s*(?:to\b|that\b|:|,)|\s+(?:under|in\s+accordance\s+with|in\s+terms\s+of)\s)"
    r"|(?m:^[ \t>*_#]*(?:DECISIONS?|Decisions?|OUTCOME|Outcome)(?:\(s\))?[ \t*_]*$)"
    r"|(?m:^[ \t>*_#]*(?:DECISIONS?|Decisions?|OUTCOME|Outcome)(?:\(s\))?\s*(?=[:–-]))"
    # "Agreed – that the report be noted.", "Resolution: That …"
    r"|(?m:^[ \t>*_#]*(?:Agreed|Decided|Resolution|RESOLUTION)\s*(?=[:–—-]))"
    # a lead on a line of its own, its list below: "The Board:" / "The Committee:-"
    r"|(?m:^[ \t>*_#]*(?P<lead>The\s+(?:[A-Z][\w-]*\s+){0,4}?(?:Committee|Sub-Committee|Board|Panel|Cabinet|"
    r"Council|Executive|Forum|Authority)(?:\s+made\s+the\s+following\s+recommendations?\s+to\s+[^:\n]{2,60})?"
    r"\s*:-?)(?=[ \t]*$))"
)
MARKER_LINE_END = re.compile(r"(?:RESOLVED|Resolved|DECISIONS?|Decisions?|AGREED|Agreed)\b[ \t:–-]*\n\s*$")
CLAUSE_LINE = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-z]{1,4}[.)]|[•·▪●◦*-])\s")
_OPEN_ENDING = re.compile(
    r"(?:\bthat|:-?|–|-|\bfollowing\s+(?:[\w-]+\s+){0,3}?(?:decisions?|determinations?|findings)\.)\s*$",
    re.IGNORECASE,
)
_ITEM_HEADING = re.compile(
    r"^(?:(?:item|minute)\s+)?(?:[A-Z]{1,4}[./])?\d{1,3}(?:/\d{1,4}){0,2}[a-z]?(?:[.:]\s+|\s+)(?P<title>\S.*)$",
    re.I,
)
_NUMBER_AT_START = re.compile(r"^\(?(\d{1,2})[.)]\s")
_THAT_LINE = re.compile(r"^[ \t]*That\s")
FOOTER = re.compile(r"^(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d{1,3}\s*-)$", re.IGNORECASE)
_CLAUSE_VERB = re.compile(
    r"^\(?\d{1,2}[.)]\s*(?:That|Note|Notes|Agree|Agrees|Approve|Approves|Request|Requests|Recommend|"
    r"Recommends|Endorse|Endorses|Ask|Asks|Support|Supports|Defer|Defers|Refer|Refers|Receive|Receives|"
    r"Welcome|Welcomes|Thank|Thanks|Delegate|Delegates|Authorise|Authorises|Adopt|Adopts|Refuse|Refuses|"
    r"Reject|Rejects|Confirm|Confirms|Accept|Accepts|Acknowledge|Acknowledges|Instruct|Instructs)\b"
)
_LETTER_LABEL = re.compile(r"^\(?[a-z]\)\s")
# "(c) Application No: 26/00233/FUL": the next application's heading, not another clause of the decision
_FIELD_HEADING = re.compile(
    r"^\s*\(?[a-z\d]{1,4}[.)]\s+(?:(?:[A-Z][a-z]+\s){1,3}(?:No\.?|Number|Ref(?:erence)?)|Site|Proposal|Applicant"
    r"|Address|Location|Ward|Premises)\s*:"
)
_WRAPPED_LINE = 60  # characters: a line this long without a stop was wrapped, not ended
_BROKEN_AFTER = re.compile(
    r"(?:\b(?:Cllr|Councillor|Mr|Mrs|Ms|Dr|Alderman|the|of|and|to|for|a|an|be|that|by|with|on|in|at)|,)\s*$"
)
_SMALL_WORDS = {"of", "and", "the", "for", "to", "in", "on", "at", "by", "with", "&", "a", "an", "-", "–"}


def block_end(text: str, start: int) -> int:
    """Where a resolution block that starts at ``start`` (just after its marker) ends.

    After "RESOLVED that the Board:" the clauses follow on their own lines; after a complete "RESOLVED that
    the report be noted." only a wrapped continuation follows.  An item heading ("5. Parking") ends the
    block although it is numbered like a clause; a line numbered as the next clause is a clause, even
    without a full stop ("2. Agrees the plan").  Page footers inside a block are stepped over.
    """
    line_end = text.find("\n", start)
    if line_end == -1:
        return len(text)
    rest_of_line = text[start:line_end]
    position = line_end + 1
    following = text[line_end + 1 :].split("\n", 1)[0]
    expecting_body = (
        bool(_OPEN_ENDING.search(rest_of_line))
        or not rest_of_line.strip(" :-–*_")
        # "RESOLVED: That Cabinet" then "(a) recommends …": a lead with no colon, its list below it
        or (not rest_of_line.rstrip().endswith((".", ";")) and bool(CLAUSE_LINE.match(following)))
        # "RESOLVED: That the Committee" then a blank line, then "(1) notes …"
        or (
            not rest_of_line.rstrip().endswith((".", ";"))
            and not following.strip()
            and _clause_follows(text, line_end + 1 + len(following))
        )
    )
    previous = text[text.rfind("\n", 0, start) + 1 : line_end]  # the whole line: is it a wrapped one?
    taken_any = False
    next_clause = 1
    if _NUMBER_AT_START.match(rest_of_line.strip(" :-–")):
        # "Resolved – (1) That … endorsed." then, after a blank line, "(2) That …": the first clause is on
        # the marker's line and the numbering says more may follow.
        expecting_body, taken_any, next_clause = True, True, 2
    while position < len(text):
        next_end = text.find("\n", position)
        next_end = len(text) if next_end == -1 else next_end
        line = text[position:next_end]
        stripped = line.strip()
        if FOOTER.match(stripped) and taken_any:
            position = next_end + 1
            continue
        number = _NUMBER_AT_START.match(stripped)
        is_next_clause = (
            bool(number)
            and int(number.group(1)) == next_clause
            and (_CLAUSE_VERB.match(stripped) is not None or not _title_case(stripped))
        )
        marker = MARKER.match(stripped)
        if (marker and (taken_any or not marker.group("lead"))) or (
            _is_heading(stripped) and not (expecting_body and is_next_clause)
        ):
            break  # (but "Decision" then "The Committee:-" on the next line is one block)
        if next_clause > 1 and _LETTER_LABEL.match(stripped) and previous.rstrip().endswith("."):
            break  # "(2) To delegate …." then "(b) Application No. …": the next application, not a clause
        wrapped = bool(previous.strip()) and not previous.rstrip().endswith((".", ";", ":", ":-", "|"))
        # "RESOLVED: that Cllr" / "Rosalind Hebden be elected …": a line broken mid-sentence, as text from a
        # PDF is, carries on even into a capital; so does any long line left without a stop
        broken = wrapped and (bool(_BROKEN_AFTER.search(previous)) or len(previous.strip()) > _WRAPPED_LINE)
        if not stripped:
            if not expecting_body or (taken_any and not _clause_follows(text, next_end)):
                break
        elif (
            (
                expecting_body
                # (an indented line under "to award the following grants:" is one of its entries)
                and (CLAUSE_LINE.match(line) or _THAT_LINE.match(line) or not taken_any or line[:1] in " \t")
            )
            or (wrapped and (broken or not _looks_like_new_paragraph(line)))
        ):
            taken_any = True
            if is_next_clause:
                next_clause += 1
        else:
            break
        previous = line
        position = next_end + 1
    return min(position, len(text)) if taken_any else line_end


def _title_case(line: str) -> bool:
    """ "3. Road Safety Review" (a heading) rather than "3. Agrees the plan" (a clause)."""
    words = [w for w in re.sub(r"^\(?\d{1,2}[.)]\s*", "", line).split() if w.lower() not in _SMALL_WORDS]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _clause_follows(text: str, position: int) -> bool:
    """After a blank line: is the next non-blank line another clause (minutes often space clauses out)?"""
    following = re.match(r"\s*\n([^\n]*)", text[position:])
    if following is None:
        return False
    line = following.group(1)
    return bool(CLAUSE_LINE.match(line)) and not _is_heading(line.strip()) and not _FIELD_HEADING.match(line)


def _is_heading(line: str) -> bool:
    match = _ITEM_HEADING.match(line.strip(" #*_>"))
    return bool(match) and title_like(match.group("title"))


def _looks_like_new_paragraph(line: str) -> bool:
    stripped = line.strip()
    return bool(re.match(r"^(?:\d{1,3}(?:/\d{2,4})?[.:]?\s+[A-Z]|[A-Z][a-z]+ [a-z]+)", stripped)) or (
        stripped[:1].isupper() and not stripped.endswith((",", ";", "and", "or"))
    )


def _lead_after_marker(text: str, marker: re.Match[str]) -> bool:
    """ "Decision" then "The Committee:-" on the next line: one block, led by the first marker."""
    before = text[max(0, marker.start() - 40) : marker.start()]
    return bool(marker.group("lead")) and bool(MARKER_LINE_END.search(before))


_SENTENCE_OR_LINE_START = re.compile(r"(?:[.;:!?]\s|\n)[ \t]*(?:\(?[a-z0-9]{1,4}[.)]\s*)?")


def _continues_sentence(text: str, previous: re.Match[str], marker: re.Match[str]) -> bool:
    """ "DECISION" then "Having regard to the notice, the Sub-Committee decided to …": the second marker is
    inside the sentence the first one leads, not the start of a block of its own."""
    between = text[previous.end() : marker.start()]
    if re.search(r"[.;!?](?:\s|$)", between):
        return False
    starts = list(_SENTENCE_OR_LINE_START.finditer(text, 0, marker.start()))
    sentence_start = starts[-1].end() if starts else 0
    # (a subject alone before it, "The Licensing Committee agreed", opens a sentence of its own)
    opening = text[sentence_start : marker.start()]
    return "," in opening or len(opening.split()) > 6


_LIST_LABEL_BEFORE = re.compile(r"(?m)^[ \t]*\(?(?:[ivx]{1,4}|[a-z]|\d{1,2})[.)][ \t]*$")


def _inside_a_led_list(text: str, previous: re.Match[str], marker: re.Match[str]) -> bool:
    """ "The Joint Committee:" then "i. AGREED to recommend …" and "ii. NOTED that …": the verbs in capitals
    head the items of the lead's list, not blocks of their own."""
    line_start = text.rfind("\n", 0, marker.start()) + 1
    return (
        bool(previous.group("lead"))
        and marker.start() - previous.end() < 2000
        and bool(_LIST_LABEL_BEFORE.match(text, line_start, marker.start()))
    )


def _agreed_in_passing(text: str, marker: re.Match[str]) -> bool:
    """ "… and agreed that" opens a decision only after a proposer and seconder ("Proposed by Councillor
    Quinn, seconded by Councillor Armour and agreed that …"); elsewhere it is a sentence's second verb."""
    if marker.group(0).lower() not in ("agreed", "resolved"):
        return False
    after_and = re.search(r"\band\s+$", text[max(0, marker.start() - 6) : marker.start()])
    seconded = re.search(r"(?i)\bseconded\b", text[max(0, marker.start() - 160) : marker.start()])
    # (nor after "The Board found the ground for review established and agreed:-", its list below)
    leads_a_list = re.match(r":-?[ \t]*\n", text[marker.end() :])
    return bool(after_and) and not seconded and not leads_a_list


def markers(text: str) -> list[re.Match[str]]:
    markers: list[re.Match[str]] = []
    for marker in MARKER.finditer(text):
        inside = markers and (
            _continues_sentence(text, markers[-1], marker) or _inside_a_led_list(text, markers[-1], marker)
        )
        if _lead_after_marker(text, marker) or inside or _agreed_in_passing(text, marker):
            continue
        markers.append(marker)
    return markers
