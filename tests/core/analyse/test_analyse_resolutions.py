"""RESOLVED clauses and their outcome labels, including the future-step rule."""

import pytest

from councilwatch.core.analyse.minutes import analyse_minutes, find_resolutions
from councilwatch.core.analyse.outcomes import Outcome
from councilwatch.core.analyse.votes import find_votes


def test_inline_numbered_clauses_with_lead():
    text = (
        "RESOLVED that the Scrutiny Co-ordination Committee:- 1) Notes the annual report. "
        "2) Requests a briefing on waiting lists. 3) Recommends to Cabinet that the Plan be approved."
    )
    found = find_resolutions(text)
    assert [(r.number, r.outcome) for r in found] == [
        ("1)", Outcome.NOTED),
        ("2)", Outcome.REQUESTED),
        ("3)", Outcome.RECOMMENDED),
    ]
    assert found[0].lead == "that the Scrutiny Co-ordination Committee:-"
    assert found[2].recommended_to == "Cabinet"
    assert found[0].text == "Notes the annual report."


def test_clauses_one_per_line_stop_at_the_next_paragraph():
    text = (
        "RESOLVED that the Board:\n(a) notes the update;\n(b) agrees the revised timetable;\n"
        "(c) defers the fees review to July.\nThe Chair thanked the officers for their work.\n"
    )
    found = find_resolutions(text)
    assert [r.number for r in found] == ["(a)", "(b)", "(c)"]
    assert [r.outcome for r in found] == [Outcome.NOTED, Outcome.AGREED, Outcome.DEFERRED]
    assert all("thanked" not in r.text for r in found)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("RESOLVED that the report be noted.", Outcome.NOTED),
        (
            "Resolved:\nThat the Housing Strategy 2025-2030 be approved.\n\nThe meeting ended.",
            Outcome.APPROVED,
        ),
        ("After debate it was resolved that the application be refused.", Outcome.REFUSED),
        ("RESOLVED that the item be deferred to the next meeting.", Outcome.DEFERRED),
        ("RESOLVED that the petition be referred to the Planning Committee.", Outcome.REFERRED),
        ("RESOLVED that the Director be requested to report back on the scheme.", Outcome.REQUESTED),
        ("RECOMMENDED to Council that the revised Constitution be adopted.", Outcome.RECOMMENDED),
        ("RESOLVED that the revised terms of reference be agreed.", Outcome.AGREED),
        ("RESOLVED that the Chair writes a letter of thanks.", Outcome.OTHER),
    ],
)
def test_single_sentence_resolutions_get_their_outcome(text, outcome):
    found = find_resolutions(text)
    assert len(found) == 1
    assert found[0].outcome is outcome
    assert found[0].number == ""


def test_recommendation_is_never_an_approval():
    (clause,) = find_resolutions("RECOMMENDED to Council that the budget be approved.")
    assert clause.outcome is Outcome.RECOMMENDED
    assert clause.recommended_to == "Council"


def test_capital_that_is_not_read_as_a_recipient():
    (clause,) = find_resolutions("RESOLVED:\n(a) That Council be recommended to set the tax at 4.99%.")
    assert clause.recommended_to == "Council"


def test_future_step_is_not_a_decision():
    text = (
        "12. Local Plan\nThe Committee considered the draft Local Plan.\n"
        "RESOLVED that the draft Local Plan be noted.\n"
        "Cabinet will consider the Local Plan on 18th March 2025.\n"
    )
    (item,) = analyse_minutes(text).items
    assert [r.outcome for r in item.resolutions] == [Outcome.NOTED]
    assert all("Cabinet will consider" not in r.text for r in item.resolutions)
    assert [s.text for s in item.future_steps] == ["Cabinet will consider the Local Plan on 18th March 2025."]


def test_resolution_spans_point_at_the_clause():
    text = "Intro.\nRESOLVED that the Panel:\n1) Notes the report.\n2) Agrees the plan.\n"
    found = find_resolutions(text)
    for clause in found:
        assert clause.text.rstrip(".") in text[clause.start : clause.end]
        assert "the Panel" in text[clause.lead_start : clause.lead_end]


def test_text_without_resolutions():
    assert find_resolutions("The Committee discussed the report at length.") == []


