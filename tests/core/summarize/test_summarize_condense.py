"""Shortening source sentences without changing what they say."""

from councilwatch.core.summarize.condense import condense_bullets, past_tense_clause, subject_of, tidy, trim


def test_short_sentences_are_kept_whole_and_tidied():
    assert trim("  the report   was noted ") == "The report was noted."
    assert tidy("3.1 The assessment was published |") == "The assessment was published."


def test_long_sentences_are_cut_at_a_clause_boundary():
    sentence = (
        "The Board received a Briefing Note of the Director of Housing and Communities that set out "
        "the rising demand for temporary accommodation in the borough and the measures being taken "
        "to reduce the use of bed and breakfast placements across the whole of the district this year"
    )
    cut = trim(sentence, 20)
    assert cut == "The Board received a Briefing Note of the Director of Housing and Communities."
    assert cut.rstrip(".") in sentence


def test_never_cut_inside_a_list_after_a_colon():
    sentence = (
        "Partners worked together on shared issues around: crime and disorder, anti-social behaviour, "
        "drug and alcohol misuse, reoffending, domestic abuse, hate crime, exploitation, serious violence"
    )
    assert trim(sentence, 12) == ""


def test_no_cut_after_a_verb_of_saying():
    sentence = "The report indicated that " + "many more households than expected were in need " * 6
    assert trim(sentence, 10) == ""


def test_inline_bullets_condense_to_their_heads():
    sentence = (
        "Members raised the following matters: · Funding beyond March 2025 - the grant ends then "
        "· Reach into schools - eleven of fourteen take part · From 1st April 2021 – 30th March 2023 there "
        "were many referrals across the city from a very wide range of partner agencies"
    )
    assert condense_bullets(sentence) == (
        "Members raised the following matters: Funding beyond March 2025; Reach into schools"
    )
    assert condense_bullets("No bullets here.") == "No bullets here."


def test_past_tense_keeps_the_clause_verb():
    assert past_tense_clause("Notes the report.") == "noted the report."
    assert past_tense_clause("Recommends to Cabinet that the Plan be approved") == (
        "recommended to Cabinet that the Plan be approved"
    )
    assert past_tense_clause("Requests a briefing") == "requested a briefing"
    assert past_tense_clause("Wonders about the weather") is None


def test_subject_from_the_lead_in():
    assert subject_of("that the Scrutiny Co-ordination Committee:-") == "The Scrutiny Co-ordination Committee"
    assert subject_of("that the Communities and Housing Scrutiny Board:") == (
        "The Communities and Housing Scrutiny Board"
    )
    assert subject_of("that, having considered the report, it be noted") is None


def test_decision_wordings_keep_the_minutes_idiom():
    from councilwatch.core.analyse.resolutions import find_resolutions
    from councilwatch.core.summarize.condense import decision_wordings

    def first(text: str) -> list[str]:
        return [decision_wordings(r)[0] for r in find_resolutions(text)]

    assert first(
        "RESOLVED – That Cabinet: (a) recommends to Council that the budget be approved; (b) notes it."
    ) == [
        "Cabinet recommended to Council that the budget be approved.",
        "Cabinet noted it.",
    ]
    assert first("Decision\nThe Committee:-\n(1) noted the report; and\n(2) agreed to meet in May.\n") == [
        "The Committee noted the report.",
        "The Committee agreed to meet in May.",
    ]
    assert first("RESOLVED (7 for, 1 against) to set the fee at £120.") == [
        "It was resolved (7 for, 1 against) to set the fee at £120."
    ]
    assert first("The Board agreed to grant the licence.") == ["The Board agreed to grant the licence."]
    assert first("RESOLVED that the report be noted.") == ["It was resolved that the report be noted."]
    assert first("Decision:\nThe minutes of the meeting on 3 May were approved as a correct record.\n") == [
        "The minutes of the meeting on 3 May were approved as a correct record."
    ]
