"""Everyday words for council wording: which words in a passage bear out a word a summary uses.

Summaries for residents say "homes" where minutes say "dwellings", "scrap" for "withdraw", "bins" for
"refuse collection".  Each line below is a group of words that stand for one another in council business;
a summary word is found in a passage when any word of its group is.  The groups are deliberately narrow
(a word joins a group only where any member could replace it in minutes without changing the fact) and
they only ever complete the content-word test: figures, dates, names, quotes and outcomes are checked
exactly whatever the wording.
"""

from __future__ import annotations

from functools import lru_cache

from councilwatch.core.verify.words import stem

_GROUPS = """
spend spending spent expenditure cost costs budget
worth value valued valuation
weekend friday saturday sunday
nearby near vicinity surrounding neighbouring adjacent
advice recommendation recommended advised
bid application applied tender request proposal
motion move proposal amendment bid
bidder tender tenderer
earlier previous last prior
home homes dwelling dwellings house houses property properties unit units
scrap scrapped axe axed drop dropped withdraw withdrawn discontinue cease end
boost raise increase rise hike uplift
cash money funding funds fund allocation grant
rubbish waste refuse bins bin
tip recycling
jobs posts roles employment staff workforce employees
children pupils kids youngsters
pub premises tavern inn bar
plan proposal proposals scheme strategy project
build built building construct construction erect erection develop development
demolish demolition knock
repair repairs fix maintenance works refurbishment
road roads highway highways carriageway street
pavement footway footpath
overspend pressure pressures deficit shortfall gap
saving savings efficiencies efficiency reductions
buy purchase acquisition acquire
sell sale disposal dispose
complaint complaints objection objections representation representations concern concerns
neighbours residents occupiers neighbouring
people residents persons individuals public
fortnightly alternate
price prices charge charges fee fees tariff tariffs fare fares
warn warned warning advised cautioned risk
praise praised thanked commended welcomed
delay delayed slippage postponed later
extra additional further more
old existing former previous
doctor doctors gp surgery practice
yearly annual annually year
watchdog inspectors inspection regulator
drinker drinkers customer customers patron patrons
forecast forecasts projected projection heading predicted expected
remain remains stay stays retain retained kept unchanged
campaign push drive
household households family families
answer answered respond responded responses respondents replied reply
exclude excluded omit omitted left
choose chose choice opt option options
"""


@lru_cache(maxsize=1)
def _by_stem() -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for line in _GROUPS.strip().splitlines():
        stems = {stem(word) for word in line.split()}
        for s in stems:
            groups.setdefault(s, set()).update(stems - {s})
    return {s: frozenset(others) for s, others in groups.items()}


def alternatives(stemmed: str) -> frozenset[str]:
    """Stems that bear out ``stemmed`` in a passage ("bid" is borne out by "application")."""
    return _by_stem().get(stemmed, frozenset())
