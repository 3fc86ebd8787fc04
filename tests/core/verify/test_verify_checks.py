"""verify_sentence: one test per failure code, and the normalisations each code relies on."""

from __future__ import annotations

import pytest

from councilwatch.core.verify import SUPPORT_THRESHOLD, Check, Failure, verify_sentence

DESCRIPTION = (
    "The Committee considered a Briefing Note of the Director of Community Safety, presented with Chief "
    "Inspector Amara Osei of Fernmoor Police, on the draft Fernmoor Community Safety Plan 2025-2028. "
    "The Partnership had received £1,234,567 from the Safer Streets Fund and reported that knife crime "
    "had fallen by 12.4% across the town. Three neighbourhood teams were now in place. "
    "Cabinet will consider the Plan on 18th March 2025."
)
RESOLUTION = (
    "RESOLVED that the Scrutiny Co-ordination Committee:- 1) Notes the draft Fernmoor Community Safety "
    "Plan 2025-2028. 2) Requests that the Director of Community Safety provides an update on knife crime "
    "figures in six months. 3) Recommends to Cabinet that the Plan includes a target for each priority."
)
CITED = [DESCRIPTION, RESOLUTION]


def codes(check: Check) -> list[str]:
    return [f.code for f in check.failures]


def test_faithful_sentence_passes() -> None:
    check = verify_sentence("The committee noted the draft Fernmoor Community Safety Plan 2025-2028.", CITED)
    assert check == Check(True, ())
    assert check.as_json() == {"passed": True, "failures": []}


def test_no_citation() -> None:
    check = verify_sentence("The committee noted the plan.", [])
    assert codes(check) == ["no_citation"]
    assert not check.passed
    assert codes(verify_sentence("The committee noted the plan.", ["   "])) == ["no_citation"]


def test_failure_json_shape() -> None:
    check = verify_sentence("The committee noted the plan.", [])
    assert check.as_json() == {
        "passed": False,
        "failures": [{"code": "no_citation", "detail": check.failures[0].detail}],
    }
    assert isinstance(check.failures[0], Failure)


class TestQuotes:
    def test_invented_quote(self) -> None:
        check = verify_sentence("Chief Inspector Osei called the plan “a turning point for the town”.", CITED)
        assert "quote_not_found" in codes(check)

    def test_curly_and_straight_quotes_and_whitespace_match(self) -> None:
        passage = 'Members described the scheme as "long  overdue – and welcome" during the debate.'
        for sentence in (
            "Members described the scheme as “long overdue – and welcome”.",
            'Members described the scheme as "long overdue - and welcome".',
            "Members described the scheme as ‘long overdue — and welcome’.",
        ):
            assert verify_sentence(sentence, [passage]).passed, sentence

    def test_quote_must_be_in_one_passage(self) -> None:
        check = verify_sentence(
            "Members said “long overdue and welcome”.", ["It was long overdue.", "and welcome"]
        )
        assert "quote_not_found" in codes(check)

    def test_apostrophes_are_not_quotes(self) -> None:
        check = verify_sentence(
            "Members' concerns about the Partnership's data were noted.",
            ["Members' concerns about the Partnership's data were noted."],
        )
        assert check.passed


