"""ModernGov decision pages: the published-decisions list and one decision's details.

``mgDelegatedDecisions.aspx`` (and ``mgListOfficerDecisions.aspx``) list decisions in ``table.mgTabTable``;
each title ends with a hidden ``span.mgHide`` " ref: N" for screen readers, which is not part of the title.
Rows that link anywhere other than ``ieDecisionDetails.aspx`` (issue histories) are not decisions.
``ieDecisionDetails.aspx`` gives its facts as ``span.mgLabel`` paragraphs and its texts under
``h3.mgSubSubTitleTxt`` headings ("Purpose:", "Decision:").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from selectolax.lexbor import LexborNode

from councilwatch.core.london import parse_uk_date
from councilwatch.core.models import DocumentLink
from councilwatch.core.sources import htmlkit as kit
from councilwatch.core.sources.errors import SourceError
from councilwatch.core.sources.text import clean_title
from councilwatch.core.sources.urls import page_name, query_param


@dataclass(frozen=True, slots=True)
class DecisionListing:
    external_id: str
    title: str
    url: str
    published_on: date | None = None
    effective_from: date | None = None
    call_in: str = ""  # "Not for call-in", "Called in", …


@dataclass(frozen=True, slots=True)
class DecisionDetail:
    external_id: str
    title: str
    decision_maker: str = ""
    status: str = ""  # "Recommendations Approved"
    is_key_decision: bool | None = None  # None when the page does not say
    subject_to_call_in: bool | None = None
    purpose_html: str = ""
    decision_html: str = ""
    published_on: date | None = None
    decided_on: date | None = None
    meeting_external_id: str = ""
    committee_external_id: str = ""
    meeting_label: str = ""  # "19/10/2015 - Policy Committee"
    meeting_url: str = ""
    issue_url: str = ""
    documents: tuple[DocumentLink, ...] = ()


def parse_decisions_list(
    html: bytes | str, *, url: str = "", base_url: str = "", canonical_base: str | None = None
) -> list[DecisionListing]:
    tree = kit.parse_html(html)
    kit.require_moderngov(tree, "decisions list")
    link = kit.make_linker(url, base_url, canonical_base)
    listings: list[DecisionListing] = []
    for table in tree.css("table.mgTabTable"):
        columns = _columns(table)
        for row in kit.element_children(table, "tr"):
            cells = list(kit.element_children(row, "td"))
            anchor = cells[0].css_first("a[href]") if cells else None
            href = anchor.attributes.get("href") or "" if anchor else ""
            if anchor is None or page_name(href) != "iedecisiondetails.aspx":
                continue
            for hidden in anchor.css("span.mgHide"):
                hidden.decompose()

            def cell(name: str, cells: list[LexborNode] = cells, columns: dict[str, int] = columns) -> str:
                index = columns.get(name, -1)
                return kit.text_of(cells[index]) if 0 <= index < len(cells) else ""

            listings.append(
                DecisionListing(
                    external_id=query_param(href, "ID"),
                    title=clean_title(kit.text_of(anchor)),
                    url=link(href),
                    published_on=_date(cell("published")),
                    effective_from=_date(cell("applies")),
                    call_in=cell("call-ins"),
                )
            )
    return listings


def parse_decision_detail(
    html: bytes | str, *, url: str = "", base_url: str = "", canonical_base: str | None = None
) -> DecisionDetail:
    tree = kit.parse_html(html)
    kit.require_moderngov(tree, "decision")
    link = kit.make_linker(url, base_url, canonical_base)
    title = clean_title(kit.text_of(tree.css_first("h2.mgSubTitleTxt")))
    if not title:
        raise SourceError("the decision page has no title (h2.mgSubTitleTxt)")
    container = tree.css_first("#modgov") or tree.body or tree.root
    labels = kit.labelled_values(container)

    def value(label: str) -> str:
        node = labels.get(label)
        return kit.labelled_text(node) if node is not None else ""

    meeting = labels.get("decided at meeting")
    meeting_anchor = meeting.css_first("a[href]") if meeting is not None else None
    meeting_href = meeting_anchor.attributes.get("href") or "" if meeting_anchor else ""
    issue = next(
        (
            a
            for a in container.css("ul.mgActionList a[href]")
            if "issuehistory" in (a.attributes.get("href") or "").lower()
        ),
        None,
    )
    documents: tuple[DocumentLink, ...] = ()
    for list_node in container.css("ul.mgBulletList"):
        if not kit.inside_word_html(list_node):
            documents += tuple(kit.document_links(list_node, link))
    return DecisionDetail(
        external_id=query_param(url, "ID") if url else "",
        title=title,
        decision_maker=value("decision maker"),
        status=value("decision status"),
        is_key_decision=_yes_no(value("is key decision?")),
        subject_to_call_in=_yes_no(value("is subject to call in?")),
        purpose_html=_section(container, "purpose"),
        decision_html=_section(container, "decision"),
        published_on=_date(value("publication date")),
        decided_on=_date(value("date of decision")),
        meeting_external_id=query_param(meeting_href, "MId", "MeetingId"),
        committee_external_id=query_param(meeting_href, "CId", "CommitteeId"),
        meeting_label=clean_title(kit.text_of(meeting_anchor)),
        meeting_url=link(meeting_href) if meeting_href else "",
        issue_url=link(issue.attributes.get("href") or "") if issue is not None else "",
        documents=documents,
    )


def _columns(table: LexborNode) -> dict[str, int]:
    """Column positions from the header's ``abbr`` (Title, Published, Applies, Call-ins) or its text."""
    columns: dict[str, int] = {}
    for index, th in enumerate(table.css("th")):
        key = (th.attributes.get("abbr") or kit.text_of(th)).strip().lower()
        columns.setdefault(key, index)
    return columns or {"title": 0, "published": 1}


def _section(container: LexborNode, name: str) -> str:
    """The Word HTML after the ``h3`` headed ``name`` ("Decision:"), without surrounding space."""
    for heading in container.css("h3.mgSubSubTitleTxt"):
        if kit.text_of(heading).rstrip(":").strip().lower() == name:
            body = kit.next_element(heading)
            if body is not None and "mgWordPara" in (body.attributes.get("class") or ""):
                return (body.inner_html or "").strip()
    return ""


def _yes_no(text: str) -> bool | None:
    lowered = text.strip().lower()
    return True if lowered == "yes" else False if lowered == "no" else None


def _date(text: str) -> date | None:
    try:
        return parse_uk_date(text) if text else None
    except ValueError:
        return None
