"""A reports pack that repeats a paper is recognised, with the pack pages that hold it."""

from __future__ import annotations

import councilpdf as gen
import pytest

from councilwatch.core.extract.overlap import shared_passages
from councilwatch.core.extract.pdf import extract_pdf
from councilwatch.core.extract.text import extract_text
from councilwatch.core.models import Extraction, PassageKind


@pytest.fixture(scope="module")
def pack() -> Extraction:
    # Frontsheet (page 1), a two-page filler report, the budget report, then another filler report.
    return extract_pdf(gen.reports_pack([gen.filler_report(7), gen.BUDGET_REPORT, gen.filler_report(8)]))


def test_paper_inside_pack_is_found_with_its_page_range(pack: Extraction) -> None:
    # The paper as published on its own carries a different running header: that must not matter.
    paper = extract_pdf(gen.single_paper(gen.BUDGET_REPORT, header="Agenda Item 5"))
    overlap = shared_passages(pack, paper)
    budget_pages = {p.page for p in pack.passages if p.text.startswith("Report to Cabinet: Revenue Budget")}
    assert overlap.found
    assert overlap.first_page == overlap.last_page == budget_pages.pop()
    assert overlap.matched == overlap.eligible and overlap.coverage == 1.0
    for paper_ordinal, pack_ordinal in overlap.pairs:
        assert paper.passages[paper_ordinal].text == pack.passages[pack_ordinal].text
    table_pairs = [pair for pair in overlap.pairs if paper.passages[pair[0]].kind is PassageKind.TABLE_ROW]
    # The three money rows; the three-word header row is too short to prove anything on its own.
    assert [paper.passages[a].text.split(" | ")[0] for a, _ in table_pairs] == [
        "Adult social care",
        "Home to school transport",
        "Highways maintenance",
    ]


def test_paper_not_in_pack_is_not_found(pack: Extraction) -> None:
    stranger = extract_pdf(gen.single_paper(gen.filler_report(99)))
    overlap = shared_passages(pack, stranger)
    assert not overlap.found
    assert overlap.coverage < 0.6


def test_multi_page_paper_spans_several_pack_pages() -> None:
    long_report = gen.filler_report(21, sections=8)
    pack = extract_pdf(gen.reports_pack([gen.BUDGET_REPORT, long_report]))
    paper = extract_pdf(gen.single_paper(long_report))
    overlap = shared_passages(pack, paper)
    assert paper.pages >= 2
    assert overlap.found and overlap.first_page == 3
    assert overlap.last_page == pack.pages
    assert overlap.coverage > 0.9


def test_short_common_lines_prove_nothing() -> None:
    pack = extract_text("Background\n\nRecommendations\n\nThe Council agreed the budget for next year.")
    paper = extract_text("Background\n\nRecommendations\n\nAn unrelated paper about bins and recycling.")
    overlap = shared_passages(pack, paper)
    assert not overlap.found and overlap.matched == 0 and overlap.eligible == 1


def test_empty_paper() -> None:
    assert not shared_passages(extract_text("Some words in a pack."), extract_text("")).found
