"""Find RESOLVED clauses in minutes text and label each one's outcome.

Shapes handled: "RESOLVED that the … Committee:- 1) Notes … 2) Requests …" (clauses inline or one per
line), lettered "(a) … (b) …", bullets, a single sentence ("RESOLVED that the report be noted."),
"RESOLVED:" on its own line followed by the clause, "It was resolved that …", and the "RECOMMENDED" and
"AGREED" markers some councils use.  The outcome is classified on the marker, the lead-in and the clause
together, because the lead-in can carry the verb ("recommends to Cabinet that: 1) the Plan be approved"
is a recommendation, not an approval).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from councilwatch.core.analyse.items import title_like
from councilwatch.core.analyse.narrative import narrative_decisions
from councilwatch.core.analyse.outcomes import Outcome, classify_outcome, recommended_to

_MARKER = re.compile(
    r"\b[Ii]t\s+was\s+(?:further\s+|unanimously\s+)?(?:resolved|RESOLVED)\b(?:\s+unanimously\b)?"
    r"|\b(?:RESOLVED|RECOMMENDED|AGREED|DECIDED)\b(?:\s+(?:UNANIMOUSLY|unanimously)\b)?"
    r"|(?m:^[ \t>*_#]*Resolved\b)"
    r"|\b(?:Committee|Sub-Committee|Cabinet|Council|Board|Panel|Executive|Forum|Members)\s+"
    r"(?:then\s+|unanimously\s+)?(?:resolved|agreed|decided)\b(?=\s*(?:to\b|that\b|:))"
    r"|(?m:^[ \t>*_#]*(?:DECISIONS?|Decisions?)[ \t*_]*$)"
    r"|(?m:^[ \t>*_#]*(?:DECISIONS?|Decisions?)\s*(?=[:–-]))"
    # "Agreed – that the report be noted.", "Resolution: That …"
    r"|(?m:^[ \t>*_#]*(?:Agreed|Decided|Resolution|RESOLUTION)\s*(?=[:–—-]))"
    # a lead on a line of its own, its list below: "The Board:" / "The Committee:-"
    r"|(?m:^[ \t>*_#]*(?P<lead>The\s+(?:[A-Z][\w-]*\s+){0,4}?(?:Committee|Sub-Committee|Board|Panel|Cabinet|"
    r"Council|Executive|Forum|Authority)(?:\s+made\s+the\s+following\s+recommendations?\s+to\s+[^:\n]{2,60})?"
    r"\s*:-?)(?=[ \t]*$))"
)
_MARKER_LINE_END = re.compile(r"(?:RESOLVED|Resolved|DECISIONS?|Decisions?|AGREED|Agreed)\b[ \t:–-]*\n\s*$")
_ONE_WORD_DECISION = re.compile(
    r"(?i)(?:received\s+and\s+)?noted|agreed|approved|deferred|refused|granted|declined|received"
)
_NUMERIC = re.compile(r"(?:(?<=[\s:>-])|^)\(?(\d{1,2})[.)](?=\s)")
# "(a)" / "a)" anywhere; "a." / "ii." only at the start of a line, where it cannot be an initial or "etc.".
_LETTERED = re.compile(
    r"(?:(?<=[\s:>-])|^)\(?([a-z]|i{1,3}|iv|v|vi{1,3})\)(?=\s)"
    r"|(?m:^[ \t]*([a-z]|i{1,3}|iv|v|vi{1,3})\.(?=\s))"
)
_BULLET = re.compile(r"(?:(?<=\s)|^)[•·▪●◦](?=\s)|(?m:^[ \t]*[-*](?=\s))")
_CLAUSE_LINE = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-z]{1,4}[.)]|[•·▪●◦*-])\s")
_OPEN_ENDING = re.compile(r"(?:\bthat|:-?|–|-)\s*$", re.IGNORECASE)
_ITEM_HEADING = re.compile(
    r"^(?:(?:item|minute)\s+)?\d{1,3}(?:/\d{2,4})?[a-z]?(?:[.:]\s+|\s+)(?P<title>\S.*)$", re.I
)
_NUMBER_AT_START = re.compile(r"^\(?(\d{1,2})[.)]\s")
_THAT_LINE = re.compile(r"^[ \t]*That\s")
_FOOTER = re.compile(r"^(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d{1,3}\s*-)$", re.IGNORECASE)
_CLAUSE_VERB = re.compile(
    r"^\(?\d{1,2}[.)]\s*(?:That|Note|Notes|Agree|Agrees|Approve|Approves|Request|Requests|Recommend|"
    r"Recommends|Endorse|Endorses|Ask|Asks|Support|Supports|Defer|Defers|Refer|Refers|Receive|Receives|"
    r"Welcome|Welcomes|Thank|Thanks|Delegate|Delegates|Authorise|Authorises|Adopt|Adopts|Refuse|Refuses|"
    r"Reject|Rejects|Confirm|Confirms|Accept|Accepts|Acknowledge|Acknowledges|Instruct|Instructs)\b"
)
# A lead whose list gives the terms of its one decision rather than further decisions.
_TERMS_LIST = re.compile(
    r"\b(?:the\s+)?following\s+(?:\w+\s+)?(?:conditions|reasons|amendments|modifications|terms|changes|"
    r"grounds|informatives|obligations|heads\s+of\s+terms)\b[^.;]*[:–-]*$",
    re.IGNORECASE,
)
_SMALL_WORDS = {"of", "and", "the", "for", "to", "in", "on", "at", "by", "with", "&", "a", "an", "-", "–"}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}


@dataclass(frozen=True, slots=True)
class Resolution:
    """One clause of a RESOLVED block.  ``start``/``end`` index the text it was found in."""

    text: str  # the clause as written, numbering removed
    outcome: Outcome
    recommended_to: str
    number: str  # "1)", "(a)", "" for a single-sentence resolution
    lead: str  # "that the Scrutiny Co-ordination Committee:" — the clauses' shared subject
    marker: str  # "RESOLVED", "It was resolved", "RECOMMENDED" …
    start: int
    end: int
    lead_start: int = 0  # the marker and lead-in, which name who resolved: cite them with the clause
    lead_end: int = 0


def _block_end(text: str, start: int) -> int:
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
        or (not rest_of_line.rstrip().endswith((".", ";")) and bool(_CLAUSE_LINE.match(following)))
    )
    previous = rest_of_line
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
        if _FOOTER.match(stripped) and taken_any:
            position = next_end + 1
            continue
        number = _NUMBER_AT_START.match(stripped)
        is_next_clause = (
            bool(number)
            and int(number.group(1)) == next_clause
            and (_CLAUSE_VERB.match(stripped) is not None or not _title_case(stripped))
        )
        marker = _MARKER.match(stripped)
        if (marker and (taken_any or not marker.group("lead"))) or (
            _is_heading(stripped) and not (expecting_body and is_next_clause)
        ):
            break  # (but "Decision" then "The Committee:-" on the next line is one block)
        wrapped = bool(previous.strip()) and not previous.rstrip().endswith((".", ";", ":", ":-"))
        if not stripped:
            if not expecting_body or (taken_any and not _clause_follows(text, next_end)):
                break
        elif (expecting_body and (_CLAUSE_LINE.match(line) or _THAT_LINE.match(line) or not taken_any)) or (
            wrapped and not _looks_like_new_paragraph(line)
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
    return bool(_CLAUSE_LINE.match(line)) and not _is_heading(line.strip())


def _is_heading(line: str) -> bool:
    match = _ITEM_HEADING.match(line.strip(" #*_>"))
    return bool(match) and title_like(match.group("title"))


def _looks_like_new_paragraph(line: str) -> bool:
    stripped = line.strip()
    return bool(re.match(r"^(?:\d{1,3}(?:/\d{2,4})?[.:]?\s+[A-Z]|[A-Z][a-z]+ [a-z]+)", stripped)) or (
        stripped[:1].isupper() and not stripped.endswith((",", ";", "and", "or"))
    )


def _sequence(matches: list[re.Match[str]], key) -> list[re.Match[str]]:
    """The run of numbering tokens that counts 1, 2, 3 … in order; stray tokens are ignored."""
    chosen: list[re.Match[str]] = []
    expected = 1
    for match in matches:
        if key(match) == expected:
            chosen.append(match)
            expected += 1
    return chosen


def _token(match: re.Match[str]) -> str:
    return match.group(1) or match.group(2)


def _letter_value(match: re.Match[str]) -> int:
    token = _token(match)
    return ord(token) - ord("a") + 1 if len(token) == 1 else 0


def _roman_value(match: re.Match[str]) -> int:
    return _ROMAN.get(_token(match), 0)


def _clauses(block: str) -> list[tuple[str, int, int, int]]:
    """Split a block into (number, start, body start, end) clause spans relative to the block."""
    runs = [
        _sequence(list(pattern.finditer(block)), key)
        for pattern, key in (
            (_NUMERIC, lambda m: int(m.group(1))),
            (_LETTERED, _letter_value),
            (_LETTERED, _roman_value),
        )
    ]
    # The outer list is the one that starts first: "(a) accepts recommendations (1) and (2) …; (b) …" is
    # a lettered list whose first item mentions numbers.
    runs = sorted((run for run in runs if run), key=lambda run: run[0].start())
    if runs:
        run = runs[0]
        return [
            (
                match.group(0).strip(),
                match.start() + len(match.group(0)) - len(match.group(0).lstrip()),
                match.end(),
                run[i + 1].start() if i + 1 < len(run) else len(block),
            )
            for i, match in enumerate(run)
        ]
    that_lines = list(re.finditer(r"(?m)^[ \t]*That\s", block))
    if len(that_lines) > 1:
        return [
            (
                "",
                match.start(),
                match.start(),
                that_lines[i + 1].start() if i + 1 < len(that_lines) else len(block),
            )
            for i, match in enumerate(that_lines)
        ]
    bullets = list(_BULLET.finditer(block))
    if bullets:
        return [
            ("•", match.start(), match.end(), bullets[i + 1].start() if i + 1 < len(bullets) else len(block))
            for i, match in enumerate(bullets)
        ]
    return []


def _lower_that(text: str) -> str:
    """ "That Council be recommended …": a capital "That" would read as part of the recipient's name."""
    return re.sub(r"^That\b", "that", text)


