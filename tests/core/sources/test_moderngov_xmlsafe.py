"""Hostile, broken and oddly encoded responses give clear errors or sensible text, never silent garbage."""

import codecs
from pathlib import Path

import pytest

from councilwatch.core.sources.errors import NotXMLError, SourceError
from councilwatch.core.sources.moderngov import parse_committees, parse_meeting, parse_meetings
from councilwatch.core.sources.xmlsafe import decode_body, parse_xml

PAGES = Path(__file__).parents[2] / "fixtures" / "moderngov" / "pages"

ONE_COMMITTEE = (
    "<committees><committeescount> 1</committeescount><committee><committeeid>7</committeeid>"
    "<committeetitle>Pensions Committee – £ and €</committeetitle><committeedeleted>False</committeedeleted>"
    "<committeeexpired>False</committeeexpired><committeecategory>Finance</committeecategory></committee>"
    "</committees>"
)


def test_billion_laughs_is_refused() -> None:
    payload = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<committees><committee><committeeid>1</committeeid><committeetitle>&lol3;</committeetitle></committee></committees>"""
    with pytest.raises(SourceError, match="refused unsafe XML"):
        parse_committees(payload)


def test_external_entity_xxe_is_refused_and_no_file_is_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    payload = (
        f'<?xml version="1.0"?><!DOCTYPE c [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<committees><committee><committeeid>1</committeeid><committeetitle>&x;</committeetitle>"
        "</committee></committees>"
    ).encode()
    with pytest.raises(SourceError, match="refused unsafe XML") as caught:
        parse_committees(payload)
    assert "TOP SECRET" not in str(caught.value)


def test_external_dtd_is_refused() -> None:
    payload = b'<?xml version="1.0"?><!DOCTYPE committees SYSTEM "http://127.0.0.1:9/evil.dtd"><committees/>'
    with pytest.raises(SourceError, match="declares a DTD"):
        parse_committees(payload)


def test_malformed_xml_says_so_with_the_position() -> None:
    with pytest.raises(SourceError, match=r"^malformed XML: .*line 1") as caught:
        parse_committees(b"<committees><committee><committeeid>1</committee></committees>")
    assert not isinstance(caught.value, NotXMLError)


def test_truncated_response_is_malformed() -> None:
    with pytest.raises(SourceError, match="malformed XML"):
        parse_meetings(b"<getmeetings><committee><committeeid>144</committeeid><committeemeetings><meeting>")


def test_html_error_page_with_status_200_is_recognised() -> None:
    body = (PAGES / "runtime_error.html").read_bytes()
    with pytest.raises(NotXMLError) as caught:
        parse_committees(body)
    assert caught.value.reason == "expected XML, got an HTML page"
    assert isinstance(caught.value, SourceError)


def test_html_page_without_doctype_is_recognised_too() -> None:
    with pytest.raises(SourceError, match="expected XML, got an HTML page"):
        parse_xml(b"\r\n  <HTML><body>Runtime Error</body></HTML>")


def test_empty_response_is_a_clear_error() -> None:
    with pytest.raises(SourceError, match="empty response"):
        parse_committees(b"  \n")


def test_wrong_root_element_is_named() -> None:
    with pytest.raises(
        SourceError, match=r"expected a GetCommittees response \(<committees>\), got <meeting>"
    ):
        parse_committees(b"<meeting><meetingid>1</meetingid></meeting>")
    with pytest.raises(SourceError, match="GetMeeting response has no meetingid"):
        parse_meeting(
            b"<meeting/>", base_url="https://x.gov.uk", committee_external_id="1", committee_title="C"
        )


def test_declared_utf8_but_really_windows_1252_is_decoded() -> None:
    body = ('<?xml version="1.0" encoding="utf-8"?>' + ONE_COMMITTEE).encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")  # the premise: this body is not valid UTF-8
    [committee] = parse_committees(body)
    assert committee.title == "Pensions Committee – £ and €"


@pytest.mark.parametrize(
    "body",
    [
        codecs.BOM_UTF8 + ('<?xml version="1.0" encoding="utf-8"?>' + ONE_COMMITTEE).encode("utf-8"),
        ('<?xml version="1.0" encoding="utf-16"?>' + ONE_COMMITTEE).encode("utf-16"),  # with BOM
        ('<?xml version="1.0" encoding="utf-16"?>' + ONE_COMMITTEE).encode("utf-16-le"),  # no BOM
        ('<?xml version="1.0" encoding="utf-16"?>' + ONE_COMMITTEE).encode("utf-16-be"),  # no BOM
    ],
    ids=["utf8-bom", "utf16-bom", "utf16le", "utf16be"],
)
def test_byte_order_marks_and_declared_encodings(body: bytes) -> None:
    [committee] = parse_committees(body)
    assert committee.external_id == "7"
    assert committee.title == "Pensions Committee – £ and €"


def test_other_declared_encoding_is_honoured() -> None:
    text = '<?xml version="1.0" encoding="iso-8859-15"?>' + ONE_COMMITTEE.replace(" –", "")
    [committee] = parse_committees(text.encode("iso-8859-15"))
    assert committee.title == "Pensions Committee £ and €"


def test_unknown_declared_encoding_is_a_clear_error() -> None:
    body = b'<?xml version="1.0" encoding="x-made-up-9"?><committees/>'
    with pytest.raises(SourceError, match="unknown character encoding 'x-made-up-9'"):
        parse_committees(body)


def test_odd_utf16_body_is_a_clear_error() -> None:
    with pytest.raises(SourceError, match="not valid utf-16"):
        decode_body(codecs.BOM_UTF16_LE + b"<\x00a\x00>")


def test_word_control_characters_are_dropped_not_fatal() -> None:
    body = (
        b"<committees><committee><committeeid>9</committeeid>"
        b"<committeetitle>Planning\x0b Committee&#x0C;</committeetitle></committee></committees>"
    )
    [committee] = parse_committees(body)
    assert committee.title == "Planning Committee"


def test_soap_string_wrapper_is_unwrapped() -> None:
    escaped = ONE_COMMITTEE.replace("<", "&lt;").replace(">", "&gt;")
    body = (
        f'<?xml version="1.0"?><string xmlns="http://moderngov.co.uk/namespaces">{escaped}</string>'.encode()
    )
    [committee] = parse_committees(body)
    assert committee.category == "Finance"


def test_namespaced_response_is_read() -> None:
    body = ONE_COMMITTEE.replace(
        "<committees>", '<committees xmlns="http://moderngov.co.uk/namespaces">'
    ).encode()
    assert [c.external_id for c in parse_committees(body)] == ["7"]
