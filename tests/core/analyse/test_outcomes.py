"""Outcome labels across the ways different councils word the same decision."""

from __future__ import annotations

import pytest

from councilwatch.core.analyse.outcomes import (
    Outcome,
    classify_outcome,
    is_future_step,
    recommended_to,
    supported_outcomes,
)

CLAUSES = [
    # noted
    ("1) Notes the Work Programme for the Municipal Year 2024/25.", Outcome.NOTED),
    ("That the report be noted.", Outcome.NOTED),
    ("The update on bus lane enforcement was received and noted.", Outcome.NOTED),
    (
        "RESOLVED: that the Committee notes that the Plan was approved by the Safer Streets Board.",
        Outcome.NOTED,
    ),
    ("The Panel took note of the quarterly complaints figures.", Outcome.NOTED),
    # agreed
    ("2) Agrees that the Work Programme be updated to include flood resilience.", Outcome.AGREED),
    ("That the revised Allotments Strategy be endorsed.", Outcome.AGREED),
    ("That the Panel supports the proposed precept for 2025/26.", Outcome.AGREED),
    # approved
    ("RESOLVED that Cabinet approves the Local Cycling Plan.", Outcome.APPROVED),
    # minutes "agreed as a correct record" are confirmed, as "approved as a correct record" is
    (
        "The minutes of the meeting held on 4 June 2025 were agreed and signed as a true record.",
        Outcome.APPROVED,
    ),
    (
        "The Cabinet considered the exempt report and agreed the recommendations set out in it.",
        Outcome.APPROVED,
    ),
    # an outer "agreed" carries the decision written inside it
    (
        "AGREED – that planning permission be refused for the reasons in the officer's report.",
        Outcome.REFUSED,
    ),
    ("AGREED – that the report on appeal decisions be noted.", Outcome.NOTED),
    (
        "The Committee agreed:- to instruct the Head of Roads to report on the bridge repairs.",
        Outcome.REQUESTED,
    ),
    ("The Committee agreed:- not to approve the closure of the library at Mill Street.", Outcome.REFUSED),
    ("the Sub-Committee decided: not to revoke the licence, as the police had asked.", Outcome.REFUSED),
    (
        "That the hearing of the application to vary the licence for the Crown be adjourned to 3 May 2025.",
        Outcome.DEFERRED,
    ),
    ("Resolved: No objection to application 25/0412/HH.", Outcome.OTHER),
    ("Objection on the grounds of overlooking and loss of light.", Outcome.OTHER),
    ("That the apologies be accepted.", Outcome.OTHER),
    ("AGREED – that the Committee go into closed session for the next item.", Outcome.OTHER),
    ("The motion was declared lost, 4 voting for and 9 against.", Outcome.REFUSED),
    # "did not support" among options put to the body is a no; "does not support" is a view
    ("Cabinet did not support Option A, a five-year extension of the contract.", Outcome.REFUSED),
    ("That the Committee does not support the closure of the ward.", Outcome.OTHER),
    ("RESOLVED that the Committee asks Cabinet, when it meets, to publish the options.", Outcome.REQUESTED),
    ("That the concern at the delays be drawn to the attention of the Cabinet.", Outcome.REFERRED),
    ("The Board agreed that the report be passed to the Finance Committee for its views.", Outcome.REFERRED),
    ("It was further RESOLVED that training on procurement be arranged for members.", Outcome.REQUESTED),
    ("That the Health Trust provide a further update in six months' time.", Outcome.REQUESTED),
    ("AGREED – that officers carry out a consultation on the dog control order.", Outcome.REQUESTED),
    ("The Board agreed to continue consideration of the redesign to its next meeting.", Outcome.DEFERRED),
    ("The Committee noted the report on handover delays and welcomed the improvement.", Outcome.NOTED),
    ("Members agreed to support the bid and asked the Clerk to write a letter of support.", Outcome.AGREED),
    ("That the contract for eight refuse collection vehicles be awarded to Fleetline Ltd.", Outcome.APPROVED),
    ("to make the following grants: Scouts £200; Bowls Club £150.", Outcome.APPROVED),
    ("that the district rate be struck at 0.3912p in the pound.", Outcome.APPROVED),
    ("not to accept the request from the Trust to be exempted from the audit.", Outcome.REFUSED),
    (
        "That the Director be authorised, in consultation with the Leader, to make minor changes.",
        Outcome.OTHER,
    ),
    ("AGREED that the Council come out of committee.", Outcome.OTHER),
    ("The Board agreed that the review be deferred until the audit is complete.", Outcome.DEFERRED),
    ("The Committee agreed that the application be granted subject to conditions.", Outcome.APPROVED),
    ("The Committee agreed to commend the Plan to the Council for approval.", Outcome.RECOMMENDED),
    ("RESOLVED that the Committee receives the quarter three performance report.", Outcome.NOTED),
    ("The Sub-Committee received the exempt report.", Outcome.NOTED),
    ("That the premises licence for the Corner Shop be revoked.", Outcome.OTHER),
    ("On a recorded vote the motion was declared LOST.", Outcome.REFUSED),
    ("That the option to close the depot not be included in the consultation.", Outcome.REFUSED),
    ("That the District Council be told that the Authority objects to the proposal.", Outcome.OTHER),
    ("Welcomes the new youth service and calls on the Government to fund it.", Outcome.AGREED),
    (
        "RESOLVED that the Panel asks the Director of Adult Care and Health Services to report.",
        Outcome.REQUESTED,
    ),
    ("The Corporate Plan 2025-2029 was adopted.", Outcome.APPROVED),
    ("RESOLVED to grant permission subject to the conditions in the report.", Outcome.APPROVED),
    ("That planning permission be granted subject to a section 106 agreement.", Outcome.APPROVED),
    ("Notes the report and approves the fees and charges for 2025/26.", Outcome.APPROVED),
    (
        "That the minutes of the meeting held on 2 October 2025 be confirmed as a correct record.",
        Outcome.APPROVED,
    ),
    ("To set a precept of £92,300 for 2025/26.", Outcome.APPROVED),
    ("To award a grant of £600 to the village bowls club.", Outcome.APPROVED),
    ("That social rents be increased by 2.7 per cent from April 2025.", Outcome.APPROVED),
    ("The Board agreed to grant the premises licence subject to conditions.", Outcome.APPROVED),
    (
        "That the Local Plan, with the modifications recommended by the Inspector, be adopted.",
        Outcome.APPROVED,
    ),
    # refused
    ("That planning permission be refused for the reasons set out in the report.", Outcome.REFUSED),
    ("The amendment was rejected.", Outcome.REFUSED),
    ("That the application be not approved.", Outcome.REFUSED),
    ("To decline the application, as the group falls outside the Grants Policy.", Outcome.REFUSED),
    # deferred
    ("That consideration of the application be deferred to allow a site visit.", Outcome.DEFERRED),
    ("The meeting was adjourned at 8.40 pm.", Outcome.DEFERRED),
    ("That the item be postponed to a future meeting.", Outcome.DEFERRED),
    ("The Committee continued consideration of the report to its next meeting.", Outcome.DEFERRED),
    # recommended
    ("Recommends to Cabinet that the Housing Allocations Policy be approved.", Outcome.RECOMMENDED),
    ("That Council be recommended to adopt the revised Constitution.", Outcome.RECOMMENDED),
    ("Agrees to recommend to Council that the scheme be adopted.", Outcome.RECOMMENDED),
    # requested
    ("3) Requests that the Director of Public Health provides an update in six months.", Outcome.REQUESTED),
    ("Asks the Head of Waste Services to circulate the missed bin figures by ward.", Outcome.REQUESTED),
    ("Instructed the Executive Director to submit a report to the next meeting.", Outcome.REQUESTED),
    ("To ask the County Council to carry out a speed survey on Mill Lane.", Outcome.REQUESTED),
    # referred
    ("That the matter be referred to the Audit and Standards Committee.", Outcome.REFERRED),
    ("Refers the petition to the Cabinet Member for Highways.", Outcome.REFERRED),
    ("Remitted the question of funding to the Policy and Resources Committee.", Outcome.REFERRED),
    # other
    ("The application was withdrawn by the applicant.", Outcome.OTHER),
    ("The Committee received a Briefing Note of the Director of Streetscene.", Outcome.OTHER),
    ("That authority be delegated to the Director of Property to finalise the lease terms.", Outcome.OTHER),
    ("That the Head of Planning be authorised to issue the decision notice.", Outcome.OTHER),
    ("The motion was carried.", Outcome.OTHER),
    ("Does not support the proposal to close the Minor Injuries Unit overnight.", Outcome.OTHER),
]