def _clean(clause: str) -> str:
    lines = [line for line in clause.split("\n") if not _FOOTER.match(line.strip())]
    text = re.sub(r"\s+", " ", "\n".join(lines)).strip(" |\n\t;")
    return re.sub(r"[;,]?\s+(?:and|or)$", "", text)  # "(1) noted the report; and" — the joiner is layout


_SENTENCE_END = re.compile(r"(?<=[a-z0-9)’”'\"])\.\s+(?=[A-Z(])")
_ABBREVIATION = re.compile(r"(?:\b(?:No|Nos|Cllr|Mr|Mrs|Ms|Dr|St|para|approx|Appx|App)|\b[A-Z])$")


def _resolution_length(part: str) -> int:
    """How much of ``part`` is the resolution: it ends with its sentence unless the next sentence carries
    on the resolution ("That …", "(b) …").  "RESOLVED that the report be noted. The Chair thanked the
    officers." keeps only the first sentence; the thanks is not part of what was resolved."""
    for match in _SENTENCE_END.finditer(part):
        before = part[: match.start()]
        after = part[match.end() :]
        if _ABBREVIATION.search(before) or re.match(r"(?:That\b|\(?[a-z0-9]{1,3}[.)]\s)", after):
            continue
        return match.start() + 1
    return len(part)


