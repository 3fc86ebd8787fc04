"""The verifier on claims that a body asked, backed or approved something, and on reported speech.

Each pair shows the same claim passing where the minutes bear it out and failing where they do not.
"""

from __future__ import annotations

from councilwatch.core.verify import verify_sentence
from councilwatch.core.verify.audit import audit


def codes(sentence: str, cited: list[str], context: list[str] | None = None) -> list[str]:
    return [f.code for f in verify_sentence(sentence, cited, context or []).failures]


PAVILION = [
    "7. PAVILION ROOF\nThe Clerk reported that the pavilion roof had failed its inspection and that repairs "
    "would cost £18,000. Members discussed grants from the District Council.",
    "7. PAVILION ROOF\nRESOLVED that the repair of the pavilion roof be approved within the budget.",
]


def test_an_invented_request_is_an_outcome_mismatch() -> None:
    claim = "Councillors asked the Clerk to seek a grant from the District Council towards the pavilion roof."
    assert codes(claim, PAVILION) == ["outcome_mismatch"]
    recorded = [
        *PAVILION,
        "7. PAVILION ROOF\nRESOLVED that the Clerk seek a grant from the District Council.",
    ]
    assert codes(claim, recorded) == []


def test_what_someone_asked_the_body_for_is_not_a_request_by_it() -> None:
    cited = [
        "9. GRANTS\nThe Bowls Club asked for £600 towards a new boiler.",
        "9. GRANTS\nRESOLVED that the Bowls Club be granted £400 towards the boiler.",
    ]
    assert (
        codes("The council gave the bowls club £400 of the £600 it asked for, towards its boiler.", cited)
        == []
    )


def test_approval_for_consultation_is_not_approval_of_the_proposal() -> None:
    cited = [
        "6. GLENMORIE PRIMARY SCHOOL – PROPOSAL TO CONSULT\nThe Committee approved the proposal paper "
        "for the purposes of statutory consultation on the closure of Glenmorie Primary School."
    ]
    assert codes("The committee approved the closure of Glenmorie Primary School.", cited) == [
        "outcome_mismatch"
    ]
    assert codes("The committee approved consultation on closing Glenmorie Primary School.", cited) == []


def test_backing_a_budget_it_recommended_is_true_but_approving_it_is_not() -> None:
    cited = [
        "5. BUDGET 2025/26\nRESOLVED that Cabinet recommends to Council a net budget of £18.6m and a "
        "Council Tax increase of 2.99%."
    ]
    assert codes("Cabinet backed a net budget of £18.6m for Council.", cited) == []
    assert codes("Cabinet approved a net budget of £18.6m.", cited) == ["outcome_mismatch"]


def test_endorsing_a_recommendation_to_another_decider_is_no_approval() -> None:
    cited = [
        "4. BUS REFORM\nRESOLVED that the Board endorses the recommendation that the Mayor make the bus "
        "franchising scheme."
    ]
    assert codes("The Board approved the bus franchising scheme.", cited) == ["outcome_mismatch"]
    assert (
        codes("The Board endorsed the recommendation that the Mayor make the bus franchising scheme.", cited)
        == []
    )


def test_a_request_needs_a_record_about_the_same_matter_not_a_chance_word() -> None:
    cited = [
        "19. INVESTMENT PERFORMANCE\nMembers asked about the fund's cash holdings and the yield on gilts.",
        "19. INVESTMENT PERFORMANCE\nDECISION: The Head of Pensions was asked to arrange for the fund "
        "manager to attend the next meeting.",
    ]
    assert codes("Members asked officers to look into moving cash holdings into gilts.", cited) == [
        "outcome_mismatch"
    ]
    assert codes("Members asked for the fund manager to attend the next meeting.", cited) == []


def test_the_sources_opening_lines_complete_a_sentence() -> None:
    cited = ["3. DAY CENTRE\nThe committee referred the decision to close the day centre back to Cabinet."]
    context = ["MORLAKE BOROUGH COUNCIL", "Scrutiny Committee, 4 March 2025"]
    sentence = "Morlake scrutiny councillors sent the day centre closure back to Cabinet."
    assert codes(sentence, cited) == ["unsupported"]
    assert codes(sentence, cited, context) == []


