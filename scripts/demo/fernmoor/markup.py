"""The light markup our hand-written minutes and reports are typed in, parsed into blocks.

Writing Word HTML by hand would bury the words in tags, so the content modules use a tiny format and the
writers turn it into Word-style HTML (``wordhtml``) or PDF pages (``pdfout``):

* blocks are separated by blank lines; lines inside a paragraph are joined with spaces;
* ``# 1 Purpose of the Report`` is a heading (reports only);
* ``3.1 Text`` starts a numbered paragraph (reports);
* lines starting ``· `` are Word-style bullets, lines starting ``- `` are a real HTML list;
* lines starting ``1) `` or ``a) `` are numbered clauses (RESOLVED lists);
* lines starting ``|`` form a table, the first row being its header;
* a paragraph starting ``RESOLVED`` gets the word in bold, as clerks write it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMPARA = re.compile(r"^(\d+\.\d+)\s+(.*)$", re.S)
_CLAUSE = re.compile(r"^(\d+\)|[a-z]\)|\([a-z]\))\s+(.*)$")


@dataclass(frozen=True)
class Block:
    kind: str  # heading | para | numpara | bullets | ul | clauses | table | resolved
    text: str = ""
    number: str = ""
    lines: tuple[str, ...] = ()  # list items, or table cells joined by "|"
    labels: tuple[str, ...] = ()  # clause labels "1)", "2)"


def typeset(text: str) -> str:
    """Curly apostrophes, as Word writes them; straight ones look typed, not exported."""
    return text.replace("'", "\u2019")


def _join(lines: list[str]) -> str:
    return typeset(" ".join(line.strip() for line in lines if line.strip()))


def parse(text: str) -> list[Block]:
    """Split markup into blocks; raises ValueError on a list block that mixes item styles."""
    blocks: list[Block] = []
    for raw in re.split(r"\n\s*\n", text.strip("\n")):
        lines = [line.rstrip() for line in raw.strip("\n").splitlines() if line.strip()]
        if not lines:
            continue
        first = lines[0].lstrip()
        if first.startswith("# "):
            blocks.append(Block("heading", _join([first[2:], *lines[1:]])))
        elif first.startswith("|"):
            rows = tuple(typeset(line.strip().strip("|")) for line in lines)
            blocks.append(Block("table", lines=rows))
        elif first.startswith(("· ", "- ")):
            marker = first[:2]
            items: list[list[str]] = []
            for line in lines:
                stripped = line.lstrip()
                if stripped.startswith(("· ", "- ")):
                    if stripped[:2] != marker:
                        raise ValueError(f"list mixes '{marker}' and '{stripped[:2]}': {first[:60]}")
                    items.append([stripped[2:]])
                else:  # a continuation line of the previous item
                    items[-1].append(stripped)
            kind = "bullets" if marker == "· " else "ul"
            blocks.append(Block(kind, lines=tuple(_join(i) for i in items)))
        elif _CLAUSE.match(first):
            labels: list[str] = []
            items = []
            for line in lines:
                match = _CLAUSE.match(line.lstrip())
                if match:
                    labels.append(match.group(1))
                    items.append([match.group(2)])
                else:
                    items[-1].append(line)
            blocks.append(Block("clauses", lines=tuple(_join(i) for i in items), labels=tuple(labels)))
        elif _NUMPARA.match(first):
            match = _NUMPARA.match(first)
            assert match is not None
            blocks.append(Block("numpara", _join([match.group(2), *lines[1:]]), number=match.group(1)))
        elif first.startswith("RESOLVED"):
            blocks.append(Block("resolved", _join(lines)))
        else:
            blocks.append(Block("para", _join(lines)))
    return blocks


def plain_text(text: str) -> str:
    """The words of a markup text, one block per line (for length checks and cut-offs)."""
    out: list[str] = []
    for block in parse(text):
        if block.kind in ("bullets", "ul"):
            out.extend(block.lines)
        elif block.kind == "clauses":
            out.extend(f"{label} {line}" for label, line in zip(block.labels, block.lines, strict=True))
        elif block.kind == "table":
            out.extend(" ".join(c.strip() for c in row.split("|")) for row in block.lines)
        else:
            out.append(f"{block.number} {block.text}".strip())
    return "\n".join(out)
