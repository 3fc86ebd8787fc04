"""Licensing Committee of Fernmoor Borough Council (fictional): hearings, policy and taxi matters."""

from __future__ import annotations

from datetime import date

from ..model import CommitteeDef, Item, MeetingDef, Paper, State
from .licensing_papers import (
    FARES_REPORT,
    GAMBLING_REPORT,
    NIGHT_OWL_REPORT,
    POLICY_REVIEW_REPORT,
    VEHICLE_POLICY_REPORT,
)

CONTACT = "Grace Oduya, Governance Services - Telephone: 01632 960263 E-mail: grace.oduya@fernmoor.example"
ROOM = "Committee Room 3, Civic Centre, Fernmoor"


MEETINGS = [
    MeetingDef(
        committee_id=105,
        day=date(2026, 9, 17),
        finish="1.30 pm",
        location=ROOM,
        state=State.MINUTES,
        key="lic-sep",
        attendance={225: "Apologies", 228: "Apologies", 234: "Absent"},
        items=[
            Item(
                "Apologies for Absence",
                agenda="To receive apologies for absence.",
                minutes="Apologies for absence were received from Councillors Ransome and Hulme.",
            ),
            Item(
                "Declarations of Interest",
                agenda="To receive declarations of interest.",
                minutes="There were no declarations of interest.",
            ),
            Item(
                "Minutes",
                agenda="To approve the minutes of the meeting held on 16 July 2026.",
                minutes=(
                    "The minutes of the meeting held on 16th July 2026 were approved as a correct record."
                ),
            ),
            Item(
                "Application for a New Premises Licence: The Night Owl, 22 Market Street",
                key="lic_night_owl",
                agenda="""Report of the Licensing Manager. The Committee will determine the application under
the Licensing Act 2003.""",
                papers=[
                    Paper(
                        "The Night Owl 22 Market Street - Premises Licence Application",
                        NIGHT_OWL_REPORT,
                        "Report of the Licensing Manager",
                    )
                ],
                minutes="""The Committee considered an application by Nightjar Leisure Ltd for a new premises
licence for The Night Owl, 22 Market Street, to sell alcohol until 3.30 am on Fridays and Saturdays, with
recorded music.

Sergeant Paul Whitfield, Fernmoor Police, attended and spoke against the application. He reported 146
violent incidents in Market Street between midnight and 4 am in the last year, more than in any other
street in the borough. The premises lay within the Market Street Cumulative Impact Area.

Two residents of Church Walk addressed the Committee about noise and disorder in the early hours.

Mr Ian Holloway, solicitor for the applicant, said that the operator ran well-managed premises in three
other towns and offered door staff, a closed-circuit television system and a last entry time of 1 am.

The Committee considered the Licensing Act 2003, the Statutory Guidance issued under section 182 of the
Act and the Council's Statement of Licensing Policy. It was not satisfied that the applicant had shown
that the premises would not add to the cumulative impact of late-night premises in Market Street.

RESOLVED that the application for a premises licence be refused, as the grant of the licence would
undermine the licensing objectives of the prevention of crime and disorder and the prevention of public
nuisance, and the applicant had not rebutted the presumption against the grant of new licences in the
Market Street Cumulative Impact Area.

The applicant was reminded of the right of appeal to the Magistrates' Court within 21 days.""",
            ),
            Item(
                "Review of the Statement of Licensing Policy",
                key="lic_policy",
                agenda="Report of the Licensing Manager",
                papers=[
                    Paper(
                        "Statement of Licensing Policy Review 2027",
                        POLICY_REVIEW_REPORT,
                        "Report of the Licensing Manager",
                    )
                ],
                minutes="""The Licensing Manager presented a draft revised Statement of Licensing Policy for
consultation. The main changes were an extension of the Market Street Cumulative Impact Area to include
Church Walk, guidance on the safety of women and girls at night and training for staff at late-opening
premises.

RESOLVED that the Committee:-

1) Agrees the draft Statement of Licensing Policy for public consultation between 1st October and 26th
November 2026.

2) Notes that the final Policy will be recommended to Council for adoption before 7th January 2027.""",
            ),
            Item(
                "Hackney Carriage Table of Fares",
                agenda="Report of the Licensing Manager",
                papers=[
                    Paper("Hackney Carriage Table of Fares", FARES_REPORT, "Report of the Licensing Manager")
                ],
                minutes="""The Committee considered a request from the Fernmoor Hackney Carriage
Association for an 8% increase in fares, taking the flag fall from £3.20 to £3.50. Mr Karim Aziz, Chair of the
Association, spoke in support, citing higher costs of fuel, insurance and vehicle repairs.

RESOLVED that the proposed table of fares be approved for public notice under section 65 of the Local
Government (Miscellaneous Provisions) Act 1976 and that, if no objections are received, it take effect on
1st November 2026.""",
            ),
        ],
    ),
    MeetingDef(
        committee_id=105,
        day=date(2026, 10, 15),
        finish="12.20 pm",
        location=ROOM,
        state=State.MINUTES,
        key="lic-oct",
        attendance={213: "Apologies"},
        items=[
            Item(
                "Apologies for Absence",
                agenda="To receive apologies for absence.",
                minutes="An apology for absence was received from Councillor Rhys.",
            ),
            Item(
                "Declarations of Interest",
                agenda="To receive declarations of interest.",
                minutes="""Councillor Garside declared that a member of her family held a private hire
driver's licence. She took no part in the item at Minute {minute:lic_driver}.""",
            ),
            Item(
                "Minutes",
                agenda="To approve the minutes of the meeting held on 17 September 2026.",
                papers=[Paper("Minutes of the meeting held on 17 September 2026", minutes_of_key="lic-sep")],
                minutes="""The minutes of the meeting held on 17th September 2026 were approved as a correct
record.

Further to Minute {minute:lic_policy}, the Licensing Manager reported that consultation on the draft
Statement of Licensing Policy had opened on 1st October 2026 and that 23 responses had been received so
far.""",
            ),
            Item(
                "Gambling Act 2005: Statement of Principles 2027-2030",
                agenda="Report of the Licensing Manager",
                papers=[
                    Paper(
                        "Gambling Act 2005 Statement of Principles 2027-2030",
                        GAMBLING_REPORT,
                        "Report of the Licensing Manager",
                    )
                ],
                minutes="""The Committee considered the outcome of consultation on the Statement of Principles
under the Gambling Act 2005 for 2027-2030. Nine responses had been received, and the local area profile had
been updated to show schools and treatment centres.

RESOLVED that the Statement of Principles 2027-2030 be recommended to Council for adoption.""",
            ),
            Item(
                "Taxi and Private Hire Licensing Policy: Vehicle Age and Emissions",
                agenda="Report of the Licensing Manager",
                papers=[
                    Paper(
                        "Taxi and Private Hire Vehicle Age and Emissions Policy",
                        VEHICLE_POLICY_REPORT,
                        "Report of the Licensing Manager",
                    )
                ],
                minutes="""The Committee considered proposals on the age and emissions of licensed
vehicles. Of the 612 vehicles licensed in the borough, 148 were hybrid or electric.

Representatives of the trade asked for the 2029 zero-emission requirement to be delayed, because of the
cost of electric vehicles and the lack of rapid chargers at the taxi ranks. The Licensing Manager said that
the climate programme included 120 further public charge points.

RESOLVED that the Committee:-

1) Approves the changes to the Taxi and Private Hire Licensing Policy set out in the report, with effect
from 1st April 2027.

2) Requests that the Cabinet Member for Environment and Climate be asked to prioritise rapid charge points
at the three town centre ranks.""",
            ),
            Item(
                "Private Hire Driver Licence: Review",
                key="lic_driver",
                restricted=True,
                agenda="""Report of the Licensing Manager. This item contains information which is exempt
under paragraphs 1 and 2 of Part 1 of Schedule 12A to the Local Government Act 1972 (information relating
to an individual, and likely to reveal the identity of an individual).""",
                papers=[Paper("Private Hire Driver Licence Review", "", "Private report", restricted=True)],
                minutes="""The Committee considered a private report about the conduct of a licensed private
hire driver.

RESOLVED that the driver's licence be revoked with immediate effect under section 61 of the Local
Government (Miscellaneous Provisions) Act 1976, in the interests of public safety.""",
            ),
        ],
    ),
    MeetingDef(committee_id=105, day=date(2026, 10, 29), location=ROOM, state=State.CANCELLED),
    MeetingDef(committee_id=105, day=date(2026, 12, 3), location=ROOM, state=State.PLANNED),
]

COMMITTEE = CommitteeDef(
    committee_id=105,
    title="Licensing Committee",
    category="Regulatory Committees",
    members=[217, 236, 213, 214, 219, 220, 222, 225, 228, 231, 233, 234],
    first_minute=9,
    contact=CONTACT,
    meetings=MEETINGS,
)