@pytest.mark.parametrize(("clause", "expected"), CLAUSES)
def test_classify_outcome(clause: str, expected: Outcome) -> None:
    assert classify_outcome(clause) is expected


def test_every_outcome_class_is_exercised() -> None:
    assert {expected for _, expected in CLAUSES} == set(Outcome)


@pytest.mark.parametrize(
    ("clause", "body"),
    [
        ("Recommends to Cabinet that the Plan be approved.", "Cabinet"),
        ("That Council be recommended to approve the budget.", "Council"),
        ("RECOMMENDED to Full Council that the scheme be adopted", "Full Council"),
        ("The Committee recommends that Cabinet approves the strategy.", "Cabinet"),
        (
            "Recommends to the Cabinet Member for Housing and Communities that …",
            "Cabinet Member for Housing and Communities",
        ),
        ("Recommends that the Plan be approved.", ""),
        ("That the report be noted.", ""),
    ],
)
def test_recommended_to(clause: str, body: str) -> None:
    assert recommended_to(clause) == body


@pytest.mark.parametrize(
    "sentence",
    [
        "Cabinet will consider the Plan on 18th March 2025.",
        "The revised policy is due to be considered by Cabinet in April.",
        "The final strategy would be submitted to Council in July.",
        "Members were told that the scheme is expected to be approved next month.",
        "A further report will be brought to the Committee at a future meeting.",
        "The Head of Finance undertook to circulate the revised figures.",
        "The plan must be submitted to the regulator by 31 March 2025.",
        "Either party may appeal to the Magistrates' Court within 21 days.",
        "The consultation closes on 28 February 2025.",
    ],
)
def test_future_steps_are_recognised(sentence: str) -> None:
    assert is_future_step(sentence)
    assert supported_outcomes(sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The Committee noted the report.",
        "The Plan was approved.",
        "Agrees that a further report will be submitted in March.",
        "That the application be refused.",
        "RESOLVED that the new fares take effect on 1st May 2025.",
        "The consultation closed on 28 February 2025.",
    ],
)
def test_decisions_are_not_future_steps(sentence: str) -> None:
    assert not is_future_step(sentence)


