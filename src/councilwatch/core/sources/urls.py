"""Addresses on a ModernGov site, built from the WHOLE base URL.

A council's base may carry a path (``https://x.gov.uk/moderngov``, ``…/modern.gov/``): every page and
web-service operation lives under that path, never at the host root. Bases are normalised once
(trailing slash, query and a trailing ``.aspx`` page removed) so builders simply append.

``rebase_url`` serves replays and moved sites: links that the council's pages spell on the canonical
host are rewritten onto the address we actually fetch from, so a recorded council served from
``http://127.0.0.1:8765`` never sends the crawler back to the live site.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qsl, quote, urljoin, urlsplit, urlunsplit

from councilwatch.core.london import format_uk_date

_PATH_SAFE = "/%:@!$&'()*+,;=~-._"
_QUERY_SAFE = "/%:@!$&'()*+,;=~-._?"
_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalise_base(base: str) -> str:
    """``https://host/path`` with no trailing slash; raises ValueError for anything not http(s)."""
    parts = urlsplit(base.strip())
    if parts.scheme.lower() not in _DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"not a web address: {base!r}")
    path = parts.path
    last = path.rsplit("/", 1)[-1].lower()
    # Registry rows sometimes point at a page (mgMemberIndex.aspx?…): the site is its folder.
    if last.endswith((".aspx", ".asmx", ".htm", ".html")):
        path = path.rsplit("/", 1)[0]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path.rstrip("/"), "", ""))


def _under(base: str, page: str) -> str:
    return f"{normalise_base(base)}/{page}"


def committees_url(base: str) -> str:
    return _under(base, "mgWebService.asmx/GetCommittees")


def meetings_url(base: str, committee_id: str | int, since: date, until: date) -> str:
    """GetMeetings for one committee; both dates are always sent because some servers require them."""
    return _under(
        base,
        f"mgWebService.asmx/GetMeetings?lCommitteeId={committee_id}"
        f"&sFromDate={format_uk_date(since)}&sToDate={format_uk_date(until)}",
    )


def meeting_url(base: str, meeting_id: str | int) -> str:
    return _under(base, f"mgWebService.asmx/GetMeeting?lMeetingId={meeting_id}")


def meeting_page_url(base: str, committee_id: str | int, meeting_id: str | int) -> str:
    """The public meeting page people click (also the HTML fallback's meeting source)."""
    return _under(base, f"ieListDocuments.aspx?CId={committee_id}&MId={meeting_id}")


def committee_list_url(base: str) -> str:
    return _under(base, "mgListCommittees.aspx")


def meeting_list_url(base: str, committee_id: str | int) -> str:
    return _under(base, f"ieListMeetings.aspx?CommitteeId={committee_id}")


def item_page_url(base: str, item_id: str | int) -> str:
    return _under(base, f"mgAi.aspx?ID={item_id}")


def attendance_page_url(base: str, meeting_id: str | int) -> str:
    return _under(base, f"mgMeetingAttendance.aspx?ID={meeting_id}")


def convert_pdf_url(base: str, document_id: str | int, t: int | None = None) -> str:
    """``mgConvert2PDF.aspx``: T=0 agenda frontsheet, T=10 reports pack, T=1 printed minutes (ID = meeting);
    without T, ID is one attachment."""
    suffix = "" if t is None else f"&T={t}"
    return _under(base, f"mgConvert2PDF.aspx?ID={document_id}{suffix}")


def decisions_list_url(base: str, since: date, until: date) -> str:
    window = f"{format_uk_date(since)}-{format_uk_date(until)}".replace("/", "%2f")
    return _under(base, f"mgDelegatedDecisions.aspx?DS=2&DR={window}")


def decision_detail_url(base: str, decision_id: str | int) -> str:
    return _under(base, f"ieDecisionDetails.aspx?ID={decision_id}")


def query_param(url: str, *names: str) -> str:
    """The first of ``names`` present in the query, matched case-insensitively ("MId", "MID", …)."""
    wanted = [n.lower() for n in names]
    # Split by hand rather than with urlsplit, which raises on hosts such as "[oops".
    query = url.partition("#")[0].partition("?")[2]
    params = {k.lower(): v for k, v in parse_qsl(query, keep_blank_values=True)}
    for name in wanted:
        if params.get(name):
            return params[name].strip()
    return ""


def url_path(url: str) -> str:
    """The path part of ``url`` (never raises, unlike urlsplit on a broken host)."""
    rest = url.partition("#")[0].partition("?")[0]
    if "://" in rest:
        rest = rest.split("://", 1)[1]
        rest = "/" + rest.split("/", 1)[1] if "/" in rest else ""
    return rest


def page_name(url: str) -> str:
    """The last path segment, lower-cased: ``mgai.aspx``."""
    return url.partition("#")[0].partition("?")[0].rsplit("/", 1)[-1].lower()


def clean_url(url: str) -> str:
    """Percent-encode what servers leave raw (spaces in ``documents/s7942/polc2 - 23.09.2015.pdf``).

    A link too broken to split ("http://[oops") is returned as written: kept, not dropped or fatal.
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    return urlunsplit(
        (
            parts.scheme,
            parts.netloc,
            quote(parts.path, safe=_PATH_SAFE),
            quote(parts.query, safe=_QUERY_SAFE),
            quote(parts.fragment, safe=_QUERY_SAFE),
        )
    )


def absolute_url(href: str, page_url: str) -> str:
    """Resolve a link found on ``page_url``; relative links stay relative if there is no page URL."""
    href = href.strip()
    try:
        return clean_url(urljoin(page_url, href) if page_url else href)
    except ValueError:
        return href


def rebase_url(url: str, base: str, canonical_base: str | None = None) -> str:
    """Point ``url`` at ``base`` (the address we fetch from).

    - relative links are resolved under ``base``;
    - absolute links on the canonical host move to ``base``, keeping the path after the canonical base
      (``https://x.gov.uk/moderngov/documents/s1/a.pdf`` → ``http://127.0.0.1:8765/documents/s1/a.pdf``);
      a link on that host but outside the canonical path keeps its whole path on the new host;
    - links on base's own host take base's scheme (``http://`` document links on an https site);
    - links to anywhere else are left alone (only cleaned).
    """
    root = normalise_base(base)
    try:
        target = urlsplit(urljoin(root + "/", url.strip()))
    except ValueError:
        return url.strip()  # unparseable: keep what the server wrote
    effective = urlsplit(root)
    if canonical_base:
        canonical = urlsplit(normalise_base(canonical_base))
        if (target.hostname or "").lower() == (canonical.hostname or "").lower():
            path = target.path
            prefix = canonical.path
            if prefix and (path == prefix or path.startswith(prefix + "/")):
                path = effective.path + path[len(prefix) :]
            elif not prefix:
                path = effective.path + path
            rebuilt = (effective.scheme, effective.netloc, path, target.query, target.fragment)
            return clean_url(urlunsplit(rebuilt))
    if (target.hostname or "").lower() == (effective.hostname or "").lower() and target.scheme != (
        effective.scheme
    ):
        return clean_url(urlunsplit((effective.scheme, effective.netloc, *target[2:])))
    return clean_url(urlunsplit(target))