def test_what_someone_said_must_be_in_the_minutes_not_just_its_words() -> None:
    cited = [
        "8. INSPECTION\nThe Head Teacher, Sandra Lyle, answered questions on the inspection findings for "
        "Braehead Academy and the academy's improvement plan, which members welcomed.",
    ]
    invented = "Sandra Lyle told councillors that Braehead Academy had already begun acting on the findings."
    assert codes(invented, cited) == ["unsupported"]
    true = (
        "Sandra Lyle told councillors that the improvement plan for Braehead Academy answered the findings."
    )
    assert codes(true, cited) == []


def test_a_figure_with_its_unit_written_on_is_checked() -> None:
    cited = [
        "6. RATES\nRESOLVED that a non-domestic district rate of 29.87p be struck. The turbine lay 520m away."
    ]
    assert codes("A non-domestic rate of 29.87p was struck.", cited) == []
    assert codes("A non-domestic rate of 29.78p was struck.", cited) == ["number_mismatch"]
    assert codes("The turbine lies 250m away.", cited) == ["number_mismatch"]


MINUTES = """NORTHBY COUNCIL
Planning Committee, 3 March 2025

12. PLANNING APPLICATIONS

(a) 24/0455/F – Twelve dwellings, land off Drumcree Road
The officer recommended approval.

RESOLVED that planning permission be granted subject to conditions.

(b) 24/0790/F – Single wind turbine, Slievemore Road
Members were concerned about the visual impact from Slievemore Road and the noise of the turbine.

RESOLVED that consideration of the application be deferred for a site visit.

13. NOTICE OF MOTION – SPEED LIMITS
Councillor Watkins moved that 30mph limits be restored on 38 roads. A recorded vote was taken:
For (19): Councillors Bevan, Bowen and 17 others.
Against (26): Councillors Ap Dafydd, Davies and 24 others.

The motion was declared LOST.
"""


def test_each_application_is_held_to_its_own_decision() -> None:
    result = audit(
        "The committee granted planning permission for the wind turbine on Slievemore Road.\n"
        "Consideration of the wind turbine on Slievemore Road was deferred for a site visit.",
        [("minutes.txt", MINUTES)],
    )
    swapped, faithful = result["sentences"]
    assert [f["code"] for f in swapped["failures"]] == ["outcome_mismatch"]
    assert faithful["supported"], faithful["failures"]


def test_a_vote_count_is_found_on_the_items_own_vote_lines() -> None:
    result = audit(
        "The motion to restore 30mph limits on 38 roads was lost by 26 votes to 19.\n"
        "The motion to restore 30mph limits on 38 roads was lost by 27 votes to 19.",
        [("minutes.txt", MINUTES)],
    )
    true, changed = result["sentences"]
    assert true["supported"], true["failures"]
    assert [f["code"] for f in changed["failures"]] == ["number_mismatch"]


def test_an_acronym_stands_for_the_name_it_spells() -> None:
    cited = [
        "9. GRANTS\nRESOLVED that the Pentrewern Parent Teacher Association be granted £250 for costumes."
    ]
    assert codes("The Pentrewern PTA was granted £250 for costumes.", cited) == []
    assert codes("The Pentrewern PTC was granted £250 for costumes.", cited) == ["entity_not_found"]
    # a request made to the body is not one the body made
    assert codes("The Pentrewern PTA's request for £250 for costumes was granted.", cited) == []


def test_requests_made_to_the_body_are_not_claims_that_it_asked() -> None:
    cited = [
        "7. THE STAG INN\nThe licence holder had requested more time to attend with her solicitor.",
        "7. THE STAG INN\nThe Board agreed to defer the review to its meeting on 16 January 2025.",
    ]
    sentence = "The review was put back to 16 January 2025 after the licence holder asked for more time."
    assert codes(sentence, cited) == []
    assert codes("The Board asked the licence holder to attend with her solicitor.", cited) == [
        "outcome_mismatch"
    ]


def test_a_programme_that_supported_visits_decided_nothing() -> None:
    cited = [
        "4. WARM SPACES\nThe warm spaces programme had 2,460 visits across 19 venues. The report was noted."
    ]
    assert codes("The warm spaces programme supported 2,460 visits across 19 venues.", cited) == []


def test_refusing_to_back_a_plan_is_what_not_supporting_it_records() -> None:
    cited = [
        "5. MINOR INJURIES UNIT\nRESOLVED that the Committee does not support the proposal to close the "
        "Minor Injuries Unit overnight."
    ]
    assert (
        codes("The committee refused to back the plan to close the Minor Injuries Unit overnight.", cited)
        == []
    )
    assert codes("The committee refused the plan to close the Minor Injuries Unit overnight.", cited) == [
        "outcome_mismatch"
    ]