def test_future_step_clause_never_supports_a_decision() -> None:
    text = "The Committee noted the Plan, which Cabinet will be asked to approve on 18th March 2025."
    assert supported_outcomes(text) == {Outcome.NOTED}


def test_recommendation_to_cabinet_does_not_record_an_approval() -> None:
    text = "RESOLVED that the Committee recommends to Cabinet that the Plan be approved."
    assert supported_outcomes(text) == {Outcome.RECOMMENDED}


def test_nouns_that_look_like_verbs_record_nothing() -> None:
    text = "Members received a Briefing Note that responded to a request from the Chair for figures."
    assert supported_outcomes(text) == set()


def test_approval_by_another_body_is_still_recorded() -> None:
    text = "The Board considered a request from Members for the priorities, which were approved in May."
    assert Outcome.APPROVED in supported_outcomes(text)


def test_several_clauses_in_one_passage() -> None:
    text = "RESOLVED that:- 1) the report be noted; 2) the fees be approved; 3) the Tree Plan be deferred."
    assert supported_outcomes(text) == {Outcome.NOTED, Outcome.APPROVED, Outcome.DEFERRED}


@pytest.mark.parametrize(
    "clause",
    [
        "That the Director of Housing be asked to review the allocations policy and report back.",
        "That the Head of Planning be asked to consult residents on the proposals.",
    ],
)
def test_an_officer_asked_to_act_is_a_request_not_an_approval(clause):
    assert classify_outcome(clause) == Outcome.REQUESTED


def test_plans_as_a_noun_is_not_a_future_step():
    assert not is_future_step("The Director described plans to manage demand over the winter.")
    assert is_future_step("The Council plans to open the depot in May.")


@pytest.mark.parametrize(
    ("clause", "outcome"),
    [
        ("That the report be received.", Outcome.NOTED),
        ("That the Panel's concerns be forwarded to the Executive for consideration.", Outcome.REFERRED),
        ("That any objections received be reported back to this Committee.", Outcome.REQUESTED),
        ("If no objections are received, the new charges take effect on 1st April 2026.", Outcome.APPROVED),
    ],
)
def test_older_and_regional_wordings(clause, outcome):
    assert classify_outcome(clause) == outcome


