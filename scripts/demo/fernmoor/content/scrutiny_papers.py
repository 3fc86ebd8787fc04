"""Reports and briefing notes on the agendas of the Scrutiny Co-ordination Committee.

Written in our own words in the markup read by ``markup.py``; every figure and name is invented.
"""

LIBRARIES_NOTE = """
# 1 Purpose of the Note

1.1 To give the Committee the opportunity to comment on the options for the future of the library service
before Cabinet takes a decision on 15 September 2026.

# 2 Recommendations

2.1 The Scrutiny Co-ordination Committee is recommended to consider the options and make any
recommendations it wishes to Cabinet.

# 3 Information

3.1 The library service has a net budget of £3.1m and runs nine branches, a mobile library and a home
delivery service for 240 housebound readers.

3.2 Visits have recovered to 82% of the level seen before 2020, while e-book loans have trebled. Children's
events remain the most popular activity, with over 19,000 attendances last year.

3.3 The savings target for the service in 2027/28 is £300,000. Three options have been consulted on: the
closure of three branches, reduced staffed hours with self-service access, and transfer of three branches
to community groups.

Briefing note author: Owen Gallagher, Head of Libraries and Culture
"""

CSP_NOTE = """
# 1 Purpose of the Note

1.1 To present the Fernmoor Community Safety Partnership's strategic assessment for 2026 and the
priorities it has set for 2026/27.

# 2 Recommendations

2.1 The Committee is recommended to note the strategic assessment and comment on the priorities.

# 3 Background

3.1 The Crime and Disorder Act 1998 requires the Council, the police and other responsible authorities to
work together to reduce crime and disorder. In Fernmoor this is done through the Community Safety
Partnership, which meets quarterly.

3.2 Recorded crime in the borough fell by 4% in the year to March 2026. Anti-social behaviour fell by 9%,
but reports of shoplifting rose by 27% and of domestic abuse by 6%.

# 4 Priorities for 2026/27

· reducing violence against women and girls;
· tackling anti-social behaviour in the town centre and at Riverside;
· reducing retail crime;
· preventing young people from being drawn into serious violence.

Briefing note authors: Kirsty Maddox, Community Safety Manager; Inspector Jane Okafor, Fernmoor Police
"""

MTFS_NOTE = """
# 1 Purpose of the Note

1.1 To allow the Committee to examine the Medium Term Financial Strategy approved by Cabinet on
15 September 2026 before draft budget proposals are published.

# 2 Information

2.1 The Strategy forecasts a cumulative gap of £9.7m by 2029/30. The largest pressures are in adult social
care (£4.2m), children's placements (£2.6m) and temporary accommodation (£1.8m).

2.2 Members may wish to ask how the savings programme will be developed and what assumptions have been
made about government funding.

Briefing note author: Martin Eckersley, Director of Finance and Resources
"""

OFSTED_NOTE = """
# 1 Purpose of the Note

1.1 To inform the Committee of the outcome of Ofsted's focused visit to children's services in July 2026,
which looked at the Council's arrangements for children in need and those subject to a child protection plan.

# 2 Findings

2.1 Inspectors found that children at risk of harm were identified quickly and that most social workers
knew their children well. They found that caseloads in two assessment teams were too high, and that
the quality of written plans varied.

2.2 Average caseloads in the assessment service were 24 at the time of the visit, against a target of 18.

# 3 Action Taken

3.1 Eight additional social workers have been recruited, funded from the £1.2m invested by Cabinet in
March 2026. A new template for child protection plans has been introduced.

Briefing note author: Dr Alan Bright, Director of Children's Services
"""

POLICING_NOTE = """
# 1 Purpose of the Note

1.1 To update the Committee on neighbourhood policing in Fernmoor and on joint work to reduce
anti-social behaviour, as requested at the meeting on 9 September 2026.

# 2 Neighbourhood Policing

2.1 Fernmoor has four neighbourhood policing teams with 21 officers and 14 police community support
officers. Abstraction of neighbourhood officers to response duties fell from 19% to 11% during the year.

# 3 Anti-social Behaviour

3.1 Between April and September 2026 there were 1,184 reports of anti-social behaviour, 13% fewer than in
the same period of 2025. Riverside and the town centre account for 38% of reports.

3.2 A dispersal order under the Anti-social Behaviour, Crime and Policing Act 2014 was used on six
occasions over the summer at Riverside Park.

| Area | Apr-Sep 2025 | Apr-Sep 2026 | Change |
| Town centre | 262 | 241 | -8% |
| Riverside | 231 | 209 | -10% |
| Eastbrook | 148 | 121 | -18% |
| Other areas | 720 | 613 | -15% |
| Total | 1,361 | 1,184 | -13% |

Briefing note authors: Inspector Jane Okafor, Fernmoor Police; Kirsty Maddox, Community Safety Manager
"""

RECYCLING_NOTE = """
# 1 Purpose of the Note

1.1 To report recycling performance for 2025/26 and the first half of 2026/27.

# 2 Performance

2.1 The household recycling rate was 41.8% in 2025/26, below the target of 45%. Contamination of
mixed recycling bins rose to 17%, which cost the Council £310,000 in rejected loads.

2.2 Missed collections averaged 52 per 100,000, within the target of 60.

Briefing note author: Sean Hollis, Director of Environment and Waste
"""

DRAFT_BUDGET_NOTE = """
# 1 Purpose of the Note

1.1 To give the Committee an early view of the draft budget proposals for 2027/28 before Cabinet
considers them on 9 December 2026.

# 2 Draft Savings Proposals

| Directorate | Savings 2027/28 | Posts affected |
| Adults and Health | £1,350,000 | 6 |
| Children's Services | £900,000 | 4 |
| Environment | £780,000 | 9 |
| Communities | £560,000 | 5 |
| Corporate | £510,000 | 7 |
| Total | £4,100,000 | 31 |

2.1 The proposals close the 2027/28 gap of £4.1m without use of reserves.

Briefing note author: Martin Eckersley, Director of Finance and Resources
"""

WORK_PROGRAMME = """
# 1 Purpose

1.1 To set out the Committee's Work Programme for the municipal year 2026/27 and the issues outstanding
from previous meetings.

# 2 Programme

| Meeting | Items |
| 9 September 2026 | Library Service Review; Community Safety Strategic Assessment |
| 7 October 2026 | Medium Term Financial Strategy; Ofsted focused visit |
| 4 November 2026 | Neighbourhood policing; Recycling performance |
| 25 November 2026 | Draft budget proposals 2027/28 |
| 20 January 2027 | Budget consultation feedback; Bus services |

Author: Liam Ashcroft, Scrutiny Co-ordinator
"""
