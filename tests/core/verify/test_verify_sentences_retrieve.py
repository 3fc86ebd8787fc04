"""split_sentences (shared with the engines) and the BM25 ranking the audit relies on."""

from __future__ import annotations

from councilwatch.core.retrieve import BM25
from councilwatch.core.verify.sentences import paragraphs, split_sentences


def test_abbreviations_initials_and_numbers_do_not_end_sentences() -> None:
    text = (
        "Cllr. A. Patel asked about the £1.2m scheme, e.g. the lamps. It began at 10.30 am. Members agreed."
    )
    assert split_sentences(text) == [
        "Cllr. A. Patel asked about the £1.2m scheme, e.g. the lamps.",
        "It began at 10.30 am.",
        "Members agreed.",
    ]


def test_wrapped_lines_join_and_list_items_split() -> None:
    text = (
        "The Committee received the\nreport of the Director.\n\nRESOLVED that the Committee:-\n"
        "1) Notes the report.\n(b) Requests an update.\n• Asks for a map."
    )
    assert split_sentences(text) == [
        "The Committee received the report of the Director.",
        "RESOLVED that the Committee:-",
        "Notes the report.",
        "Requests an update.",
        "Asks for a map.",
    ]


def test_quotes_and_brackets_stay_with_their_sentence() -> None:
    text = 'She said "it is a start." (See Minute 13/24.) The item closed.'
    assert split_sentences(text) == ['She said "it is a start."', "(See Minute 13/24.)", "The item closed."]


def test_headings_stand_alone() -> None:
    text = "# Summary\n5. HOUSEHOLD WASTE – COLLECTIONS\nThe report was noted."
    assert split_sentences(text) == ["Summary", "5. HOUSEHOLD WASTE – COLLECTIONS", "The report was noted."]
    assert [p.is_item for p in paragraphs("Lead:\n1) first\n2) second")] == [False, True, True]
    assert paragraphs("Lead:\n1) first")[1].first_line == "1) first"


def test_empty_and_punctuation_only_text() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n - \n ... ") == []


DOCS = [
    "The Committee noted the Community Safety Plan and its four priorities.",
    "Street lighting in Ashby Ward will be replaced with LED lamps costing £450,000.",
    "RESOLVED that the allotment rents for 2025/26 be approved.",
    "For: 28; Against: 9; Abstentions: 1.",
]


def test_bm25_ranks_the_passage_sharing_rare_terms_first() -> None:
    index = BM25(DOCS)
    assert index.top("Which lamps were approved for Ashby?", 2)[0][0] == 1
    assert index.top("allotment rents approved", 1)[0][0] == 2


def test_bm25_stems_and_figures() -> None:
    index = BM25(DOCS)
    assert index.top("noting community safety planning", 1)[0][0] == 0
    assert index.top("a recorded vote of 28 to 9", 1)[0][0] == 3


def test_bm25_scores_are_ordered_and_zero_scores_dropped() -> None:
    index = BM25(DOCS)
    ranked = index.top("lamps plan rents", 10)
    scores = [score for _, score in ranked]
    assert scores == sorted(scores, reverse=True)
    assert {i for i, _ in ranked} == {0, 1, 2}
    assert index.top("zebra", 3) == []
    assert index.top("lamps", 0) == []
    assert BM25([]).top("lamps", 3) == []


def test_bm25_prefers_a_short_focused_passage() -> None:
    focused = "Allotment rents will rise."
    padded = "Allotment rents will rise. " + "The Chair thanked officers for their hard work this year. " * 5
    index = BM25([padded, focused, "An unrelated paragraph about parking permits."])
    assert index.top("allotment rents", 1)[0][0] == 1
