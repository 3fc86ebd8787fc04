"""Turning a council's response bytes into text and a safe XML tree.

Council servers are old IIS boxes: bodies declared utf-8 that are really Windows-1252, byte-order marks,
the odd UTF-16 response, Word's control characters inside text, and HTML error pages served with status
200. Everything here either gives back something sensible or raises ``SourceError`` with a plain reason;
it never guesses silently in a way that could corrupt text.

XML is parsed with defusedxml and every DTD is refused: the ModernGov web service never sends one, so a
DOCTYPE can only be a mistake or an attack (entity expansion, external entities, remote DTDs).
"""

from __future__ import annotations

import codecs
import re
import xml.etree.ElementTree as ET

import defusedxml
import defusedxml.ElementTree as SafeET

from councilwatch.core.sources.errors import NotXMLError, SourceError

_XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._-]+)""", re.IGNORECASE)
_DECLARATION_TEXT = re.compile(r"^\s*<\?xml[^>]*\?>")
# C0 controls other than tab/newline/return are illegal in XML 1.0; Word pastes them into minutes
# (vertical tab for a line break, form feed for a page break). They carry no text, so dropping them loses
# nothing, while leaving them in makes the whole response unreadable.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_CONTROL_REFS = re.compile(r"&#(?:x0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));")
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_UTF8_NAMES = {"utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1"}


def decode_body(body: bytes, *, html: bool = False) -> str:
    """Decode a response body: BOM first, then the declared charset, then utf-8, then Windows-1252.

    A declared ``iso-8859-1`` is read as Windows-1252 (as browsers do) because IIS servers that say
    latin-1 send curly quotes and pound signs in the 0x80–0x9F range.
    """
    if not body.strip():
        raise SourceError("empty response")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            return _decode(body, encoding)
    # UTF-16 without a BOM still shows itself: the first "<" is paired with a zero byte.
    if body.startswith(b"<\x00"):
        return _decode(body, "utf-16-le")
    if body.startswith(b"\x00<"):
        return _decode(body, "utf-16-be")
    declared = _declared_encoding(body, html=html)
    if declared and declared not in _UTF8_NAMES and not declared.startswith("utf-16"):
        return _decode(body, declared)
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return body.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise SourceError("could not decode the response as UTF-8 or Windows-1252") from exc


def _declared_encoding(body: bytes, *, html: bool) -> str:
    head = body[:2048]
    match = (_META_CHARSET if html else _XML_DECLARATION).search(head)
    return match.group(1).decode("ascii").lower() if match else ""


def _decode(body: bytes, encoding: str) -> str:
    try:
        return body.decode(encoding)
    except LookupError as exc:
        raise SourceError(f"unknown character encoding {encoding!r}") from exc
    except UnicodeDecodeError as exc:
        raise SourceError(f"the response is not valid {encoding}: {exc.reason} at byte {exc.start}") from exc


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text))


def parse_xml(body: bytes) -> ET.Element:
    """Parse a web-service response into an element tree with namespaces removed from tag names.

    Raises ``SourceError`` for an HTML page (error pages come with status 200), malformed XML, and any
    DTD or entity declaration.
    """
    return _parse_text(decode_body(body), unwrap=True)


def _parse_text(text: str, *, unwrap: bool) -> ET.Element:
    if looks_like_html(text):
        raise NotXMLError()
    # The declaration's encoding no longer applies: we parse the already-decoded text.
    text = _CONTROL_REFS.sub("", _CONTROL_CHARS.sub("", _DECLARATION_TEXT.sub("", text, count=1)))
    try:
        root = SafeET.fromstring(text, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DTDForbidden as exc:
        raise SourceError("refused unsafe XML: the response declares a DTD") from exc
    except defusedxml.EntitiesForbidden as exc:
        raise SourceError(f"refused unsafe XML: the response declares the entity {exc.name!r}") from exc
    except defusedxml.ExternalReferenceForbidden as exc:
        raise SourceError("refused unsafe XML: the response refers to an external resource") from exc
    except ET.ParseError as exc:
        raise SourceError(f"malformed XML: {exc}") from exc
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.split("}", 1)[1]
    if root.tag.lower() == "html":
        raise NotXMLError()
    # Some .asmx deployments wrap the real document, escaped, inside <string xmlns="…">.
    inner = (root.text or "").strip()
    if unwrap and root.tag == "string" and inner.startswith("<"):
        return _parse_text(inner, unwrap=False)
    return root


def child_text(element: ET.Element, tag: str) -> str:
    """The stripped text of the first child ``tag``; empty when absent."""
    return (element.findtext(tag) or "").strip()


def child_flag(element: ET.Element, tag: str) -> bool:
    """ModernGov booleans: "True"/"False" (also tolerates 1/0, yes/no)."""
    return parse_flag(element.findtext(tag))


def parse_flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"true", "1", "yes", "y"}
