"""Scraped HTML made safe to show: minutes come from council sites as Word-flavoured HTML we do not trust.

Only structure survives (paragraphs, lists, emphasis, simple tables); every attribute goes, so no
``onerror=``, ``style=`` (our Content-Security-Policy forbids inline styles anyway) or ``javascript:`` link
can pass. Links are dropped too — their text stays — because a council's minutes rarely link anywhere
useful and an attacker-controlled href is the easiest way to phish from a trusted page.
"""

from __future__ import annotations

import nh3
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {
    "p",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "b",
    "i",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
}
# Their content is code or metadata, never prose: drop it whole rather than showing it as text.
DROPPED_WITH_CONTENT = {"script", "style", "template", "iframe", "object", "noscript", "title", "head"}


def clean_html(untrusted: str) -> SafeString:
    """Council HTML → markup that is safe to insert into our pages."""
    if not untrusted:
        return mark_safe("")
    cleaned = nh3.clean(
        untrusted,
        tags=ALLOWED_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes={},
        url_schemes=set(),
        strip_comments=True,
        link_rel=None,
    )
    return mark_safe(cleaned.strip())
