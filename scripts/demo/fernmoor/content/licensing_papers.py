"""Reports and briefing notes on the agendas of the Licensing Committee.

Written in our own words in the markup read by ``markup.py``; every figure and name is invented.
"""

NIGHT_OWL_REPORT = """
# 1 Purpose of the Report

1.1 To determine an application under section 17 of the Licensing Act 2003 for a new premises licence
for The Night Owl, 22 Market Street, Fernmoor, following relevant representations.

# 2 The Application

2.1 The applicant, Nightjar Leisure Ltd, seeks a licence for a late-night bar with recorded music and
the sale of alcohol on and off the premises:

| Activity | Days | Hours |
| Sale of alcohol | Monday to Thursday | 10:00 to 01:00 |
| Sale of alcohol | Friday and Saturday | 10:00 to 03:30 |
| Recorded music | Friday and Saturday | 19:00 to 03:30 |

# 3 Representations

3.1 Fernmoor Police object on the grounds of the prevention of crime and disorder and public safety. The
premises lie within the Market Street Cumulative Impact Area, where the Statement of Licensing Policy
presumes that applications for late-night bars will be refused.

3.2 Eleven residents of Market Street and Church Walk object on the grounds of the prevention of public
nuisance, citing noise and disorder after 1 am.

# 4 Options

· grant the application as applied for;
· grant the application subject to modified conditions or reduced hours;
· exclude any licensable activity;
· refuse the application.

Report author: Fiona Beckett, Licensing Manager
"""

POLICY_REVIEW_REPORT = """
# 1 Purpose of the Report

1.1 To begin the review of the Statement of Licensing Policy, which the Licensing Act 2003 requires
every five years, and to agree a draft for consultation.

# 2 Main Changes Proposed

· extending the Market Street Cumulative Impact Area to include Church Walk;
· new guidance on the safety of women and girls in the night-time economy;
· a requirement for premises open after midnight to have staff trained in spotting vulnerability.

# 3 Timetable

3.1 Consultation would run from 1 October to 26 November 2026. The final Policy must be adopted by
Council before 7 January 2027.

Report author: Fiona Beckett, Licensing Manager
"""

FARES_REPORT = """
# 1 Purpose of the Report

1.1 To consider a request from the Fernmoor Hackney Carriage Association to vary the table of fares
under section 65 of the Local Government (Miscellaneous Provisions) Act 1976.

# 2 Proposed Fares

| Tariff | Current | Proposed |
| Flag fall (first 880 yards) | £3.20 | £3.50 |
| Each additional 176 yards | £0.25 | £0.27 |
| Waiting time (per minute) | £0.30 | £0.32 |
| Typical 2-mile daytime journey | £9.20 | £9.94 |

2.1 The proposed increase is 8%. Fares were last increased in April 2024.

Report author: Fiona Beckett, Licensing Manager
"""

GAMBLING_REPORT = """
# 1 Purpose of the Report

1.1 To report the outcome of consultation on the Gambling Act 2005 Statement of Principles for
2027-2030 and to recommend its adoption to Council.

# 2 Consultation

2.1 Nine responses were received, including from the Gambling Commission and two operators. Changes
have been made to the local area profile to show the location of schools and treatment centres.

Report author: Fiona Beckett, Licensing Manager
"""

VEHICLE_POLICY_REPORT = """
# 1 Purpose of the Report

1.1 To agree changes to the Taxi and Private Hire Licensing Policy on vehicle age and emissions.

# 2 Proposals

· new vehicles licensed from 1 April 2027 must be no more than five years old;
· from 1 April 2029 all newly licensed vehicles must be zero-emission capable;
· wheelchair accessible vehicles may remain licensed until they are 15 years old.

2.1 There are 612 licensed vehicles in the borough, of which 148 are hybrid or electric.

Report author: Fiona Beckett, Licensing Manager
"""
