"""Communities and Housing Scrutiny Board of Fernmoor Borough Council (fictional).

Its clerk writes differently from the others: real HTML lists for discussion points and (a), (b) labels
for resolutions.
"""

from __future__ import annotations

from datetime import date

from ..model import CommitteeDef, Item, MeetingDef, Paper, State
from .housing_papers import (
    DAMP_NOTE,
    HOMES_PROGRESS_NOTE,
    PILOT_NOTE,
    SATISFACTION_NOTE,
    SEND_TRANSPORT_NOTE,
    TEMP_ACCOMMODATION_NOTE,
    WORK_PROGRAMME,
)

CONTACT = (
    "Liam Ashcroft, Scrutiny Co-ordinator - Telephone: 01632 960231 E-mail: liam.ashcroft@fernmoor.example"
)
ROOM = "Committee Room 2, Civic Centre, Fernmoor"


def _work_programme(month: str) -> Paper:
    return Paper(
        f"Communities and Housing Scrutiny Board Work Programme {month}",
        WORK_PROGRAMME,
        "Report of the Scrutiny Co-ordinator",
    )


MEETINGS = [
    MeetingDef(
        committee_id=106,
        day=date(2026, 9, 16),
        location=ROOM,
        finish="12.50 pm",
        state=State.MINUTES,
        key="hsg-sep",
        attendance={224: "Apologies"},
        in_attendance=[203],
        items=[
            Item(
                "Declarations of Interest",
                agenda="To receive any declarations of interest.",
                minutes="""Councillor Bello declared an other registrable interest as a tenant of Fernmoor
Homes.""",
            ),
            Item(
                "Minutes",
                agenda="To agree the minutes of the meeting held on 15 July 2026.",
                minutes="The minutes of the meeting held on 15th July 2026 were signed as a true record.",
            ),
            Item(
                "Temporary Accommodation and Homelessness",
                key="hsg_ta",
                agenda="Briefing Note of the Director of Housing",
                papers=[
                    Paper(
                        "Temporary Accommodation and Homelessness",
                        TEMP_ACCOMMODATION_NOTE,
                        "Briefing Note of the Director of Housing",
                    )
                ],
                minutes="""The Board received a Briefing Note of the Director of Housing on the rise in
homelessness and in the use of temporary accommodation. Councillor Varma, Cabinet Member for Housing,
attended for this item.

At 31st August 2026, 312 households were living in temporary accommodation, compared with 226 a year
earlier. 61 of them were in bed and breakfast, including 23 families with children. The net cost of
temporary accommodation was forecast at £5.4m for 2026/27, which was £1.8m more than the budget.

The Director explained that the main causes were the ending of private tenancies, as landlords sold or
raised rents, and a shortage of homes to move on to. The Council was buying 40 homes for use as temporary
accommodation at a cost of £9.6m, and had set up a prevention team to work with private landlords.

The Cabinet Member said that no family should be in bed and breakfast for more than the six weeks that
the law allowed, and that this was the Council's first priority for housing.

The Board questioned the Cabinet Member and officers on:-

- how long families with children had been in bed and breakfast, and how many had exceeded six weeks;
- the support given to children to stay at the same school when placed out of the area;
- whether the Council could lease more homes from private landlords, and the incentives offered;
- the cost of each bed and breakfast placement compared with a leased home;
- joint work with the Department for Work and Pensions on housing costs for people on Universal Credit.

Officers reported that 9 families had been in bed and breakfast for longer than six weeks, the longest
for eleven weeks, and that each case was reviewed weekly by the Head of Housing Options. Placements out
of the borough were avoided wherever possible; when they happened, school transport was provided. The
average net cost of a bed and breakfast placement was £262 a week, compared with £48 for a leased home.

Members welcomed the plan to buy homes but were concerned that it would not keep pace with demand. They
asked that the Board see the figures for every quarter.

RESOLVED that the Communities and Housing Scrutiny Board:-

(a) Notes the position on homelessness and temporary accommodation.

(b) Recommends to Cabinet that the programme to buy homes for temporary accommodation be increased from
40 to 60 homes, if a business case shows that it would reduce costs.

(c) Requests quarterly figures on the use of bed and breakfast, including the number of families placed
for more than six weeks.""",
            ),
            Item(
                "Damp and Mould in Council Homes",
                agenda="Briefing Note of the Director of Housing",
                papers=[
                    Paper(
                        "Damp and Mould in Council Homes",
                        DAMP_NOTE,
                        "Briefing Note of the Director of Housing",
                        http_url=True,
                    )
                ],
                minutes="""The Board received a Briefing Note on damp and mould in council homes. 1,212
reports had been received in 2025/26, and the average time to inspect was 9 working days.

Members asked about the handling of repeat reports and whether tenants were told the outcome. Officers
explained that every tenant now received a written summary after an inspection.

RESOLVED that the Board notes the Briefing Note and the preparations for the new time limits.""",
            ),
            Item(
                "Work Programme",
                agenda="Report of the Scrutiny Co-ordinator",
                papers=[_work_programme("September 2026")],
                minutes="RESOLVED that the Work Programme be noted.",
            ),
        ],
    ),
    MeetingDef(
        committee_id=106,
        day=date(2026, 10, 14),
        location=ROOM,
        finish="12.15 pm",
        state=State.MINUTES,
        key="hsg-oct",
        attendance={209: "Apologies", 218: "Apologies"},
        items=[
            Item(
                "Declarations of Interest",
                agenda="To receive any declarations of interest.",
                minutes=(
                    "Councillor Bello declared an other registrable interest as a tenant of Fernmoor Homes."
                ),
            ),
            Item(
                "Minutes",
                agenda="To agree the minutes of the meeting held on 16 September 2026.",
                papers=[Paper("Minutes of the meeting held on 16 September 2026", minutes_of_key="hsg-sep")],
                minutes=(
                    "The minutes of the meeting held on 16th September 2026 were signed as a true record."
                ),
            ),
            Item(
                "Tenant Satisfaction Measures 2025/26",
                agenda="Briefing Note of the Director of Housing",
                papers=[
                    Paper(
                        "Tenant Satisfaction Measures 2025-26",
                        SATISFACTION_NOTE,
                        "Briefing Note of the Director of Housing",
                    )
                ],
                minutes="""The Board considered the results of the 2025/26 tenant satisfaction survey. Overall
satisfaction had risen from 68% to 71%, but only 34% of tenants who had complained were satisfied with how
their complaint had been handled.

Members discussed:-

- the reasons for low satisfaction with complaint handling;
- whether tenants' views were sought after a repair was finished;
- how the results compared with similar landlords.

RESOLVED that the Board:-

(a) Notes the results of the survey.

(b) Requests that the Director of Housing report on the improvement plan for complaint handling in
February 2027.""",
            ),
            Item(
                "New Council Homes: Progress Report",
                agenda="Briefing Note of the Director of Housing",
                papers=[
                    Paper(
                        "New Council Homes Progress Report October 2026",
                        HOMES_PROGRESS_NOTE,
                        "Briefing Note of the Director of Housing",
                    )
                ],
                minutes="""Further to Minute {minute:cab_homes} of Cabinet, the Board received an update on
the Fernmoor Homes Delivery Programme. Design teams had been appointed for all five Phase 2 sites, and 38
of the 146 homes were designed to be fully wheelchair accessible.

Further to Minute {minute:hsg_ta}, the Chair asked whether any of the new homes could be used to reduce
the use of bed and breakfast. The Director of Housing said that the homes were for permanent lets, but that
lettings to households in temporary accommodation would be prioritised.

RESOLVED that the Board notes the progress report.""",
            ),
            Item(
                "Work Programme",
                agenda="Report of the Scrutiny Co-ordinator",
                papers=[_work_programme("October 2026")],
                minutes="""RESOLVED that the Work Programme be noted, and that the referral from the Scrutiny
Co-ordination Committee on home to school transport be added to the meeting on 11th November 2026.""",
            ),
        ],
    ),
    MeetingDef(
        committee_id=106,
        day=date(2026, 11, 11),
        location=ROOM,
        finish="12.30 pm",
        state=State.MINUTES,
        key="hsg-nov",
        attendance={215: "Apologies", 211: "Absent"},
        in_attendance=[205, 207],
        items=[
            Item(
                "Declarations of Interest",
                agenda="To receive any declarations of interest.",
                minutes="There were no declarations of interest.",
            ),
            Item(
                "Minutes",
                agenda="To agree the minutes of the meeting held on 14 October 2026.",
                papers=[Paper("Minutes of the meeting held on 14 October 2026", minutes_of_key="hsg-oct")],
                minutes="The minutes of the meeting held on 14th October 2026 were signed as a true record.",
            ),
            Item(
                "Home to School Transport for Children with Special Educational Needs",
                agenda="Briefing Note of the Director of Children's Services",
                papers=[
                    Paper(
                        "Home to School Transport for Children with SEND",
                        SEND_TRANSPORT_NOTE,
                        "Briefing Note of the Director of Children's Services",
                    )
                ],
                minutes="""Further to Minute {minute:scr_mtfs} of the Scrutiny Co-ordination Committee, the
Board considered a Briefing Note of the Director of Children's Services on the cost of home to school
transport for children with special educational needs and disabilities. Councillor McCrae, Cabinet Member
for Children and Young People, attended for this item.

The number of children transported had risen from 734 to 1,016 in three years, and the cost from £4.1m to
£6.3m. More than half of the cost was for single-occupancy taxis.

The Board asked about:-

- the number of new special school places being created in the borough;
- the take-up of personal travel budgets in other councils;
- how parents would be involved in any change.

The Cabinet Member reminded the Board that Cabinet will consider the Home to School Transport Policy on
9th December 2026.

RESOLVED that the Board:-

(a) Notes the Briefing Note.

(b) Recommends to Cabinet that independent travel training be offered to every young person for whom it is
suitable before any change to post-16 transport is made.""",
            ),
            Item(
                "Northgate Library Self-Service Pilot",
                agenda="Briefing Note of the Director of Communities",
                papers=[
                    Paper(
                        "Northgate Library Self-Service Pilot",
                        PILOT_NOTE,
                        "Briefing Note of the Director of Communities",
                    )
                ],
                minutes="""Further to Minute {minute:cab_libraries} of Cabinet, the Board received a Briefing
Note on the self-service pilot at Northgate Library. Councillor Fenwick, Cabinet Member for Communities and
Culture, attended for this item. Opening hours would rise from 38 to 61 hours a week, and the works would
cost £84,000.

RESOLVED that the Board notes the arrangements for the pilot and agrees to visit the library in February
2027.""",
            ),
            Item(
                "Work Programme",
                agenda="Report of the Scrutiny Co-ordinator",
                papers=[_work_programme("November 2026")],
                minutes="RESOLVED that the Work Programme be noted.",
            ),
        ],
    ),
    MeetingDef(committee_id=106, day=date(2026, 12, 9), location=ROOM, state=State.PLANNED),
]

COMMITTEE = CommitteeDef(
    committee_id=106,
    title="Communities and Housing Scrutiny Board",
    category="Scrutiny",
    members=[221, 229, 209, 211, 215, 218, 224, 232],
    first_minute=15,
    contact=CONTACT,
    meetings=MEETINGS,
)
