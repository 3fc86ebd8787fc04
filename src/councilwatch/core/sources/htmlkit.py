"""Shared helpers for reading ModernGov HTML pages with selectolax (lexbor).

Real ModernGov pages vary between versions and council templates, so the helpers look for the ``mg…``
classes wherever they sit instead of relying on exact nesting, and always skip markup that lives inside
Word HTML (``div.mgWordPara``), where councils paste arbitrary tables and lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from councilwatch.core.models import DocumentLink
from councilwatch.core.sources.documents import classify_document, document_external_id
from councilwatch.core.sources.errors import SourceError
from councilwatch.core.sources.text import clean_title, collapse
from councilwatch.core.sources.urls import absolute_url, rebase_url
from councilwatch.core.sources.xmlsafe import decode_body

Linker = Callable[[str], str]
_FILE_SIZE = re.compile(r"\s*\b(?:PDF|DOCX?|XLSX?|PPTX?|RTF|HTML?|ZIP|CSV|TXT)\s+[\d.,]+\s*[KMG]B\s*$", re.I)


def parse_html(page: bytes | str) -> LexborHTMLParser:
    """Decode (declared charset, then utf-8, then Windows-1252) and parse a page."""
    text = page if isinstance(page, str) else decode_body(page, html=True)
    if not text.strip():
        raise SourceError("empty page")
    return LexborHTMLParser(text)


def require_moderngov(tree: LexborHTMLParser, what: str) -> None:
    """Refuse pages that are clearly not ModernGov output (error pages, login walls, firewalls)."""
    if tree.css_first("#modgov") is None and tree.css_first("[class^='mg']") is None:
        title = collapse(tree.css_first("title").text()) if tree.css_first("title") else ""
        detail = f" (page title: {title!r})" if title else ""
        raise SourceError(f"expected a ModernGov {what} page, got something else{detail}")


def make_linker(page_url: str, base_url: str = "", canonical_base: str | None = None) -> Linker:
    """Resolve an href found on ``page_url`` and rebase it onto ``base_url`` (when one is given)."""

    def link(href: str) -> str:
        absolute = absolute_url(href, page_url)
        return rebase_url(absolute, base_url, canonical_base) if base_url else absolute

    return link


def text_of(node: LexborNode | None) -> str:
    return collapse(node.text(deep=True)) if node is not None else ""


def link_title(anchor: LexborNode) -> str:
    """A link's visible title without the ``span.mgFileSize`` " PDF 69 KB" suffix."""
    text = text_of(anchor)
    for size in anchor.css("span.mgFileSize"):
        size_text = text_of(size)
        if size_text and text.endswith(size_text):
            text = text[: -len(size_text)]
    return clean_title(_FILE_SIZE.sub("", text))


def inside_word_html(node: LexborNode, stop: LexborNode | None = None) -> bool:
    """True when ``node`` sits inside a ``div.mgWordPara`` (below ``stop``, if given)."""
    parent = node.parent
    while parent is not None and (stop is None or parent.mem_id != stop.mem_id):
        if parent.tag == "div" and "mgWordPara" in (parent.attributes.get("class") or ""):
            return True
        parent = parent.parent
    return False


def element_children(node: LexborNode, tag: str) -> Iterator[LexborNode]:
    """Direct children named ``tag``, looking through tbody/thead/tfoot wrappers."""
    for child in node.iter():
        if child.tag in {"tbody", "thead", "tfoot"}:
            yield from element_children(child, tag)
        elif child.tag == tag:
            yield child


def next_element(node: LexborNode) -> LexborNode | None:
    sibling = node.next
    while sibling is not None and (sibling.tag or "").startswith("-"):
        sibling = sibling.next
    return sibling


def document_links(container: LexborNode, link: Linker, *, item_external_id: str = "") -> list[DocumentLink]:
    """The documents of a ``ul.mgBulletList`` (or any container of such lists)."""
    documents = []
    for anchor in container.css("li a[href]"):
        href = anchor.attributes.get("href") or ""
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = link(href)
        title = link_title(anchor)
        kind = classify_document(title, url)
        documents.append(
            DocumentLink(
                external_id=document_external_id(url, kind),
                title=title,
                url=url,
                kind=kind,
                item_external_id=item_external_id,
            )
        )
    return documents


def labelled_values(container: LexborNode) -> dict[str, LexborNode]:
    """``<p><span class="mgLabel">Venue: </span>…</p>`` → {"venue": <p>}; the first of each label wins."""
    found: dict[str, LexborNode] = {}
    for label in container.css("span.mgLabel"):
        key = text_of(label).rstrip(":").strip().lower()
        if key and label.parent is not None:
            found.setdefault(key, label.parent)
    return found


def labelled_text(paragraph: LexborNode) -> str:
    """The value of a labelled paragraph: its text with the label removed."""
    text = text_of(paragraph)
    label = paragraph.css_first("span.mgLabel")
    label_text = text_of(label)
    if label_text and text.startswith(label_text):
        text = text[len(label_text) :]
    return clean_title(text)
