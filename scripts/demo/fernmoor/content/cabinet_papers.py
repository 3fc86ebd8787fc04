"""Reports and briefing notes on the agendas of the Cabinet.

Written in our own words in the markup read by ``markup.py``; every figure and name is invented.
"""

HOMES_REPORT = """
# 1 Purpose of the Report

1.1 To seek approval to proceed with Phase 2 of the Fernmoor Homes Delivery Programme, which will build 146
new council homes on five sites owned by the Council, and to approve the capital budget for the Phase.

1.2 To report progress on Phase 1, under which 88 homes have been completed and let since April 2024.

# 2 Recommendations

2.1 Cabinet is recommended to:

· approve Phase 2 of the Programme on the sites listed in paragraph 4.2;
· approve a capital budget of £18.4m, to be funded as set out in Table 1;
· delegate authority to the Director of Housing, following consultation with the Cabinet Member for
Housing, to award the construction contracts within the approved budget.

# 3 Background

3.1 The Housing Strategy 2024-2029 committed the Council to building at least 300 new homes for social
rent by March 2029. There are 4,812 households on the housing register, of whom 1,136 are in the highest
priority bands.

3.2 Phase 1 delivered 88 homes at Dunmere Road and Kilnworth Close at an average build cost of £198,000
per home, 4% below the original estimate. Tenant feedback on the new homes has been positive, and energy
bills in the new homes are on average 41% lower than in the Council's older stock.

# 4 Proposals for Phase 2

4.1 Phase 2 will deliver 146 homes, of which 104 will be let at social rent and 42 at affordable rent.
All homes will meet the Future Homes Standard and will have air source heat pumps.

4.2 The five sites are the former Northgate garage court, land at Quarry Hill Road, the former Tanners
Green depot, Priory Walk and Eastbrook Lane. Outline layouts for each site are appended to this report.

4.3 Construction is expected to start in summer 2027 and the final homes to be handed over by March 2029.

# 5 Financial Implications

5.1 The total cost of Phase 2 is estimated at £18.4m. Table 1 sets out how it will be funded.

| Funding source | 2027/28 | 2028/29 | Total |
| Housing Revenue Account borrowing | £4,300,000 | £5,150,000 | £9,450,000 |
| Homes England grant | £2,600,000 | £2,780,000 | £5,380,000 |
| Right to Buy receipts | £1,120,000 | £1,050,000 | £2,170,000 |
| Section 106 commuted sums | £700,000 | £700,000 | £1,400,000 |
| Total | £8,720,000 | £9,680,000 | £18,400,000 |

5.2 The borrowing is affordable within the 30-year Housing Revenue Account Business Plan, which assumes
an interest rate of 4.6%. A rise of one percentage point would add about £95,000 a year to costs.

# 6 Risks

6.1 The main risks are build cost inflation, delays in obtaining planning permission and the loss of
grant if homes are not started on time. A contingency of 7% is included in the budget.

Report author: Priya Raman, Director of Housing
E-mail: priya.raman@fernmoor.example
"""

MTFS_REPORT = """
# 1 Purpose of the Report

1.1 To update Cabinet on the Council's financial position for the three years from 2027/28 to
2029/30 and to agree the approach to closing the forecast budget gap.

# 2 Recommendations

2.1 Cabinet is recommended to:

· note the forecast budget gap of £9.7m over the three years;
· approve the budget principles in section 5 as the basis for preparing the 2027/28 budget;
· agree that public consultation on the draft budget take place between 10 December 2026 and 21 January 2027.

# 3 The Forecast

3.1 The forecast assumes a council tax increase of 2.99% in each year, pay awards of 3% and general
inflation of 2.5%. Demand in adult social care and in temporary accommodation continues to grow faster
than funding.

| Budget line | 2027/28 | 2028/29 | 2029/30 |
| Net budget requirement | £212,400,000 | £219,800,000 | £226,100,000 |
| Forecast funding | £208,300,000 | £213,500,000 | £216,400,000 |
| Gap in year | £4,100,000 | £2,200,000 | £3,400,000 |
| Cumulative gap | £4,100,000 | £6,300,000 | £9,700,000 |

3.2 The Fair Funding Review remains uncertain. Each 1% change in government grant is worth about £1.1m.

# 4 Reserves

4.1 The General Fund balance stands at £14.2m, which is 6.7% of net spend. The Director of Finance and
Resources advises that it should not fall below £12m.

# 5 Budget Principles

5.1 Savings proposals will protect statutory services, will favour prevention over crisis spending and
will not rely on one-off use of reserves to balance the budget.

5.2 Cabinet will consider the draft budget on 9 December 2026 and recommend the final budget to Council
on 23 February 2027.

Report author: Martin Eckersley, Director of Finance and Resources
"""

