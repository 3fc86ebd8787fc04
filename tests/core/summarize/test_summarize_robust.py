"""Whatever the text, the engine returns a contract-shaped brief and never publishes a failing sentence."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councilwatch.core.analyse.document import SourcePassage
from councilwatch.core.brief import brief_passages
from councilwatch.core.verify import verify_sentence

FRAGMENTS = [
    "12. Budget Monitoring",
    "13/25 Highways Programme",
    "RESOLVED that the Committee:-",
    "RESOLVED that the report be noted.",
    "1) Notes the report.",
    "2) Recommends to Cabinet that the Plan be approved.",
    "(a) approves the scheme;",
    "It was resolved that the item be deferred.",
    "Cabinet will consider the Plan on 18th March 2025.",
    "The Panel received a Briefing Note of the Director of Finance that set out spending of £3.2m.",
    "The Committee asked questions including:-",
    "• Waiting times",
    "· Staffing - vacancies were high · Budgets - an overspend of 4% was forecast",
    "Present: Councillor A Smith (Chair), Councillors B Jones and C Khan",
    "Inspector D Lee, Westshire Police, attended for this item.",
    "Further to Minute 12, the Chair reported progress.",
    "There were no declarations of interest.",
    "Minutes: The minutes were agreed. |",
    "Any Other Business PDF 20 KB Minutes: None. |",
    "",
    "RESOLVED",
    ":-",
    "1)",
]


def passages(lines: list[str]) -> list[SourcePassage]:
    return [SourcePassage(f"p{i}", "m.txt", f"line {i}", line) for i, line in enumerate(lines, start=1)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=80)), max_size=25))
def test_any_text_gives_a_checked_brief(lines):
    given_passages = passages(lines)
    result = brief_passages(given_passages, entities=False)
    texts = {p["id"]: p["text"] for p in result["passages"]}
    assert len(result["passages"]) == len(given_passages)  # nothing lost, even blank passages are listed
    sentences = result["overview"] + [s for item in result["items"] for s in item["sentences"]]
    for sentence in sentences:
        assert sentence["citations"]
        assert verify_sentence(sentence["text"], [texts[c] for c in sentence["citations"]]).passed
    for item in result["items"]:
        for decision in item["decisions"]:
            assert set(decision["citations"]) <= set(texts)


def test_no_passages_gives_an_empty_brief():
    result = brief_passages([], entities=False)
    assert result["items"] == [] and result["overview"] == [] and result["passages"] == []
