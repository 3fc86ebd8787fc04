"""The search box's query language, parsed once and rendered for each database.

Syntax (the same on SQLite and PostgreSQL)::

    local plan            every word must match (stemmed: "councillors" finds "councillor")
    "local plan"          the words in this order
    counc*                a word starting with "counc" (at least 3 letters; "re*" is just "re")
    -draft  -"green belt" leave out passages with this word or phrase
    parking OR highways   either side of OR (upper case); binds tighter than the implicit AND

Words PostgreSQL's English configuration ignores ("the", "of", "not"…) are ignored on both backends unless
they sit inside a phrase. Everything else is treated as plain text: the parser keeps only letters and
digits from each word, so no input can reach the database as query syntax (an FTS5 or tsquery operator, a
quote, a bracket). A word that holds punctuation ("well-being", "S.106") becomes a phrase of its parts on
both backends.

This module is pure Python so the rules can be tested without a database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Letters and digits in any script; "_" is a word character for \w but punctuation to us.
_TOKEN = re.compile(r"[^\W_]+")
# Generous caps so a pasted essay cannot build a query that takes the database seconds to plan.
MAX_ATOMS = 24
MAX_TOKENS_PER_ATOM = 12
MAX_TOKEN_LENGTH = 60
# "re*" would match a large part of the vocabulary; SQLite also keeps prefix indexes for 3-5 letters only.
MIN_PREFIX = 3

# English function words that PostgreSQL's "english" configuration leaves out of its index. Dropping an
# atom made only of these keeps the two backends in step ("the", "it's" and "not" would otherwise be
# required words on SQLite and ignored on PostgreSQL). A phrase keeps them when it has other words: both
# backends then match the exact phrase.
_STOP_WORDS_TEXT = """
a about above after again against all am an and any are as at be because been before being below
between both but by can did do does doing don down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself no nor not now of off on once only or other our ours ourselves out over own s same she
should so some such t than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
you your yours yourself yourselves
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())


@dataclass(frozen=True, slots=True)
class Atom:
    """One word or phrase: its tokens must appear consecutively; ``prefix`` widens the last token."""

    tokens: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Query:
    """``required`` is an AND of OR-groups; a row matching any ``excluded`` atom is dropped."""

    required: tuple[tuple[Atom, ...], ...] = ()
    excluded: tuple[Atom, ...] = field(default=())

    @property
    def empty(self) -> bool:
        """A query with nothing required matches nothing (a bare exclusion cannot rank anything)."""
        return not self.required


def _tokens(text: str) -> tuple[str, ...]:
    found = [token.lower()[:MAX_TOKEN_LENGTH] for token in _TOKEN.findall(text)]
    return tuple(found[:MAX_TOKENS_PER_ATOM])


def _lex(text: str) -> list[tuple[str, Atom | None, bool]]:
    """Split raw input into (kind, atom, negated) with kind "atom" or "or"."""
    out: list[tuple[str, Atom | None, bool]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        negated = False
        if ch == "-" and i + 1 < n and not text[i + 1].isspace():
            negated = True
            i += 1
        if text[i] == '"':
            end = text.find('"', i + 1)
            end = n if end == -1 else end  # an unclosed quote runs to the end of the input
            tokens = _tokens(text[i + 1 : end])
            i = end + 1
            if tokens and not set(tokens) <= STOP_WORDS:
                out.append(("atom", Atom(tokens), negated))
            continue
        start = i
        while i < n and not text[i].isspace() and text[i] != '"':
            i += 1
        word = text[start:i]
        if word == "OR" and not negated:
            out.append(("or", None, False))
            continue
        tokens = _tokens(word)
        if tokens and not set(tokens) <= STOP_WORDS:
            prefix = word.endswith("*") and len(tokens[-1]) >= MIN_PREFIX
            out.append(("atom", Atom(tokens, prefix=prefix), negated))
    return out


def parse(text: str) -> Query:
    """Parse the search box; never raises, whatever the input."""
    required: list[list[Atom]] = []
    excluded: list[Atom] = []
    pending_or = False
    atoms = 0
    for kind, atom, negated in _lex(text or ""):
        if kind == "or":
            pending_or = bool(required)
            continue
        assert atom is not None
        atoms += 1
        if atoms > MAX_ATOMS:
            break
        if negated:
            excluded.append(atom)
            pending_or = False
        elif pending_or:
            required[-1].append(atom)
            pending_or = False
        else:
            required.append([atom])
    return Query(tuple(tuple(group) for group in required), tuple(excluded))


# --- SQLite FTS5 -------------------------------------------------------------------------------------------


def _fts5_atom(atom: Atom) -> str:
    # Tokens are letters and digits only, so wrapping them in double quotes makes a literal FTS5 string.
    phrase = '"' + " ".join(atom.tokens) + '"'
    return phrase + " *" if atom.prefix else phrase


def to_fts5(query: Query, columns: tuple[str, ...] = ()) -> str | None:
    """An FTS5 MATCH expression (limited to ``columns`` if given), or None when it can match nothing."""
    if query.empty:
        return None
    groups = []
    for group in query.required:
        rendered = [_fts5_atom(atom) for atom in group]
        groups.append(rendered[0] if len(rendered) == 1 else "(" + " OR ".join(rendered) + ")")
    expression = " AND ".join(groups)
    if query.excluded:
        expression = f"({expression}) NOT ({' OR '.join(_fts5_atom(a) for a in query.excluded)})"
    if columns:
        expression = "{" + " ".join(columns) + "} : (" + expression + ")"
    return expression


# --- PostgreSQL tsquery ------------------------------------------------------------------------------------


def _pg_atom(atom: Atom, config: str) -> tuple[str, list[str]]:
    if atom.prefix:
        # websearch_to_tsquery has no prefix operator; to_tsquery's ":*" does, and <-> keeps a phrase.
        body = " <-> ".join((*atom.tokens[:-1], atom.tokens[-1] + ":*"))
        return f"to_tsquery('{config}', %s)", [body]
    # Quoted so websearch treats the tokens as one phrase and never as its own operators.
    return f"websearch_to_tsquery('{config}', %s)", ['"' + " ".join(atom.tokens) + '"']


def to_tsquery_sql(query: Query, config: str = "english") -> tuple[str, list[str]] | None:
    """A SQL expression of type tsquery plus its parameters, or None when the query can match nothing."""
    if query.empty:
        return None
    params: list[str] = []

    def either(atoms: tuple[Atom, ...]) -> str:
        parts = []
        for atom in atoms:
            sql, atom_params = _pg_atom(atom, config)
            parts.append(sql)
            params.extend(atom_params)
        return "(" + " || ".join(parts) + ")"

    expression = " && ".join(either(group) for group in query.required)
    if query.excluded:
        expression = f"({expression}) && !!{either(query.excluded)}"
    return f"({expression})", params