def test_decision_marker_and_a_following_heading_ends_the_block():
    text = (
        "DECISION: (a) to approve the grant; (b) to note the risks.\n5. Parking\n"
        "Decision:\nThat the Cabinet approves the Parking Strategy.\n"
    )
    found = find_resolutions(text)
    assert [(r.number, r.outcome) for r in found] == [
        ("(a)", Outcome.APPROVED),
        ("(b)", Outcome.NOTED),
        ("", Outcome.APPROVED),
    ]
    assert "Parking\n" not in found[1].text and found[1].text == "to note the risks."


def test_wrapped_single_clause_is_joined():
    (clause,) = find_resolutions(
        "RESOLVED that the report be noted and that the Director be asked to\nreport back in June.\n"
        "The meeting closed at 4.10 pm.\n"
    )
    assert clause.text == "that the report be noted and that the Director be asked to report back in June."


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("The motion was carried.", Outcome.AGREED),
        ("Upon being put to the vote, the amendment was declared lost.", Outcome.REFUSED),
        ("The amendment to raise the levy to 2.5% was put to the vote and lost.", Outcome.REFUSED),
        ("The motion was withdrawn by the mover.", Outcome.OTHER),
    ],
)
def test_votes_outside_resolved_blocks(text, outcome):
    (vote,) = find_votes(text)
    assert vote.outcome is outcome and vote.text == text


def test_talking_about_a_motion_is_not_a_vote():
    assert find_votes("Members discussed the motion at length before the break.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "RESOLVED that the Committee:\n\n1) Notes the report.\n\n2) Agrees the plan.\n\n14. Next Item\n",
            [("1)", "Notes the report."), ("2)", "Agrees the plan.")],
        ),
        (
            "RESOLVED:\n\ni. That the report be noted.\nii. That the plan be approved.\n",
            [("i.", "That the report be noted."), ("ii.", "That the plan be approved.")],
        ),
        (
            "RESOLVED that:\na. the report be noted;\nb. the plan be approved.\n",
            [("a.", "the report be noted"), ("b.", "the plan be approved.")],
        ),
        (
            "RESOLVED that the Board:\n- notes the report;\n- agrees the plan.\n",
            [("•", "notes the report"), ("•", "agrees the plan.")],
        ),
        (
            "RESOLVED that the Committee:\n\n1) Notes the report.\n\nThe Chair closed the meeting.\n",
            [("1)", "Notes the report.")],
        ),
        ("After discussion the Committee resolved to note the report.\n", [("", "to note the report.")]),
        (
            "RESOLVED that the Committee:\n1. Notes Appendix A\n2. Agrees the plan\n"
            "3. Road Safety Review\nText.\n",
            [("1.", "Notes Appendix A"), ("2.", "Agrees the plan")],
        ),
        (
            "RESOLVED that the Committee:\n1) Notes the report and\nPage 4\nits appendices;\n"
            "2) Agrees the plan.\n",
            [("1)", "Notes the report and its appendices"), ("2)", "Agrees the plan.")],
        ),
        (
            "RESOLVED:\nThat the report be noted.\nThat the Director writes to the operator.\n\n"
            "The Chair closed.\n",
            [("", "That the report be noted."), ("", "That the Director writes to the operator.")],
        ),
        (
            "RESOLVED that the report be noted. The Chair thanked the officers.\n",
            [("", "that the report be noted.")],
        ),
        (
            "Decision\nThe Committee:-\n(1) noted the report; and\n(2) agreed to hold a workshop in May.\n\n"
            "5. Next Item\n",
            [("(1)", "noted the report"), ("(2)", "agreed to hold a workshop in May.")],
        ),
        (
            "After discussion, the Board agreed to grant the licence subject to conditions.\n",
            [("", "to grant the licence subject to conditions.")],
        ),
        (
            "RESOLVED (7 for, 1 against) to set the fee at £120.\n",
            [("", "(7 for, 1 against) to set the fee at £120.")],
        ),
        ("Members agreed the presentation had been useful.\n", []),
        ("**Resolved:** That the report be noted.\n", [("", "That the report be noted.")]),
        ("RESOLVED that the report be noted.\n\n## 15. Budget\nText.\n", [("", "that the report be noted.")]),
    ],
)
def test_clause_layouts(text, expected):
    assert [(r.number, r.text) for r in find_resolutions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Members noted the report.\n", [("Members noted the report.", Outcome.NOTED)]),
        (
            "The minute of the meeting held on 3 May 2025 was approved as a correct record.\n",
            [
                (
                    "The minute of the meeting held on 3 May 2025 was approved as a correct record.",
                    Outcome.APPROVED,
                )
            ],
        ),
        (
            "Councillor Shah moved the motion. On the recorded vote the motion was declared LOST.\n",
            [("On the recorded vote the motion was declared LOST.", Outcome.REFUSED)],
        ),
        (
            "The Cabinet considered the exempt report and agreed the recommendations set out in it.\n",
            [
                (
                    "The Cabinet considered the exempt report and agreed the recommendations set out in it.",
                    Outcome.APPROVED,
                )
            ],
        ),
        # discussion and item openings are not decisions
        ("Members noted that the overspend was driven by agency staff.\n", []),
        ("The Committee received a report of the Director of Place, which set out three options.\n", []),
        ("Members welcomed the improvement but asked for regular updates.\n", []),
    ],
)
def test_decisions_written_as_plain_sentences(text: str, expected: list[tuple[str, Outcome]]) -> None:
    assert [(r.text, r.outcome) for r in find_resolutions(text)] == expected