class TestFigures:
    @pytest.mark.parametrize("date", ["18 March 2025", "18th March 2025", "18/03/2025", "March 18, 2025"])
    def test_date_spellings_match(self, date: str) -> None:
        assert verify_sentence(f"Cabinet will consider the Plan on {date}.", CITED).passed

    def test_changed_date(self) -> None:
        check = verify_sentence("Cabinet will consider the Plan on 19th March 2025.", CITED)
        assert codes(check) == ["date_mismatch"]

    def test_changed_year(self) -> None:
        check = verify_sentence(
            "The committee noted the draft Fernmoor Community Safety Plan 2025-2029.", CITED
        )
        assert "date_mismatch" in codes(check)

    @pytest.mark.parametrize("amount", ["£1,234,567", "£1.2m", "£1.23 million", "£1.2 million"])
    def test_money_spellings_and_fair_rounding(self, amount: str) -> None:
        assert verify_sentence(
            f"The Partnership received {amount} from the Safer Streets Fund.", CITED
        ).passed

    @pytest.mark.parametrize("amount", ["£1.5m", "£1,243,567", "£12m"])
    def test_changed_money(self, amount: str) -> None:
        check = verify_sentence(f"The Partnership received {amount} from the Safer Streets Fund.", CITED)
        assert codes(check) == ["number_mismatch"]

    def test_exact_millions_equal_spelled_out(self) -> None:
        assert verify_sentence("The fund gave £1.2m.", ["The fund gave £1,200,000 to the town."]).passed
        assert not verify_sentence("The fund gave £1.2m.", ["The fund gave £1,300,000 to the town."]).passed

    def test_percentages(self) -> None:
        assert verify_sentence("Knife crime fell by 12.4 per cent across the town.", CITED).passed
        assert verify_sentence("Knife crime fell by 12% across the town.", CITED).passed
        assert codes(verify_sentence("Knife crime fell by 15% across the town.", CITED)) == [
            "number_mismatch"
        ]

    def test_number_words(self) -> None:
        assert verify_sentence("3 neighbourhood teams were in place.", CITED).passed
        assert verify_sentence("The update is due in 6 months on knife crime figures.", [RESOLUTION]).passed
        assert codes(verify_sentence("Four neighbourhood teams were in place.", CITED)) == ["number_mismatch"]

    def test_minute_reference(self) -> None:
        passage = "Further to Minute 13/24, the Committee received an update on street lighting."
        assert verify_sentence(
            "Further to Minute 13/24, members had an update on street lighting.", [passage]
        ).passed
        check = verify_sentence(
            "Further to Minute 31/24, members had an update on street lighting.", [passage]
        )
        assert codes(check) == ["number_mismatch"]


class TestNames:
    def test_swapped_person(self) -> None:
        check = verify_sentence("Chief Inspector Patel of Fernmoor Police presented the plan.", CITED)
        assert codes(check) == ["entity_not_found"]

    def test_titled_surname_is_enough(self) -> None:
        assert verify_sentence("Chief Inspector Osei of Fernmoor Police presented the plan.", CITED).passed
        passage = "Councillor A. Patel asked about street lighting in Ashby Ward."
        assert verify_sentence(
            "Councillor Patel asked about street lighting in Ashby Ward.", [passage]
        ).passed

    def test_unknown_organisation(self) -> None:
        check = verify_sentence("Harbour Housing Trust presented the draft plan.", CITED)
        assert "entity_not_found" in codes(check)

    def test_sentence_opening_word_is_not_a_name(self) -> None:
        assert verify_sentence("Members noted the draft Fernmoor Community Safety Plan.", CITED).passed


class TestOutcomes:
    def test_noted_is_not_approved(self) -> None:
        check = verify_sentence("The committee approved the draft Fernmoor Community Safety Plan.", CITED)
        assert codes(check) == ["outcome_mismatch"]

    def test_future_step_is_not_approved(self) -> None:
        check = verify_sentence("Cabinet approved the Plan on 18th March 2025.", [DESCRIPTION])
        assert codes(check) == ["outcome_mismatch"]

    def test_recommendation_to_cabinet_is_not_approved(self) -> None:
        passage = "RESOLVED that the Committee recommends to Cabinet that the Parking Strategy be approved."
        assert codes(verify_sentence("The committee approved the Parking Strategy.", [passage])) == [
            "outcome_mismatch"
        ]
        assert verify_sentence("The committee recommended the Parking Strategy to Cabinet.", [passage]).passed

    @pytest.mark.parametrize(
        ("sentence", "passage"),
        [
            (
                "The application was refused.",
                "RESOLVED that the application be granted planning permission.",
            ),
            ("The item was deferred.", "RESOLVED that the Tree Strategy be adopted."),
            ("Members agreed the new fees.", "RESOLVED that the new fees be noted."),
            ("The council rejected the motion on parking.", "RESOLVED that the motion on parking be noted."),
        ],
    )
    def test_asserted_outcome_must_be_recorded(self, sentence: str, passage: str) -> None:
        assert codes(verify_sentence(sentence, [passage])) == ["outcome_mismatch"]

    def test_approval_of_another_item_does_not_count(self) -> None:
        passages = [
            "RESOLVED that the Allotments Policy be noted.",
            "RESOLVED that the fees and charges for 2025/26 be approved.",
        ]
        assert codes(verify_sentence("The committee approved the Allotments Policy.", passages)) == [
            "outcome_mismatch"
        ]
        assert verify_sentence("The committee approved the fees and charges for 2025/26.", passages).passed

    def test_agreed_and_approved_support_each_other(self) -> None:
        assert verify_sentence(
            "Cabinet approved the grant scheme.", ["RESOLVED that the grant scheme be agreed."]
        ).passed

    def test_noted_where_the_minutes_record_a_refusal(self) -> None:
        passage = "RESOLVED that planning permission for the garage conversion be refused."
        assert codes(verify_sentence("The committee noted the garage conversion.", [passage])) == [
            "outcome_mismatch"
        ]


