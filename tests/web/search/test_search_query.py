"""The query language: parsing rules, and that whatever is typed is a valid FTS5 expression.

The FTS5 checks run against a real in-memory SQLite FTS5 table built with the same tokenizer as the index.
"""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from councilwatch.web.search.query import MAX_ATOMS, Atom, parse, to_fts5, to_tsquery_sql
from councilwatch.web.search.schema import TOKENIZER


def test_words_are_all_required_and_lower_cased() -> None:
    query = parse("Local  PLAN")
    assert query.required == ((Atom(("local",)),), (Atom(("plan",)),))
    assert query.excluded == ()


def test_quotes_make_a_phrase_and_an_unclosed_quote_runs_to_the_end() -> None:
    assert parse('"green belt" review').required == ((Atom(("green", "belt")),), (Atom(("review",)),))
    assert parse('hedges "green belt').required == ((Atom(("hedges",)),), (Atom(("green", "belt")),))


def test_prefix_exclusion_and_or() -> None:
    query = parse('allot* parking OR highways -draft -"green belt"')
    assert query.required == (
        (Atom(("allot",), prefix=True),),
        (Atom(("parking",)), Atom(("highways",))),
    )
    assert query.excluded == (Atom(("draft",)), Atom(("green", "belt")))


def test_a_prefix_needs_three_letters() -> None:
    assert parse("re*").required == ((Atom(("re",)),),)
    assert parse("tre*").required == ((Atom(("tre",), prefix=True),),)


def test_lower_case_or_is_an_ignored_word_and_a_dangling_or_is_ignored() -> None:
    assert parse("parks or gardens").required == ((Atom(("parks",)),), (Atom(("gardens",)),))
    assert parse("OR parking OR").required == ((Atom(("parking",)),),)


def test_stop_words_are_dropped_unless_inside_a_phrase_with_other_words() -> None:
    assert parse("the budget of the council").required == ((Atom(("budget",)),), (Atom(("council",)),))
    assert parse('"secretary of state"').required == ((Atom(("secretary", "of", "state")),),)
    assert parse('"to be" -not the*').empty


def test_punctuated_word_becomes_a_phrase_of_its_parts() -> None:
    assert parse("well-being").required == ((Atom(("well", "being")),),)
    assert to_fts5(parse("S.106")) == '"s 106"'


@pytest.mark.parametrize("text", ["", "   ", "*", '"', "-parking", "- -", "OR", "()", "'; --", "the and"])
def test_nothing_required_means_no_expression(text: str) -> None:
    query = parse(text)
    assert query.empty
    assert to_fts5(query) is None
    assert to_tsquery_sql(query) is None


def test_fts5_rendering() -> None:
    rendered = to_fts5(parse('planning OR highways "green belt" allot* -draft'))
    assert rendered == '(("planning" OR "highways") AND "green belt" AND "allot" *) NOT ("draft")'


def test_tsquery_rendering_passes_user_text_only_as_parameters() -> None:
    sql, params = to_tsquery_sql(parse("it's tree's allot* -'; drop"))
    assert "'" not in sql.replace("'english'", "")  # nothing the user typed is spliced into the SQL
    assert params == ['"tree s"', "allot:*", '"drop"']
    assert sql.count("%s") == len(params)


def test_very_long_queries_are_capped() -> None:
    query = parse(" ".join(f"word{i}" for i in range(500)))
    assert len(query.required) == MAX_ATOMS


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    connection.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, tokenize='{TOKENIZER}')")
    connection.executemany(
        "INSERT INTO t(body) VALUES (?)",
        [
            ("Councillors approved the green belt review",),
            ("The belt of trees near the village green",),
            ("Allotment rents will rise",),
            ("Draft parking charges for the town centre",),
        ],
    )
    return connection


def _match(connection: sqlite3.Connection, text: str) -> list[int]:
    expression = to_fts5(parse(text))
    if expression is None:
        return []
    return [
        row[0]
        for row in connection.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", [expression])
    ]


def test_fts5_semantics(fts: sqlite3.Connection) -> None:
    assert _match(fts, '"green belt"') == [1]
    assert _match(fts, "green belt") == [1, 2]
    assert _match(fts, "councillor") == [1]  # stemmed
    assert _match(fts, "allot*") == [3]
    assert _match(fts, "green -review") == [2]
    assert _match(fts, "allotment OR parking") == [3, 4]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_any_input_is_a_valid_fts5_expression(fts: sqlite3.Connection, text: str) -> None:
    _match(fts, text)  # raises sqlite3.OperationalError on a syntax error


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(['"', "*", "-", "OR", "AND", "NOT", "NEAR(", ")", "^", ":", "a", "b"]), max_size=12
    )
)
def test_operator_soup_is_a_valid_fts5_expression(fts: sqlite3.Connection, parts: list[str]) -> None:
    _match(fts, " ".join(parts))
    _match(fts, "".join(parts))