def test_a_lead_without_a_colon_keeps_its_whole_list() -> None:
    text = (
        "RESOLVED: That Cabinet\n(a) recommends to Council a budget of £612.3m;\n"
        "(b) approves £3.4 million for Family Hubs;\n(c) notes the risks in section 9.\n\nNext item.\n"
    )
    found = find_resolutions(text)
    assert [r.number for r in found] == ["(a)", "(b)", "(c)"]
    assert [r.outcome for r in found] == [Outcome.RECOMMENDED, Outcome.APPROVED, Outcome.NOTED]


def test_the_outer_list_wins_over_numbers_inside_an_item() -> None:
    text = (
        "DECISION: That the Executive:\n(a) accepts recommendations (1) and (2) of the Scrutiny Committee;\n"
        "(b) rejects recommendation (3), concerning Sunday parking.\n"
    )
    found = find_resolutions(text)
    assert [(r.number, r.outcome) for r in found] == [("(a)", Outcome.AGREED), ("(b)", Outcome.REFUSED)]


def test_a_list_of_conditions_belongs_to_its_one_decision() -> None:
    text = (
        "It was RESOLVED that planning permission be granted subject to the following conditions:\n"
        "1. the development shall begin within three years;\n2. no external lighting shall be installed.\n"
    )
    found = find_resolutions(text)
    assert [(r.text, r.outcome) for r in found] == [
        ("that planning permission be granted subject to the following conditions:", Outcome.APPROVED)
    ]


def test_numbered_clauses_spaced_out_after_a_first_clause_on_the_marker_line() -> None:
    text = (
        "Resolved – (1) That the Healthwatch report be received.\n\n"
        "(2) That the report be referred to the Health Scrutiny Committee.\n\n"
        "(3) That the Trust be requested to respond to the next meeting.\n\n"
        "The Chair thanked the presenters.\n"
    )
    assert [r.outcome for r in find_resolutions(text)] == [Outcome.NOTED, Outcome.REFERRED, Outcome.REQUESTED]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Minute of Meeting of the Board held on 28 November 2024 was submitted and approved as a "
            "correct record.",
            Outcome.APPROVED,
        ),
        (
            "Payments totalling £2,946.30, as listed in the schedule, were approved on the proposal of "
            "Cllr Tegid.",
            Outcome.APPROVED,
        ),
        (
            "The minutes of the meeting held on 11th February 2025 were accepted as a true record, on the "
            "proposal of Cllr Daniels, and were signed by the Chair.",
            Outcome.APPROVED,
        ),
        (
            "Cllr Argyle was appointed as the Council's representative on the Village Hall Committee.",
            Outcome.OTHER,
        ),
    ],
)
def test_more_narrative_decisions(text: str, expected: Outcome) -> None:
    assert [r.outcome for r in find_resolutions(f"Some discussion took place.\n\n{text}\n")] == [expected]


def test_a_narrative_decision_stops_before_a_step_still_to_come() -> None:
    text = (
        "The Clerk was asked to circulate the consultation to all Members, and a response would be agreed "
        "at the April meeting.\n"
    )
    (found,) = find_resolutions(text)
    assert found.outcome is Outcome.REQUESTED
    assert "April" not in found.text


