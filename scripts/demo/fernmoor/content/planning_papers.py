"""Reports and briefing notes on the agendas of the Planning Committee.

Written in our own words in the markup read by ``markup.py``; every figure and name is invented.
"""

GREYSTONE_REPORT = """
# 1 Application Details

1.1 Application 26/00412/FUL: erection of 120 dwellings with access from Greystone Lane, public open space,
a play area and drainage works, on land off Greystone Lane, Greystone.

1.2 Applicant: Hallam Vale Homes Ltd. Ward: Greystone. Case officer: Marcus Treadwell.

# 2 Recommendation

2.1 Grant planning permission subject to conditions and to a legal agreement under section 106 of the
Town and Country Planning Act 1990 securing the obligations in paragraph 6.1.

# 3 Site and Proposal

3.1 The site is 4.6 hectares of grazing land allocated for housing in the Fernmoor Local Plan 2021-2036
(policy H7). It adjoins the built-up edge of Greystone to the south and west.

3.2 The scheme includes 36 affordable homes (30%), of which 25 would be for social rent and 11 for shared
ownership. The mix ranges from one-bedroom flats to four-bedroom houses.

# 4 Consultation

4.1 Forty-three objections were received, raising the following concerns:

· traffic on Greystone Lane and at the junction with the A614;
· pressure on places at Greystone Primary School and at the surgery;
· surface water flooding on the lane after heavy rain;
· loss of views and of a well-used walking route.

4.2 The Highway Authority raised no objection, subject to a new right-turn lane. The Lead Local Flood
Authority raised no objection, subject to the drainage strategy being secured by condition.

# 5 Assessment

5.1 The principle of housing is established by the allocation. The layout, density (26 dwellings per
hectare) and design are acceptable. The footpath across the site will be kept and improved.

# 6 Planning Obligations

| Obligation | Amount |
| Primary education contribution | £412,000 |
| Healthcare contribution (Greystone Surgery) | £86,400 |
| Off-site sports pitches | £57,600 |
| Bus service improvements (five years) | £150,000 |
| Total | £706,000 |

6.1 The affordable housing (30%) and the management of open space are also secured by the agreement.
"""

CASTLE_STREET_REPORT = """
# 1 Application Details

1.1 Application 26/00587/FUL: change of use of a dwelling house (Use Class C3) to a large house in
multiple occupation for nine people (sui generis) at 14 Castle Street, Castle Mead.

# 2 Recommendation

2.1 Refuse planning permission.

# 3 Assessment

3.1 An Article 4 Direction removes permitted development rights for smaller HMOs in Castle Mead. Policy
H12 of the Local Plan resists HMOs where more than 10% of properties within 100 metres are already in
that use. The figure here is 17%.

3.2 The rear garden would be largely given over to bin and cycle storage, and two of the bedrooms fall
below the space standards.
"""

HOUSEHOLDER_REPORT = """
# 1 Application Details

1.1 Application 26/00633/HOU: two-storey side extension and single-storey rear extension at 7 Orchard
Rise, Oakhollow. The application is reported to Committee because the applicant is a member of staff.

# 2 Recommendation

2.1 Grant planning permission subject to the standard time limit and matching materials conditions.

# 3 Assessment

3.1 The extension is set back from the front wall and is subordinate to the house. No objections were
received.
"""

APPEALS_REPORT = """
# 1 Purpose

1.1 To report planning appeal decisions received between 1 June and 31 August 2026.

| Appeal | Site | Decision |
| APP/F9999/W/26/3300101 | Land at Mill Lane, Dunmere | Dismissed |
| APP/F9999/W/26/3300244 | 3 Abbey Road, Abbeyfield | Allowed |
| APP/F9999/D/26/3300319 | 61 Station Road, Riverside | Dismissed |

1.2 Two of the three decisions supported the Council. The appeal at Abbey Road was allowed because the
Inspector gave more weight to the need for housing than to the harm to the street scene.
"""

DYEWORKS_REPORT = """
# 1 Application Details

1.1 Application 26/00701/OUT: outline application with all matters reserved except access for up to
210 dwellings, a local centre of up to 900 square metres and the conversion of the listed chimney and
boiler house, at the former Millbrook Dye Works, Mill Road, Millbrook.

# 2 Recommendation

2.1 Grant outline planning permission subject to conditions and a section 106 agreement.

# 3 Key Issues

· viability: the applicant's assessment shows that only 15% affordable housing can be provided, against a
policy requirement of 25%, because of the cost of land contamination works estimated at £6.8m;
· heritage: the Grade II listed chimney would be kept and repaired;
· flooding: part of the site lies in Flood Zone 2 and no homes are proposed in that area.

# 4 Viability

4.1 The Council's independent adviser has reviewed the assessment and agrees that 15% is the maximum
that can be supported today. A review mechanism would capture any improvement in values.
"""

DYEWORKS_UPDATE = """
# 1 Purpose

1.1 To report the site visit held on 20 October 2026 and further information received since the
application was deferred at the meeting on 24 September 2026.

# 2 Further Information

2.1 The applicant has agreed to raise affordable housing to 18% and to include a late-stage review.
A revised access plan moves the junction 40 metres further from Millbrook Primary School.

2.2 The recommendation remains that outline permission be granted.
"""

SOLAR_REPORT = """
# 1 Application Details

1.1 Application 26/00755/FUL: installation of a solar farm of up to 18 megawatts, with battery storage
and a substation, for a period of 40 years, on land at Longmarsh Farm, Longmarsh.

# 2 Recommendation

2.1 Grant planning permission subject to conditions, including a landscape and biodiversity management
plan and the removal of all equipment at the end of the 40-year period.

# 3 Assessment

3.1 The site is 31 hectares, of which 22% is best and most versatile agricultural land. Sheep grazing will
continue between the panels. The scheme would provide a biodiversity net gain of 64%.
"""

ENFORCEMENT_REPORT = """
# 1 Purpose

1.1 To report enforcement activity in the first half of 2026/27.

| Measure | Apr-Sep 2026 |
| New complaints received | 214 |
| Cases closed | 198 |
| Enforcement notices served | 9 |
| Prosecutions | 1 |

1.2 The backlog of open cases has fallen from 163 to 147.
"""

COMMUNITY_CENTRE_REPORT = """
# 1 Application Details

1.1 Application 26/00812/FUL: single-storey extension to provide a nursery room and accessible toilets
at Tanners Green Community Centre, Tanners Green Road. The Council is the landowner.

# 2 Recommendation

2.1 Grant planning permission subject to conditions.
"""

RIVERSIDE_QUAY_REPORT = """
# 1 Application Details

1.1 Application 26/00890/FUL: demolition of warehouse buildings and erection of a seven-storey building of
96 build-to-rent apartments with ground floor commercial space, at Riverside Quay, Wharf Street.

# 2 Recommendation

2.1 Refuse planning permission, because the height and bulk of the building would harm the setting of the
Riverside Conservation Area and the Grade II listed Corn Exchange.

# 3 Assessment

3.1 The site is previously developed land in a sustainable location and the principle of housing is
supported. However, the building would be four storeys taller than its neighbours, and Historic England
has objected.
"""

PRIORY_HOUSE_REPORT = """
# 1 Application Details

1.1 Application 26/00901/LBC: listed building consent for the replacement of 14 windows with slim double
glazed timber sashes at Priory House, Priory Walk (Grade II).

# 2 Recommendation

2.1 Grant listed building consent subject to conditions on joinery details.
"""
