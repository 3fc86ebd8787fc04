"""Cabinet of Fernmoor Borough Council (fictional): the executive, which approves."""

from __future__ import annotations

from datetime import date

from ..model import CommitteeDef, Item, MeetingDef, Paper, State
from .cabinet_papers import (
    CLIMATE_REPORT,
    FEES_REPORT,
    FOOD_WASTE_REPORT,
    HOMES_REPORT,
    LIBRARIES_REPORT,
    MTFS_REPORT,
    PARKING_REPORT,
    Q2_MONITORING_REPORT,
    SCHOOL_TRANSPORT_REPORT,
    TRANSPORT_PLAN_REPORT,
)

CONTACT = (
    "Rachel Penhaligon, Governance Services - Telephone: 01632 960214 "
    "E-mail: rachel.penhaligon@fernmoor.example"
)


MEETINGS = [
    MeetingDef(
        committee_id=101,
        day=date(2026, 9, 15),
        time="2.00 pm",
        finish="4.10 pm",
        state=State.MINUTES,
        key="cab-sep",
        attendance={207: "Apologies"},
        in_attendance=[209, 210],
        items=[
            Item(
                "Apologies for Absence",
                agenda="To receive any apologies for absence.",
                minutes="Apologies for absence were received from Councillor Fenwick.",
            ),
            Item(
                "Declarations of Interest",
                agenda="To receive any declarations of interest from Members.",
                minutes="""Councillor Varma declared an other registrable interest in the matter referred
to in Minute {minute:cab_homes} below (Fernmoor Homes Delivery Programme: Phase 2) as a Council-appointed
board member of Fernmoor Community Homes Trust. She remained in the meeting and took part in the
discussion.""",
            ),
            Item(
                "Minutes",
                agenda="To agree the minutes of the meeting held on 21 July 2026.",
                minutes="The minutes of the meeting held on 21st July 2026 were agreed as a true record.",
            ),
            Item(
                "Fernmoor Homes Delivery Programme: Phase 2",
                key="cab_homes",
                is_decision=True,
                presented_by="Cabinet Member for Housing",
                agenda="Report of the Director of Housing",
                papers=[
                    Paper(
                        "Fernmoor Homes Delivery Programme Phase 2",
                        HOMES_REPORT,
                        "Report of the Director of Housing",
                    )
                ],
                minutes="""Cabinet considered a report of the Director of Housing which sought approval to
proceed with Phase 2 of the Fernmoor Homes Delivery Programme, building 146 new council homes on five
Council-owned sites at a total cost of £18.4m.

The Cabinet Member for Housing reported that Phase 1 had delivered 88 homes at an average cost 4% below the
estimate, and that the new homes had cut tenants' energy bills by about 41%. Phase 2 would deliver 104
homes at social rent and 42 at affordable rent, all with air source heat pumps.

Councillor Hale, Leader of the Opposition, attended for this item and asked how the Council would manage
the risk of build cost inflation. The Director of Housing explained that a 7% contingency had been built
into the budget and that fixed-price contracts would be sought where possible.

RESOLVED that Cabinet:-

1) Approves Phase 2 of the Fernmoor Homes Delivery Programme on the five sites set out in paragraph 4.2 of
the report.

2) Approves a capital budget of £18.4m, funded as set out in Table 1 of the report.

3) Delegates authority to the Director of Housing, following consultation with the Cabinet Member for
Housing, to award the construction contracts within the approved budget.""",
            ),
            Item(
                "Medium Term Financial Strategy 2027/28 to 2029/30",
                key="cab_mtfs",
                is_decision=True,
                presented_by="Deputy Leader",
                agenda="Report of the Director of Finance and Resources",
                papers=[
                    Paper(
                        "Medium Term Financial Strategy 2027-28 to 2029-30",
                        MTFS_REPORT,
                        "Report of the Director of Finance and Resources",
                        http_url=True,
                    )
                ],
                minutes="""Cabinet considered a report of the Director of Finance and Resources that
updated the Council's financial forecast for the three years from 2027/28 and set out the approach to
closing a cumulative budget gap of £9.7m.

The Deputy Leader highlighted that the forecast assumed a council tax increase of 2.99% a year, and that
demand for adult social care and temporary accommodation was growing faster than funding. The General Fund
balance stood at £14.2m, and the Director of Finance and Resources advised that it should not fall below
£12m.

Members noted that the Scrutiny Co-ordination Committee would examine the Strategy at its meeting on 7th
October 2026. Cabinet will consider the draft budget on 9th December 2026, and the final budget will be
recommended to Council on 23rd February 2027.

RESOLVED that Cabinet:-

1) Notes the forecast budget gap of £9.7m over the three years to 2029/30.

2) Approves the budget principles set out in section 5 of the report.

3) Agrees that public consultation on the draft budget take place between 10th December 2026 and 21st
January 2027.""",
            ),
            Item(
                "Library Service Review: Outcome of Consultation",
                key="cab_libraries",
                is_decision=True,
                presented_by="Cabinet Member for Communities and Culture",
                agenda="Report of the Director of Communities",
                papers=[
                    Paper(
                        "Library Service Review - Outcome of Consultation",
                        LIBRARIES_REPORT,
                        "Report of the Director of Communities",
                    )
                ],
                minutes="""Further to Minute {minute:scr_libraries} of the Scrutiny Co-ordination
Committee, Cabinet considered a report of the Director of Communities which set out the results of public
consultation on the future of the library service and the options for the service from April 2027.

The consultation had received 3,418 responses. 71% of respondents had opposed any closure, and 58% said they
would use a library outside staffed hours if it were safe to do so. The Deputy Leader presented the report in
the absence of the Cabinet Member for Communities and Culture.

Councillor Dunmore, Chair of the Scrutiny Co-ordination Committee, attended and set out the Committee's
recommendations, including that no branch should close and that self-service hours be piloted at one branch
before being extended. Cabinet thanked the Committee for its work.

RESOLVED that Cabinet:-

1) Approves Option B, keeping all nine libraries open with reduced staffed hours at four branches and
self-service access outside staffed hours, to take effect from 1st April 2027.

2) Agrees the recommendation of the Scrutiny Co-ordination Committee that self-service access be piloted at
Northgate Library from January 2027, with an evaluation before it is extended.

3) Requests the Director of Communities to report the results of the pilot to Cabinet in June 2027.""",
            ),
            Item(
                "Disposal of Land at the Former Wharf Street Depot",
                restricted=True,
                is_decision=True,
                agenda="""Report of the Director of Property and Regeneration. This item contains information
which is exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (information
relating to the financial or business affairs of any particular person).""",
                papers=[
                    Paper("Wharf Street Depot - Terms of Disposal", "", "Private report", restricted=True)
                ],
                minutes="""Cabinet considered a private report of the Director of Property and Regeneration
setting out the terms agreed for the sale of the former Wharf Street depot.

RESOLVED that Cabinet approves the disposal of the former Wharf Street depot on the terms set out in the
private report.""",
            ),
        ],
    ),
    MeetingDef(
        committee_id=101,
        day=date(2026, 10, 13),
        time="2.00 pm",
        finish="4.35 pm",
        state=State.MINUTES,
        key="cab-oct",
        title_quirk="double_escape",
        in_attendance=[218],
        items=[
            Item(
                "Apologies for Absence",
                agenda="To receive any apologies for absence.",
                minutes="There were no apologies for absence.",
            ),
            Item(
                "Declarations of Interest",
                agenda="To receive any declarations of interest from Members.",
                minutes="There were no declarations of interest.",
            ),
            Item(
                "Minutes",
                agenda="To agree the minutes of the meeting held on 15 September 2026.",
                papers=[Paper("Minutes of the meeting held on 15 September 2026", minutes_of_key="cab-sep")],
                minutes="""The minutes of the meeting held on 15th September 2026 were agreed as a true record
and signed by the Leader.""",
            ),
            Item(
                "Climate Emergency Action Plan: Annual Progress Report",
                key="cab_climate",
                is_decision=True,
                presented_by="Cabinet Member for Environment and Climate",
                agenda="Report of the Director of Environment and Waste",
                papers=[
                    Paper(
                        "Climate Emergency Action Plan Annual Progress Report 2025-26",
                        CLIMATE_REPORT,
                        "Report of the Director of Environment and Waste",
                    )
                ],
                minutes="""Cabinet received the second annual progress report on the Climate Emergency Action
Plan, presented by the Cabinet Member for Environment and Climate.

The Council's own emissions had fallen by 13% in 2025/26, helped by LED street lighting and the move of 34
fleet vehicles to electric. Borough-wide emissions, however, had fallen by only 3.4% against the 5% a year
that the Plan assumed.

Councillor Brandreth attended for this item and urged Cabinet to bring forward the home retrofit advice
service. The Cabinet Member replied that a bid for government funding had been submitted and that the
service would start in spring 2027 if it succeeded.

RESOLVED that Cabinet:-

1) Notes the progress made in the second year of the Climate Emergency Action Plan.

2) Approves the five priorities for 2027 set out in section 4 of the report.""",
            ),
            Item(
                "Fees & Charges 2027/28",
                is_decision=True,
                presented_by="Deputy Leader",
                agenda="Report of the Director of Finance and Resources",
                papers=[
                    Paper(
                        "Fees and Charges 2027-28",
                        FEES_REPORT,
                        "Report of the Director of Finance and Resources",
                    )
                ],
                minutes="""The Deputy Leader presented a report proposing a general increase of 4% in
discretionary fees and charges for 2027/28, together with a small number of exceptions. The charge for
garden waste collection would rise from £46 to £49 a year, and burials of children would remain free of
charge.

RESOLVED that Cabinet approves the fees and charges for 2027/28 as set out in the appendix to the report.""",
            ),
            Item(
                "Town Centre Parking Strategy 2027-2032",
                is_decision=True,
                presented_by="Cabinet Member for Transport and Planning",
                agenda="Report of the Director of Property and Regeneration",
                papers=[
                    Paper(
                        "Town Centre Parking Strategy 2027-2032",
                        PARKING_REPORT,
                        "Report of the Director of Property and Regeneration",
                    )
                ],
                minutes="""Cabinet considered the draft Town Centre Parking Strategy, which proposed a
cycle hub and blue badge bays in place of 60 spaces at the Market Street car park, an extension of the
Riverside residents' parking zone and a flat evening charge of £1.50.

In discussion, Cabinet Members raised the following matters:-

· the effect of the evening charge on the night-time economy, which officers expected to be small;
· whether traders had been consulted, which they had through the Town Centre Business Forum;
· the timetable for consulting residents of the 11 Riverside streets.

RESOLVED that Cabinet:-

1) Approves the Town Centre Parking Strategy 2027-2032.

2) Agrees that the extension of the Riverside residents' parking zone be subject to statutory consultation
under the Road Traffic Regulation Act 1984.""",
            ),
            Item(
                "Home to School Transport Policy 2027/28",
                key="cab_school_transport",
                is_decision=True,
                presented_by="Cabinet Member for Children and Young People",
                agenda="Report of the Director of Children's Services",
                papers=[
                    Paper(
                        "Home to School Transport Policy 2027-28",
                        SCHOOL_TRANSPORT_REPORT,
                        "Report of the Director of Children's Services",
                    )
                ],
                minutes="""Cabinet considered proposed changes to the Home to School Transport Policy for
2027/28, including personal travel budgets, an end to discretionary post-16 transport and independent travel
training. Spending on home to school transport had risen by 38% in three years, to £8.1m.

The Cabinet Member for Children and Young People said that she had met the Fernmoor Parent Carer Forum,
which had asked for more time to respond on the post-16 proposal. She proposed that the decision be put
back to allow this.

RESOLVED that Cabinet defers a decision on the Home to School Transport Policy 2027/28 to its meeting on
9th December 2026, to allow further engagement with the Fernmoor Parent Carer Forum on the post-16
proposals.""",
            ),
        ],
    ),
    MeetingDef(
        committee_id=101,
        day=date(2026, 11, 10),
        time="2.00 pm",
        finish="4.30 pm",
        state=State.HELD,
        attendance={205: "Apologies"},
        items=[
            Item("Apologies for Absence", agenda="To receive any apologies for absence."),
            Item("Declarations of Interest", agenda="To receive any declarations of interest from Members."),
            Item(
                "Minutes",
                agenda="To agree the minutes of the meeting held on 13 October 2026.",
                papers=[Paper("Minutes of the meeting held on 13 October 2026", minutes_of_key="cab-oct")],
            ),
            Item(
                "Revenue and Capital Monitoring: Quarter 2 2026/27",
                is_decision=True,
                agenda="Report of the Director of Finance and Resources",
                papers=[
                    Paper(
                        "Revenue and Capital Monitoring Quarter 2 2026-27",
                        Q2_MONITORING_REPORT,
                        "Report of the Director of Finance and Resources",
                    )
                ],
            ),
            Item(
                "Weekly Food Waste Collections",
                is_decision=True,
                agenda="Report of the Director of Environment and Waste",
                papers=[
                    Paper(
                        "Weekly Food Waste Collections",
                        FOOD_WASTE_REPORT,
                        "Report of the Director of Environment and Waste",
                    )
                ],
            ),
            Item(
                "Draft Local Transport Plan: Consultation Response",
                is_decision=True,
                agenda="Report of the Director of Property and Regeneration",
                papers=[
                    Paper(
                        "Draft Local Transport Plan - Consultation Response",
                        TRANSPORT_PLAN_REPORT,
                        "Report of the Director of Property and Regeneration",
                    )
                ],
            ),
        ],
    ),
    MeetingDef(committee_id=101, day=date(2026, 12, 9), time="2.00 pm", state=State.PLANNED),
]

COMMITTEE = CommitteeDef(
    committee_id=101,
    title="Cabinet",
    category="Executive",
    members=[201, 202, 203, 204, 205, 206, 207, 208],
    first_minute=31,
    contact=CONTACT,
    meetings=MEETINGS,
)
