"""The structured engine: cited, verified, outcome-faithful summaries from minutes."""

import json
import time

from councilwatch.core.analyse.document import MeetingText, SourcePassage
from councilwatch.core.brief import brief_passages
from councilwatch.core.summarize.compose import Composer
from councilwatch.core.verify import verify_sentence


def all_sentences(result: dict) -> list[dict]:
    return result["overview"] + [s for item in result["items"] for s in item["sentences"]]


def texts_of(result: dict, ids: list[str]) -> list[str]:
    by_id = {p["id"]: p["text"] for p in result["passages"]}
    return [by_id[i] for i in ids]


def test_every_sentence_is_cited_and_passes_an_independent_check(passages_of_sample):
    for name in ("scrutiny-board-minutes.txt", "cabinet-minutes.md", "scrutiny-meeting-page.txt"):
        result = brief_passages(passages_of_sample(name), entities=False)
        sentences = all_sentences(result)
        assert len(sentences) >= 8, name
        for sentence in sentences:
            assert sentence["citations"], sentence
            assert sentence["checks"] == {"passed": True, "failures": []}
            assert verify_sentence(sentence["text"], texts_of(result, sentence["citations"])).passed, sentence


def test_overview_has_two_to_four_sentences(passages_of_sample):
    for name in ("scrutiny-board-minutes.txt", "cabinet-minutes.md", "scrutiny-meeting-page.txt"):
        overview = brief_passages(passages_of_sample(name), entities=False)["overview"]
        assert 2 <= len(overview) <= 4, name


def test_outcome_wording_follows_the_minutes(passages_of_sample):
    result = brief_passages(passages_of_sample("scrutiny-board-minutes.txt"), entities=False)
    housing = next(i for i in result["items"] if i["title"] == "Temporary Accommodation Pressures")
    labels = [(d["outcome"], d["recommended_to"]) for d in housing["decisions"]]
    assert labels == [("noted", ""), ("requested", ""), ("recommended", "Cabinet")]
    texts = [s["text"] for s in housing["sentences"]]
    assert any(
        t.startswith("The Communities and Housing Scrutiny Board noted the Briefing Note") for t in texts
    )
    assert any(
        "recommended to Cabinet that the Temporary Accommodation Reduction Plan be approved" in t
        for t in texts
    )
    for text in (s["text"] for s in all_sentences(result)):
        assert "approved the" not in text and "Board approved" not in text


def test_future_step_is_reported_as_such_and_never_as_a_decision(passages_of_sample):
    result = brief_passages(passages_of_sample("scrutiny-board-minutes.txt"), entities=False)
    housing = next(i for i in result["items"] if i["title"] == "Temporary Accommodation Pressures")
    step = "Cabinet will consider the Temporary Accommodation Reduction Plan on 18th March 2025."
    assert [s["text"] for s in housing["future_steps"]] == [step]
    assert all("will consider" not in d["text"] for d in housing["decisions"])


def test_standing_items_only_when_something_happened(passages_of_sample):
    titles = [i["title"] for i in brief_passages(passages_of_sample("scrutiny-board-minutes.txt"))["items"]]
    assert "Declarations of Interest" not in titles  # "There were no disclosable pecuniary interests."
    assert "Minutes of the Previous Meeting" in titles  # a matter arising was reported
    cabinet = [i["title"] for i in brief_passages(passages_of_sample("cabinet-minutes.md"))["items"]]
    assert "Apologies for Absence" not in cabinet
    assert "Declarations of Interest" in cabinet  # an interest was declared


def test_cabinet_decisions_carry_every_outcome_class_they_use(passages_of_sample):
    result = brief_passages(passages_of_sample("cabinet-minutes.md"), entities=False)
    outcomes = {d["outcome"] for item in result["items"] for d in item["decisions"]}
    assert {"approved", "recommended", "refused", "deferred"} <= outcomes
    budget = next(i for i in result["items"] if i["title"].startswith("Revenue Budget"))
    assert budget["decisions"][1]["recommended_to"] == "Council"


