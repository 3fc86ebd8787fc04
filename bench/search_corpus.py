"""Synthetic council text for the search benchmark: sentences built from a small grammar of committee
business, with place names, people, money and dates, so word frequencies look like real minutes (a few
very common words, a long tail of rare ones). Deterministic for a given seed."""

from __future__ import annotations

import datetime as dt
import random


def _list(text: str) -> list[str]:
    """Comma-separated words or phrases; line breaks inside a phrase are just spaces."""
    return [" ".join(part.split()) for part in text.split(",") if part.strip()]


TOPICS = _list(
    """
    local plan review, green belt release, allotment rents, playground refurbishment, social housing
    allocations, air quality monitoring, parking charges, residents parking scheme, library opening
    hours, leisure centre contract, waste collection round, garden waste subscription, street lighting
    upgrade, flood defence scheme, cycle lane extension, bus shelter replacement, council tax support
    scheme, homelessness strategy, temporary accommodation budget, youth services grant, adult social
    care precept, school transport policy, highways maintenance, pothole repair programme, tree
    preservation order, conservation area appraisal, community infrastructure levy, section 106
    contributions, affordable housing target, town centre regeneration, market hall lease, museum
    collections review, skatepark proposal, velodrome repairs, swimming pool closure, public toilet
    provision, dog fouling enforcement, licensing of taxis, houses in multiple occupation, empty homes
    premium, climate emergency plan, electric vehicle charging points, solar farm application, wind
    turbine application, planning enforcement backlog, treasury management strategy, capital programme,
    medium term financial strategy, internal audit report, risk register, member allowances, code of
    conduct complaint, polling district review, ward boundary review, crematorium fees, cemetery
    extension, car park resurfacing, bridge strengthening works, footpath diversion order, village hall
    grant, neighbourhood plan referendum, gypsy and traveller site assessment
    """
)
PLACE_HEADS = _list(
    """
    Ash, Bram, Kings, Mill, Nether, Upper, Long, Hazel, Stan, Wool, Brack, Elm, Marsh, Oak, Thorn, Wey,
    Fern, Holly, Sand, Church
    """
)
PLACE_TAILS = _list(
    """
    ford, ley, bridge, wick, ton, field, bury, stead, combe, hurst, worth, mere, gate, dale, thorpe
    """
)
SURNAMES = _list(
    """
    Patel, Jones, Okafor, Williams, Khan, Brown, Taylor, Davies, Evans, Wilson, Thomas, Roberts, Hughes,
    Lewis, Clarke, Walker, Wright, Robinson, Thompson, White, Hall, Green, Wood, Harris, Martin,
    Jackson, Clark, Turner, Hill, Moore, Cooper, Ward, Morris, King, Baker, Singh, Ahmed, Kaur, Murphy,
    Kelly
    """
)
BODIES = _list(
    """
    Cabinet, Council, the committee, the panel, the board, members, the portfolio holder
    """
)
VERBS = _list(
    """
    approved, noted, deferred, endorsed, rejected, considered, welcomed, questioned
    """
)
DECISIONS = _list(
    """
    approved, deferred to a future meeting, refused, approved with conditions, referred to full Council,
    noted
    """
)
CONDITIONS = _list(
    """
    consultation with ward members, a further report on costs, legal advice being obtained, the views of
    the parish council, an equality impact assessment, funding being confirmed
    """
)
BUDGETS = _list(
    """
    general fund reserve, capital contingency, housing revenue account, earmarked reserves,
    transformation fund, government grant
    """
)
OBJECTORS = _list(
    """
    objections, letters of support, petitions, representations, complaints
    """
)
# Words that appear in about one passage in 100,000: the "rare word" queries.
RARE = _list(
    """
    ornithologist, quagmire, zeppelin, harpsichord, marzipan, tarantula, gondola, kaleidoscope,
    xylophone, armadillo, boomerang, chandelier, dirigible, escarpment
    """
)

COMMITTEES = _list(
    """
    Cabinet, Planning Committee, Licensing Committee, Audit and Governance Committee, Overview and
    Scrutiny Committee, Full Council, Health and Wellbeing Board, Housing Scrutiny Panel, Environment
    Committee, Standards Committee
    """
)
DOCUMENT_KINDS = _list(
    """
    agenda_frontsheet, reports_pack, minutes
    """
)


class Grammar:
    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.places = [h + t for h in PLACE_HEADS for t in PLACE_TAILS]  # 300 names

    def place(self) -> str:
        # Skewed: a few places come up far more often, as a council's main towns do.
        return self.places[min(int(self.rng.paretovariate(1.2)) - 1, len(self.places) - 1)]

    def money(self) -> str:
        if self.rng.random() < 0.5:
            return f"£{self.rng.randint(2, 950)},{self.rng.randint(0, 999):03d}"
        return f"£{self.rng.randint(1, 40)}.{self.rng.randint(1, 9)} million"

    def date(self) -> str:
        day = dt.date(2019, 1, 1) + dt.timedelta(days=self.rng.randint(0, 2500))
        return f"{day.day} {day:%B %Y}"

    def topic(self) -> str:
        return self.rng.choice(TOPICS)

    def sentence(self) -> str:
        r = self.rng
        pick = r.randrange(9)
        if pick == 0:
            body, verb = r.choice(BODIES).capitalize(), r.choice(VERBS)
            return f"{body} {verb} the report on the {self.topic()} for {self.place()}."
        if pick == 1:
            return (
                f"Councillor {r.choice(SURNAMES)} asked whether the {self.topic()} in {self.place()} "
                f"would be completed by {self.date()}."
            )
        if pick == 2:
            decision, condition = r.choice(DECISIONS), r.choice(CONDITIONS)
            return f"RESOLVED: That the {self.topic()} be {decision}, subject to {condition}."
        if pick == 3:
            return f"The estimated cost of {self.money()} would be met from the {r.choice(BUDGETS)}."
        if pick == 4:
            return (
                f"Members noted that {r.randint(2, 400)} {r.choice(OBJECTORS)} had been received from "
                f"residents of {self.place()} about the {self.topic()}."
            )
        if pick == 5:
            return (
                f"The Head of Service explained that the {self.topic()} had been delayed because of the "
                f"{self.topic()}."
            )
        if pick == 6:
            name = r.choice(SURNAMES)
            return f"Councillor {name} declared an interest as a member of {self.place()} Town Council."
        if pick == 7:
            return f"The council would consult on the {self.topic()} until {self.date()}."
        return (
            f"Officers recommended that the {self.topic()} for {self.place()} be funded at {self.money()} "
            f"from the {r.choice(BUDGETS)}."
        )

    def passage(self) -> str:
        words = [self.sentence() for _ in range(self.rng.randint(1, 4))]
        if self.rng.random() < 0.0001:  # about 1 in 10,000 passages carries one rare word
            words.append(f"A {self.rng.choice(RARE)} was mentioned.")
        return " ".join(words)

    def heading(self) -> list[str]:
        return [self.topic().capitalize()] if self.rng.random() < 0.3 else []