def test_a_title_in_a_name_is_not_an_instruction() -> None:
    (found,) = find_resolutions(
        "Resolved – That the Director of Public Health Annual Report 2024 be received.\n"
    )
    assert found.outcome is Outcome.NOTED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agreed – that the report be noted.\n", [Outcome.NOTED]),
        ("Decision: Approved.\n", [Outcome.APPROVED]),
        ("Resolution: That the work programme be agreed.\n", [Outcome.AGREED]),
        (
            "Resolved: To accept the quote from Green Ltd for £1,200 (proposed Cllr Ames, seconded "
            "Cllr Bell).\n",
            [Outcome.APPROVED],
        ),
        (
            "The Board:\n(a) noted the performance report;\n(b) agreed the revised risk register.\n",
            [Outcome.NOTED, Outcome.AGREED],
        ),
        ("Councillors voted to approve the plan.\n", [Outcome.APPROVED]),
        ("DECIDED: That the report be noted.\n", [Outcome.NOTED]),
        ("Decided – that the fees be approved.\n", [Outcome.APPROVED]),
        ("The Sub-Committee determined to grant the application.\n", [Outcome.APPROVED]),
        ("Received and noted.\n", [Outcome.NOTED]),
        ("Approval was given for the purchase of a defibrillator at a cost of £1,350.\n", [Outcome.APPROVED]),
        (
            "The Panel made the following recommendations to Cabinet:\n(a) that the charges be frozen;\n"
            "(b) that free parking continue on Sundays.\n",
            [Outcome.RECOMMENDED, Outcome.RECOMMENDED],
        ),
        (
            "RESOLVED\n\n1. That the report be noted.\n\n2. That a further report be brought to the "
            "March meeting.\n",
            [Outcome.NOTED, Outcome.REQUESTED],
        ),
    ],
)
def test_other_house_styles(text: str, expected: list[Outcome]) -> None:
    found = find_resolutions(f"5. ITEM\n\nSome discussion took place.\n\n{text}")
    assert [r.outcome for r in found] == expected


def test_a_list_of_recommendations_names_its_recipient() -> None:
    found = find_resolutions(
        "5. PARKING\n\nThe Panel made the following recommendations to Cabinet:\n(a) that the charges be "
        "frozen;\n(b) that free parking continue on Sundays.\n"
    )
    assert [r.recommended_to for r in found] == ["Cabinet", "Cabinet"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Board NOTED the inspection report and the Service's initial response.\n", [Outcome.NOTED]),
        ("The Panel NOTED WITH CONCERN that answer times had risen to nine minutes.\n", [Outcome.NOTED]),
        ("Clerk to obtain a price for repairing the defibrillator cabinet.\n", [Outcome.REQUESTED]),
        ("Action: Clerk to notify the County Council of the precept.\n", [Outcome.REQUESTED]),
        (
            "Having considered the evidence, the Sub-Committee determined to suspend the licence for six "
            "weeks.\n",
            [Outcome.OTHER],
        ),
        ("The Sub-Committee determined to revoke the licence with immediate effect.\n", [Outcome.OTHER]),
        (
            "The Board asked the Director of Public Health to bring a plan to the September meeting.\n",
            [Outcome.REQUESTED],
        ),
        (
            "Agreed and signed as a correct record: the minutes of the meeting held on 15 January 2025.\n",
            [Outcome.APPROVED],
        ),
    ],
)
def test_narrative_decisions_in_capitals_and_action_lines(text: str, expected: list[Outcome]) -> None:
    found = find_resolutions(f"5. ITEM\n\nSome discussion took place.\n\n{text}")
    assert [r.outcome for r in found] == expected


