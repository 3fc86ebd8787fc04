"""The clauses of a resolution block: its numbered, lettered or roman list, its bullets, its "That …" lines,
a list of grants one to an indented line, or "…; and that …".

A RESOLVED block often numbers its clauses ("1) Notes … 2) Requests …"), letters them, or writes one "That
…" per line; each becomes its own decision.  Numbering is read as a run that counts 1, 2, 3 … in order, so
a stray "(2)" inside a clause ("recommendations (1) and (2)") does not split it, and the list that starts
first is the outer one.
"""

from __future__ import annotations

import re

_NUMERIC = re.compile(r"(?:(?<=[\s:>-])|^)\(?(\d{1,2})[.)](?=\s)")
# "(a)" / "a)" anywhere; "a." / "ii." only at the start of a line, where it cannot be an initial or "etc.".
_LETTERED = re.compile(
    r"(?:(?<=[\s:>-])|^)\(?([a-z]|i{1,3}|iv|v|vi{1,3})\)(?=\s)"
    r"|(?m:^[ \t]*([a-z]|i{1,3}|iv|v|vi{1,3})\.(?=\s))"
)
_BULLET = re.compile(r"(?:(?<=\s)|^)[•·▪●◦](?=\s)|(?m:^[ \t]*[-*](?=\s))")
# A lead whose list gives the terms of its one decision rather than further decisions.
_ENTRY = re.compile(r"(?m)^[ \t]+(\S[^\n]*)$")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}


def _sequence(matches: list[re.Match[str]], key) -> list[re.Match[str]]:
    """The run of numbering tokens that counts 1, 2, 3 … in order; stray tokens are ignored."""
    chosen: list[re.Match[str]] = []
    expected = 1
    for match in matches:
        if key(match) == expected:
            chosen.append(match)
            expected += 1
    return chosen


def _token(match: re.Match[str]) -> str:
    return match.group(1) or match.group(2)


def _letter_value(match: re.Match[str]) -> int:
    token = _token(match)
    return ord(token) - ord("a") + 1 if len(token) == 1 else 0


def _roman_value(match: re.Match[str]) -> int:
    return _ROMAN.get(_token(match), 0)


def clauses(block: str) -> list[tuple[str, int, int, int]]:
    """Split a block into (number, start, body start, end) clause spans relative to the block."""
    runs = [
        _sequence(list(pattern.finditer(block)), key)
        for pattern, key in (
            (_NUMERIC, lambda m: int(m.group(1))),
            (_LETTERED, _letter_value),
            (_LETTERED, _roman_value),
        )
    ]
    # The outer list is the one that starts first: "(a) accepts recommendations (1) and (2) …; (b) …" is
    # a lettered list whose first item mentions numbers.
    runs = sorted((run for run in runs if run), key=lambda run: run[0].start())
    if runs:
        run = runs[0]
        return [
            (
                match.group(0).strip(),
                match.start() + len(match.group(0)) - len(match.group(0).lstrip()),
                match.end(),
                run[i + 1].start() if i + 1 < len(run) else len(block),
            )
            for i, match in enumerate(run)
        ]
    lead_line = re.search(r":[ \t]*\n", block)
    entries = list(_ENTRY.finditer(block, lead_line.end())) if lead_line else []
    if len(entries) >= 2 and not block[lead_line.end() : entries[0].start()].strip():
        # "to award the following grants:" then one indented line a grant, with no numbers
        return [("", m.start(1), m.start(1), m.end()) for m in entries]
    joined = list(re.finditer(r";\s+and\s+(?=that\s)", block))
    if joined:
        # "AGREED – that minute CS 12/25 be referred back …; and that the remaining minutes be adopted."
        starts = [0, *(match.end() for match in joined)]
        return [
            ("", start, start, joined[i].start() + 1 if i < len(joined) else len(block))
            for i, start in enumerate(starts)
        ]
    that_lines = list(re.finditer(r"(?m)^[ \t]*That\s", block))
    if len(that_lines) > 1:
        return [
            (
                "",
                match.start(),
                match.start(),
                that_lines[i + 1].start() if i + 1 < len(that_lines) else len(block),
            )
            for i, match in enumerate(that_lines)
        ]
    bullets = list(_BULLET.finditer(block))
    if bullets:
        return [
            ("•", match.start(), match.end(), bullets[i + 1].start() if i + 1 < len(bullets) else len(block))
            for i, match in enumerate(bullets)
        ]
    return []