def test_a_condition_does_not_reach_past_its_comma():
    assert classify_outcome("If no objections are received, the order be confirmed.") == Outcome.APPROVED
    assert classify_outcome("The Committee received a report of the Director.") != Outcome.NOTED


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # an outer "agreed:-" carries the Scottish "continue … to its meeting on …"
        (
            "The Board agreed:- to continue consideration of the matter to its meeting on 27 February 2025.",
            Outcome.DEFERRED,
        ),
        ("It was agreed to award £400.", Outcome.APPROVED),
        ("Members AGREED to award grants of: £750 to the Players towards stage lighting.", Outcome.APPROVED),
        (
            "The Treasurer notify each constituent authority of its contribution by 15 February 2025.",
            Outcome.REQUESTED,
        ),
        ("RESOLVED that: iv. the Clerk write to the Minister.", Outcome.REQUESTED),
    ],
)
def test_list_items_and_carried_decisions(clause: str, expected: Outcome) -> None:
    assert classify_outcome(clause) is expected


@pytest.mark.parametrize(
    "text",
    [
        "The net revenue budget rose by 6.2%, driven mainly by pay awards.",
        "There was submitted a report recommending that the application be granted subject to conditions.",
    ],
)
def test_nouns_and_officers_advice_record_no_decision(text: str) -> None:
    assert supported_outcomes(text) == set()


@pytest.mark.parametrize(
    ("clause", "expected", "to"),
    [
        ("That Council be asked to approve the revised Constitution.", Outcome.RECOMMENDED, "Council"),
        ("Upon being put to the vote, the motion was not carried.", Outcome.REFUSED, ""),
        ("That the Police and Crime Panel vetoes the proposed precept.", Outcome.REFUSED, ""),
        ("That the appeal be dismissed.", Outcome.REFUSED, ""),
        ("That no further action be taken.", Outcome.OTHER, ""),
        ("That the Council proceeds with the purchase of the site.", Outcome.APPROVED, ""),
        ("That the matter be left on the table until the next meeting.", Outcome.DEFERRED, ""),
    ],
)
def test_more_ways_councils_word_a_decision(clause: str, expected: Outcome, to: str) -> None:
    assert classify_outcome(clause) is expected
    assert recommended_to(clause) == to


def test_past_and_hypothetical_uses_record_nothing() -> None:
    assert supported_outcomes("Three appeals had been dismissed.") == set()
    assert supported_outcomes("Members asked whether the scheme would proceed with phase two.") == set()


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("The motion fell.", Outcome.REFUSED),
        ("The amendment was lost.", Outcome.REFUSED),
        ("It was agreed not to proceed with the scheme.", Outcome.REFUSED),
        ("Members agreed not to renew the lease.", Outcome.REFUSED),
        ("The application was unsuccessful.", Outcome.REFUSED),
        ("The Sub-Committee was not minded to grant the variation.", Outcome.REFUSED),
        ("The Board did not accept the recommendation.", Outcome.REFUSED),
        ("That no grant be awarded.", Outcome.REFUSED),
        ("The recommendation was not supported.", Outcome.OTHER),
        ("Clerk to obtain three quotes for the bus shelter.", Outcome.REQUESTED),
        ("It was agreed that the Chair would write to the MP.", Outcome.REQUESTED),
        ("That a letter be sent to the Minister.", Outcome.REQUESTED),
        ("That the Committee invites the Chief Constable to attend the next meeting.", Outcome.REQUESTED),
        ("That the Council urges the Government to reconsider the funding formula.", Outcome.REQUESTED),
        ("That the schedule of payments be authorised.", Outcome.APPROVED),
        ("That the Director be authorised to sign the lease.", Outcome.OTHER),
        ("That the Committee's thanks be recorded to the retiring Clerk.", Outcome.OTHER),
        ("The Council made no observations on the application.", Outcome.OTHER),
        ("That the report be noted and that the Board's thanks be conveyed to the staff.", Outcome.NOTED),
    ],
)
def test_refusals_requests_and_records(clause: str, expected: Outcome) -> None:
    assert classify_outcome(clause) is expected