def test_issues_raised_are_condensed_and_cited(passages_of_sample):
    result = brief_passages(passages_of_sample("scrutiny-meeting-page.txt"), entities=False)
    youth = next(i for i in result["items"] if i["title"] == "Youth Violence Reduction Update")
    assert youth["issues"] == [
        "Funding beyond March 2025",
        "Reach into secondary schools",
        "Support for families",
    ]
    issue_sentence = next(s for s in youth["sentences"] if s["text"].startswith("Issues raised included"))
    assert "a parenting course" not in issue_sentence["text"]  # detail condensed away
    people = {(a["name"], a["role"]) for a in result["attendees"]}
    assert ("Tom Harker", "Superintendent of Westmoor Police") in people


def test_deterministic(passages_of_sample):
    passages = passages_of_sample("cabinet-minutes.md")
    first = json.dumps(brief_passages(passages), sort_keys=True)
    assert json.dumps(brief_passages(passages), sort_keys=True) == first


def test_the_gate_publishes_the_first_passing_wording_or_nothing():
    meeting = MeetingText([SourcePassage("p1", "m", "line 1", "RESOLVED that the Local Plan be noted.")])
    composer = Composer(meeting)
    published = composer.publish(
        ["The Committee approved the Local Plan.", "It was resolved that the Local Plan be noted."], ["p1"]
    )
    assert published is not None and published.text == "It was resolved that the Local Plan be noted."
    assert composer.publish(["The Committee adopted the Local Plan."], ["p1"]) is None
    assert composer.dropped == 1
    assert composer.publish(["It was resolved that the Local Plan be noted."], []) is None


def test_ten_meetings_a_second_on_extracted_passages(passages_of_sample):
    meetings = [
        passages_of_sample(n)
        for n in ("scrutiny-board-minutes.txt", "cabinet-minutes.md", "scrutiny-meeting-page.txt")
    ]
    brief_passages(meetings[0], entities=False)  # warm caches
    started = time.perf_counter()
    for _ in range(5):
        for passages in meetings:
            brief_passages(passages, entities=False)
    rate = 15 / (time.perf_counter() - started)
    assert rate >= 10, f"{rate:.1f} meetings/s"


def test_a_long_agenda_is_never_listed_as_if_complete(line_passages):
    lines = []
    for n in range(1, 9):
        lines += [
            f"{n}. Ward Review {chr(64 + n)}",
            f"The Panel considered a report on ward {chr(64 + n)} and its effect on residents.",
            "RESOLVED that the report be noted.",
        ]
    overview = brief_passages(line_passages("\n".join(lines)), entities=False)["overview"]
    assert overview[0]["text"] == (
        "The meeting considered items including Ward Review A, Ward Review B, Ward Review C, Ward Review D "
        "and Ward Review E."
    )


def test_full_council_motions_and_fused_headings(samples):
    from councilwatch.core.brief import brief_files

    result = brief_files([samples / "county-council-minutes.txt"])
    titles = [(i["number"], i["title"]) for i in result["items"]]
    assert ("103", "Budget 2025/26 and Medium Term Financial Plan") in titles
    assert ("104", "Notice of Motion: Pothole Repairs") in titles
    motion = next(i for i in result["items"] if i["number"] == "104")
    assert [(d["outcome"], d["text"]) for d in motion["decisions"]] == [
        ("refused", "Following debate the motion was put to the vote and was lost.")
    ]
    budget = next(i for i in result["items"] if i["number"] == "103")
    assert [d["outcome"] for d in budget["decisions"]] == ["refused", "approved", "approved", "approved"]


def test_routine_decisions_of_standing_items_are_listed_without_prose(line_passages):
    text = (
        "1. Minutes of the Previous Meeting\n"
        "RESOLVED that the minutes of the meeting held on 3 June 2025 be approved as a correct record.\n"
        "2. Library Opening Hours\n"
        "The Panel considered a report on library opening hours across the district.\n"
        "RESOLVED that the report be noted.\n"
    )
    result = brief_passages(line_passages(text), entities=False)
    minutes, libraries = result["items"]
    assert minutes["title"] == "Minutes of the Previous Meeting"
    assert (minutes["procedural"], minutes["substantive"], minutes["sentences"]) == (True, False, [])
    assert len(minutes["decisions"]) == 1 and "correct record" in minutes["decisions"][0]["text"]
    assert libraries["substantive"] and libraries["sentences"]
    assert all("correct record" not in s["text"] for s in result["overview"])
