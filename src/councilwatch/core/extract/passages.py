"""Turn a stream of visual lines into citable passages.

PDF, HTML and plain-text extraction all end here, so a numbered paragraph or a RESOLVED clause becomes the
same kind of passage whatever the source.  Each input :class:`Line` carries the hints its source could
give (font size, bold, a vertical gap before it, table cells); this module decides what is a heading,
a numbered paragraph, a bullet, a table row or a resolution, joins wrapped lines (also across a page
break when a sentence runs on), and records each passage's heading path and its exact span in the
document text, so ``passage.text == extraction.text[char_start:char_end]`` always holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from councilwatch.core.models import Extraction, ExtractStatus, Passage, PassageKind

# Glyphs Word and PDF writers use for bullets; U+F0B7/U+F0A7 are Symbol/Wingdings private-use bullets.
_BULLET = re.compile(r"^([•·▪◦‣●○■□➢►✓\uf0b7\uf0a7\uf0d8\uf076]|[-–—*](?=\s)|o(?=\s+[A-Za-z]))\s*(?=\S)")
_NUMBER = re.compile(
    r"^("
    r"\d{1,3}(?:\.\d{1,3})+\.?"  # 3.1, 3.1.2
    r"|\(\d{1,3}\)|\d{1,3}\)"  # (2), 2)
    r"|\([a-z]\)|[a-z]\)"  # (a), a)
    r"|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\)"  # (iv)
    r"|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)[.)]"  # iv. or iv)
    r"|\d{1,3}/\d{2,4}"  # minute numbers: 13/24
    r"|\d{1,3}\.?"  # 1. or 1 (a heading if short, see _looks_like_heading)
    r")\s+(?=\S)"
)
_RESOLVED = re.compile(r"^(?:It was\s+)?(RESOLVED|Resolved:|RESOLVED:|DECISION:|Decision:)")
# An item's number as minutes print it: "12.", "3.1", "25/04" (year/item), "TC/25/101", "ES.71/25"
ITEM_NUMBER = r"^(?:[A-Z]{1,4}[./])?\d{1,3}(?:[./]\d{1,4})*\.?"
_TERMINAL = (".", "!", "?", ":", ";")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_CONTINUING_KINDS = {PassageKind.PARAGRAPH, PassageKind.NUMBERED, PassageKind.BULLET, PassageKind.RESOLUTION}


@dataclass(slots=True)
class Line:
    """One visual line (or a whole block, for HTML) with the hints its source could provide."""

    text: str
    page: int | None = None
    size: float = 0.0  # font size in points; 0 when the source has none (text, HTML)
    bold: bool = False
    break_before: bool = False  # the layout saw a gap, a new column, or a new HTML block here
    marker_apart: bool = False  # the first word is set apart from the text (a hanging "3.1" or bullet)
    cells: tuple[str, ...] = ()  # two or more cells: a table row
    heading_level: int = 0  # 1..6 when the source marks a heading explicitly (HTML h1, Markdown #)
    list_marker: str = ""  # a number or bullet the source gives separately (HTML <li>)
    indent: float = 0.0  # where the words start (after any hanging marker), in points; 0 if unknown


@dataclass(slots=True)
class _Draft:
    kind: PassageKind
    text: str
    page: int | None
    number: str = ""
    heading_path: tuple[str, ...] = ()
    style: tuple[float, bool] = (0.0, False)
    indent: float = 0.0


@dataclass(slots=True)
class _Heading:
    text: str
    rank: tuple[float, ...]


@dataclass(slots=True)
class _Builder:
    body_size: float
    drafts: list[_Draft] = field(default_factory=list)
    headings: list[_Heading] = field(default_factory=list)
    resolving: bool = False  # inside a RESOLVED block: numbered clauses are resolutions
    cached_path: tuple[str, ...] | None = None  # shared by every passage until the headings change

    def path(self) -> tuple[str, ...]:
        if self.cached_path is None:
            self.cached_path = tuple(h.text for h in self.headings)
        return self.cached_path

    def push_heading(self, line: Line, text: str) -> None:
        rank = _heading_rank(line, text)
        while self.headings and self.headings[-1].rank <= rank:
            self.headings.pop()
            self.cached_path = None
        style = (line.size, line.bold)
        self.drafts.append(_Draft(PassageKind.HEADING, text, line.page, _marker_of(text), self.path(), style))
        self.headings.append(_Heading(text, rank))
        self.cached_path = None
        self.resolving = False


def _marker_of(text: str) -> str:
    match = _NUMBER.match(text)
    return match.group(1).rstrip(".") if match else ""


def _heading_rank(line: Line, text: str) -> tuple[float, ...]:
    """Bigger ranks enclose smaller ones: explicit level, then font size, then un-numbered, then depth."""
    explicit = 10.0 - line.heading_level if line.heading_level else 0.0
    number = _marker_of(text)
    depth = number.count(".") + 1 if number else 0
    return (explicit, round(line.size), 0.0 if number else 1.0, float(line.bold), -float(depth))


def _looks_like_heading(line: Line, text: str, body_size: float) -> bool:
    if line.heading_level:
        return True
    if line.cells or len(text) > 120 or text.endswith((".", ",", ";", ":")):
        return False
    words = _WORD.findall(text)
    if not words or len(words) > 16:
        return False
    larger = body_size > 0 and line.size >= body_size + 0.9
    letters = "".join(words)
    all_caps = len(letters) >= 4 and letters.isupper() and len(words) <= 10
    if larger or all_caps or (line.bold and body_size > 0):
        return True
    numbered = re.match(ITEM_NUMBER + r"\s+[A-Z]", text) is not None and len(words) <= 10
    # Without font information (plain text) a short numbered title is the best signal there is.
    return numbered and body_size == 0


def _classify(line: Line, text: str) -> tuple[PassageKind, str]:
    if line.list_marker:
        kind = PassageKind.BULLET if line.list_marker == "•" else PassageKind.NUMBERED
        return kind, line.list_marker
    bullet = _BULLET.match(text)
    if bullet:
        return PassageKind.BULLET, "•"
    number = _NUMBER.match(text)
    if number and not number.group(1).isdigit():  # a bare "1" may be a heading's number: decided later
        raw = number.group(1)
        # "3.1." is shown as "3.1"; "1." and "2)" keep their punctuation, which is how people cite them.
        return PassageKind.NUMBERED, raw.rstrip(".") if raw.count(".") > 1 else raw
    return PassageKind.PARAGRAPH, ""


def _normalise_bullet(text: str) -> str:
    """Show every bullet glyph as "•" so the stored text reads the same whatever font drew it."""
    bullet = _BULLET.match(text)
    return "• " + text[bullet.end() :] if bullet else text


def _body_size(lines: list[Line]) -> float:
    """The font size that carries the most text: headings are the sizes above it."""
    weight: dict[float, int] = {}
    for line in lines:
        if line.size:
            key = round(line.size, 1)
            weight[key] = weight.get(key, 0) + len(line.text)
    return max(weight, key=weight.__getitem__) if weight else 0.0


# A page needs this much text before its own commonest size is trusted as its body size.
_PAGE_BODY_MIN_CHARS = 400


def _body_sizes(lines: list[Line]) -> dict[int | None, float]:
    """Body size per page. A reports pack binds documents set in different sizes (minutes in 10 pt, a
    report in 11 pt), so one size for the whole file would make every paragraph of one of them a "heading";
    a page with little text (a cover, a table) falls back to the whole document's body size."""
    whole = _body_size(lines)
    by_page: dict[int | None, list[Line]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    sizes: dict[int | None, float] = {}
    for page, page_lines in by_page.items():
        enough = sum(len(line.text) for line in page_lines) >= _PAGE_BODY_MIN_CHARS
        sizes[page] = _body_size(page_lines) if enough else whole
    return sizes


def _starts_new_block(builder: _Builder, line: Line, text: str, kind: PassageKind) -> bool:
    if not builder.drafts or line.break_before or line.cells or line.list_marker:
        return True
    last = builder.drafts[-1]
    if last.kind not in _CONTINUING_KINDS:
        return True
    if (line.size, line.bold) != last.style and builder.body_size:
        return True  # a change of style is a new block even without a gap
    if line.page != last.page:
        # A page break: carry on if the sentence was left unfinished, or if the words line up with the
        # hanging indent of the numbered paragraph or bullet before the break (Word's continuation).
        if kind is not PassageKind.PARAGRAPH:
            return True
        hanging = (
            last.kind is not PassageKind.PARAGRAPH and last.indent > 0 and abs(line.indent - last.indent) < 2
        )
        return not hanging and last.text.rstrip().endswith(_TERMINAL)
    if kind is PassageKind.PARAGRAPH:
        return False
    # A wrapped line may begin with "3.5 per cent": only a set-apart marker, or a marker after a finished
    # sentence, starts a new numbered paragraph or bullet.
    return line.marker_apart or last.text.rstrip().endswith(_TERMINAL)


def _join(before: str, after: str) -> str:
    if before.endswith("-") and not before.endswith(" -") and after[:1].islower():
        return before + after  # keep the hyphen: "council-" + "owned"
    return f"{before} {after}"


def build_passages(lines: list[Line]) -> list[_Draft]:
    page_body = _body_sizes(lines)
    builder = _Builder(body_size=_body_size(lines))
    for line in lines:
        builder.body_size = page_body.get(line.page, builder.body_size)
        text = " ".join(line.text.split())
        if line.cells:
            text = " | ".join(" ".join(cell.split()) for cell in line.cells)
        if not text:
            continue
        kind, number = _classify(line, text)
        new_block = _starts_new_block(builder, line, text, kind)
        last = builder.drafts[-1] if builder.drafts else None
        if not new_block and last is not None:
            last.text = _join(last.text, text)
            continue
        if (
            last is not None
            and last.kind is PassageKind.HEADING
            and not line.break_before
            and (line.size, line.bold) == last.style
            and builder.body_size
            and line.page == last.page
            and not line.cells
        ):
            last.text = _join(last.text, text)  # a long title wrapped onto a second line
            builder.headings[-1].text = last.text
            builder.cached_path = None
            continue
        styled = builder.body_size > 0 and (line.bold or line.size >= builder.body_size + 0.9)
        # Inside a RESOLVED block "1. Notes the report" is a clause; only font evidence can make it a heading.
        heading_candidate = kind is PassageKind.PARAGRAPH or (
            kind is PassageKind.NUMBERED and not line.list_marker and (styled or not builder.resolving)
        )
        if heading_candidate and not line.cells and _looks_like_heading(line, text, builder.body_size):
            builder.push_heading(line, text)
            continue
        if line.cells:
            kind = PassageKind.TABLE_ROW
        elif _RESOLVED.match(text):
            kind, builder.resolving = PassageKind.RESOLUTION, True
        elif builder.resolving and kind in (PassageKind.NUMBERED, PassageKind.BULLET):
            kind = PassageKind.RESOLUTION
        elif kind is PassageKind.PARAGRAPH:
            builder.resolving = False
        if kind is PassageKind.BULLET or (kind is PassageKind.RESOLUTION and number == "•"):
            text = _normalise_bullet(text) if not line.list_marker else f"• {text}"
        elif line.list_marker and not text.startswith(line.list_marker):
            text = f"{line.list_marker} {text}"
        draft = _Draft(kind, text, line.page, number, builder.path(), (line.size, line.bold), line.indent)
        builder.drafts.append(draft)
    return builder.drafts


def assemble(
    lines: list[Line], *, pages: int = 0, status: ExtractStatus = ExtractStatus.OK, reason: str = ""
) -> Extraction:
    """Passages plus the document text their spans point into (passages separated by a blank line)."""
    passages: list[Passage] = []
    parts: list[str] = []
    position = 0
    for ordinal, draft in enumerate(build_passages(lines)):
        end = position + len(draft.text)
        passages.append(
            Passage(
                ordinal=ordinal,
                text=draft.text,
                page=draft.page,
                kind=draft.kind,
                number=draft.number,
                heading_path=draft.heading_path,
                char_start=position,
                char_end=end,
            )
        )
        parts.append(draft.text)
        position = end + 2
    return Extraction(
        status=status, passages=tuple(passages), pages=pages, reason=reason, text="\n\n".join(parts)
    )


def extract_text(text: str) -> Extraction:
    """Plain .txt/.md minutes → passages; lives in :mod:`text`, importable from here as well."""
    from councilwatch.core.extract.text import extract_text as from_text

    return from_text(text)