def test_a_person_named_in_full_elsewhere_in_the_sources() -> None:
    sources = "Present: Mr Gary Benton (premises licence holder).\n\nMr Benton said the bar had new CCTV."
    cited = ["Mr Benton said the bar had new CCTV."]
    assert codes("Gary Benton said the bar had new CCTV.", cited) == ["entity_not_found"]
    assert [
        f.code for f in verify_sentence("Gary Benton said the bar had new CCTV.", cited, (), sources).failures
    ] == []
    assert [
        f.code
        for f in verify_sentence("Gary Bennett said the bar had new CCTV.", cited, (), sources).failures
    ] == ["entity_not_found"]


def test_a_speakers_warning_is_not_a_future_step_to_find() -> None:
    cited = ["6. REVIEW\nMs Wolfe argued against a suspension, as it would put eleven jobs at risk."]
    assert (
        codes("Ms Wolfe argued against a suspension, warning it would put eleven jobs at risk.", cited) == []
    )
    assert codes("The Mayor said the council would hold a civic reception for the band.", cited) != []


def test_everyday_words_for_council_wording_are_found() -> None:
    cited = [
        "8. HOUSING\nRESOLVED that the erection of 96 dwellings be approved, subject to the refuse "
        "collection arrangements in the report."
    ]
    assert (
        codes("The committee approved building 96 homes, subject to the rubbish collection plans.", cited)
        == []
    )
    # the groups complete words, never figures or outcomes
    assert codes("The committee approved building 69 homes.", cited) == ["number_mismatch"]
    assert codes("The committee refused building 96 homes.", cited) == ["outcome_mismatch"]


def test_each_row_of_a_decisions_table_is_its_own_evidence() -> None:
    minutes = (
        "RECORD OF DECISIONS\n"
        "Item | Subject | Decision | Vote\n"
        "4 | Budget | Budget of £1,240,000 approved | 3/0/0\n"
        "4 | Reserves | Chief Finance Officer to report on the level of reserves to the June meeting | –\n"
        "7 | Skills grant | Grant of £75,000 awarded to the Skills Partnership | 3/0/0\n"
    )
    result = audit(
        "The committee approved a budget of £1,240,000.\n"
        "A grant of £75,000 was awarded to the Skills Partnership.",
        [("minutes.txt", minutes)],
    )
    assert [s["supported"] for s in result["sentences"]] == [True, True], result["sentences"]
    assert all(len(e["text"].split("|")) <= 4 for s in result["sentences"] for e in s["evidence"])


def test_a_councillor_is_known_by_first_name_as_well_as_surname() -> None:
    sources = (
        "Present: Councillor Jane Smith (Chair), Councillor Omar Patel.\n\nCouncillor Smith moved the motion."
    )
    cited = ["Councillor Smith moved the motion."]

    def named(sentence: str) -> list[str]:
        return [f.code for f in verify_sentence(sentence, cited, (), sources).failures]

    assert named("Councillor Jane Smith moved the motion.") == []
    assert named("Councillor Smith moved the motion.") == []
    assert named("Councillor Joan Smith moved the motion.") == ["entity_not_found"]


def test_a_recommendation_in_a_decisions_table_is_a_recommendation() -> None:
    minutes = (
        "RECORD OF DECISIONS\n"
        "Item | Subject | Decision | Vote\n"
        "9 | Secondment | Recommendation to the councils: that the secondment be extended | 3/0/0\n"
    )
    result = audit(
        "The councils are being asked to extend the secondment.\n"
        "The committee approved extending the secondment.",
        [("minutes.txt", minutes)],
    )
    faithful, swapped = result["sentences"]
    assert faithful["supported"], faithful["failures"]
    assert [f["code"] for f in swapped["failures"]] == ["outcome_mismatch"]


def test_a_recommendation_that_something_be_approved_is_not_an_approval() -> None:
    cited = ["6. TREASURY\nRESOLVED that the annual treasury report be recommended to Council for approval."]
    sentence = "The treasury report goes to full council with a recommendation that it be approved."
    assert codes(sentence, cited) == []
    assert codes("The committee approved the annual treasury report.", cited) == ["outcome_mismatch"]