LIBRARIES_REPORT = """
# 1 Purpose of the Report

1.1 To report the outcome of public consultation on the future of the library service and to seek a
decision on the model to be adopted from April 2027.

# 2 Recommendations

2.1 Cabinet is recommended to approve Option B: keep all nine libraries open, with reduced staffed hours
at four branches and the introduction of self-service access outside staffed hours.

# 3 Consultation

3.1 The consultation ran for twelve weeks and received 3,418 responses, the largest response to any
consultation by the Council in the last five years.

3.2 Of those responding, 71% opposed any closure, and 58% said they would use a library outside staffed
hours if it were safe to do so.

# 4 Options

· Option A: close three branches (Greystone, Longmarsh and Oakhollow), saving £412,000 a year.
· Option B: keep all branches, reduce staffed hours and introduce self-service access, saving £286,000.
· Option C: transfer three branches to community groups, saving £198,000, with risks of failure.

# 5 Equality Impact

5.1 An equality impact assessment is appended. Older residents and families with young children are the
groups most affected by changes to opening hours.

Report author: Owen Gallagher, Head of Libraries and Culture
"""

CLIMATE_REPORT = """
# 1 Purpose of the Report

1.1 To report progress in the second year of the Climate Emergency Action Plan and to approve the
priorities for 2027.

# 2 Recommendations

2.1 Cabinet is recommended to note the progress made and approve the five priorities in section 4.

# 3 Progress

3.1 The Council's own carbon emissions fell by 11% in 2025/26, mainly because of LED street lighting and
the switch of 34 fleet vehicles to electric.

3.2 Borough-wide emissions fell by 3.4%, short of the 5% yearly reduction the Plan assumes.

| Source of Council emissions | 2024/25 (tCO2e) | 2025/26 (tCO2e) | Change |
| Buildings | 6,120 | 5,610 | -8% |
| Street lighting | 1,940 | 1,310 | -32% |
| Fleet | 2,480 | 2,230 | -10% |
| Total | 10,540 | 9,150 | -13% |

# 4 Priorities for 2027

· heat decarbonisation of the Civic Centre and two leisure centres;
· 120 further public charge points for electric vehicles;
· a home retrofit advice service for private owners;
· tree planting on 14 hectares of Council land;
· a climate risk assessment of Council services.

Report author: Naomi Ferris, Climate Change Programme Manager
"""

FEES_REPORT = """
# 1 Purpose of the Report

1.1 To approve the Council's fees and charges for 2027/28.

# 2 Recommendations

2.1 Cabinet is recommended to approve a general increase of 4% in discretionary fees and charges, with
the exceptions set out in section 4.

# 3 Background

3.1 Fees and charges raise about £23.6m a year. The general increase reflects inflation in the cost of
providing services.

# 4 Exceptions

4.1 Charges for burials of children under 18 will remain free. Garden waste collection will rise from
£46 to £49 a year. Parking charges are considered separately in the Town Centre Parking Strategy.

| Charge | 2026/27 | 2027/28 |
| Garden waste collection (per bin, per year) | £46.00 | £49.00 |
| Bulky waste collection (up to 3 items) | £32.00 | £33.50 |
| Civic Centre room hire (per hour) | £28.00 | £29.00 |
| Pest control (rats, domestic) | £0.00 | £0.00 |

Report author: Martin Eckersley, Director of Finance and Resources
"""

