"""Minutes HTML (mostly Word-generated, as ModernGov serves it) → passages, plain text and safe HTML.

Word HTML wraps every paragraph in ``class=MsoNormal`` with inline Mso styles, pads with ``&nbsp;``
spacer paragraphs, and writes lists either as real ``<ol>/<ul>`` or as paragraphs that start with a
hidden "1)" or Symbol-font "·".  Both list shapes end up as the same numbered or bullet passages, and
the numbered clauses under "RESOLVED" become resolution passages, via :mod:`passages`.
"""

from __future__ import annotations

import re

import nh3
from selectolax.lexbor import LexborHTMLParser, LexborNode

from councilwatch.core.extract.passages import Line, assemble
from councilwatch.core.models import Extraction, ExtractStatus

_BLOCKS = {
    "p", "div", "li", "ul", "ol", "table", "tbody", "thead", "tfoot", "tr",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
    "dl", "dt", "dd", "pre", "center", "form",
}  # fmt: skip
_BLOCK_SELECTOR = ",".join(sorted(_BLOCKS))
_SKIP = {"script", "style", "xml", "head", "title", "template", "noscript", "o:smarttagtype"}
_HTML_BODY_SIZE = 10.0  # HTML has no point sizes; a fixed size lets "all bold" count as a heading signal
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _squash(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _all_bold(node: LexborNode, text: str) -> bool:
    bold = "".join(_squash(b.text(deep=True)) for b in node.css("b, strong"))
    style = (node.attributes.get("style") or "").replace(" ", "").lower()
    return bool(text) and (bold.replace(" ", "") == text.replace(" ", "") or "font-weight:bold" in style)


def _has_block_inside(node: LexborNode) -> bool:
    return any(inner != node for inner in node.css(_BLOCK_SELECTOR))  # css() also matches node itself


def _list_marker(node: LexborNode, position: int) -> str:
    parent = node.parent
    if parent is None or parent.tag != "ol":
        return "•"
    start = (
        int(parent.attributes.get("start") or 1) if (parent.attributes.get("start") or "1").isdigit() else 1
    )
    number = start + position
    kind = parent.attributes.get("type") or "1"
    if kind in ("a", "A") and number <= 26:
        letter = chr(ord("a" if kind == "a" else "A") + number - 1)
        return f"({letter})"
    return f"{number}."


class _Walker:
    def __init__(self) -> None:
        self.lines: list[Line] = []

    def emit(self, text: str, **hints: object) -> None:
        squashed = _squash(text)
        if squashed:
            self.lines.append(Line(squashed, None, _HTML_BODY_SIZE, break_before=True, **hints))  # type: ignore[arg-type]

    def block(self, node: LexborNode) -> None:
        tag = node.tag
        if tag in _SKIP:
            return
        if tag == "tr":
            cells = tuple(_squash(c.text(deep=True)) for c in node.iter() if c.tag in ("td", "th"))
            cells = tuple(c for c in cells if c)
            if len(cells) >= 2:
                self.lines.append(
                    Line(" | ".join(cells), None, _HTML_BODY_SIZE, break_before=True, cells=cells)
                )
            elif cells:
                self.emit(cells[0])
            return
        if tag in ("ul", "ol"):
            position = 0
            for child in node.iter():
                if child.tag == "li":
                    self.item(child, _list_marker(child, position))
                    position += 1
                elif child.tag in _BLOCKS:
                    self.block(child)
            return
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.emit(node.text(deep=True), heading_level=int(tag[1]))
            return
        if not _has_block_inside(node):
            text = _squash(node.text(deep=True))
            self.emit(text, bold=_all_bold(node, text))
            return
        self.mixed(node)

    def item(self, node: LexborNode, marker: str) -> None:
        """A list item: its first words carry the marker; nested lists and later blocks follow."""
        inline: list[str] = []
        marked = False  # has the marker been given to some text yet?

        def flush() -> None:
            nonlocal inline, marked
            text = _squash(" ".join(inline))
            inline = []
            if text:
                self.emit(text, list_marker="" if marked else marker)
                marked = True

        for child in node.iter(include_text=True):
            if child.tag == "-text":
                inline.append(child.text_content or "")
            elif child.tag in _SKIP:
                continue
            elif child.tag in _BLOCKS:
                flush()
                # Word and some editors wrap an item's words in <p>: the marker belongs to them.
                if not marked and child.tag in ("p", "div") and not _has_block_inside(child):
                    text = _squash(child.text(deep=True))
                    if text:
                        self.emit(text, list_marker=marker, bold=_all_bold(child, text))
                        marked = True
                    continue
                self.block(child)
            else:
                inline.append(child.text(deep=True))
        flush()

    def mixed(self, node: LexborNode) -> None:
        """A container holding both loose text and blocks: keep the loose text as paragraphs too."""
        inline: list[str] = []
        for child in node.iter(include_text=True):
            if child.tag == "-text":
                inline.append(child.text_content or "")
            elif child.tag in _SKIP:
                continue
            elif child.tag in _BLOCKS:
                self.emit(" ".join(inline))
                inline = []
                self.block(child)
            else:
                inline.append(child.text(deep=True))
        self.emit(" ".join(inline))


def html_lines(html: str) -> list[Line]:
    tree = LexborHTMLParser(_BREAK.sub(" \n", html))
    walker = _Walker()
    if tree.body is not None:
        walker.mixed(tree.body)
    return walker.lines


def extract_html(html: str) -> Extraction:
    """Passages of a minutes HTML fragment or page; pages are None."""
    lines = html_lines(html or "")
    if not lines:
        return Extraction(status=ExtractStatus.EMPTY, reason="The HTML has no visible text.")
    return assemble(lines)


def html_to_text(html: str) -> str:
    """Readable plain text: one passage per paragraph, separated by blank lines."""
    return extract_html(html).text


_ALLOWED_TAGS = {
    "p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "u", "sup", "sub", "a", "table", "thead", "tbody",
    "tr", "td", "th", "h2", "h3", "h4", "h5", "h6", "blockquote",
}  # fmt: skip
_EMPTY_BLOCK = re.compile(r"<(p|li|h[2-6]|strong|b|em|i|u)>(?:\s|&nbsp;|\u00a0|<br>)*</\1>")


def clean_html(html: str) -> str:
    """Minutes HTML made safe for display: Word styles, classes, scripts and empty spacers gone."""
    cleaned = nh3.clean(
        html or "",
        tags=_ALLOWED_TAGS,
        clean_content_tags={"script", "style", "xml", "title"},
        attributes={
            "a": {"href"},
            "td": {"colspan", "rowspan"},
            "th": {"colspan", "rowspan"},
            "ol": {"start"},
        },
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
    previous = None
    while previous != cleaned:  # nested empties (<p><b>&nbsp;</b></p>) need more than one pass
        previous, cleaned = cleaned, _EMPTY_BLOCK.sub("", cleaned)
    cleaned = re.sub(r"(?:&nbsp;|\u00a0)+", " ", cleaned)  # Word's spacer runs become one space
    return re.sub(r"[ \t]{2,}", " ", re.sub(r"\n{2,}", "\n", cleaned)).strip()
