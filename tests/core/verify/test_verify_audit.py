"""Audit of a summary written by someone else, against a meeting written in UK minutes style (own words)."""

from __future__ import annotations

from pathlib import Path

from councilwatch.core.verify.audit import audit, source_passages

DATA = Path(__file__).parent / "data"
MINUTES = (DATA / "ashvale-scrutiny-2025-02-12.txt").read_text(encoding="utf-8")
# A summary as another service might write it: faithful sentences, an "approved" for a plan the
# committee only noted, an invented quote and a changed figure.
SUMMARY = (DATA / "ashvale-summary-by-others.txt").read_text(encoding="utf-8")


def results() -> list[dict]:
    report = audit(SUMMARY, [("minutes.txt", MINUTES)])
    return report["sentences"]


def by_start(start: str) -> dict:
    matches = [r for r in results() if r["text"].startswith(start)]
    assert len(matches) == 1, start
    return matches[0]


def failure_codes(entry: dict) -> set[str]:
    return {f["code"] for f in entry["failures"]}


def test_report_shape_follows_the_contract() -> None:
    report = audit(SUMMARY, [("minutes.txt", MINUTES)])
    assert set(report) >= {"sentences", "summary"}
    assert report["skipped"] == ["Summary of the meeting"]
    assert report["summary"]["sentences"] == len(report["sentences"]) == 7
    assert report["summary"]["unsupported"] == sum(1 for r in report["sentences"] if not r["supported"])
    for entry in report["sentences"]:
        assert set(entry) >= {"text", "supported", "failures", "evidence"}
        assert entry["supported"] == (not entry["failures"])
        assert all(set(e) >= {"source", "text"} and e["source"] == "minutes.txt" for e in entry["evidence"])
        assert all(e["text"] in MINUTES.replace("\n", " ") or e["text"] in MINUTES for e in entry["evidence"])


def test_approved_for_a_noted_plan_is_caught() -> None:
    entry = by_start("The committee approved")
    assert not entry["supported"]
    assert "outcome_mismatch" in failure_codes(entry)


def test_invented_quote_is_caught() -> None:
    entry = by_start("Inspector Whitfield said")
    assert "quote_not_found" in failure_codes(entry)


def test_changed_figure_is_caught() -> None:
    entry = by_start("The library closure")
    assert failure_codes(entry) == {"number_mismatch"}


def test_faithful_sentences_pass() -> None:
    for start in (
        "The Communities and Environment Scrutiny Committee noted",
        "A decision on closing Ashvale Library",
        "Members agreed the Work Programme",
    ):
        entry = by_start(start)
        assert entry["supported"], (start, entry["failures"])


def test_sentence_joining_two_passages_passes() -> None:
    entry = by_start("Anti-social behaviour in the town centre fell")
    assert entry["supported"], entry["failures"]
    evidence = " ".join(e["text"] for e in entry["evidence"])
    assert "9 per cent" in evidence and "4th March 2025" in evidence


def test_no_sources_means_no_citation() -> None:
    report = audit("The committee noted the report.", [])
    assert [f["code"] for f in report["sentences"][0]["failures"]] == ["no_citation"]
    assert report["summary"] == {"sentences": 1, "unsupported": 1}


def test_passages_keep_their_item_and_lead() -> None:
    passages = source_passages("minutes.txt", MINUTES)
    recommend = next(p for p in passages if p.text.startswith("Recommends to Cabinet"))
    assert recommend.title == "32. Ashvale Community Safety Plan 2025-2028"
    assert recommend.lead.startswith("RESOLVED that the Communities")
    assert "Recommends to Cabinet" in recommend.for_checking()
    opening = [p for p in passages if p.section == 0]
    assert opening[0].text == "ASHVALE BOROUGH COUNCIL"


def test_every_source_sentence_passes_against_its_own_passage() -> None:
    """A sentence copied from the minutes must never be flagged: the checks raise no false alarms on it."""
    from councilwatch.core.verify import verify_sentence
    from councilwatch.core.verify.sentences import split_sentences

    checked = 0
    for passage in source_passages("minutes.txt", MINUTES):
        for sentence in split_sentences(passage.text):
            check = verify_sentence(sentence, [passage.for_checking()])
            assert check.passed, (sentence, check.failures)
            checked += 1
    assert checked >= 25


def test_headings_are_skipped_but_short_claims_are_checked() -> None:
    from councilwatch.core.verify.audit import is_heading

    assert is_heading("Key decisions")
    assert is_heading("What the committee discussed:")
    assert not is_heading("Budget recommended to Council")
    assert not is_heading("Library savings of £38,000")
    report = audit("Key decisions\nLibrary savings of £45,000", [("minutes.txt", MINUTES)])
    assert report["skipped"] == ["Key decisions"]
    assert [f["code"] for f in report["sentences"][0]["failures"]] == ["number_mismatch"]