class TestSupport:
    def test_invented_claim(self) -> None:
        check = verify_sentence("Members criticised delays in recruiting social workers for children.", CITED)
        assert codes(check) == ["unsupported"]
        assert str(round(SUPPORT_THRESHOLD * 100)) in check.failures[0].detail

    def test_paraphrase_with_framing_words_passes(self) -> None:
        sentence = "The committee discussed knife crime figures and asked for an update in six months."
        assert verify_sentence(sentence, CITED).passed

    def test_threshold_is_a_share_of_content_words(self) -> None:
        passage = "Street lighting in Ashby Ward will be replaced with LED lamps."
        # five content words, all present
        assert verify_sentence("Ashby Ward street lighting gets LED lamps.", [passage]).passed
        # the same words, outnumbered by new ones
        check = verify_sentence(
            "Ashby Ward lamps prompted complaints, petitions, vandalism and outrage.", [passage]
        )
        assert "unsupported" in codes(check)


def test_hyphenation_does_not_change_a_name() -> None:
    passage = "The Scrutiny Co-ordination Committee noted the report on anti-social behaviour."
    assert verify_sentence(
        "The Scrutiny Coordination Committee noted the antisocial behaviour report.", [passage]
    ).passed


def test_approval_by_another_named_body_does_not_support_this_bodys_approval() -> None:
    passage = (
        "The Committee received a Briefing Note on the Safer Streets Priorities, which were approved by the "
        "Fernmoor Police and Crime Board in May."
    )
    check = verify_sentence("The Committee approved the Safer Streets Priorities.", [passage])
    assert codes(check) == ["outcome_mismatch"]
    assert verify_sentence(
        "The Fernmoor Police and Crime Board approved the Safer Streets Priorities.", [passage]
    ).passed


class TestFutureClaims:
    def test_invented_commitment_is_unsupported(self) -> None:
        passage = (
            "Members asked about delays to the new control room system, which had been installed in 2024."
        )
        check = verify_sentence("The new control room system will be working fully by 2024.", [passage])
        assert codes(check) == ["unsupported"]
        assert "will happen" in check.failures[0].detail

    def test_future_step_in_the_source_supports_it(self) -> None:
        assert verify_sentence("Cabinet will consider the Plan on 18 March 2025.", CITED).passed

    def test_a_proposal_or_a_decision_supports_a_would(self) -> None:
        proposal = "The report proposed that the library close on Mondays to save £38,000 a year."
        assert verify_sentence("Closing the library on Mondays would save £38,000 a year.", [proposal]).passed
        decision = "RESOLVED that an additional £250,000 be allocated to damp and mould repairs."
        assert verify_sentence("An extra £250,000 will go to damp and mould repairs.", [decision]).passed


def test_small_counts_a_writer_makes_are_not_figures_to_find() -> None:
    passage = "The Committee noted that Harbour Street and Main Street toilets close on 31 March 2025."
    assert verify_sentence("The two toilets close on 31 March 2025.", [passage]).passed
    invented = verify_sentence("Ten toilets close on 31 March 2025.", [passage])
    assert [f.code for f in invented.failures] == ["number_mismatch"]


def test_plain_english_outcome_phrases_are_claims() -> None:
    deferred = "RESOLVED that consideration of the application be deferred for a site visit."
    check = verify_sentence("Councillors turned down the application.", [deferred])
    assert [f.code for f in check.failures] == ["outcome_mismatch"]
    assert verify_sentence("Councillors put off the application for a site visit.", [deferred]).passed
    refused = "RESOLVED that planning permission be refused."
    assert verify_sentence("Councillors turned down planning permission.", [refused]).passed


def test_views_of_consultees_are_not_the_bodys_outcome() -> None:
    passage = "The Board noted that 71% of the 7,914 consultation responses supported bus franchising."
    assert verify_sentence("71% of the 7,914 responses supported bus franchising.", [passage]).passed


def test_the_minutes_own_words_pass_but_words_cut_from_mid_sentence_are_checked() -> None:
    cited = ["7. PLAN\nMembers said it was wrong to approve the plan before the survey. The plan was noted."]
    assert verify_sentence("The plan was noted.", cited).passed
    # from the middle of a sentence: checked in full, and the outcome is not what the minutes record
    assert not verify_sentence("approve the plan before the survey", cited).passed
