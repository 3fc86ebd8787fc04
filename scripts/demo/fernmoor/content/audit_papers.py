"""Reports and briefing notes on the agendas of the Audit and Standards Committee.

Written in our own words in the markup read by ``markup.py``; every figure and name is invented.
"""

AUDIT_FINDINGS = """
# 1 Introduction

1.1 This report summarises the findings of Ashdown Thorne LLP from the audit of Fernmoor Borough
Council's financial statements for the year ended 31 March 2026, and our work on value for money.

# 2 Headlines

· We expect to issue an unqualified opinion on the financial statements.
· We identified one adjusted misstatement: the valuation of the Civic Centre was overstated by £2.3m.
· We identified a significant weakness in arrangements for the financial sustainability of the
Housing Revenue Account, and have made a key recommendation.

# 3 Materiality

| Measure | Amount |
| Overall materiality | £4,200,000 |
| Performance materiality | £2,940,000 |
| Trivial threshold | £210,000 |

# 4 Audit Fee

4.1 The scale fee for 2025/26 is £318,600. Additional fees of £24,500 are proposed for the work on
the valuation of land and buildings.

Ashdown Thorne LLP, External Auditor
"""

ACCOUNTS_REPORT = """
# 1 Purpose of the Report

1.1 To present the audited Statement of Accounts for 2025/26 for approval, and the letter of
representation for signature by the Chair.

# 2 Recommendations

2.1 The Committee is recommended to approve the Statement of Accounts 2025/26, subject to any final
amendments agreed by the Director of Finance and Resources with the Chair, and to approve the letter
of representation.

# 3 Changes Since the Draft Accounts

3.1 The draft accounts were published on 30 June 2026. The main change is a reduction of £2.3m in the
value of the Civic Centre following the auditor's challenge of the valuation.

# 4 Outturn

| Summary | 2025/26 |
| Net cost of services | £203,700,000 |
| General Fund balance at 31 March 2026 | £14,200,000 |
| Earmarked reserves | £41,600,000 |
| Housing Revenue Account balance | £6,100,000 |

Report author: Martin Eckersley, Director of Finance and Resources
"""

INTERNAL_AUDIT_Q1 = """
# 1 Purpose of the Report

1.1 To report progress on the Internal Audit Plan 2026/27 to the end of August 2026.

# 2 Progress

2.1 Eleven of the 38 planned audits have been completed. Two reports gave limited assurance: the
management of the Council's fleet fuel cards, and the payment of supplier invoices in Children's Services.

| Assurance level | Number of audits |
| Substantial | 3 |
| Reasonable | 6 |
| Limited | 2 |
| No assurance | 0 |

# 3 Fuel Cards

3.1 Testing found that 14 of 60 fuel cards sampled had been used without a vehicle registration being
recorded, and that monthly reconciliations had not been done since February 2026.

Report author: Claire Donnelly, Chief Internal Auditor
"""

INTERNAL_AUDIT_Q2 = """
# 1 Purpose of the Report

1.1 To report progress on the Internal Audit Plan 2026/27 to the end of September 2026, and the follow-up
of the limited assurance audit of fleet fuel cards.

# 2 Progress

2.1 Nineteen of the 38 planned audits have been completed. No further limited assurance reports have been
issued.

# 3 Follow-up: Fleet Fuel Cards

3.1 Of the six actions agreed, four have been implemented. Monthly reconciliations resumed in September
2026; the replacement of cards with vehicle-linked cards will be complete by December 2026.

Report author: Claire Donnelly, Chief Internal Auditor
"""

RISK_REGISTER = """
# 1 Purpose of the Report

1.1 To present the Corporate Risk Register as at 30 September 2026.

| Risk | Score (was) | Score (now) |
| Financial sustainability of the General Fund | 20 | 20 |
| Temporary accommodation demand | 16 | 20 |
| Cyber attack | 16 | 16 |
| Recruitment of social workers | 20 | 15 |
| Failure of a major contractor | 12 | 12 |

1.2 Two risks have changed: demand for temporary accommodation has risen, and the recruitment of social
workers has improved.

Report author: Lucy Okafor-Reid, Head of Policy and Performance
"""

COMPLAINTS_REPORT = """
# 1 Purpose of the Report

1.1 To report the complaints received under the Members' Code of Conduct in 2025/26, as required by the
Localism Act 2011 arrangements adopted by the Council.

# 2 Complaints

2.1 Seventeen complaints were received, eleven about borough councillors and six about parish councillors.
None led to a finding of a breach after investigation; two were resolved informally with an apology.

| Outcome | Number |
| No further action after initial assessment | 12 |
| Informal resolution | 2 |
| Investigated, no breach found | 1 |
| Withdrawn | 2 |

Report author: Deborah Quayle, Director of Law and Governance and Monitoring Officer
"""

TREASURY_REPORT = """
# 1 Purpose of the Report

1.1 To report treasury management activity in the first half of 2026/27, as required by the CIPFA Code of
Practice, and to recommend a change to the counterparty limits.

# 2 Borrowing and Investments

| Position at 30 September 2026 | Amount |
| Long-term borrowing (PWLB) | £286,400,000 |
| Short-term borrowing | £10,000,000 |
| Investments | £48,700,000 |
| Average investment return | 4.71% |

# 3 Counterparty Limits

3.1 It is proposed to raise the limit for deposits with any single UK local authority from £5m to £8m.

Report author: Martin Eckersley, Director of Finance and Resources
"""
