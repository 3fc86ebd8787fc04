"""Page geometry: text segments → visual lines in reading order, without running headers and footers.

Works on plain tuples of coordinates so it has no PDF library in it and can be tested on its own.  PDF
coordinates have y growing upwards, so "top of the page" means a large y.

Why each step exists:
- Grouping by baseline: a PDF writer may draw one visual line as several text objects (a hanging "3.1",
  a bold word, table cells), so lines are rebuilt from geometry, not from the content stream.
- Columns: printed minutes are often set in two columns, and some writers draw them row by row; trusting
  stream order would interleave them.  A gutter that no line crosses marks a two-column region, read
  left column first.
- Running headers/footers: lines in the page margins that repeat at the same spot on several pages
  (after replacing digits), and page numbers, are furniture, not content.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from councilwatch.core.extract.passages import _BULLET, _NUMBER, Line


@dataclass(slots=True)
class Segment:
    text: str
    left: float
    top: float
    right: float
    bottom: float
    size: float = 0.0
    bold: bool = False
    baseline: float = 0.0  # y of the first character's origin: steadier than glyph boxes


@dataclass(slots=True)
class VisualLine:
    segments: list[Segment]
    top: float
    bottom: float
    baseline: float = 0.0
    column_start: bool = False  # first line of a column: a new block whatever the spacing
    parts: list[list[Segment]] | None = None  # pieces(), worked out once and reused

    @property
    def left(self) -> float:
        return self.segments[0].left

    @property
    def right(self) -> float:
        return max(s.right for s in self.segments)

    @property
    def text(self) -> str:
        return run_text(self.segments)


def run_text(segments: list[Segment]) -> str:
    """The words of adjacent runs, without the space PDFium puts before a superscript ("16th")."""
    if len(segments) == 1:
        return " ".join(segments[0].text.split())
    parts = []
    for seg, after in zip(segments, [*segments[1:], None], strict=True):
        text = seg.text
        if (
            after is not None
            and after.size < seg.size * 0.85
            and after.baseline > seg.baseline + 1
            and after.left - seg.right < 1.5
        ):
            text = text.rstrip()
        parts.append(text)
    return " ".join("".join(parts).split())


@dataclass(slots=True)
class PageLayout:
    number: int  # 1-based
    width: float
    height: float
    lines: list[VisualLine] = field(default_factory=list)


def group_lines(segments: list[Segment]) -> list[VisualLine]:
    """Segments sharing a baseline band become one line; lines are returned top to bottom."""
    lines: list[VisualLine] = []
    sizes: list[float] = []  # the largest font on each line: its baseline is the line's baseline
    for seg in sorted(segments, key=lambda s: -s.baseline):
        if lines:
            line = lines[-1]
            shortest = max(min(line.top - line.bottom, seg.top - seg.bottom), 0.1)
            overlap = min(line.top, seg.top) - max(line.bottom, seg.bottom)
            # Same baseline, or a small box sitting mostly inside the line's box (a superscript "th").
            if abs(line.baseline - seg.baseline) <= max(shortest * 0.4, 1.0) or overlap >= shortest * 0.6:
                line.segments.append(seg)
                line.top, line.bottom = max(line.top, seg.top), min(line.bottom, seg.bottom)
                if seg.size > sizes[-1]:
                    sizes[-1], line.baseline = seg.size, seg.baseline
                continue
        lines.append(VisualLine([seg], seg.top, seg.bottom, seg.baseline))
        sizes.append(seg.size)
    for line in lines:
        line.segments.sort(key=lambda s: s.left)
    return lines


def _is_marker(text: str) -> bool:
    stripped = text.strip()
    if not stripped:
        return False
    if len(stripped) <= 2 and _BULLET.match(stripped + " x"):
        return True
    number = _NUMBER.match(stripped + " x")
    return number is not None and number.end() == len(stripped) + 1


def pieces(line: VisualLine) -> list[list[Segment]]:
    """Split a line where the horizontal gap is too wide to be a space: table cells or columns.

    A hanging marker ("3.1", "•") followed by a tab-like gap stays with its text.
    """
    if line.parts is not None:
        return line.parts
    if len(line.segments) == 1:
        line.parts = [line.segments]
        return line.parts
    out: list[list[Segment]] = [[line.segments[0]]]
    for seg in line.segments[1:]:
        prev = out[-1][-1]
        height = max(prev.top - prev.bottom, seg.top - seg.bottom, 1.0)
        hanging = len(out) == 1 and len(out[0]) == 1 and _is_marker(prev.text)
        if seg.left - prev.right > max(1.2 * height, 12.0) and not hanging:
            out.append([seg])
        else:
            out[-1].append(seg)
    line.parts = out
    return out


def _piece_line(piece: list[Segment]) -> VisualLine:
    top, bottom = max(s.top for s in piece), min(s.bottom for s in piece)
    return VisualLine(piece, top, bottom, piece[0].baseline, parts=[piece])


def order_columns(lines: list[VisualLine], width: float) -> list[VisualLine]:
    """Read a two-column region left column first; everything else stays top to bottom."""
    split = [pieces(line) for line in lines]
    starts = Counter(
        round(p[0].left / 3) for ps in split for p in ps[1:] if 0.35 * width < p[0].left < 0.7 * width
    )
    if not starts:
        return lines
    gutter_key, count = starts.most_common(1)[0]
    if count < 3:
        return lines
    gutter = gutter_key * 3 - 3

    def side_of(piece: list[Segment]) -> str:
        if piece[-1].right <= gutter + 1:
            return "L"
        if piece[0].left >= gutter - 1:
            return "R"
        return "X"  # crosses the gutter: full-width text

    ordered: list[VisualLine] = []
    run: list[tuple[VisualLine, list[list[Segment]]]] = []

    def flush() -> None:
        lefts = [p for _, ps in run for p in ps if side_of(p) == "L"]
        rights = [p for _, ps in run for p in ps if side_of(p) == "R"]
        one_each = all(sum(side_of(p) == "R" for p in ps) <= 1 for _, ps in run)
        prose = rights and sum(len("".join(s.text for s in p)) for p in rights) / len(rights) >= 20
        if len(rights) >= 3 and lefts and one_each and prose:
            column = [_piece_line(p) for p in lefts]
            right = [_piece_line(p) for p in rights]
            column[0].column_start = right[0].column_start = True
            ordered.extend(column + right)
        else:
            ordered.extend(line for line, _ in run)
        run.clear()

    for line, ps in zip(lines, split, strict=True):
        if any(side_of(p) == "X" for p in ps):
            if run:
                flush()
            ordered.append(line)
        else:
            run.append((line, ps))
    if run:
        flush()
    return ordered


_PAGE_NUMBER = re.compile(r"^(?:page\s*)?#+(?:\s*(?:of|/)\s*#+)?$|^[-–]\s*#+\s*[-–]$")


def _furniture_key(line: VisualLine) -> str:
    return re.sub(r"\d+", "#", line.text.lower())


def strip_running(pages: list[PageLayout], band: float = 0.12) -> None:
    """Remove running headers, footers and page numbers in place."""
    candidates: list[tuple[PageLayout, VisualLine, tuple[str, int]]] = []
    for page in pages:
        by_y = sorted(page.lines, key=lambda line: -line.top)
        edge = by_y[:2] + by_y[-2:] if len(by_y) > 4 else by_y
        for line in edge:
            in_band = line.bottom > page.height * (1 - band) or line.top < page.height * band
            if in_band:
                key = _furniture_key(line)
                candidates.append((page, line, (key, round(line.bottom / 4))))
    counts: Counter[tuple[str, int]] = Counter()
    seen: set[tuple[int, tuple[str, int]]] = set()
    for owner, _, spot in candidates:  # count pages, not lines: a spot seen twice on a page counts once
        if (owner.number, spot) not in seen:
            seen.add((owner.number, spot))
            counts[spot] += 1
    doomed: set[int] = set()
    total = len(pages)
    for _, line, spot in candidates:
        repeats = counts[spot] >= 3 or (total >= 2 and counts[spot] == total)
        if repeats or _PAGE_NUMBER.match(spot[0].strip()):
            doomed.add(id(line))
    if doomed:
        for page in pages:
            page.lines = [line for line in page.lines if id(line) not in doomed]


def to_lines(page: PageLayout) -> list[Line]:
    """Visual lines → :class:`Line` hints for passage building (gaps, markers, table cells, style)."""
    out: list[Line] = []
    pitches = sorted(
        a.baseline - b.baseline
        for a, b in zip(page.lines, page.lines[1:], strict=False)
        if a.baseline - b.baseline > 0
    )
    typical = pitches[len(pitches) // 2] if pitches else 0.0
    previous: VisualLine | None = None
    for line in page.lines:
        ps = pieces(line)
        first = ps[0]
        marker_apart = len(first) > 1 and _is_marker(first[0].text)
        words = first[1:] if marker_apart else first
        body = words[0]
        # Bold only if every run is: a bold lead-in ("Note:") does not make the paragraph a heading.
        bold = all(s.bold for s in words if s.text.strip())
        pitch = previous.baseline - line.baseline if previous else 0.0
        size = body.size or (line.top - line.bottom)
        # Wider spacing than the page's usual line pitch, or far more than single spacing, is a paragraph gap.
        gap = previous is not None and (
            pitch < 0 or (typical > 0 and pitch > typical * 1.25 + 0.5) or pitch > size * 2.1
        )
        cells: tuple[str, ...] = ()
        if len(ps) > 1:
            cells = tuple(run_text(p) for p in ps)
            text = " ".join(cells)
        else:
            text = run_text(first)
        out.append(
            Line(
                text=text,
                page=page.number,
                size=round(max(s.size for s in words), 1),
                bold=bold,
                break_before=bool(gap or line.column_start),
                marker_apart=marker_apart,
                cells=cells,
                indent=round(body.left, 1),
            )
        )
        previous = line
    return out
