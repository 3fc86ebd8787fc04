"""Reports and briefing notes on the agendas of the Communities and Housing Scrutiny Board.

Written in our own words in the markup read by ``markup.py``; every figure and name is invented.
"""

TEMP_ACCOMMODATION_NOTE = """
# 1 Purpose of the Note

1.1 To brief the Board on the rise in homelessness and the use of temporary accommodation, and on the
action being taken.

# 2 Recommendations

2.1 The Board is recommended to note the position and to make any recommendations to Cabinet.

# 3 Information

3.1 The Housing Act 1996 places a duty on the Council to secure accommodation for eligible households who
are homeless and in priority need. The Homelessness Reduction Act 2017 added duties to prevent and relieve
homelessness for all eligible applicants.

3.2 At 31 August 2026, 312 households were in temporary accommodation, compared with 226 a year earlier.
Of these, 61 were in bed and breakfast, including 23 families with children.

| Type of temporary accommodation | Aug 2025 | Aug 2026 |
| Council-owned hostels | 74 | 76 |
| Leased private homes | 118 | 141 |
| Bed and breakfast | 27 | 61 |
| Other nightly paid | 7 | 34 |
| Total households | 226 | 312 |

3.3 The net cost of temporary accommodation is forecast at £5.4m in 2026/27, £1.8m above budget. Housing
benefit subsidy covers only part of the cost of bed and breakfast placements.

# 4 Action Being Taken

· purchase of 40 homes for use as temporary accommodation, funded by £9.6m of borrowing and grant;
· a new prevention team working with private landlords to keep tenancies going;
· a target to end the use of bed and breakfast for families for more than six weeks by March 2027.

Briefing note author: Priya Raman, Director of Housing
"""

DAMP_NOTE = """
# 1 Purpose of the Note

1.1 To update the Board on the Council's approach to damp and mould in its homes, and on readiness for
the new legal time limits for investigating and repairing hazards in social housing.

# 2 Information

2.1 Fernmoor Homes manages 9,140 council homes. 1,212 reports of damp and mould were received in
2025/26, up from 1,048 the year before.

2.2 The average time to inspect after a report is 9 working days. The new requirements will require
an investigation within 10 working days, and emergency hazards to be dealt with within 24 hours.

· 64 additional surveyor days a month have been commissioned.
· A single phone line and online form for damp reports went live in July 2026.
· Tenants receive a written summary of the findings after every inspection.

Briefing note author: Priya Raman, Director of Housing
"""

SATISFACTION_NOTE = """
# 1 Purpose of the Note

1.1 To report the results of the 2025/26 tenant satisfaction measures survey for Fernmoor Homes.

| Measure | Fernmoor 2024/25 | Fernmoor 2025/26 |
| Overall satisfaction | 68% | 71% |
| Satisfaction with repairs | 66% | 70% |
| Home is well maintained | 65% | 67% |
| Complaints handled well | 31% | 34% |
| Landlord listens to views | 55% | 58% |

1.2 Satisfaction with complaint handling remains the weakest measure.

Briefing note author: Priya Raman, Director of Housing
"""

HOMES_PROGRESS_NOTE = """
# 1 Purpose of the Note

1.1 To inform the Board of progress in delivering the Fernmoor Homes Delivery Programme following
Cabinet's approval of Phase 2 on 15 September 2026.

# 2 Progress

2.1 Design teams have been appointed for all five Phase 2 sites. Planning applications for Northgate and
Quarry Hill Road will be submitted in January 2027.

2.2 Of the 146 homes, 38 are designed to be fully wheelchair accessible.
"""

SEND_TRANSPORT_NOTE = """
# 1 Purpose of the Note

1.1 To respond to the referral from the Scrutiny Co-ordination Committee on the rising cost of home to
school transport for children with special educational needs and disabilities.

# 2 Information

2.1 The number of children with an education, health and care plan who receive transport has risen from
734 to 1,016 in three years. The average cost per child is £6,200 a year.

| Year | Children transported | Cost |
| 2023/24 | 734 | £4,100,000 |
| 2024/25 | 861 | £5,200,000 |
| 2025/26 | 1,016 | £6,300,000 |

2.2 More than half of the cost is for single-occupancy taxis, often to schools outside the borough.

Briefing note author: Dr Alan Bright, Director of Children's Services
"""

PILOT_NOTE = """
# 1 Purpose of the Note

1.1 To describe the arrangements for the self-service pilot at Northgate Library agreed by Cabinet on
15 September 2026.

# 2 Arrangements

· access by library card and PIN for registered adults aged 18 and over;
· CCTV and a help point linked to the Civic Centre control room;
· under-16s admitted only with an adult;
· opening hours extended from 38 to 61 hours a week.

2.1 The cost of the building works and technology is £84,000, funded from the library capital budget.

Briefing note author: Owen Gallagher, Head of Libraries and Culture
"""

WORK_PROGRAMME = """
# 1 Purpose

1.1 To set out the Board's Work Programme for 2026/27.

| Meeting | Items |
| 16 September 2026 | Temporary accommodation; Damp and mould |
| 14 October 2026 | Tenant satisfaction; New council homes |
| 11 November 2026 | SEND transport (referral); Library pilot |
| 9 December 2026 | Homelessness update; Private sector housing enforcement |

Author: Liam Ashcroft, Scrutiny Co-ordinator
"""
