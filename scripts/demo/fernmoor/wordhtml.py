"""Turn markup blocks into the Word-exported HTML that ModernGov stores and serves.

Real minutes are pasted from Word, so they carry ``class="MsoNormal"`` paragraphs, ``&nbsp;`` spacer
paragraphs, Symbol-font "·" bullets drawn as ``MsoListParagraph`` and lines hard-wrapped at about 70
columns.  Parsers must cope with all of that, so the recording has it.
"""

from __future__ import annotations

from html import escape

from .markup import Block, parse

_WRAP = 70
_BULLET_PAD = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "


def _esc(text: str) -> str:
    return escape(text, quote=False)


def _block_html(block: Block, *, agenda: bool) -> list[str]:
    def para(inner: str, attrs: str = ' class="MsoNormal"') -> str:
        if agenda:
            inner = f'<span style="">{inner}</span>'
        return f"<p{attrs}>{inner}</p>"

    if block.kind in ("para", "heading"):
        text = _esc(block.text)
        return [para(f"<b>{text}</b>" if block.kind == "heading" else text)]
    if block.kind == "numpara":
        return [para(f"{block.number}&nbsp; {_esc(block.text)}")]
    if block.kind == "resolved":
        rest = block.text[len("RESOLVED") :]
        return [para(f"<b>RESOLVED</b>{_esc(rest)}")]
    if block.kind == "bullets":
        attrs = ' class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-18.0pt"'
        return [
            f'<p{attrs}><span style="font-family:Symbol">·</span><span style="font-size:7.0pt">'
            f"{_BULLET_PAD}</span>{_esc(line)}</p>"
            for line in block.lines
        ]
    if block.kind == "ul":
        return ["<ul>", *(f"<li>{_esc(line)}</li>" for line in block.lines), "</ul>"]
    if block.kind == "clauses":
        attrs = ' class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt"'
        return [
            f'<p{attrs}>{_esc(label)}<span style="font-size:7.0pt">{_BULLET_PAD}</span>{_esc(line)}</p>'
            for label, line in zip(block.labels, block.lines, strict=True)
        ]
    if block.kind == "table":
        rows = []
        for row in block.lines:
            cells = "".join(f'<td><p class="MsoNormal">{_esc(c.strip())}</p></td>' for c in row.split("|"))
            rows.append(f"<tr>{cells}</tr>")
        return ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">', *rows, "</table>"]
    raise ValueError(f"unknown block kind {block.kind!r}")


def wrap_html(html: str, width: int = _WRAP) -> str:
    """Hard-wrap each line at spaces outside tags, the way Word's HTML export does."""
    out_lines: list[str] = []
    for line in html.split("\n"):
        current = ""
        in_tag = False
        word = ""
        words: list[str] = []
        for ch in line:  # split on spaces that are not inside a tag
            if ch == "<":
                in_tag = True
            elif ch == ">":
                in_tag = False
            if ch == " " and not in_tag:
                words.append(word)
                word = ""
            else:
                word += ch
        words.append(word)
        for w in words:
            if current and len(current) + 1 + len(w) > width:
                out_lines.append(current)
                current = w
            else:
                current = f"{current} {w}" if current else w
        out_lines.append(current)
    return "\n".join(out_lines)


def to_word_html(markup: str, *, agenda: bool = False, spacers: bool = False) -> str:
    """Word HTML for a markup text; empty markup gives an empty string (nothing published)."""
    blocks = parse(markup)
    if not blocks:
        return ""
    lines: list[str] = ['<div class="WordSection1">']
    for index, block in enumerate(blocks):
        if spacers and index:
            lines.append('<p class="MsoNormal">&nbsp;</p>')
        lines.extend(_block_html(block, agenda=agenda))
    lines.append("</div>")
    return wrap_html("\n".join(lines)) + "\n"