def test_a_decisions_table_written_as_text() -> None:
    text = (
        "RECORD OF DECISIONS\n"
        "Item | Subject | Decision | Vote\n"
        "3 | Minutes of 22 November 2024 | Approved as a correct record | 3/0/0\n"
        "4 | Reserves | Chief Finance Officer to report on the level of reserves to the June meeting | –\n"
        "5 | Rail halt | Recommendation to the Welsh Government: that the halt be reopened | 3/0/0\n"
        "6 | Delivery Agreement | Deferred to the March meeting | 4/0/0\n"
        "\nThe next meeting will be held on 21 March 2025.\n"
    )
    found = find_resolutions(text)
    assert [(r.outcome, r.recommended_to) for r in found] == [
        (Outcome.APPROVED, ""),
        (Outcome.REQUESTED, ""),
        (Outcome.RECOMMENDED, "Welsh Government"),
        (Outcome.DEFERRED, ""),
    ]
    assert found[0].text == "Approved as a correct record"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parish clerk's mid-line marker, lower case, after the application it decides
        (
            "(a) 25/0101/HH – 4 Mill Lane: new porch. resolved – no objection.\n(b) 25/0102/FUL – barn.\n",
            [Outcome.OTHER],
        ),
        (
            "(a) Resolved: that the payments totalling £1,204.50 be approved.\n"
            "(b) Resolved: that a grant of £300 be made to the village hall committee.\n",
            [Outcome.APPROVED, Outcome.APPROVED],
        ),
        (
            "Decision(s):\n(i) That a decision on the bus gate be deferred until counts are complete.\n"
            "(ii) That officers be asked to meet the bus operator.\n\nReason: to protect bus times.\n",
            [Outcome.DEFERRED, Outcome.REQUESTED],
        ),
        (
            "The Council resolved under Section 50A(4) of the Local Government (Scotland) Act 1973 to "
            "exclude the public for the following item.\n",
            [Outcome.OTHER],
        ),
        # a heading marker, then the body's own verb inside the one sentence it leads: one decision
        (
            "DECISION\n\nHaving regard to the police objection, the Sub-Committee decided to give a counter "
            "notice, so that the event may not take place.\n",
            [Outcome.REFUSED],
        ),
    ],
)
def test_markers_mid_line_lower_case_and_inside_a_led_sentence(text: str, expected: list[Outcome]) -> None:
    found = find_resolutions(f"7. ITEM\n\nMembers discussed the matter.\n\n{text}")
    assert [r.outcome for r in found] == expected


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("Councillor Pryce's motion was accordingly declared lost.", Outcome.REFUSED),
        ("The proposal to shut the harbour car park in winter accordingly fell.", Outcome.REFUSED),
        ("On a vote there were 3 for the amendment and 8 against, and the amendment fell.", Outcome.REFUSED),
        (
            "On being put to the vote the motion to take no further action was LOST, 2 for and 6 against.",
            Outcome.REFUSED,
        ),
        ("The request from the bowls club for a fee waiver was not approved.", Outcome.REFUSED),
        ("The complaint about the blocked bridleway was referred to the County Council.", Outcome.REFERRED),
        ("Councillor Adeyemi was elected Chair for the hearing.", Outcome.OTHER),
        (
            "On the nomination of Councillor Reid, seconded by Councillor Muir, the Board appointed "
            "Councillor Shona Bain as Convener.",
            Outcome.OTHER,
        ),
        ("The Panel went into private session to consider its view.", Outcome.OTHER),
        ("Cabinet did not support Option C, the sale of the depot site.", Outcome.REFUSED),
        ("Apologies were received and accepted from Councillors Hale and Moss.", Outcome.OTHER),
        ("Action: the Clerk to report the fallen sign to the highways team.", Outcome.REQUESTED),
    ],
)
def test_narrative_decisions_without_a_marker(sentence: str, outcome: Outcome) -> None:
    found = find_resolutions(f"4. ITEM\n\nThe Chair introduced the item.\n{sentence}\n\n5. NEXT ITEM\n")
    assert [r.outcome for r in found] == [outcome]
    assert found[0].text == sentence


def test_an_amendment_moved_is_not_a_decision_until_it_is_lost() -> None:
    text = "6. MOTION\n\nAn amendment was moved by Councillor Shah and seconded by Councillor Dunn.\n"
    assert find_resolutions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Northern Ireland: a proposer and seconder, then "and agreed that"
        (
            "Proposed by Councillor Quinn, seconded by Councillor Armour and\nagreed that a charge of £75 "
            "per stall be introduced for the market.\n",
            [Outcome.APPROVED],
        ),
        ("Members discussed it and agreed that the talk had been useful.\n", []),
        ("Agreed that the request be referred to the Environment Committee.\n", [Outcome.REFERRED]),
        ("(a) 26/0181/FUL – 9 Orchard Close – side extension. Agreed: no objection.\n", [Outcome.OTHER]),
        ("Outcome: The Sub-Committee revoked the driver's licence with immediate effect.\n", [Outcome.OTHER]),
        # text taken from a PDF, broken mid-sentence
        ("RESOLVED: that Cllr\nRosalind Hebden be elected Chair of the Council.\n", [Outcome.OTHER]),
        ("The Council noted\nthe internal auditor's report.\n", [Outcome.NOTED]),
        # a list of grants, one indented line each
        (
            "Resolved – to award the following grants:\n  Scouts – minibus repairs: £1,500\n"
            "  Bloom group – planters: £900\nThe Clerk will write to each group.\n",
            [Outcome.APPROVED, Outcome.APPROVED],
        ),
    ],
)
def test_more_house_styles(text: str, expected: list[Outcome]) -> None:
    found = find_resolutions(f"9. ITEM\n\nThe Chair introduced the item.\n\n{text}")
    assert [r.outcome for r in found] == expected


