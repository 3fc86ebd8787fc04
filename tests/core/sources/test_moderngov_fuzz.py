"""Whatever a server sends, the parsers answer with records or a SourceError — never another exception."""

from hypothesis import given, settings
from hypothesis import strategies as st

from councilwatch.core.london import parse_uk_time
from councilwatch.core.sources.errors import SourceError
from councilwatch.core.sources.moderngov import parse_committees, parse_meeting, parse_meetings
from councilwatch.core.sources.moderngov_html import (
    parse_attendance_page,
    parse_committee_list,
    parse_item_page,
    parse_meeting_list,
    parse_meeting_page,
)
from councilwatch.core.sources.urls import rebase_url

SITE = "https://democracy.example.gov.uk"
TAGS = ["meeting", "meetingid", "meetingdate", "meetingtime", "agendaitems", "agendaitem", "agendaitemid",
        "linkeddocuments", "linkeddoc", "url", "title", "attendees", "committees", "committee", "committeeid",
        "getmeetings", "committeemeetings"]  # fmt: skip
TEXTS = st.sampled_from(
    [
        "1",
        "13/01/2026",
        "10.00 am",
        "True",
        "",
        "x&amp;y",
        "31/02/2026",
        "http://a/b c",
        "http://[broken",
        "https://democracy.example.gov.uk:99999/x",
    ]
)


@st.composite
def xml_trees(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(st.sampled_from(TAGS))
    if depth > 3 or draw(st.booleans()):
        return f"<{tag}>{draw(TEXTS)}</{tag}>"
    children = draw(st.lists(xml_trees(depth + 1), max_size=4))
    return f"<{tag}>{''.join(children)}</{tag}>"


def only_source_errors(call) -> None:
    try:
        call()
    except SourceError as exc:
        assert exc.reason  # a reason is always given


@settings(max_examples=300, deadline=None, database=None)
@given(st.one_of(st.binary(max_size=300), xml_trees().map(str.encode)))
def test_xml_parsers_never_crash(body: bytes) -> None:
    only_source_errors(lambda: parse_committees(body))
    only_source_errors(lambda: parse_meetings(body))
    only_source_errors(
        lambda: parse_meeting(body, base_url=SITE, committee_external_id="1", committee_title="Committee")
    )


HTML_BITS = st.sampled_from(
    [
        '<div id="modgov">',
        "</div>",
        '<h2 class="mgSubTitleTxt">C - 1 Feb 2026 noon</h2>',
        '<table class="mgItemTable">',
        "<tr>",
        "<td>",
        '<p class="mgAiTitleTxt">1.</p>',
        '<a class="mgAiTitleLnk" href="mgAi.aspx?ID=3">T</a>',
        '<div class="mgWordPara">w</div>',
        '<p class="mgSubItemTitleTxt">Minutes:</p>',
        '<ul class="mgBulletList">',
        '<li><a href="documents/s1/a b.pdf">A</a></li>',
        '<li><a href="http://[oops/x.pdf">B</a></li>',
        '<a href="ieListDocuments.aspx?MId=4">2 Feb 2026</a>',
        '<table class="mgTabTable"><tr><th>Attendee</th></tr><tr><td>X</td></tr></table>',
        "</td></tr></table>",
    ]
)


@settings(max_examples=300, deadline=None, database=None)
@given(
    st.one_of(st.binary(max_size=200), st.lists(HTML_BITS, max_size=20).map(lambda b: "".join(b).encode()))
)
def test_html_parsers_never_crash(body: bytes) -> None:
    url = f"{SITE}/ieListDocuments.aspx?CId=1&MId=4"
    only_source_errors(lambda: parse_committee_list(body))
    only_source_errors(lambda: parse_meeting_list(body, committee_external_id="1"))
    only_source_errors(lambda: parse_meeting_page(body, base_url=SITE, url=url))
    only_source_errors(lambda: parse_item_page(body, url=f"{SITE}/mgAi.aspx?ID=3"))
    only_source_errors(lambda: parse_attendance_page(body))


@settings(database=None)
@given(st.text(max_size=30))
def test_time_reader_never_raises(text: str) -> None:
    got = parse_uk_time(text)
    assert got is None or (0 <= got.hour < 24)


@settings(database=None)
@given(
    st.sampled_from(["documents/s1/A B.pdf", "http://x.gov.uk/a?b=1", "https://democracy.example.gov.uk/p"])
)
def test_rebasing_is_idempotent(url: str) -> None:
    once = rebase_url(url, "http://127.0.0.1:8765", SITE)
    assert rebase_url(once, "http://127.0.0.1:8765", SITE) == once
