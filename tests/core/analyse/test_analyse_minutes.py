"""Per-item analysis: presenter, attendees, issues raised, facts, minute references, standing items."""

from pathlib import Path

from councilwatch.core.analyse.minutes import analyse_minutes

MINUTES = (Path(__file__).parent / "samples" / "health-panel-minutes.txt").read_text("utf-8")


def analysed():
    return analyse_minutes(MINUTES)


def test_meeting_attendees_from_the_preamble():
    people = {(p.name, p.role) for p in analysed().attendees}
    assert ("Councillor J Whitby", "Chair") in people
    assert ("Councillor L Begum", "member") in people
    assert ("Councillor R Coles", "member") in people
    assert ("Councillor S Dale", "apologies") in people


def test_presenter_and_item_attendees():
    winter = analysed().items[2]
    assert winter.title == "Winter Pressures in Adult Social Care"
    assert winter.presenter is not None and winter.presenter.text == "the Director of Adult Services"
    assert [(p.name, p.role) for p in winter.attendees] == [
        ("Dr Maria Lopez", "Clinical Director, Harrowfield Hospitals Trust")
    ]


def test_issues_raised_are_the_bullets_after_the_lead_in():
    (issues,) = analysed().items[2].issues
    assert "asked questions" in issues.lead.text
    assert [i.text for i in issues.issues] == [
        "Staffing levels in home care agencies",
        "Delays in equipment deliveries - some families had waited three weeks",
        "Communication with carers",
    ]
    for issue in issues.issues:
        assert MINUTES[issue.start : issue.end] == issue.text


def test_facts_and_future_steps():
    winter = analysed().items[2]
    assert any("£1.8 million" in f.text for f in winter.facts)
    steps = [s.text for s in winter.future_steps]
    assert "The plan will be considered by the Health and Wellbeing Board on 14th November 2024." in steps
    assert not any("£1.8 million" in s for s in steps)
    assert all("will be considered" not in r.text for r in winter.resolutions)


def test_minute_reference_resolves_to_the_item():
    dental = analysed().items[3]
    (reference,) = dental.references
    assert reference.number == "9/24"
    assert reference.item_number == "9/24"
    assert reference.item_title == "Winter Pressures in Adult Social Care"


def test_unknown_minute_reference_keeps_its_number_only():
    (item,) = analyse_minutes("5. Budget\nFurther to Minute 88/23 the Panel noted progress.\n").items
    assert item.references[0].number == "88/23" and item.references[0].item_number == ""


def test_standing_items_are_substantive_only_when_something_happened():
    items = analysed().items
    assert items[0].procedural and not items[0].substantive
    assert items[1].procedural and not items[1].substantive
    assert items[2].substantive
    eventful = analyse_minutes(
        "3. Declarations of Interest\n"
        "Councillor P Shaw declared an interest in item 5 as a school governor.\n"
        "4. Budget\nThe Panel noted the budget.\n"
    ).items[0]
    assert eventful.procedural and eventful.substantive


def test_sentence_offsets_point_into_the_text():
    for item in analysed().items:
        for sentence in item.sentences:
            assert " ".join(MINUTES[sentence.start : sentence.end].split()) == sentence.text
