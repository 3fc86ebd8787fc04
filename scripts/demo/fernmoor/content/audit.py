"""Audit and Standards Committee of Fernmoor Borough Council (fictional), with an independent member."""

from __future__ import annotations

from datetime import date

from ..model import CommitteeDef, Item, MeetingDef, Paper, State
from .audit_papers import (
    ACCOUNTS_REPORT,
    AUDIT_FINDINGS,
    COMPLAINTS_REPORT,
    INTERNAL_AUDIT_Q1,
    INTERNAL_AUDIT_Q2,
    RISK_REGISTER,
    TREASURY_REPORT,
)

CONTACT = (
    "Tariq Hussain, Governance Services - Telephone: 01632 960252 E-mail: tariq.hussain@fernmoor.example"
)
ROOM = "Committee Room 1, Civic Centre, Fernmoor"


MEETINGS = [
    MeetingDef(
        committee_id=104,
        day=date(2026, 9, 22),
        time="6.30 pm",
        finish="8.45 pm",
        location=ROOM,
        state=State.MINUTES,
        key="aud-sep",
        attendance={236: "Apologies"},
        items=[
            Item(
                "Declarations of Interest",
                agenda="Members are asked to declare any interests in items on the agenda.",
                minutes="No declarations of interest were made.",
            ),
            Item(
                "Minutes of the Previous Meeting",
                agenda="To approve the minutes of the meeting held on 28 July 2026.",
                minutes="""RESOLVED that the minutes of the meeting held on 28th July 2026 be approved as a
correct record.""",
            ),
            Item(
                "External Audit: Audit Findings Report 2025/26",
                key="aud_findings",
                agenda="Report of Ashdown Thorne LLP, External Auditor",
                papers=[
                    Paper(
                        "Audit Findings Report 2025-26",
                        AUDIT_FINDINGS,
                        "Report of Ashdown Thorne LLP, External Auditor",
                    )
                ],
                minutes="""Ms Helen Carver, Audit Partner, Ashdown Thorne LLP, presented the Audit Findings
Report for 2025/26. The auditor expected to issue an unqualified opinion on the financial statements.

One misstatement had been adjusted: the value of the Civic Centre had been overstated by £2.3m. The
auditor had also identified a significant weakness in the arrangements for the financial sustainability of
the Housing Revenue Account and had made a key recommendation that a revised 30-year business plan be
prepared.

Mr Whitlock, Independent Member, asked whether the valuation error pointed to a wider problem. Ms Carver
explained that the error arose from the use of an out-of-date floor area, and that other valuations tested
had been accurate.

Members also asked about the proposed additional fee of £24,500, and were told that it reflected extra work
on land and building valuations, which had been required at many councils.

RESOLVED that:-

a) the Audit Findings Report for 2025/26 be noted;

b) the Director of Finance and Resources be requested to bring the management response to the key
recommendation on the Housing Revenue Account to the next meeting.""",
            ),
            Item(
                "Statement of Accounts 2025/26",
                agenda="Report of the Director of Finance and Resources",
                papers=[
                    Paper(
                        "Statement of Accounts 2025-26 - Covering Report",
                        ACCOUNTS_REPORT,
                        "Report of the Director of Finance and Resources",
                    )
                ],
                minutes="""The Director of Finance and Resources presented the audited Statement of
Accounts for 2025/26. The General Fund balance at 31st March 2026 was £14.2m and earmarked reserves stood
at £41.6m.

RESOLVED that:-

a) the Statement of Accounts 2025/26 be approved, subject to any final amendments agreed by the Director of
Finance and Resources with the Chair;

b) the Chair be authorised to sign the letter of representation on behalf of the Committee.""",
            ),
            Item(
                "Internal Audit Progress Report",
                key="aud_ia_q1",
                agenda="Report of the Chief Internal Auditor",
                papers=[
                    Paper(
                        "Internal Audit Progress Report to August 2026",
                        INTERNAL_AUDIT_Q1,
                        "Report of the Chief Internal Auditor",
                    )
                ],
                minutes="""The Chief Internal Auditor reported that 11 of the 38 audits in the 2026/27 plan
had been completed. Two had given limited assurance: fleet fuel cards, and the payment of supplier invoices in
Children's Services.

Members were concerned that 14 of 60 fuel cards sampled had been used without a vehicle registration being
recorded, and that reconciliations had lapsed since February 2026.

RESOLVED that:-

a) the report be noted;

b) the Director of Environment and Waste be requested to attend the next meeting to explain the action
taken on fleet fuel cards.""",
            ),
        ],
    ),
    MeetingDef(
        committee_id=104,
        day=date(2026, 10, 27),
        time="6.30 pm",
        finish="8.30 pm",
        location=ROOM,
        state=State.MINUTES,
        key="aud-oct",
        title_quirk="leading_space",
        items=[
            Item(
                "Declarations of Interest",
                agenda="Members are asked to declare any interests in items on the agenda.",
                minutes="No declarations of interest were made.",
            ),
            Item(
                "Minutes of the Previous Meeting",
                agenda="To approve the minutes of the meeting held on 22 September 2026.",
                papers=[Paper("Minutes of the meeting held on 22 September 2026", minutes_of_key="aud-sep")],
                minutes="""RESOLVED that the minutes of the meeting held on 22nd September 2026 be approved
as a correct record.

Further to Minute {minute:aud_findings}, the Director of Finance and Resources reported that a revised
Housing Revenue Account business plan would be presented to Cabinet in February 2027, in response to the
auditor's key recommendation.""",
            ),
            Item(
                "Internal Audit Progress Report",
                agenda="Report of the Chief Internal Auditor",
                papers=[
                    Paper(
                        "Internal Audit Progress Report to September 2026",
                        INTERNAL_AUDIT_Q2,
                        "Report of the Chief Internal Auditor",
                    )
                ],
                minutes="""Further to Minute {minute:aud_ia_q1}, the Committee received the Chief Internal
Auditor's progress report. Sean Hollis, Director of Environment and Waste, attended for this item.

The Director explained that four of the six agreed actions on fleet fuel cards had been implemented.
Monthly reconciliations had resumed in September 2026, and all cards would be linked to a specific vehicle
by December 2026.

RESOLVED that:-

a) the report be noted;

b) a further follow-up of the fuel card audit be reported to the Committee in March 2027.""",
            ),
            Item(
                "Corporate Risk Register",
                agenda="Report of the Head of Policy and Performance",
                papers=[
                    Paper(
                        "Corporate Risk Register September 2026",
                        RISK_REGISTER,
                        "Report of the Head of Policy and Performance",
                    )
                ],
                minutes="""The Committee considered the Corporate Risk Register as at 30th September 2026. The
risk score for demand for temporary accommodation had risen from 16 to 20, while the score for the
recruitment of social workers had fallen from 20 to 15.

Councillor Hulme asked why cyber attack remained at 16 despite recent investment. Officers explained that
the threat level nationally had risen, offsetting improvements in the Council's own controls.

RESOLVED that the Corporate Risk Register be noted.""",
            ),
            Item(
                "Treasury Management Mid-Year Review 2026/27",
                agenda="Report of the Director of Finance and Resources",
                papers=[
                    Paper(
                        "Treasury Management Mid-Year Review 2026-27",
                        TREASURY_REPORT,
                        "Report of the Director of Finance and Resources",
                    )
                ],
                minutes="""The Director of Finance and Resources presented the mid-year review of treasury
management. Investments stood at £48.7m with an average return of 4.71%, and long-term borrowing was
£286.4m.

RESOLVED that:-

a) the mid-year review be noted;

b) it be recommended to Council that the limit for deposits with any single UK local authority be raised
from £5m to £8m.""",
            ),
            Item(
                "Code of Conduct Complaints: Annual Report 2025/26",
                agenda="Report of the Director of Law and Governance and Monitoring Officer",
                papers=[
                    Paper(
                        "Code of Conduct Complaints Annual Report 2025-26",
                        COMPLAINTS_REPORT,
                        "Report of the Monitoring Officer",
                    )
                ],
                minutes="""The Monitoring Officer presented the annual report on complaints under the Members'
Code of Conduct. Seventeen complaints had been received in 2025/26, and none had resulted in a finding of
a breach.

RESOLVED that the annual report be noted.""",
            ),
        ],
    ),
    MeetingDef(committee_id=104, day=date(2026, 12, 8), time="6.30 pm", location=ROOM, state=State.PLANNED),
]

COMMITTEE = CommitteeDef(
    committee_id=104,
    title="Audit and Standards Committee",
    category="Governance Committees",
    members=[223, 228, 232, 234, 236, 221, 250],
    first_minute=12,
    contact=CONTACT,
    meetings=MEETINGS,
)