def test_a_proposal_that_fell_was_voted_down() -> None:
    cited = [
        "8. HARBOUR TOILETS\nA recorded vote was taken on the proposal to close the harbour toilets in "
        "winter: For 4, Against 11. The proposal to close the harbour toilets in winter accordingly fell."
    ]
    assert codes("A bid to close the harbour toilets in winter was voted down.", cited) == []
    assert codes("Councillors approved closing the harbour toilets in winter.", cited) == ["outcome_mismatch"]


def test_what_one_councillor_or_a_witness_did_is_not_the_bodys_outcome() -> None:
    cited = [
        "4. AMENDMENT\nCouncillor Ives voted for the pilot amendment, which was lost by 12 votes to 17. "
        "The Commissioner said she would not reopen the front counter at Mill Road."
    ]
    assert codes("Councillor Ives supported the pilot amendment.", cited) == []
    assert codes("The Commissioner ruled out reopening the front counter at Mill Road.", cited) == []


def test_refusing_to_commit_is_borne_out_by_a_deferral() -> None:
    cited = ["9. ROOF\nRESOLVED that the roof repair be deferred until a second quotation is obtained."]
    assert codes("Councillors refused to commit to the roof repair until a second quotation.", cited) == []


CALL_IN = [
    "5. CALL-IN: LIBRARY HOURS\nCouncillor Moss moved, and Councillor Patel seconded, that no further action "
    "be taken on the call-in. On being put to the vote the motion was lost. Councillor Okafor then moved, "
    "and Councillor Patel seconded, that the decision be referred back to Cabinet for reconsideration of the "
    "opening hours at Dale Road library. The Cabinet Member (Councillor Reid) said the savings were needed. "
    "He added that volunteers would run the Saturday sessions."
]


def test_the_right_words_given_to_the_wrong_person_are_caught() -> None:
    right = "Councillor Okafor proposed sending the decision on Dale Road library back to Cabinet."
    wrong = "Councillor Moss proposed sending the decision on Dale Road library back to Cabinet."
    assert codes(right, CALL_IN) == []
    assert codes(wrong, CALL_IN) == ["entity_not_found"]


def test_a_person_is_placed_by_a_following_sentence_or_by_their_role() -> None:
    # "He added …" follows the sentence naming him; and he is "the Cabinet Member" in the minutes
    assert codes("Councillor Reid said volunteers would run the Saturday sessions.", CALL_IN) == []
    assert codes("Councillor Reid told the committee the savings were needed.", CALL_IN) == []
    # one spoken to is not held to where they are named
    assert codes("The Cabinet Member told Councillor Moss volunteers would run Saturdays.", CALL_IN) == []


def test_a_count_of_named_people_is_borne_out_by_the_names() -> None:
    cited = ["6. CARE STAFF\nRESOLVED that a task group be set up, with Councillors Ray, Sheikh and Fenwick."]
    assert codes("Three councillors will sit on a task group on care staff.", cited) == []
    assert codes("Four councillors will sit on a task group on care staff.", cited) == ["number_mismatch"]


def test_a_recommendation_not_accepted_and_an_allegation_not_upheld_were_turned_down() -> None:
    cited = [
        "5. FLY-TIPPING\nRESOLVED (c) That recommendation 4, CCTV at all 22 hotspots, be not accepted.",
        "6. HEARING\n(b) Allegation 2, about leaking confidential information, is not upheld.",
    ]
    assert codes("The recommendation for CCTV at all 22 hotspots was turned down.", cited) == []
    assert codes("The panel threw out the allegation about leaking confidential information.", cited) == []
    assert codes("Cabinet agreed to put CCTV at all 22 hotspots.", cited) == ["outcome_mismatch"]


JUNCTION = [
    "8. ROADS\nMembers raised the lack of a right-turn lane at the Mill Brae junction and the bus shelter.",
    "8. ROADS\nAgreed: that the Secretary write to Transport Scotland asking for a safety review of the Mill "
    "Brae junction.",
]


def test_an_invented_request_borrows_a_real_ones_words_but_not_its_object_or_addressee() -> None:
    assert (
        codes("The council asked Transport Scotland to review safety at the Mill Brae junction.", JUNCTION)
        == []
    )
    # a request was made, about the junction, but not for this, nor to this body
    assert "outcome_mismatch" in codes(
        "The council asked Transport Scotland to move the bus shelter.", JUNCTION
    )
    assert "outcome_mismatch" in codes(
        "The council asked Fife Council to review the Mill Brae junction.", JUNCTION
    )


