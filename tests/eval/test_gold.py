"""The held-out gold set: that it is well formed, and regression floors on the faithfulness metrics.

The data tests guard the labels themselves (every label quotes the minutes verbatim, every planted error
really differs from the minutes, every faithful sentence's figures really are in them).  The floor tests
run ``bench/faithfulness.py`` once and hold each metric to the target in the summaries issue; they fail
until the analysis, engine and verifier are good enough, which is the point.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUTCOMES = {
    "noted",
    "agreed",
    "approved",
    "recommended",
    "requested",
    "deferred",
    "refused",
    "referred",
    "other",
}
# each planted error and the verifier's failure code that should report it (the summaries issue names them)
EXPECTED_CODE = {
    "outcome_swap": "outcome_mismatch",
    "changed_figure": "number_mismatch",
    "changed_date": "date_mismatch",
    "swapped_name": "entity_not_found",
    "invented_quote": "quote_not_found",
    "absent_claim": "unsupported",
}
ERRORS = set(EXPECTED_CODE)
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def _load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_faithfulness", ROOT / "bench" / "faithfulness.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _load_bench()


class GoldSet(NamedTuple):
    labels: dict[str, Any]
    contrast: dict[str, Any]
    texts: dict[str, str]  # file name -> minutes


def _load_set(folder: Path) -> GoldSet:
    return GoldSet(
        json.loads((folder / "labels.json").read_text(encoding="utf-8")),
        json.loads((folder / "contrast.json").read_text(encoding="utf-8")),
        {p.name: p.read_text(encoding="utf-8") for p in sorted((folder / "meetings").glob("*.txt"))},
    )


# The tuned set and every other set beside it (held-out, validation, fresh): the same data rules hold for all.
SETS = {"tuned": _load_set(HERE)}
for _folder in sorted(HERE.iterdir()):
    if (_folder / "labels.json").is_file() and (_folder / "contrast.json").is_file():
        SETS[_folder.name] = _load_set(_folder)
each_set = pytest.mark.parametrize("gold", sorted(SETS), ids=str)


def _numbers(text: str) -> set[str]:
    """Figures as digits, thousands separators and trailing zero pence dropped: '£5.00' -> '5'."""
    out = set()
    for raw in re.findall(r"\d[\d,]*(?:\.\d+)?", text):
        value = raw.replace(",", "")
        if value.endswith(".00"):
            value = value[:-3]
        out.add(value)
    return out


def _dates(text: str) -> set[tuple[str, str]]:
    """(day, month) and (month, year) pairs, ordinal suffixes ignored."""
    pairs: set[tuple[str, str]] = set()
    for day, month in re.findall(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTHS})\b", text):
        pairs.add((day, month))
    for month, year in re.findall(rf"\b({MONTHS})\s+(\d{{4}})\b", text):
        pairs.add((month, year))
    return pairs


# --- the labels ------------------------------------------------------------------------------------------


@each_set
def test_enough_varied_meetings_of_the_right_length(gold: str) -> None:
    g = SETS[gold]
    assert len(g.texts) >= 14
    assert {m["file"] for m in g.labels["meetings"]} == set(g.texts)
    for name, text in g.texts.items():
        assert re.fullmatch(r"\d\d-[a-z0-9-]+\.txt", name), name
        assert 400 <= len(text.split()) <= 1500, (name, len(text.split()))
    kinds = Counter(m["kind"] for m in g.labels["meetings"])
    nations = {m["nation"] for m in g.labels["meetings"]}
    assert {"cabinet", "scrutiny", "planning", "licensing", "audit", "full_council", "town_council"} <= set(
        kinds
    )
    assert {"England", "Wales", "Scotland"} <= nations


@each_set
def test_every_label_quotes_its_minutes_verbatim(gold: str) -> None:
    g = SETS[gold]
    for meeting in g.labels["meetings"]:
        text = g.texts[meeting["file"]]
        assert meeting["resolutions"], meeting["file"]
        for res in meeting["resolutions"]:
            assert res["outcome"] in OUTCOMES, res
            assert text.count(res["text"]) == 1, (meeting["file"], res["text"])
            if res.get("lead"):
                assert res["lead"] in text, (meeting["file"], res["lead"])
            # A recipient is named exactly when the clause recommends something to someone.
            assert bool(res.get("recommended_to")) == (res["outcome"] == "recommended"), res
        for step in meeting["future_steps"]:
            assert step in text, (meeting["file"], step)


@each_set
def test_every_resolved_marker_in_the_minutes_is_labelled(gold: str) -> None:
    g = SETS[gold]
    """No RESOLVED block is left unlabelled, so decisions recall counts every decision in the gold set."""
    for meeting in g.labels["meetings"]:
        text = g.texts[meeting["file"]]
        starts = [text.index(r["text"]) for r in meeting["resolutions"]]
        starts += [
            m.start()
            for r in meeting["resolutions"]
            if r.get("lead")
            for m in re.finditer(re.escape(r["lead"]), text)
        ]
        for marker in re.finditer(r"\bRESOLVED\b", text):
            assert any(marker.start() - 20 <= s <= marker.start() + 40 for s in starts), (
                meeting["file"],
                text[marker.start() : marker.start() + 80],
            )


@each_set
def test_every_outcome_class_and_the_future_step_rule_are_represented(gold: str) -> None:
    g = SETS[gold]
    counts = Counter(r["outcome"] for m in g.labels["meetings"] for r in m["resolutions"])
    assert set(counts) == OUTCOMES
    assert min(counts.values()) >= 4, counts
    assert sum(len(m["future_steps"]) for m in g.labels["meetings"]) >= 15


@each_set
def test_future_steps_are_not_labelled_as_decisions(gold: str) -> None:
    g = SETS[gold]
    for meeting in g.labels["meetings"]:
        for step in meeting["future_steps"]:
            for res in meeting["resolutions"]:
                assert step not in res["text"] and res["text"] not in step, (meeting["file"], step)


# --- the contrast set ----------------------------------------------------------------------------------


@each_set
def test_contrast_set_is_large_balanced_and_typed(gold: str) -> None:
    g = SETS[gold]
    rows = g.contrast["sentences"]
    assert len(rows) >= 90
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)
    faithful = [r for r in rows if r["faithful"]]
    planted = [r for r in rows if not r["faithful"]]
    assert len(faithful) == len(planted)
    assert all(r["error"] is None and r["expected_code"] is None for r in faithful)
    types = Counter(r["error"] for r in planted)
    assert set(types) == ERRORS
    assert min(types.values()) >= 8, types
    assert all(r["expected_code"] == EXPECTED_CODE[r["error"]] for r in planted), "a code per error type"
    for row in rows:
        assert row["meeting"] in g.texts, row
        assert row["text"] not in g.texts[row["meeting"]], "a summary sentence should not be a verbatim copy"
    for name in g.texts:  # every meeting is summarized both truly and falsely
        assert {r["faithful"] for r in rows if r["meeting"] == name} == {True, False}, name


@each_set
def test_faithful_sentences_use_only_figures_and_dates_from_their_minutes(gold: str) -> None:
    g = SETS[gold]
    for row in g.contrast["sentences"]:
        if not row["faithful"]:
            continue
        source = g.texts[row["meeting"]]
        assert _numbers(row["text"]) <= _numbers(source), (
            row["id"],
            _numbers(row["text"]) - _numbers(source),
        )
        assert _dates(row["text"]) <= _dates(source), row["id"]
        assert not re.search(r"[\"“][^\"”]{12,}[\"”]", row["text"]), (
            f"{row['id']}: faithful sentences carry no quotes"
        )


@each_set
def test_planted_errors_really_depart_from_the_minutes(gold: str) -> None:
    g = SETS[gold]
    for row in g.contrast["sentences"]:
        source = g.texts[row["meeting"]]
        kind = row["error"]
        if kind == "changed_figure":
            assert _numbers(row["text"]) - _numbers(source), row["id"]
        elif kind == "changed_date":
            assert _dates(row["text"]) - _dates(source), row["id"]
        elif kind == "invented_quote":
            quotes = re.findall(r"[\"“]([^\"”]+)[\"”]", row["text"])
            assert quotes and all(q not in source for q in quotes), row["id"]
        elif kind == "swapped_name":
            true_name = row["note"].split(";")[0].strip()  # the note names who it really was
            assert true_name in source and true_name not in row["text"], row["id"]
        elif kind == "outcome_swap":
            outcome_words = r"\b(approved|adopted|rejected|refused|agreed|granted)\b"
            assert re.search(outcome_words, row["text"]), row["id"]


# --- the bench's own matching rule ---------------------------------------------------------------------


def test_clause_matching_is_one_to_one_and_rejects_run_together_blocks() -> None:
    gold = ["Notes the Work Programme for 2024-25.", "Agrees that an item on buses be added for April."]
    assert BENCH.match_clauses(
        gold, ["1) Notes the Work Programme for 2024-25.", "Agrees that an item on buses be added for April"]
    ) == {0: 0, 1: 1}
    blob = "RESOLVED that the Committee:- 1) " + gold[0] + " 2) " + gold[1] + " 3) Requests a report on rail."
    assert BENCH.match_clauses(gold, [blob]) == {}
    assert BENCH.match_clauses(gold, [gold[0], gold[0]]) == {0: 0}


def test_thresholds_compare_in_the_right_direction() -> None:
    assert BENCH.meets(0.99, "min", 0.99) and not BENCH.meets(0.98, "min", 0.99)
    assert BENCH.meets(0.05, "max", 0.05) and not BENCH.meets(0.06, "max", 0.05)
    assert not BENCH.meets(None, "min", 0.0)


# --- regression floors (the targets of the summaries issue) --------------------------------------------


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    return BENCH.run()


@pytest.mark.slow
@pytest.mark.parametrize("metric", sorted(BENCH.TARGETS))
def test_metric_meets_the_issue_target(results: dict[str, Any], metric: str) -> None:
    target = results["targets"][metric]
    assert not results["errors"], results["errors"]
    assert target["met"], f"{metric} = {target['value']} (target {target['direction']} {target['target']})"


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(ERRORS))
def test_audit_catches_each_error_type(results: dict[str, Any], kind: str) -> None:
    row = results.get("audit_per_type", {}).get(kind)
    assert row is not None, results["errors"]
    assert row["rate"] >= 0.75, f"{kind}: caught {row['caught']} of {row['total']}"


def test_paraphrase_sentences_belong_to_seen_meetings_and_quote_nothing() -> None:
    rows = json.loads((HERE / "paraphrase" / "faithful.json").read_text(encoding="utf-8"))["sentences"]
    assert len(rows) >= 300
    for row in rows:
        assert row["set"] in {"tuned", "heldout", "validation"}
        assert row["meeting"] in SETS[row["set"]].texts, row
        assert not re.search(r"[\"“”]", row["text"]), row  # a paraphrase set: quotes are another check's job