def test_a_standards_hearing_lists_its_findings_and_decisions() -> None:
    text = (
        "The Sub-Committee, having considered the report and the views of the Independent Person, made the "
        "following findings and decisions.\n\n(a) Allegation 1 is upheld.\n\n(b) Councillor Hart is formally "
        "censured.\n\n(c) That the Monitoring Officer be asked to arrange training for Councillor Hart.\n"
    )
    found = find_resolutions(text)
    assert [r.number for r in found] == ["(a)", "(b)", "(c)"]
    assert found[2].outcome is Outcome.REQUESTED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Sub-Committee determined to:\n\n(a) grant the licence from 11:00 to 23:00;\n\n"
            "(b) refuse late night refreshment after 00:00.\n\nReasons: the evidence of the police.\n",
            [Outcome.APPROVED, Outcome.REFUSED],
        ),
        (
            "The Committee resolved, under Section 50A(4) of the Local Government (Scotland) Act 1973, to "
            "exclude the press and public.\n",
            [Outcome.OTHER],
        ),
        (
            "RESOLVED: That the Committee\n\n(1) notes the report;\n\n(2) requests a further update.\n",
            [
                Outcome.NOTED,
                Outcome.REQUESTED,
            ],
        ),
        ("It was agreed that the Council's response support Option 2.\n", [Outcome.AGREED]),
        ("It was agreed that this did not prevent him from taking part.\n", []),
    ],
)
def test_leads_asides_and_impersonal_agreement(text: str, expected: list[Outcome]) -> None:
    found = find_resolutions(f"3. ITEM\n\nThe Chair introduced the item.\n\n{text}")
    assert [r.outcome for r in found] == expected


def test_an_aside_before_the_clause_is_not_part_of_it() -> None:
    text = "It was resolved, in view of the confidential business, to exclude the press and public.\n"
    assert [r.text for r in find_resolutions(text)] == ["to exclude the press and public."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two decisions in one narrative sentence
        (
            "Members noted the quarterly report and asked that a breakdown by service be provided.\n",
            [
                Outcome.NOTED,
                Outcome.REQUESTED,
            ],
        ),
        ("Agreed to buy replacement pads for the defibrillator at a cost of £184.\n", [Outcome.APPROVED]),
        (
            "c) Section 137: Resolved: To give £150 to the village hall towards its boiler.\n",
            [Outcome.APPROVED],
        ),
        ("a) Letter from the Welsh Government about the grant scheme: noted.\n", [Outcome.NOTED]),
        (
            "b) Use of the playing field for a tractor run: members agreed to give permission.\n",
            [Outcome.APPROVED],
        ),
        ("The motion was not supported, with 5 votes for and 11 against.\n", [Outcome.REFUSED]),
    ],
)
def test_small_council_shorthand(text: str, expected: list[Outcome]) -> None:
    found = find_resolutions(f"6. ITEM\n\nThe Clerk reported.\n\n{text}")
    assert [r.outcome for r in found] == expected


def test_how_a_vote_was_taken_is_not_part_of_the_decision() -> None:
    text = "On being put to the vote by a show of hands, the amendment moved by Councillor Lake was LOST.\n"
    found = find_resolutions(text)
    assert [(r.text, r.outcome) for r in found] == [
        ("the amendment moved by Councillor Lake was LOST.", Outcome.REFUSED)
    ]


def test_a_parish_consultation_table_gives_each_reply() -> None:
    text = (
        "Application | Site | Proposal | Observations of the Council\n"
        "FUL/26/0612 | Maes y Ffynnon | Farm building | No objection, subject to the hedgerow being kept\n"
        "HH/26/0651 | 4 Bro Rhiwen | Rear extension | No observations\n"
        "\nThe Clerk will send the replies.\n"
    )
    assert [r.outcome for r in find_resolutions(text)] == [Outcome.OTHER, Outcome.OTHER]