def test_a_surname_is_not_a_plural() -> None:
    cited = [
        "4. DECLARATIONS\nCouncillor Owen declared an interest in the Ty Isaf application as a neighbour."
    ]
    assert codes("Councillor Owen declared an interest in the Ty Isaf application.", cited) == []
    assert codes("Councillor Owens declared an interest in the Ty Isaf application.", cited) == [
        "entity_not_found"
    ]


def test_hyphenated_words_count_by_their_parts() -> None:
    cited = ["6. SPEED LIMITS\nAn amendment to limit the 20mph plan to a pilot at five schools was defeated."]
    assert codes("An attempt to cut the plan to a five-school pilot was defeated.", cited) == []
    people = ["7. ROADS\nAlderman Kerr suggested that members for the Drumlagh area meet DfI Roads."]
    assert "entity_not_found" not in codes("Drumlagh-area members will meet DfI Roads.", people)


def test_a_call_for_action_is_a_request_to_find() -> None:
    cited = [
        "8. HOUSING\nRESOLVED that the Committee asks Cabinet to review the use of bed and breakfast hotels."
    ]
    assert codes("The committee called for a review of the use of bed and breakfast hotels.", cited) == []
    assert "outcome_mismatch" in codes(
        "The committee called for an end to placing families out of area.", cited
    )


HEARING = [
    "4. PREMISES LICENCE – THE ANCHOR, QUAY STREET\nPresent for the item: Ms Rhona Petrie (Licensing "
    "Manager), Mr Alan Boyd (for the applicant).\nMr Alan Boyd, for the applicant, said the later hours "
    "would let the bar host live music. Mrs Jean Tait, for the residents' association, said that customers "
    "leaving after midnight would wake families on Quay Street. She added that the lane had no lighting.",
    "5. PARKING\nIt was proposed by Councillor Hale and seconded by Councillor Brook that the charge at "
    "the Quay car park be reduced, contrary to the officer recommendation.",
    "6. AUDIT\nRhona Petrie reported that 14 of the 20 inspections in the plan had been completed.",
]


def test_the_next_sentence_is_not_theirs_when_it_names_someone_else() -> None:
    wrong = "Mr Alan Boyd warned that customers leaving after midnight would wake families on Quay Street."
    right = "Mrs Jean Tait warned that customers leaving after midnight would wake families on Quay Street."
    assert codes(wrong, HEARING) == ["entity_not_found"]
    assert codes(right, HEARING) == []
    # "She added …" two sentences on is still hers
    assert codes("Mrs Jean Tait pointed out that the lane had no lighting.", HEARING) == []


def test_a_seconder_is_not_the_mover() -> None:
    wrong = "Councillor Brook proposed cutting the Quay car park charge against the officer recommendation."
    right = "Councillor Hale proposed cutting the Quay car park charge against the officer recommendation."
    assert codes(wrong, HEARING) == ["entity_not_found"]
    assert codes(right, HEARING) == []


def test_officers_named_without_a_title_are_placed_too() -> None:
    # the sources give her an office, so she is a person; the report is hers, not Mr Boyd's
    assert codes("Rhona Petrie reported that 14 of 20 planned inspections were done.", HEARING) == []
    assert codes("Alan Boyd reported that 14 of 20 planned inspections were done.", HEARING) == [
        "entity_not_found"
    ]


PANEL = [
    "Present: Councillor Ifor Price (Executive Member for Waste), Mrs Nia Rowe – Clerk to the Panel\n"
    "The Police and Crime Commissioner, Mrs Eleri Vaughan-Jones, attended.",
    "5. PRECEPT\nThe Commissioner presented her proposal to raise the precept by £12. The Executive Member "
    "decided to extend the garden waste round to Pen-y-bryn.",
]


def test_a_person_called_by_their_office_in_the_cited_passages_is_named() -> None:
    sources = "\n".join(PANEL)
    cited = [PANEL[1]]
    assert (
        codes_with_sources("Councillor Price decided to extend the garden waste round.", cited, sources) == []
    )
    assert (
        codes_with_sources(
            "Commissioner Eleri Vaughan-Jones presented her proposal to raise the precept by £12.",
            cited,
            sources,
        )
        == []
    )
    # an office the person does not hold is no support
    assert codes_with_sources("Mrs Rowe decided to extend the garden waste round.", cited, sources) == [
        "entity_not_found"
    ]


