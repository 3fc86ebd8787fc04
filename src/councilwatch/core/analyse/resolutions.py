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

from councilwatch.core.analyse.clause_lists import clauses
from councilwatch.core.analyse.narrative import AGREED_OPINION, narrative_decisions
from councilwatch.core.analyse.outcomes import Outcome, classify_outcome, recommended_to
from councilwatch.core.analyse.resolution_blocks import FOOTER, block_end, markers

_ONE_WORD_DECISION = re.compile(
    r"(?i)(?:received\s+and\s+)?noted|agreed|approved|deferred|refused|granted|declined|received"
)
_TERMS_LIST = re.compile(
    r"\b(?:the\s+)?following\s+(?:\w+\s+)?(?:conditions|reasons|amendments|modifications|terms|changes|"
    r"grounds|informatives|obligations|heads\s+of\s+terms)\b[^.;]*[:–-]*$",
    re.IGNORECASE,
)
_MEMBERS_AGREED = frozenset({"members agreed", "councillors agreed"})
_ASIDE_FIRST = re.compile(
    r"^(?:in\s+view\s+of|having\s+regard\s+to|under|in\s+accordance\s+with|in\s+terms\s+of)\b[^,]{3,200},\s+"
    r"(?=(?:to|that)\b)",
    re.IGNORECASE,
)
# "Item | Subject | Decision | Vote"; a parish's "Application | Site | Proposal | Observations of the Council"
_DECISION_CELL = re.compile(r"\b(?:decisions?|outcome|resolution|observations|response|comments)\b")
_TABLE_HEADER = re.compile(
    r"(?im)^[^\n|]*\|[^\n]*\b(?:decisions?|outcome|observations\s+of|response\s+of|comments\s+of)\b[^\n]*$"
)


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


def _marked_resolutions(text: str) -> list[Resolution]:
    found: list[Resolution] = []
    found_markers = markers(text)
    for index, marker in enumerate(found_markers):
        if found and marker.start() < found[-1].end:
            continue  # a marker quoted inside an earlier block
        # A lead on its own line ("The Board:") is the block's lead, read as a decision list.
        opens = marker.start("lead") if marker.group("lead") else marker.end()
        end = block_end(text, marker.end())
        if index + 1 < len(found_markers):
            following = found_markers[index + 1].start()
            end = min(end, following) if following > marker.end() else end
        block = text[opens:end]
        # "RESOLVED UNANIMOUSLY" → "RESOLVED": how many voted is not the outcome.
        marker_word = (
            "DECISION"
            if marker.group("lead")
            else re.sub(r"\s+unanimously$", "", marker.group(0).strip(" >*_#\t"), flags=re.IGNORECASE)
        )
        spans = clauses(block)
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
            if marker.group(0).lower() in _MEMBERS_AGREED and AGREED_OPINION.match(f"agreed {clause}"):
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