def test_a_future_statement_about_an_officer_is_no_request() -> None:
    assert supported_outcomes("The Leader will consider the matter in March.") == set()
    assert supported_outcomes("It was agreed not to proceed with the scheme.") == {Outcome.REFUSED}


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # the settled label conventions (tests/eval/LABELS.md)
        ("DECISION: Minded to grant, subject to a section 106 agreement on open space.", Outcome.APPROVED),
        (
            "The Cabinet Member decided to overrule the objections and make the Hill Street Order 2027.",
            Outcome.APPROVED,
        ),
        ("That the objections be overruled and the objectors be told of the decision.", Outcome.OTHER),
        ("The Board agreed to endorse the personal licence of the applicant.", Outcome.OTHER),
        ("Resolved to support the application.", Outcome.OTHER),
        (
            "It was agreed that the Clerk would reply to the consultation welcoming the new bus routes.",
            Outcome.AGREED,
        ),
        ("Bowls club newsletter, spring edition. Received.", Outcome.NOTED),
        ("That the recommendation of the Standards Committee be accepted.", Outcome.APPROVED),
        ("That recommendations 2, 4 and 5 be accepted.", Outcome.APPROVED),
        ("It was agreed that the caretaker move to the next point on the salary scale.", Outcome.APPROVED),
        (
            "Agrees that its response to the waste consultation should oppose fortnightly collections "
            "and ask for a trial first.",
            Outcome.AGREED,
        ),
        (
            "Agrees that the points above be reported to the Executive as the Panel's recommendations.",
            Outcome.RECOMMENDED,
        ),
        (
            "Members noted that the hall roof leaks and asked that the Clerk obtain a quote.",
            Outcome.REQUESTED,
        ),
        ("The amendment was put to the vote and declared lost.", Outcome.REFUSED),
        ("That the charge for bulky waste remain at £35.", Outcome.APPROVED),
        ("It was agreed that the motion be adopted.", Outcome.AGREED),
        (
            "Decision: to modify the conditions of the licence by adding a door supervisor condition.",
            Outcome.APPROVED,
        ),
        ("Decision: not to suspend the licence.", Outcome.REFUSED),
        ("Members warmly welcomed the scheme and resolved to ask for a footpath link.", Outcome.REQUESTED),
    ],
)
def test_settled_label_conventions(clause: str, expected: Outcome) -> None:
    assert classify_outcome(clause) is expected


def test_minded_to_grant_is_the_decision_but_not_yet_a_grant() -> None:
    # the label is the decision; the verifier must still not let a summary say permission was granted
    assert classify_outcome("Minded to approve subject to a legal agreement.") is Outcome.APPROVED
    assert Outcome.APPROVED not in supported_outcomes("Minded to approve subject to a legal agreement.")


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("It was resolved that the reasons for absence given by Cllr Ford be approved.", Outcome.OTHER),
        ("That the apologies of Councillor Rees be accepted.", Outcome.OTHER),
        ("That the Council consult residents on the draft Tree Strategy.", Outcome.AGREED),
        ("That the Committee move 'In Committee' for the next item.", Outcome.OTHER),
        ("Action: JB to circulate the revised timetable to members.", Outcome.REQUESTED),
        ("Action: Head of Highways to inspect the culvert.", Outcome.REQUESTED),
        (
            "It was agreed that the Allotments Working Group should consider the waiting list.",
            Outcome.REFERRED,
        ),
        (
            "The Board agreed to continue consideration of the application for a site inspection.",
            Outcome.DEFERRED,
        ),
        ("The Board did not consider that suspension would be proportionate.", Outcome.REFUSED),
        ("The Board agreed:- to issue a written warning to the licence holder.", Outcome.OTHER),
        (
            "The Board agreed:- to vary the premises licence by adding a door staff condition.",
            Outcome.APPROVED,
        ),
        ("Resolved that the Council buy two new benches at a cost of £980.", Outcome.APPROVED),
        ("It was resolved to increase the caretaker's hours from six to eight a week.", Outcome.APPROVED),
        ("Following debate, the amendment was put to the vote and lost.", Outcome.REFUSED),
        ("That the Housing Working Group prepare a draft allocations policy.", Outcome.REQUESTED),
    ],
)
def test_wordings_of_small_councils_boards_and_hearings(clause: str, expected: Outcome) -> None:
    assert classify_outcome(clause) is expected


def test_a_noun_is_not_a_body_asked_to_act() -> None:
    # "The draft …" opens a sentence about a document; it asks nobody to draft anything
    assert classify_outcome("The draft Local Plan will go to Council in June.") is not Outcome.REQUESTED