def test_an_opening_word_is_not_part_of_a_name() -> None:
    cited = ["Mr Colin Reed spoke for Thornby Parish Council, objecting to the scheme because of flooding."]
    assert (
        codes("Speaking for Thornby Parish Council, Colin Reed objected to the scheme over flooding.", cited)
        == []
    )
    assert (
        codes("Speaking for Kelby Parish Council, Colin Reed objected to the scheme over flooding.", cited)
        != []
    )


def codes_with_sources(sentence: str, cited: list[str], sources: str) -> list[str]:
    # (the sources' opening lines, the attendance list here, go along as context, as the audit sends them)
    return [f.code for f in verify_sentence(sentence, cited, [PANEL[0]], sources).failures]


BOARD = [
    "4. APPLICATION FOR PREMISES LICENCE – THE OLD MILL, QUAY ROAD\nDecision: The Board agreed to grant the "
    "premises licence subject to the local conditions.",
    "6. APPLICATION FOR PREMISES LICENCE – CAFE ROSA, 2 HIGH STREET\nThere was submitted an application for "
    "a premises licence for Cafe Rosa to permit on-sales with meals. The applicant was not present.\n"
    "Decision: The Board agreed to continue consideration of the application to its next meeting.",
    "7. REVIEW OF PREMISES LICENCE – CORNER STORES\nThe Police asked the Sub-Committee to revoke the licence."
    " RESOLVED that the Sub-Committee declines to revoke the licence and suspends it for four weeks.",
]


def test_a_grant_for_another_item_does_not_bear_out_this_ones() -> None:
    assert codes("The Board granted Cafe Rosa a premises licence for on-sales with meals.", BOARD) == [
        "outcome_mismatch"
    ]
    assert codes("The Board granted The Old Mill a premises licence on local conditions.", BOARD) == []


def test_a_sanction_claimed_must_be_recorded_as_imposed() -> None:
    assert codes("The panel agreed to revoke the licence of Corner Stores.", BOARD) == ["outcome_mismatch"]
    assert codes("The panel suspended the licence of Corner Stores for four weeks.", BOARD) == []


ROADS = [
    "9. GULLIES\nMembers noted the flooding in Carnmore and AGREED that a letter be sent to DfI Roads "
    "requesting an urgent programme of gully cleaning.",
    "10. LICENSING\nThe licence holder's representative, Mr Owen Price, said that his client would fit "
    "secondary glazing before the summer. The Sub-Committee suspended the licence for six weeks.",
]


def test_a_commitment_by_someone_else_must_be_recorded() -> None:
    # the body only asked; nobody promised
    assert codes("DfI Roads has already promised to clear the blocked gullies in Carnmore.", ROADS) == [
        "unsupported"
    ]
    # what was promised, by whom it was promised
    assert codes("Mr Owen Price said his client would fit secondary glazing before the summer.", ROADS) == []
    assert "unsupported" in codes(
        "The licence holder has agreed to appeal the suspension in the magistrates' court.", ROADS
    )
    # a survey's answer is nobody's promise
    poll = verify_sentence(
        "Half of the people asked said they would support gully cleaning in Carnmore.", ROADS
    )
    assert not any("commitment" in f.detail for f in poll.failures)


def test_a_vote_to_act_needs_a_decision_that_holds_the_act() -> None:
    park = ["11. CAR PARKS\nRESOLVED that parking charges at Llyn Du be increased to £5 a day from April."]
    assert "outcome_mismatch" in codes(
        "The authority also voted to shut the Llyn Du toilets in winter.", park
    )
    assert codes("The authority voted to increase Llyn Du parking charges to £5 a day.", park) == []


def test_everyday_words_fractions_and_earlier_agreements() -> None:
    bar = ["5. THE ANCHOR\nCustomers must not use the rear yard after 22:00 and the fee remains at £80."]
    assert codes("Drinkers may not use the rear yard after 22:00, and the fee stays at £80.", bar) == []
    survey = ["6. DOGS\nOf the 418 responses, 270 (65%) supported keeping dogs on leads on the beaches."]
    assert (
        codes(
            "Almost two-thirds of the 418 responses supported keeping dogs on leads on the beaches.", survey
        )
        == []
    )
    policy = [
        "7. POLICY\nRESOLVED to recommend to Council that the revised Dignity at Work Policy be adopted. The "
        "policy had been agreed with the recognised trade unions."
    ]
    sentence = (
        "The committee is recommending that the council adopt the revised Dignity at Work Policy, "
        "which has already been agreed with the recognised trade unions."
    )
    assert codes(sentence, policy) == []
