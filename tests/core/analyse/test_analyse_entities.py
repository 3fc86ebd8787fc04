"""Entities: rules for councils, police forces, Acts, money and minute references, plus spaCy."""

from councilwatch.core.analyse.entities import find_entities, find_entities_many, rule_entities

TEXT = (
    "Further to Minute 13/24, Chief Inspector Daryl Lyons of West Midlands Police and officers of Coventry "
    "City Council explained duties under the Crime and Disorder Act 1998; £1.2 million was allocated."
)


def test_rules_find_councils_police_acts_money_and_minutes():
    found = {(e.text, e.label) for e in rule_entities(TEXT)}
    assert ("West Midlands Police", "ORG") in found
    assert ("Coventry City Council", "ORG") in found
    assert ("the Crime and Disorder Act 1998", "LAW") in found
    assert ("£1.2 million", "MONEY") in found
    assert ("Minute 13/24", "MINUTE") in found


def test_rules_win_over_the_model_and_people_come_from_the_model():
    found = find_entities(TEXT)
    labels = {e.text: e.label for e in found}
    assert labels["West Midlands Police"] == "ORG"  # the model alone calls it a place
    assert any(e.label == "PERSON" and "Lyons" in e.text for e in found)
    for entity in found:
        assert TEXT[entity.start : entity.end] == entity.text


def test_many_texts_in_one_pass_keep_their_order():
    results = find_entities_many(["Spending was £40,000.", "Northfield Borough Council met."])
    assert results[0][0].text == "£40,000"
    assert results[1][0].text == "Northfield Borough Council"


def test_rules_only_mode_needs_no_model():
    found = find_entities("The Licensing Act 2003 applies.", use_model=False)
    assert [(e.text, e.label) for e in found] == [("The Licensing Act 2003", "LAW")]