def test_people_consulted_are_not_the_body_deciding() -> None:
    text = (
        "4. COMMUNITY SAFETY\n\nThe document drew on local data and on a public survey, where members "
        "of the public were asked for their views on community safety in the city.\n"
    )
    assert find_resolutions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dash list of grants, each with its own verdict after a colon
        (
            "Grant applications were considered:\n  – Scout group, for tents: a grant of £200 was approved.\n"
            "  – Rugby club, towards a minibus: Members declined the application as the club is elsewhere.\n",
            [Outcome.APPROVED, Outcome.REFUSED],
        ),
        ("(a) 25/0101 – 3 Mill Lane – rear extension. The Council had no objection.\n", [Outcome.OTHER]),
        (
            "Members were concerned about flooding and resolved to ask the planning authority for a drainage "
            "condition.\n",
            [Outcome.REQUESTED],
        ),
        (
            "Having taken legal advice, the Sub-Committee declined the request to adjourn.\n",
            [Outcome.REFUSED],
        ),
        (
            "Consideration of the request was continued to the next meeting of the Board.\n",
            [Outcome.DEFERRED],
        ),
        ("The Clerk was also asked to chase the highway authority.\n", [Outcome.REQUESTED]),
        ("Village hall newsletter, winter edition. Received.\n", [Outcome.NOTED]),
        # reasons are not decisions, even with the body as subject after the colon
        ("Reasons: The Sub-Committee accepted the evidence of the Police about disorder.\n", []),
        # discussion with a request to see a site is not a decision
        ("Members expressed concern about the access and asked to see the site.\n", []),
    ],
)
def test_narrative_decisions_behind_dashes_colons_and_concerns(text: str, expected: list[Outcome]) -> None:
    found = find_resolutions(f"6. ITEM\n\nThe Clerk reported.\n\n{text}")
    assert [r.outcome for r in found] == expected


def test_a_one_line_decision_ends_before_the_next_application_heading() -> None:
    text = (
        "(b) Application No: 26/00111/HOU\nSite: 2 Elm Close\n\nDECISION: Granted subject to conditions\n\n"
        "(c) Application No: 26/00122/FUL\nSite: The Old Forge\n"
    )
    assert [r.text for r in find_resolutions(text)] == ["Granted subject to conditions"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Proposed by Alderman Gray,\nSeconded by Councillor Moore and agreed – That the contract be "
            "awarded to Hall Ltd at a cost of £12,400.\n",
            [Outcome.APPROVED],
        ),
        (
            "The Board found the ground for review established and agreed:-\n\n(i) to suspend the licence "
            "for 7 days;\n(ii) to issue a written warning to the licence holder.\n\nThe Board adjourned.\n",
            [Outcome.OTHER, Outcome.OTHER],
        ),
        (
            "Following debate, the amendment was put to the vote and lost, with two for and six against.\n",
            [Outcome.REFUSED],
        ),
        (
            "In accordance with Procedure Rule 12.3, the motion on lighting stood referred to Cabinet.\n",
            [Outcome.REFERRED],
        ),
    ],
)
def test_leads_in_passing_votes_and_motions_referred(text: str, expected: list[Outcome]) -> None:
    found = find_resolutions(f"6. ITEM\n\nThe Clerk reported.\n\n{text}")
    assert [r.outcome for r in found] == expected


def test_another_persons_act_is_cut_from_a_narrative_decision() -> None:
    text = (
        "Members noted the training calendar, and Cllr Hale and Cllr Bryn asked to join the first course.\n"
    )
    assert [r.text for r in find_resolutions(f"6. ITEM\n\n{text}")] == [
        "Members noted the training calendar."
    ]


def test_a_passive_aside_does_not_make_the_bodys_act_background() -> None:
    text = "The Sub-Committee noted the statement of the Independent Person, which was read out by Mr Lowe.\n"
    assert [r.outcome for r in find_resolutions(f"6. ITEM\n\n{text}")] == [Outcome.NOTED]


def test_an_executive_members_decisions_but_not_their_courtesies() -> None:
    text = (
        "The Executive Member approved the minutes of the session of 2 June 2026 as a correct record.\n\n"
        "The Executive Member thanked both speakers.\n"
    )
    assert [r.outcome for r in find_resolutions(f"1. MINUTES\n\n{text}")] == [Outcome.APPROVED]
