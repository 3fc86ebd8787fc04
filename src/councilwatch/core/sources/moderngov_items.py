"""Agenda items on ModernGov pages: the item table of a meeting page and the item page ``mgAi.aspx``.

Each item's blocks are read in order: Word HTML (``div.mgWordPara``) before any sub-heading is the agenda
text, after "Minutes:" the minutes, after "Decision:" the decision; ``ul.mgBulletList`` holds its papers.
Markup inside Word HTML (councils paste tables and lists) is never mistaken for page structure. Long
minutes may be cut off on the meeting page with a "view the full minutes text" link; the item page has
them whole and ``complete_item`` puts them back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from selectolax.lexbor import LexborHTMLParser, LexborNode

from councilwatch.core.models import AgendaItem, DocumentLink
from councilwatch.core.sources import htmlkit as kit
from councilwatch.core.sources.text import clean_title, collapse
from councilwatch.core.sources.urls import query_param

_ITEM_NUMBER = re.compile(r"^(\d+[A-Za-z]?(?:\.\d+)*\.?|[A-Za-z]\.|\([a-z0-9]+\))\s+(.+)$")
_CUT_OFF_LINK = re.compile(r"<a\b[^>]*>\s*view the full minutes text.*?</a>\s*", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class ItemPage:
    """What ``mgAi.aspx`` says about one agenda item."""

    external_id: str
    display_number: str
    title: str
    agenda_html: str = ""
    minutes_html: str = ""
    decision_html: str = ""
    documents: tuple[DocumentLink, ...] = ()


def parse_item_page(
    html: bytes | str, *, url: str = "", base_url: str = "", canonical_base: str | None = None
) -> ItemPage:
    """``mgAi.aspx?ID=…`` → the item's number, title, full minutes and supporting documents."""
    tree = kit.parse_html(html)
    kit.require_moderngov(tree, "agenda item")
    link = kit.make_linker(url, base_url, canonical_base)
    heading = clean_title(kit.text_of(tree.css_first("h3.mgSubSubTitleTxt")))
    number, title = "", heading
    if m := _ITEM_NUMBER.match(heading):
        number, title = m.group(1), m.group(2)
    item_id = query_param(url, "ID")
    container = tree.css_first("#modgov") or tree.body or tree.root
    sections, documents = _sections(container, link, item_id)
    return ItemPage(
        external_id=item_id,
        display_number=number,
        title=title,
        agenda_html=sections.get("agenda", ""),
        minutes_html=sections.get("minutes", ""),
        decision_html=sections.get("decision", ""),
        documents=tuple(documents),
    )


def complete_item(item: AgendaItem, page: ItemPage) -> AgendaItem:
    """The meeting page's item with whole minutes from its item page, and any documents it lacked."""
    known = {d.external_id for d in item.documents}
    extra = tuple(d for d in page.documents if d.external_id not in known)
    minutes = page.minutes_html or page.decision_html or item.minutes_html
    return replace(item, minutes_html=minutes, documents=item.documents + extra)


def agenda_items(tree: LexborHTMLParser, link: kit.Linker, meeting_id: str) -> list[AgendaItem]:
    """The rows of ``table.mgItemTable`` that are items (heading rows are skipped).

    An item without an ``mgAi.aspx`` link has no id of its own on the page; it gets
    ``{meeting id}-{position}``, stable as long as the agenda is not reordered.
    """
    items: list[AgendaItem] = []
    table = tree.css_first("table.mgItemTable")
    if table is None:
        return items
    for row in kit.element_children(table, "tr"):
        cells = list(kit.element_children(row, "td"))
        if not cells:
            continue
        content = cells[-1]
        title_link = content.css_first("a.mgAiTitleLnk")
        title_node = title_link or content.css_first("p.mgAiTitleTxt")
        if title_node is None:
            continue  # a heading row such as "Part B – not open to the public"
        number = kit.text_of(cells[0].css_first("p.mgAiTitleTxt") or cells[0]) if len(cells) > 1 else ""
        item_id = query_param(title_link.attributes.get("href") or "", "ID") if title_link else ""
        item_id = item_id or f"{meeting_id}-{len(items) + 1}"
        sections, documents = _sections(content, link, item_id)
        minutes = sections.get("minutes", "") or sections.get("decision", "")
        items.append(
            AgendaItem(
                external_id=item_id,
                order=len(items),
                display_number=number,
                internal_number="",
                title=clean_title(kit.text_of(title_node)),
                agenda_html=sections.get("agenda", ""),
                minutes_html=minutes,
                is_decision="decision" in sections,
                url=link(title_link.attributes.get("href") or "") if title_link else "",
                documents=tuple(documents),
            )
        )
    return items


def _sections(
    container: LexborNode, link: kit.Linker, item_id: str
) -> tuple[dict[str, str], list[DocumentLink]]:
    """Walk an item's blocks in order: Word HTML before any sub-heading is the agenda text; after
    "Minutes:" the minutes; after "Decision:" the decision. Lists of links are its documents."""
    parts: dict[str, list[str]] = {}
    documents: list[DocumentLink] = []
    section = "agenda"
    for node in container.css("p.mgSubItemTitleTxt, div.mgWordPara, ul.mgBulletList"):
        if kit.inside_word_html(node, stop=container):
            continue
        if node.tag == "p":
            heading = collapse(node.text()).lower()
            section = next((s for s in ("minutes", "decision") if heading.startswith(s)), "other")
        elif node.tag == "div":
            html = _CUT_OFF_LINK.sub("", node.inner_html or "").strip()
            if html and section != "other":
                parts.setdefault(section, []).append(html)
        else:
            documents.extend(kit.document_links(node, link, item_external_id=item_id))
    return {name: "\n".join(chunks) for name, chunks in parts.items()}, documents