PARKING_REPORT = """
# 1 Purpose of the Report

1.1 To approve the Town Centre Parking Strategy 2027-2032.

# 2 Summary

2.1 The Strategy proposes to reduce the number of short-stay spaces in the Market Street car park, to
extend the residents' parking zone in Riverside and to introduce a flat evening charge of £1.50.

2.2 Car park income in 2025/26 was £2.9m. The changes are expected to be broadly neutral in cost.

· 60 spaces at Market Street will be converted to a cycle hub and blue badge bays.
· The Riverside residents' zone will be extended to 11 more streets after consultation.
· Season tickets for town centre workers will be reduced by 15%.

Report author: Amira Lindqvist, Head of Transport and Highways
"""

SCHOOL_TRANSPORT_REPORT = """
# 1 Purpose of the Report

1.1 To propose changes to the Home to School Transport Policy for the 2027/28 school year.

# 2 Background

2.1 The Council spends £8.1m a year on home to school transport, of which £6.3m is for children with
special educational needs and disabilities. Spending has risen by 38% in three years.

# 3 Proposals

3.1 The main proposals are to offer personal travel budgets in place of taxis where families agree, to
end free transport to post-16 courses where it is not a legal duty, and to introduce independent travel
training.

3.2 The Education Act 1996 sets the statutory duties that the policy must meet; none of them is affected.

Report author: Dr Alan Bright, Director of Children's Services
"""

Q2_MONITORING_REPORT = """
# 1 Purpose of the Report

1.1 To report the forecast revenue and capital outturn for 2026/27 at the end of Quarter 2.

# 2 Revenue

2.1 The forecast overspend is £3.2m, or 1.5% of the net budget, before management action.

| Directorate | Budget | Forecast | Variance |
| Adults and Health | £78,400,000 | £80,150,000 | £1,750,000 |
| Children's Services | £54,900,000 | £56,300,000 | £1,400,000 |
| Housing | £9,800,000 | £10,650,000 | £850,000 |
| Environment | £27,300,000 | £27,050,000 | -£250,000 |
| Corporate and central | £39,600,000 | £39,050,000 | -£550,000 |
| Total | £210,000,000 | £213,200,000 | £3,200,000 |

2.2 The largest pressures are residential placements for children and the cost of temporary
accommodation, where bed and breakfast use has doubled since April.

# 3 Capital

3.1 Capital spending of £61.5m is forecast against a programme of £68.9m; £7.4m is expected to slip into
2027/28, mainly on the Phase 2 homes programme and the Civic Centre heat pump scheme.

Report author: Martin Eckersley, Director of Finance and Resources
"""

FOOD_WASTE_REPORT = """
# 1 Purpose of the Report

1.1 To agree how the Council will introduce weekly food waste collections, which the Environment Act 2021
requires from 1 April 2027.

# 2 Proposals

2.1 Every household will receive a 23-litre kerbside caddy and a kitchen caddy. Collections will be made
weekly by dedicated vehicles.

2.2 Government new burdens funding of £1.9m has been received for vehicles and containers. Running costs
of £740,000 a year are partly offset by lower disposal costs.

· 11 new vehicles
· 27 new posts in the collection service
· a communications campaign from February 2027

Report author: Sean Hollis, Director of Environment and Waste
"""

TRANSPORT_PLAN_REPORT = """
# 1 Purpose of the Report

1.1 To agree the Council's response to the combined authority's consultation on the draft Local
Transport Plan.

# 2 Key Points of the Response

· support for the proposed bus franchising timetable;
· concern that the plan contains no funding for the Fernmoor Parkway rail station;
· a request that rural bus routes to Upper Fenn and Dunmere be protected.

Report author: Amira Lindqvist, Head of Transport and Highways
"""