def find_resolutions(text: str) -> list[Resolution]:
    """Every decision in ``text``, in order, each with its outcome label: the clauses after RESOLVED-style
    markers, and decisions written as plain sentences ("The Committee approved the recommendations.")."""
    found = _marked_resolutions(text)
    covered = [(r.lead_start, r.end) for r in found]
    for sentence, start in narrative_decisions(text, covered):
        end = start + len(sentence)
        found.append(_resolution(sentence, sentence, "", start, end, lead_span=(start, start)))
    return sorted(found, key=lambda r: r.start)


def _resolution(
    text: str,
    outcome_text: str,
    marker: str,
    start: int,
    end: int,
    *,
    lead_span: tuple[int, int],
    number: str = "",
    lead: str = "",
) -> Resolution:
    """A found decision, labelled from ``outcome_text``: the clause with the marker and lead governing it."""
    return Resolution(
        text=text,
        outcome=classify_outcome(outcome_text),
        recommended_to=recommended_to(outcome_text),
        number=number,
        lead=lead,
        marker=marker,
        start=start,
        end=end,
        lead_start=lead_span[0],
        lead_end=lead_span[1],
    )


def _lead_after_marker(text: str, marker: re.Match[str]) -> bool:
    """ "Decision" then "The Committee:-" on the next line: one block, led by the first marker."""
    before = text[max(0, marker.start() - 40) : marker.start()]
    return bool(marker.group("lead")) and bool(_MARKER_LINE_END.search(before))


