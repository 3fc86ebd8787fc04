"""What kind of document a ModernGov link is, and a stable external id for it.

ModernGov serves a meeting's own documents through ``mgConvert2PDF.aspx?ID={meeting id}&T=…``:
``T=0`` the agenda frontsheet, ``T=10`` the public reports pack (every paper in one PDF), ``T=1`` the
printed minutes. The same files also appear as ``documents/g{meeting id}/…pdf``. Individual papers are
``documents/s{attachment id}/…pdf`` or ``mgConvert2PDF.aspx?ID={attachment id}`` with no T.

External ids are chosen so the web-service path and the HTML path name the same file the same way:
``60860`` for attachment 60860 (``s60860`` or ``ID=60860``), ``4967-T10`` for meeting 4967's pack
(``ID=4967&T=10`` or ``documents/g4967/Public reports pack….pdf``). Re-crawling through either path
therefore never duplicates a document.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import unquote

from councilwatch.core.models import DocumentKind, DocumentLink
from councilwatch.core.sources.urls import convert_pdf_url, page_name, query_param, url_path

# The T codes of mgConvert2PDF.aspx for meeting-level documents.
T_CODES: dict[DocumentKind, int] = {
    DocumentKind.AGENDA_FRONTSHEET: 0,
    DocumentKind.REPORTS_PACK: 10,
    DocumentKind.MINUTES: 1,
}
_KIND_BY_T = {str(code): kind for kind, code in T_CODES.items()}
MEETING_DOCUMENT_TITLES: dict[DocumentKind, str] = {
    DocumentKind.AGENDA_FRONTSHEET: "Agenda frontsheet",
    DocumentKind.REPORTS_PACK: "Public reports pack",
    DocumentKind.MINUTES: "Printed minutes",
}

_FRONTSHEET = re.compile(r"\bagenda\s+front\s*-?\s*sheet\b|\bfront\s*sheet\b", re.IGNORECASE)
_PACK = re.compile(r"\breports?\s+pack\b|\bagenda\s+pack\b", re.IGNORECASE)
# "Minutes …", "Printed minutes", "6 - CHAIR APPROVED  Minutes Audit Committee …", "Draft minutes …".
# A paper merely *about* minutes ("Report on the minutes retention policy") does not start this way.
_MINUTES = re.compile(
    r"^\s*(?:[\w.()]{1,6}\s*[-–.:)]\s*)?"
    r"(?:(?:chair(?:man)?'?s?|approved|draft|signed|printed|public|confirmed|unconfirmed|agreed)\s+)*"
    r"minutes\b",
    re.IGNORECASE,
)
_S_DOC = re.compile(r"/documents/s(\d+)/", re.IGNORECASE)
_G_DOC = re.compile(r"/documents/g(\d+)/", re.IGNORECASE)


def classify_document(title: str, url: str) -> DocumentKind:
    """The kind of a linked document, from its URL first (exact) and then its title (heuristic)."""
    if page_name(url) == "mgconvert2pdf.aspx":
        kind = _KIND_BY_T.get(query_param(url, "T"))
        if kind is not None:
            return kind
    if _FRONTSHEET.search(title):
        return DocumentKind.AGENDA_FRONTSHEET
    if _PACK.search(title):
        return DocumentKind.REPORTS_PACK
    if _MINUTES.search(title):
        return DocumentKind.MINUTES
    if _G_DOC.search(url_path(url)):
        # A g-folder file we could not name is still one of the meeting's packs, not a single paper.
        return DocumentKind.REPORTS_PACK
    return DocumentKind.PAPER


def document_external_id(url: str, kind: DocumentKind) -> str:
    """A stable id shared by both crawl paths (see the module docstring)."""
    path = url_path(url)
    if page_name(url) == "mgconvert2pdf.aspx" and (doc_id := query_param(url, "ID")):
        t = query_param(url, "T")
        return f"{doc_id}-T{t}" if t else doc_id
    if m := _S_DOC.search(path):
        return m.group(1)
    if m := _G_DOC.search(path):
        code = T_CODES.get(kind)
        if code is not None:
            return f"{m.group(1)}-T{code}"
        return f"g{m.group(1)}/{unquote(path.rsplit('/', 1)[-1])}"
    return "url-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def meeting_document(base: str, meeting_id: str, kind: DocumentKind, title: str = "") -> DocumentLink:
    """One of the standard meeting-level documents every ModernGov site serves."""
    return DocumentLink(
        external_id=f"{meeting_id}-T{T_CODES[kind]}",
        title=title or MEETING_DOCUMENT_TITLES[kind],
        url=convert_pdf_url(base, meeting_id, T_CODES[kind]),
        kind=kind,
    )


def standard_meeting_documents(
    base: str, meeting_id: str, *, agenda_published: bool, minutes_published: bool
) -> tuple[DocumentLink, ...]:
    """Frontsheet and reports pack once the agenda is published; printed minutes once minutes are.

    The web service does not list these files, but every ModernGov site serves them at the standard
    ``mgConvert2PDF.aspx?ID={meeting}&T=…`` addresses, so we add them ourselves. Nothing is added for a
    meeting whose agenda is not published (a cancelled meeting has no pack to fetch).
    """
    kinds: list[DocumentKind] = []
    if agenda_published:
        kinds += [DocumentKind.AGENDA_FRONTSHEET, DocumentKind.REPORTS_PACK]
    if minutes_published:
        kinds.append(DocumentKind.MINUTES)
    return tuple(meeting_document(base, meeting_id, kind) for kind in kinds)
