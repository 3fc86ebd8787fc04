"""Planning Committee of Fernmoor Borough Council (fictional): grants, refuses and defers applications."""

from __future__ import annotations

from datetime import date

from ..model import CommitteeDef, Item, MeetingDef, Paper, State
from .planning_papers import (
    APPEALS_REPORT,
    CASTLE_STREET_REPORT,
    COMMUNITY_CENTRE_REPORT,
    DYEWORKS_REPORT,
    DYEWORKS_UPDATE,
    ENFORCEMENT_REPORT,
    GREYSTONE_REPORT,
    HOUSEHOLDER_REPORT,
    PRIORY_HOUSE_REPORT,
    RIVERSIDE_QUAY_REPORT,
    SOLAR_REPORT,
)

CONTACT = "Joanne Pike, Governance Services - Telephone: 01632 960245 E-mail: joanne.pike@fernmoor.example"
CHAMBER = "Council Chamber, Civic Centre, Fernmoor"

PROCEDURE = """Members of the public may speak on applications if they have registered by noon on the
working day before the meeting. Each speaker has three minutes."""


def _minutes_paper(day: str, key: str) -> Paper:
    return Paper(f"Minutes of the meeting held on {day}", minutes_of_key=key)


MEETINGS = [
    MeetingDef(
        committee_id=103,
        day=date(2026, 9, 3),
        time="6.00 pm",
        finish="8.50 pm",
        location=CHAMBER,
        state=State.MINUTES,
        key="plan-sep-a",
        attendance={216: "Apologies"},
        substitutes={230: 216},
        in_attendance=[209],
        items=[
            Item(
                "Apologies and Substitutions",
                agenda="To receive apologies and notification of substitutions.",
                minutes="""Apologies for absence were received from Councillor Tilsley. Councillor Lockwood
attended as his substitute.""",
            ),
            Item(
                "Declarations of Interest",
                agenda="To receive declarations of interest, including any prior contact with applicants.",
                minutes="""Councillor Harcourt declared that he had received correspondence from residents
about application 26/00412/FUL (Minute {minute:plan_greystone}), as a ward councillor for Greystone, but had
not expressed a view and came to the meeting with an open mind.""",
            ),
            Item(
                "Minutes",
                agenda="To confirm the minutes of the meeting held on 6 August 2026.",
                minutes=(
                    "The minutes of the meeting held on 6th August 2026 were confirmed as a correct record."
                ),
            ),
            Item(
                "26/00412/FUL - Land off Greystone Lane, Greystone",
                key="plan_greystone",
                agenda=f"Report of the Head of Development Management\n\n{PROCEDURE}",
                papers=[
                    Paper(
                        "26-00412-FUL Land off Greystone Lane",
                        GREYSTONE_REPORT,
                        "Report of the Head of Development Management",
                    )
                ],
                minutes="""The Committee considered a report of the Head of Development Management on an
application for the erection of 120 dwellings, with public open space, a play area and drainage works, on
land off Greystone Lane. The site was allocated for housing in the Fernmoor Local Plan 2021-2036.

The Committee was addressed by two residents objecting to the application, by Councillor Hale as a ward
councillor, and by the agent for the applicant.

The objectors' main concerns were traffic at the junction with the A614, flooding on Greystone Lane and
pressure on the primary school and surgery. The case officer explained that the Highway Authority and the
Lead Local Flood Authority had raised no objection subject to conditions, and that contributions of
£412,000 for primary education and £86,400 for the surgery would be secured.

Members discussed the proposed right-turn lane and asked that the construction traffic route avoid the
school at drop-off and collection times, which the agent agreed to.

RESOLVED that planning permission be granted, subject to the conditions set out in the report, an
additional condition requiring a construction traffic management plan, and the completion of a legal
agreement under section 106 of the Town and Country Planning Act 1990 securing 30% affordable housing and
the contributions set out in the report.""",
            ),
            Item(
                "26/00587/FUL - 14 Castle Street, Castle Mead",
                agenda="Report of the Head of Development Management",
                papers=[
                    Paper(
                        "26-00587-FUL 14 Castle Street",
                        CASTLE_STREET_REPORT,
                        "Report of the Head of Development Management",
                    )
                ],
                minutes="""The Committee considered an application for the change of use of a dwelling to a
large house in multiple occupation for nine people. The proportion of properties in HMO use within 100
metres of the site was 17%, above the 10% threshold in policy H12 of the Local Plan.

The applicant addressed the Committee and said that there was a shortage of rooms for young workers in
the town. A neighbour spoke against the application.

RESOLVED that planning permission be refused for the following reasons:-

1) The proposal would add to an existing concentration of houses in multiple occupation, harming the
balance and character of the community, contrary to policy H12 of the Fernmoor Local Plan.

2) The proposal would provide poor living conditions for occupiers, with two bedrooms below the nationally
described space standard and inadequate outdoor amenity space.""",
            ),
            Item(
                "26/00633/HOU - 7 Orchard Rise, Oakhollow",
                agenda="Report of the Head of Development Management",
                papers=[
                    Paper(
                        "26-00633-HOU 7 Orchard Rise",
                        HOUSEHOLDER_REPORT,
                        "Report of the Head of Development Management",
                    )
                ],
                minutes="""The application was reported to the Committee because the applicant was a member of
the Council's staff. No objections had been received.

RESOLVED that planning permission be granted subject to the conditions set out in the report.""",
            ),
            Item(
                "Planning Appeals Update",
                agenda="Report of the Head of Development Management",
                papers=[
                    Paper(
                        "Planning Appeals Update June to August 2026",
                        APPEALS_REPORT,
                        "Report of the Head of Development Management",
                    )
                ],
                minutes="RESOLVED that the report be noted.",
            ),
        ],
    ),
    MeetingDef(
        committee_id=103,
        day=date(2026, 9, 24),
        time="6.00 pm",
        finish="9.15 pm",
        location=CHAMBER,
        state=State.MINUTES,
        key="plan-sep-b",
        attendance={224: "Apologies", 233: "Apologies"},
        items=[
            Item(
                "Apologies and Substitutions",
                agenda="To receive apologies and notification of substitutions.",
                minutes="""Apologies for absence were received from Councillors Morgan and Sturgess. There
were no substitutions.""",
            ),
            Item(
                "Declarations of Interest",
                agenda="To receive declarations of interest, including any prior contact with applicants.",
                minutes="""Councillor Nwosu declared a non-registrable interest in application
26/00701/OUT, as she lived in Mill Road close to the site. She left the room for that item and took no part
in the discussion or vote.""",
            ),
            Item(
                "Minutes",
                agenda="To confirm the minutes of the meeting held on 3 September 2026.",
                papers=[_minutes_paper("3 September 2026", "plan-sep-a")],
                minutes=(
                    "The minutes of the meeting held on 3rd September 2026 were confirmed "
                    "as a correct record."
                ),
            ),
            Item(
                "26/00701/OUT - Former Millbrook Dye Works, Mill Road, Millbrook",
                key="plan_dyeworks",
                agenda=f"Report of the Head of Development Management\n\n{PROCEDURE}",
                papers=[
                    Paper(
                        "26-00701-OUT Former Millbrook Dye Works",
                        DYEWORKS_REPORT,
                        "Report of the Head of Development Management",
                    )
                ],
                minutes="""The Committee considered an outline application for up to 210 dwellings, a local
centre and the conversion of the listed chimney and boiler house at the former Millbrook Dye Works. Only
access was to be decided at this stage.

The applicant's viability assessment showed that the cost of treating contaminated land, estimated at
£6.8m, meant that only 15% affordable housing could be provided against the policy requirement of 25%. The
Council's independent adviser agreed with that conclusion.

Three residents and a representative of Millbrook Primary School addressed the Committee, raising concerns
about the new junction on Mill Road, which would be opposite the school entrance, and about the low level
of affordable housing.

Members expressed strong support for bringing the site back into use, but were concerned that they had
not seen the junction arrangements on the ground. The Chair proposed, and it was seconded, that the
application be deferred for a site visit.

RESOLVED that consideration of the application be deferred to allow Members to visit the site, and that
the applicant be asked to review the position of the proposed access and the level of affordable housing.""",
            ),
            Item(
                "26/00755/FUL - Longmarsh Farm, Longmarsh",
                agenda="Report of the Head of Development Management",
                papers=[
                    Paper(
                        "26-00755-FUL Longmarsh Farm Solar Farm",
                        SOLAR_REPORT,
                        "Report of the Head of Development Management",
                    )
                ],
                minutes="""The Committee considered an application for a solar farm of up to 18 megawatts with
battery storage on 31 hectares of farmland at Longmarsh Farm, for a period of 40 years.

Councillor Whitaker asked about the loss of farmland, 22% of which was of the best quality. The case
officer said that sheep grazing would continue between the panels, and that the scheme would deliver a
biodiversity net gain of 64%.

RESOLVED that planning permission be granted, subject to the conditions set out in the report.""",
            ),
        ],
    ),
    MeetingDef(
        committee_id=103, day=date(2026, 10, 15), time="6.00 pm", location=CHAMBER, state=State.CANCELLED
    ),
    MeetingDef(
        committee_id=103,
        day=date(2026, 10, 29),
        time="6.00 pm",
        finish="7.20 pm",
        location=CHAMBER,
        state=State.MINUTES,
        key="plan-oct",
        attendance={220: "Apologies"},
        items=[
            Item(
                "Apologies and Substitutions",
                agenda="To receive apologies and notification of substitutions.",
                minutes="An apology for absence was received from Councillor Harcourt.",
            ),
            Item(
                "Declarations of Interest",
                agenda="To receive declarations of interest, including any prior contact with applicants.",
                minutes="None.",
            ),
            Item(
                "Minutes",
                agenda="To confirm the minutes of the meeting held on 24 September 2026.",
                papers=[_minutes_paper("24 September 2026", "plan-sep-b")],
                minutes="""The minutes of the meeting held on 24th September 2026 were confirmed as a correct
record. The Chair noted that the meeting arranged for 15th October 2026 had been cancelled as there was no
business to transact.""",
            ),
            Item(
                "Planning Enforcement: Half-Year Report",
                agenda="Report of the Head of Development Management",
                papers=[
                    Paper(
                        "Planning Enforcement Half-Year Report 2026-27",
                        ENFORCEMENT_REPORT,
                        "Report of the Head of Development Management",
                    )
                ],
                minutes="""The Committee received a report on planning enforcement activity between April and
September 2026. 214 complaints had been received and 198 cases closed; nine enforcement notices had been
served and one prosecution brought. The backlog of open cases had fallen from 163 to 147.

Members welcomed the reduction in the backlog and asked that ward councillors be told when a case in their
ward was closed.

RESOLVED that the Committee:-

1) Notes the report.

2) Requests that ward councillors be notified of the outcome of enforcement cases in their wards.""",
            ),
        ],
    ),
    MeetingDef(
        committee_id=103,
        day=date(2026, 11, 12),
        time="6.00 pm",
        location=CHAMBER,
        state=State.HELD,
        items=[
            Item(
                "Apologies and Substitutions",
                agenda="To receive apologies and notification of substitutions.",
            ),
            Item(
                "Declarations of Interest",
                agenda="To receive declarations of interest, including any prior contact with applicants.",
            ),
            Item(
                "Minutes",
                agenda="To confirm the minutes of the meeting held on 29 October 2026.",
                papers=[_minutes_paper("29 October 2026", "plan-oct")],
            ),
            Item(
                "26/00701/OUT - Former Millbrook Dye Works, Mill Road, Millbrook",
                agenda="""Report of the Head of Development Management. This application was deferred at the
meeting on 24 September 2026 (Minute {minute:plan_dyeworks}) to allow a site visit.""",
                papers=[
                    Paper(
                        "26-00701-OUT Former Millbrook Dye Works",
                        DYEWORKS_REPORT,
                        "Report of the Head of Development Management",
                    ),
                    Paper(
                        "26-00701-OUT Update Following Site Visit",
                        DYEWORKS_UPDATE,
                        "Report of the Head of Development Management",
                    ),
                ],
            ),
            Item(
                "26/00812/FUL - Tanners Green Community Centre, Tanners Green Road",
                agenda="Report of the Head of Development Management",
                papers=[
                    Paper(
                        "26-00812-FUL Tanners Green Community Centre",
                        COMMUNITY_CENTRE_REPORT,
                        "Report of the Head of Development Management",
                    )
                ],
            ),
        ],
    ),
    MeetingDef(
        committee_id=103,
        day=date(2026, 11, 26),
        time="6.00 pm",
        location=CHAMBER,
        state=State.AGENDA,
        items=[
            Item(
                "Apologies and Substitutions",
                agenda="To receive apologies and notification of substitutions.",
            ),
            Item(
                "Declarations of Interest",
                agenda="To receive declarations of interest, including any prior contact with applicants.",
            ),
            Item(
                "Minutes",
                agenda="To confirm the minutes of the meeting held on 12 November 2026 (to follow).",
            ),
            Item(
                "26/00890/FUL - Riverside Quay, Wharf Street",
                agenda=f"Report of the Head of Development Management\n\n{PROCEDURE}",
                papers=[
                    Paper(
                        "26-00890-FUL Riverside Quay",
                        RIVERSIDE_QUAY_REPORT,
                        "Report of the Head of Development Management",
                    )
                ],
            ),
            Item(
                "26/00901/LBC - Priory House, Priory Walk",
                agenda="Report of the Head of Development Management",
                papers=[
                    Paper(
                        "26-00901-LBC Priory House",
                        PRIORY_HOUSE_REPORT,
                        "Report of the Head of Development Management",
                        http_url=True,
                    )
                ],
            ),
        ],
    ),
    MeetingDef(
        committee_id=103, day=date(2026, 12, 17), time="6.00 pm", location=CHAMBER, state=State.PLANNED
    ),
]

COMMITTEE = CommitteeDef(
    committee_id=103,
    title="Planning Committee",
    category="Regulatory Committees",
    members=[212, 227, 214, 216, 219, 220, 224, 229, 231, 233, 235],
    first_minute=27,
    contact=CONTACT,
    meetings=MEETINGS,
)