def _marked_resolutions(text: str) -> list[Resolution]:
    found: list[Resolution] = []
    markers = [m for m in _MARKER.finditer(text) if not _lead_after_marker(text, m)]
    for index, marker in enumerate(markers):
        if found and marker.start() < found[-1].end:
            continue  # a marker quoted inside an earlier block
        # A lead on its own line ("The Board:") is the block's lead, read as a decision list.
        opens = marker.start("lead") if marker.group("lead") else marker.end()
        end = _block_end(text, marker.end())
        if index + 1 < len(markers):
            end = min(end, markers[index + 1].start()) if markers[index + 1].start() > marker.end() else end
        block = text[opens:end]
        # "RESOLVED UNANIMOUSLY" → "RESOLVED": how many voted is not the outcome.
        marker_word = (
            "DECISION"
            if marker.group("lead")
            else re.sub(r"\s+unanimously$", "", marker.group(0).strip(" >*_#\t"), flags=re.IGNORECASE)
        )
        spans = _clauses(block)
        if spans:
            last = spans[-1]
            spans[-1] = (last[0], last[1], last[2], last[2] + _resolution_length(block[last[2] : last[3]]))
        else:
            end = opens + _resolution_length(block)
            block = text[opens:end]
        if not spans:
            clause = _clean(block.lstrip(" :-–,*_"))
            if len(clause.split()) < 2 and not _ONE_WORD_DECISION.fullmatch(clause.strip(" .")):
                continue  # "RESOLVED:" with nothing after it; but "Decision: Noted." is whole
            found.append(
                _resolution(
                    clause,
                    f"{marker_word} {_lower_that(clause)}",
                    marker_word,
                    marker.start(),
                    end,
                    lead_span=(marker.start(), marker.end()),
                )
            )
            continue
        lead = _clean(block[: spans[0][1]].lstrip(" :-–,*_"))
        if _TERMS_LIST.search(lead):
            # "permission be granted subject to the following conditions: 1. … 2. …": the list holds the
            # terms of one decision, which the lead states.
            found.append(
                _resolution(
                    lead,
                    f"{marker_word} {_lower_that(lead)}",
                    marker_word,
                    marker.start(),
                    opens + spans[-1][3],
                    lead_span=(marker.start(), marker.end()),
                )
            )
            continue
        for number, start, body_start, stop in spans:
            clause = _clean(block[body_start:stop])
            if not clause:
                continue
            found.append(
                _resolution(
                    clause,
                    f"{marker_word} {_lower_that(lead)} {_lower_that(clause)}",
                    marker_word,
                    opens + start,
                    opens + stop,
                    lead_span=(marker.start(), opens + spans[0][1]),
                    number=number,
                    lead=lead,
                )
            )
    return found
