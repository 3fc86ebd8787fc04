from councilwatch.core.analyse.minutes import find_resolutions
from councilwatch.core.summarize.condense import decision_wordings
from councilwatch.core.verify import verify_sentence


def test_a_resolution_naming_its_body_is_reported_in_the_past_tense():
    clause = "RESOLVED that Cabinet approves the fees and charges for 2027/28 as set out in the appendix."
    (resolution,) = find_resolutions(clause)
    first = decision_wordings(resolution)[0]
    assert first == "Cabinet approved the fees and charges for 2027/28 as set out in the appendix."
    assert verify_sentence(first, [clause]).passed


def test_a_body_that_only_notes_is_never_said_to_approve():
    clause = "RESOLVED that Cabinet notes the forecast overspend of £3.2m."
    (resolution,) = find_resolutions(clause)
    assert decision_wordings(resolution)[0] == "Cabinet noted the forecast overspend of £3.2m."
