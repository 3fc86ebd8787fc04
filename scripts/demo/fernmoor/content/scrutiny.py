"""Scrutiny Co-ordination Committee of Fernmoor Borough Council (fictional): notes, recommends, requests."""

from __future__ import annotations

from datetime import date

from ..model import CommitteeDef, Item, MeetingDef, Paper, State
from .scrutiny_papers import (
    CSP_NOTE,
    DRAFT_BUDGET_NOTE,
    LIBRARIES_NOTE,
    MTFS_NOTE,
    OFSTED_NOTE,
    POLICING_NOTE,
    RECYCLING_NOTE,
    WORK_PROGRAMME,
)

CONTACT = (
    "Liam Ashcroft, Scrutiny Co-ordinator - Telephone: 01632 960231 E-mail: liam.ashcroft@fernmoor.example"
)
ROOM = "Committee Room 2, Civic Centre, Fernmoor"


def _work_programme(day: str) -> Paper:
    return Paper(
        f"Scrutiny Co-ordination Committee Work Programme {day}",
        WORK_PROGRAMME,
        "Report of the Director of Law and Governance",
    )


MEETINGS = [
    MeetingDef(
        committee_id=102,
        day=date(2026, 9, 9),
        location=ROOM,
        finish="12.40 pm",
        state=State.MINUTES,
        key="scr-sep",
        attendance={222: "Apologies"},
        substitutes={235: 222},
        in_attendance=[207, 208],
        items=[
            Item(
                "Declarations of Interest",
                agenda="To receive any declarations of interest.",
                minutes="There were no disclosable pecuniary interests.",
            ),
            Item(
                "Minutes",
                agenda="""(a) To agree the minutes of the meeting held on 22 July 2026.

(b) Any matters arising.""",
                minutes="""The minutes of the meeting held on 22nd July 2026 were agreed and signed as a true
record. There were no matters arising.""",
            ),
            Item(
                "Library Service Review: Pre-Decision Scrutiny",
                key="scr_libraries",
                agenda="Briefing Note of the Director of Communities",
                papers=[
                    Paper(
                        "Library Service Review - Pre-Decision Scrutiny",
                        LIBRARIES_NOTE,
                        "Briefing Note of the Director of Communities",
                    )
                ],
                minutes="""The Scrutiny Co-ordination Committee received a Briefing Note of the Director of
Communities which set out the options for the future of the library service, ahead of a decision by
Cabinet on 15th September 2026. Councillor Fenwick, Cabinet Member for Communities and Culture, attended for
this item.

The library service had a net budget of £3.1m and a savings target of £300,000 for 2027/28. Visits had
recovered to 82% of their level before 2020, and e-book loans had trebled.

Members asked questions and received responses from the Cabinet Member and officers on a number of matters,
including:-

· the distance that residents of Greystone, Longmarsh and Oakhollow would need to travel if their branches
closed, and the cost of bus fares for older people;
· the safety of self-service opening for lone users, and how children would be safeguarded;
· whether community groups had the capacity to run a library, given the experience of other councils;
· the effect on the home delivery service for 240 housebound readers.

RESOLVED that the Scrutiny Co-ordination Committee:-

1) Notes the options set out in the Briefing Note.

2) Recommends to Cabinet that no library branch should close.

3) Recommends to Cabinet that self-service access be piloted at one branch, and evaluated, before it is
introduced elsewhere.

4) Requests that the Director of Communities provide Members with the equality impact assessment for the
preferred option.""",
            ),
            Item(
                "Community Safety Partnership: Strategic Assessment 2026",
                key="scr_csp",
                agenda="Briefing Note of the Director of Communities and Fernmoor Police",
                papers=[
                    Paper(
                        "Community Safety Partnership Strategic Assessment 2026",
                        CSP_NOTE,
                        "Briefing Note of the Director of Communities and Fernmoor Police",
                    )
                ],
                minutes="""The Scrutiny Co-ordination Committee received a Briefing Note of the Director of
Communities and Fernmoor Police that presented the Community Safety Partnership's strategic assessment for
2026 and its priorities for 2026/27. Inspector Jane Okafor, Fernmoor Police, attended for this item, together
with Councillor Oyelaran, Cabinet Member for Community Safety.

Recorded crime had fallen by 4% in the year to March 2026 and anti-social behaviour by 9%. Shoplifting
had risen by 27% and reported domestic abuse by 6%. Inspector Okafor explained that the rise in reported
domestic abuse partly reflected greater confidence in reporting.

Members asked questions including:-

· the visibility of neighbourhood officers, and how often they were taken away to cover response duties;
· what was being done to support small shops affected by retail crime;
· how young people at risk of exploitation were identified.

RESOLVED that the Scrutiny Co-ordination Committee:-

1) Notes the strategic assessment and the Partnership's priorities for 2026/27.

2) Requests a further report on neighbourhood policing and anti-social behaviour to its meeting on 4th
November 2026.""",
            ),
            Item(
                "Work Programme 2026/27",
                agenda="Report of the Scrutiny Co-ordinator",
                papers=[_work_programme("September 2026")],
                minutes="""The Committee considered its Work Programme for the municipal year 2026/27.

RESOLVED that the Scrutiny Co-ordination Committee notes the Work Programme.""",
            ),
        ],
    ),
    MeetingDef(
        committee_id=102,
        day=date(2026, 10, 7),
        location=ROOM,
        finish="12.55 pm",
        state=State.MINUTES,
        key="scr-oct",
        attendance={209: "Apologies", 230: "Absent"},
        in_attendance=[202, 205],
        items=[
            Item(
                "Declarations of Interest",
                agenda="To receive any declarations of interest.",
                minutes="""Councillor Rhys declared an other registrable interest in the item at Minute
{minute:scr_ofsted} as a governor of Priory Primary School.""",
            ),
            Item(
                "Minutes",
                agenda="To agree the minutes of the meeting held on 9 September 2026.",
                papers=[Paper("Minutes of the meeting held on 9 September 2026", minutes_of_key="scr-sep")],
                minutes="""The minutes of the meeting held on 9th September 2026 were agreed and signed as
a true record.

Further to Minute {minute:scr_libraries}, the Chair reported that Cabinet had accepted the Committee's
recommendation that self-service access be piloted at one branch before being extended.""",
            ),
            Item(
                "Medium Term Financial Strategy 2027/28 to 2029/30",
                key="scr_mtfs",
                agenda="Briefing Note of the Director of Finance and Resources",
                papers=[
                    Paper(
                        "Medium Term Financial Strategy - Scrutiny Briefing Note",
                        MTFS_NOTE,
                        "Briefing Note of the Director of Finance and Resources",
                    )
                ],
                minutes="""Further to Minute {minute:cab_mtfs} of Cabinet, the Committee received a
Briefing Note of the Director of Finance and Resources on the Medium Term Financial Strategy. Councillor
Okonkwo, Deputy Leader and Cabinet Member for Finance and Resources, attended for this item.

The Strategy forecast a gap of £9.7m by 2029/30, with the largest pressures in adult social care (£4.2m),
children's placements (£2.6m) and temporary accommodation (£1.8m).

Members questioned the Deputy Leader and the Director on:-

· the risk that the Fair Funding Review would reduce the Council's grant, each 1% being worth about £1.1m;
· whether the General Fund balance of £14.2m was enough, given the level of risk;
· how far spending on prevention could reduce demand for social care in the medium term;
· the rising cost of transport for children with special educational needs.

RESOLVED that the Scrutiny Co-ordination Committee:-

1) Notes the Medium Term Financial Strategy.

2) Requests that the draft budget proposals be brought to the Committee on 25th November 2026, before
Cabinet considers them.

3) Refers the rising cost of home to school transport for children with special educational needs to the
Communities and Housing Scrutiny Board for inclusion in its work programme.""",
            ),
            Item(
                "Ofsted Focused Visit to Children's Services",
                key="scr_ofsted",
                agenda="Briefing Note of the Director of Children's Services",
                papers=[
                    Paper(
                        "Ofsted Focused Visit July 2026",
                        OFSTED_NOTE,
                        "Briefing Note of the Director of Children's Services",
                    )
                ],
                minutes="""The Committee received a Briefing Note of the Director of Children's Services on
the outcome of Ofsted's focused visit in July 2026. Councillor McCrae, Cabinet Member for Children and Young
People, attended for this item.

Inspectors had found that children at risk of harm were identified quickly, but that caseloads in two
assessment teams were too high and that the quality of plans varied. Average caseloads had been 24 against
a target of 18. Eight social workers had since been recruited.

Members welcomed the positive findings. In response to a question from Councillor Brandreth, the Director
confirmed that caseloads had now fallen to an average of 19.

RESOLVED that the Scrutiny Co-ordination Committee:-

1) Notes the outcome of the focused visit and the action taken.

2) Agrees to receive an update on caseloads and the quality of plans in March 2027.""",
            ),
            Item(
                "Work Programme 2026/27",
                agenda="Report of the Scrutiny Co-ordinator",
                papers=[_work_programme("October 2026")],
                minutes="""The Committee noted its Work Programme, updated to show the draft budget
proposals at its meeting on 25th November 2026.""",
            ),
        ],
    ),
    MeetingDef(
        committee_id=102,
        day=date(2026, 11, 4),
        location=ROOM,
        finish="1.05 pm",
        state=State.MINUTES,
        key="scr-nov",
        in_attendance=[204, 208],
        title_quirk="leading_space",
        items=[
            Item(
                "Declarations of Interest",
                agenda="To receive any declarations of interest.",
                minutes="There were no disclosable pecuniary interests.",
            ),
            Item(
                "Minutes",
                agenda="To agree the minutes of the meeting held on 7 October 2026.",
                papers=[Paper("Minutes of the meeting held on 7 October 2026", minutes_of_key="scr-oct")],
                minutes=(
                    "The minutes of the meeting held on 7th October 2026 were agreed and "
                    "signed as a true record."
                ),
            ),
            Item(
                "Neighbourhood Policing and Anti-social Behaviour",
                key="scr_policing",
                agenda="Briefing Note of Fernmoor Police and the Director of Communities",
                papers=[
                    Paper(
                        "Neighbourhood Policing and Anti-social Behaviour Update",
                        POLICING_NOTE,
                        "Briefing Note of Fernmoor Police and the Director of Communities",
                    )
                ],
                minutes="""Further to Minute {minute:scr_csp}, the Scrutiny Co-ordination Committee received a
Briefing Note of Fernmoor Police and the Director of Communities on neighbourhood policing and joint work to
reduce anti-social behaviour. Inspector Jane Okafor, Fernmoor Police, and Kirsty Maddox, Community Safety
Manager, attended for this item, together with Councillor Oyelaran, Cabinet Member for Community Safety.

Fernmoor had four neighbourhood policing teams with 21 officers and 14 police community support officers.
The proportion of time that neighbourhood officers were taken away to cover response duties had fallen from
19% to 11% during the year, which Inspector Okafor attributed to a new force-wide policy protecting
neighbourhood shifts.

There had been 1,184 reports of anti-social behaviour between April and September 2026, 13% fewer than in
the same period of 2025. Riverside and the town centre accounted for 38% of reports. A dispersal order under
the Anti-social Behaviour, Crime and Policing Act 2014 had been used on six occasions at Riverside Park
over the summer, and a joint patrol plan with the Council's wardens was in place for the autumn.

The Community Safety Manager described the work of the multi-agency problem-solving group, which had
closed 42 cases since April. Of these, 17 had involved young people, and in 12 of those cases the family had
accepted support from the early help service. Three closure orders had been obtained against premises
linked to drug dealing.

Members asked questions and received responses on a number of matters, including:-

· how residents could find out who their neighbourhood officers were, and why ward meetings were not
always attended by the police;
· whether the reduction in reports reflected a real fall in anti-social behaviour or lower confidence in
reporting, and what the public survey showed;
· the use of dispersal orders, and whether they moved the problem to neighbouring streets;
· the adequacy of street lighting and CCTV coverage at Riverside Park;
· support for shop workers facing abuse and violence, and the link with retail crime.

Inspector Okafor undertook to ensure that a neighbourhood officer attended every ward meeting where
anti-social behaviour was on the agenda, and to share the results of the public survey with Members.

RESOLVED that the Scrutiny Co-ordination Committee:-

1) Notes the update on neighbourhood policing and anti-social behaviour.

2) Requests that the Cabinet Member for Community Safety review CCTV coverage at Riverside Park and report
back to the Committee.

3) Recommends to Cabinet that the joint warden and police patrol plan be continued through the winter.""",
            ),
            Item(
                "Household Recycling Performance",
                agenda="Briefing Note of the Director of Environment and Waste",
                papers=[
                    Paper(
                        "Household Recycling Performance 2025-26",
                        RECYCLING_NOTE,
                        "Briefing Note of the Director of Environment and Waste",
                        http_url=True,
                    )
                ],
                minutes="""The Committee received a Briefing Note of the Director of Environment and Waste
that reported a household recycling rate of 41.8% in 2025/26, below the target of 45%. Contamination of mixed
recycling had risen to 17% and had cost £310,000 in rejected loads. Councillor Pryce, Cabinet Member for
Environment and Climate, attended for this item.

Members discussed the introduction of weekly food waste collections from April 2027, which officers
expected to raise the recycling rate by about six percentage points.

RESOLVED that the Scrutiny Co-ordination Committee:-

1) Notes the recycling performance for 2025/26.

2) Requests that a campaign to reduce contamination be developed with ward councillors and brought to the
Committee before it is launched.""",
            ),
            Item(
                "Work Programme 2026/27",
                agenda="Report of the Scrutiny Co-ordinator",
                papers=[_work_programme("November 2026")],
                minutes="""RESOLVED that the Scrutiny Co-ordination Committee notes the Work Programme and
agrees to add an item on bus services to its meeting on 20th January 2027.""",
            ),
        ],
    ),
    MeetingDef(
        committee_id=102,
        day=date(2026, 11, 25),
        location=ROOM,
        state=State.AGENDA,
        items=[
            Item("Declarations of Interest", agenda="To receive any declarations of interest."),
            Item(
                "Minutes",
                agenda="To agree the minutes of the meeting held on 4 November 2026.",
                papers=[Paper("Minutes of the meeting held on 4 November 2026", minutes_of_key="scr-nov")],
            ),
            Item(
                "Draft Budget Proposals 2027/28",
                agenda="Briefing Note of the Director of Finance and Resources",
                papers=[
                    Paper(
                        "Draft Budget Proposals 2027-28",
                        DRAFT_BUDGET_NOTE,
                        "Briefing Note of the Director of Finance and Resources",
                    )
                ],
            ),
            Item(
                "Work Programme 2026/27",
                agenda="Report of the Scrutiny Co-ordinator",
                papers=[_work_programme("25 November 2026")],
            ),
            Item(
                "Any Other Items of Public Business",
                agenda="""Any other items of public business which the Chair decides to take as a matter of
urgency because of the special circumstances involved.""",
            ),
        ],
    ),
    MeetingDef(committee_id=102, day=date(2027, 1, 20), location=ROOM, state=State.PLANNED),
]

COMMITTEE = CommitteeDef(
    committee_id=102,
    title="Scrutiny Co-ordination Committee",
    category="Scrutiny",
    members=[210, 215, 209, 211, 213, 218, 222, 226, 230],
    first_minute=19,
    contact=CONTACT,
    meetings=MEETINGS,
)
