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

from councilwatch.core.analyse.narrative import narrative_decisions
from councilwatch.core.analyse.outcomes import Outcome, classify_outcome, recommended_to
from councilwatch.core.analyse.resolution_blocks import FOOTER, MARKER, MARKER_LINE_END, block_end

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
# A lead whose list gives the terms of its one decision rather than further decisions.
_TERMS_LIST = re.compile(
    r"\b(?:the\s+)?following\s+(?:\w+\s+)?(?:conditions|reasons|amendments|modifications|terms|changes|"
    r"grounds|informatives|obligations|heads\s+of\s+terms)\b[^.;]*[:–-]*$",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"(?:Members|Councillors)\s+agreed\s+that\s+(?:[\w'’-]+\s+){1,6}?(?:had|has|was|were|is|are|needed|needs)\b"
)
_ASIDE_FIRST = re.compile(
    r"^(?:in\s+view\s+of|having\s+regard\s+to|under|in\s+accordance\s+with|in\s+terms\s+of)\b[^,]{3,200},\s+"
    r"(?=(?:to|that)\b)",
    re.IGNORECASE,
)
_ENTRY = re.compile(r"(?m)^[ \t]+(\S[^\n]*)$")
# "Item | Subject | Decision | Vote"; a parish's "Application | Site | Proposal | Observations of the Council"
_DECISION_CELL = re.compile(r"\b(?:decisions?|outcome|resolution|observations|response|comments)\b")
_TABLE_HEADER = re.compile(
    r"(?im)^[^\n|]*\|[^\n]*\b(?:decisions?|outcome|observations\s+of|response\s+of|comments\s+of)\b[^\n]*$"
)
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
    lead_line = re.search(r":[ \t]*\n", block)
    entries = list(_ENTRY.finditer(block, lead_line.end())) if lead_line else []
    if len(entries) >= 2 and not block[lead_line.end() : entries[0].start()].strip():
        # "to award the following grants:" then one indented line a grant, with no numbers
        return [("", m.start(1), m.start(1), m.end()) for m in entries]
    joined = list(re.finditer(r";\s+and\s+(?=that\s)", block))
    if joined:
        # "AGREED – that minute CS 12/25 be referred back …; and that the remaining minutes be adopted."
        starts = [0, *(match.end() for match in joined)]
        return [
            ("", start, start, joined[i].start() + 1 if i < len(joined) else len(block))
            for i, start in enumerate(starts)
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
    lines = [line for line in clause.split("\n") if not FOOTER.match(line.strip())]
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
    found = _marked_resolutions(text) + _table_decisions(text)
    covered = [(r.lead_start, r.end) for r in found]
    for sentence, start in narrative_decisions(text, covered):
        end = start + len(sentence)
        found.append(_resolution(sentence, sentence, "", start, end, lead_span=(start, start)))
    return sorted(found, key=lambda r: r.start)


def _table_decisions(text: str) -> list[Resolution]:
    """Rows of a decisions table written as text ("Item | Subject | Decision | Vote"): each row's decision
    cell is a decision, read with its subject ("Minutes of 22 November | Approved as a correct record")."""
    found: list[Resolution] = []
    for header in _TABLE_HEADER.finditer(text):
        cells = [c.strip().lower() for c in header.group(0).split("|")]
        column = next(i for i, c in enumerate(cells) if _DECISION_CELL.search(c))
        subject = next(
            (i for i, c in enumerate(cells) if c in ("subject", "item", "title", "matter", "proposal")), None
        )
        position = header.end() + 1
        for line in text[position:].split("\n"):
            row_start, position = position, position + len(line) + 1
            parts = [c.strip() for c in line.split("|")]
            if len(parts) < len(cells):
                break  # the table ends at the first line that is not a row
            decision = parts[column]
            if len(decision.split()) < 2 and not _ONE_WORD_DECISION.fullmatch(decision.strip(" .")):
                continue
            about = parts[subject] if subject is not None else ""
            start = row_start + line.index(decision)
            found.append(
                _resolution(
                    decision,
                    f"{about}: {decision}" if about else decision,
                    "DECISION",
                    start,
                    start + len(decision),
                    lead_span=(start, start),
                )
            )
    return found


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
    return bool(after_and) and not seconded


def _markers(text: str) -> list[re.Match[str]]:
    markers: list[re.Match[str]] = []
    for marker in MARKER.finditer(text):
        inside = markers and (
            _continues_sentence(text, markers[-1], marker) or _inside_a_led_list(text, markers[-1], marker)
        )
        if _lead_after_marker(text, marker) or inside or _agreed_in_passing(text, marker):
            continue
        markers.append(marker)
    return markers


def _marked_resolutions(text: str) -> list[Resolution]:
    found: list[Resolution] = []
    markers = _markers(text)
    for index, marker in enumerate(markers):
        if found and marker.start() < found[-1].end:
            continue  # a marker quoted inside an earlier block
        # A lead on its own line ("The Board:") is the block's lead, read as a decision list.
        opens = marker.start("lead") if marker.group("lead") else marker.end()
        end = block_end(text, marker.end())
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
            # "It was resolved, in view of the confidential nature of the business, to exclude …"
            clause = _ASIDE_FIRST.sub("", _clean(block.lstrip(" :-–,*_")))
            if len(clause.split()) < 2 and not _ONE_WORD_DECISION.fullmatch(clause.strip(" .")):
                continue  # "RESOLVED:" with nothing after it; but "Decision: Noted." is whole
            if _OPINION.match(marker.group(0) + " " + clause):
                continue  # "Members agreed that the matter needed wider discussion": a view, not a decision
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
            clause = _clean(block[body_start:stop]).lstrip(":-–—, ")
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
