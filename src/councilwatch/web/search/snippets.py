"""Turn a database's marked-up excerpt into safe HTML: escaped text with ``<mark>`` around matches only.

The databases mark matches with private-use characters instead of tags, so the whole excerpt can be escaped
first and the marks put in afterwards; nothing stored in a passage can ever reach a page as markup.
"""

from __future__ import annotations

import html
import re

MARK_START = "\ue000"
MARK_END = "\ue001"
ELLIPSIS = "…"
# ts_headline drops anything that looks like an HTML tag, so PostgreSQL gets these in place of < > & and
# they are turned back (escaped) here.
PG_LT, PG_GT, PG_AMP = "\ue002", "\ue003", "\ue004"
_PRIVATE = re.compile("[\ue000-\ue004]")
_SPACES = re.compile(r"\s+")


def to_html(marked: str) -> str:
    """Escape everything, then swap the private marks for ``<mark>`` tags (unbalanced marks are closed)."""
    text = _SPACES.sub(" ", marked).strip()
    text = text.replace(PG_LT, "<").replace(PG_GT, ">").replace(PG_AMP, "&")
    escaped = html.escape(text, quote=True)
    out: list[str] = []
    open_mark = False
    for piece in re.split(f"([{MARK_START}{MARK_END}])", escaped):
        if piece == MARK_START and not open_mark:
            out.append("<mark>")
            open_mark = True
        elif piece == MARK_END and open_mark:
            out.append("</mark>")
            open_mark = False
        elif piece not in (MARK_START, MARK_END):
            out.append(_PRIVATE.sub("", piece))
    if open_mark:
        out.append("</mark>")
    return "".join(out).replace("<mark></mark>", "")


def to_plain(snippet_html: str, start: str = "[", end: str = "]") -> str:
    """The HTML snippet as terminal text, with the marks shown as ``start``/``end``."""
    text = snippet_html.replace("<mark>", start).replace("</mark>", end)
    return html.unescape(text)
