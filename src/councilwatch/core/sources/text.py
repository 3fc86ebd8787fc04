"""Small text clean-ups for what ModernGov sends: titles, names and Word HTML fragments."""

from __future__ import annotations

import html
import re

_SPACES = re.compile(r"\s+")
_ESCAPED_MARKUP = re.compile(r"^\s*&lt;[a-zA-Z!/]")


def clean_title(value: str | None) -> str:
    """A title as people should read it.

    Some servers escape titles twice, so after XML parsing "Health &amp; Care" still shows an entity: undo
    entities until the text stops changing (at most twice more, so a literal "&amp;amp;" in a title about
    HTML cannot unravel forever). Runs of spaces, tabs and non-breaking spaces collapse to one space.
    """
    text = value or ""
    for _ in range(2):
        unescaped = html.unescape(text)
        if unescaped == text:
            break
        text = unescaped
    return _SPACES.sub(" ", text.replace("\xa0", " ")).strip()


def clean_html_fragment(value: str | None) -> str:
    """Word HTML kept as HTML (extraction cleans it later), without surrounding whitespace.

    If the markup arrives escaped one level too many ("&lt;p&gt;…" after XML parsing), it is unescaped
    once so that downstream always receives real tags.
    """
    text = (value or "").strip()
    if _ESCAPED_MARKUP.match(text):
        text = html.unescape(text).strip()
    return text


def collapse(value: str | None) -> str:
    """Collapse whitespace (including non-breaking spaces) to single spaces, stripped."""
    return _SPACES.sub(" ", (value or "").replace("\xa0", " ")).strip()
