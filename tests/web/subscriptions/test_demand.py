"""Demand ranking, the monthly budget, ties, dropping out of budget, overrides and welcome emails."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from click.testing import CliRunner
from django.utils import timezone

from councilwatch.web.councils.models import Council
from councilwatch.web.subscriptions import demand, sending
from councilwatch.web.subscriptions.models import SupportOverride
from tests.web import factories as f

pytestmark = pytest.mark.django_db


def _council(
    slug: str, *, meetings_last_year: int = 12, cost_per_meeting: str | None = None, support="limited"
):
    """A council with a known meeting rate (and measured cost, if given)."""
    council = f.site_council(slug, support=support)
    committee = f.site_committee(council)
    start = timezone.now() - dt.timedelta(days=300)
    for i in range(meetings_last_year):
        meeting = f.site_meeting(committee, start + dt.timedelta(days=i * 7))
        if cost_per_meeting is not None and i < 2:
            f.sub_cost(council, meeting, cost_gbp=cost_per_meeting, stage="summary")
    return council


def _people(council, residents: int = 0, professionals: int = 0, prefix: str = ""):
    for i in range(residents):
        f.sub_subscriber(f"{prefix or council.slug}-r{i}@example.org", council)
    for i in range(professionals):
        f.sub_subscriber(f"{prefix or council.slug}-p{i}@example.org", council, tier="professional")


def _planned(plan) -> dict[str, str]:
    return {row.slug: row.planned for row in plan.councils}


def test_monthly_cost_from_measured_entries_or_the_defaults():
    measured = _council("measured", meetings_last_year=24, cost_per_meeting="1.50")  # 2 meetings/month
    unmeasured = _council("unmeasured", meetings_last_year=0)
    assert demand.monthly_cost(measured.pk) == Decimal("3.00")
    # No meetings known: default rate; no cost of its own: the average of measured councils.
    assert demand.monthly_cost(unmeasured.pk) == (Decimal("1.50") * demand.DEFAULT_MEETINGS_PER_MONTH)


def test_ranking_weights_professionals_and_requests():
    a, b, c = _council("alpha"), _council("bravo"), _council("charlie")
    _people(a, residents=4)  # 4
    _people(b, professionals=1)  # 5
    _people(c, residents=1)
    f.sub_support_request(c, "clerk@charlie.gov.uk", kind="council")  # 1 + 5 = 6
    f.sub_support_request(c, "clerk@charlie.gov.uk", kind="council")  # the same request again counts once
    plan = demand.plan(Decimal("1000"))
    assert [(r.slug, r.score) for r in plan.councils[:3]] == [("charlie", 6), ("bravo", 5), ("alpha", 4)]


def test_ties_go_to_the_cheaper_council_then_the_earlier_request():
    pricey = _council("pricey", meetings_last_year=24, cost_per_meeting="2.00")  # £4.00 a month
    cheap = _council("cheap", meetings_last_year=12, cost_per_meeting="2.00")  # £2.00 a month
    early = _council("early", meetings_last_year=12, cost_per_meeting="2.00")
    later = _council("later", meetings_last_year=12, cost_per_meeting="2.00")
    _people(pricey, residents=2)
    _people(cheap, residents=2)
    f.sub_support_request(early, "a@example.org")
    f.sub_support_request(early, "b@example.org")
    f.sub_support_request(later, "c@example.org")
    f.sub_support_request(later, "d@example.org")
    ranked = [r.slug for r in demand.plan(Decimal("100")).councils[:4]]
    # All score 2: the £2 councils before the £4 one, then whoever was asked for first.
    assert ranked == ["cheap", "early", "later", "pricey"]


def test_budget_enables_the_top_councils_that_fit_and_skips_one_too_dear():
    big = _council("big", meetings_last_year=60, cost_per_meeting="2.00")  # £10 a month
    mid = _council("mid", meetings_last_year=36, cost_per_meeting="2.00")  # £6
    small = _council("small", meetings_last_year=12, cost_per_meeting="2.00")  # £2
    nobody = _council("nobody", meetings_last_year=12, cost_per_meeting="1.00")
    _people(big, residents=9)
    _people(mid, residents=5)
    _people(small, residents=1)
    plan = demand.plan(Decimal("12"))
    assert _planned(plan) == {"big": "full", "mid": "limited", "small": "full", "nobody": "limited"}
    assert plan.committed == Decimal("12.00")
    assert {r.slug: r.reason for r in plan.councils}["mid"] == "does not fit the budget"
    assert nobody.support == "limited"


def test_a_council_drops_out_of_budget_when_another_overtakes_it():
    first = _council("first", meetings_last_year=12, cost_per_meeting="5.00")  # £5 a month
    second = _council("second", meetings_last_year=12, cost_per_meeting="5.00")
    _people(first, residents=3)
    _people(second, residents=2)
    demand.apply_demand(Decimal("5"))
    assert Council.objects.get(slug="first").support == "full"
    assert Council.objects.get(slug="second").support == "limited"
    _people(second, professionals=1, prefix="newcomer")  # 2 + 5 = 7 > 3
    plan = demand.apply_demand(Decimal("5"))
    assert {r.slug: (r.current, r.planned) for r in plan.changes()} == {
        "first": ("full", "limited"),
        "second": ("limited", "full"),
    }
    assert Council.objects.get(slug="first").support == "limited"
    assert Council.objects.get(slug="second").support == "full"
    assert first.pk != second.pk


def test_overrides_win_and_off_councils_stay_off():
    forced = _council("forced", meetings_last_year=12, cost_per_meeting="4.00")  # £4, nobody asked
    wanted = _council("wanted", meetings_last_year=12, cost_per_meeting="4.00")
    unreadable = _council("unreadable", support="off")
    vetoed = _council("vetoed", meetings_last_year=12, cost_per_meeting="1.00")
    _people(wanted, residents=5)
    _people(unreadable, residents=50)
    _people(vetoed, residents=50)
    SupportOverride.objects.create(council=forced, support="full", note="pilot agreed with the council")
    SupportOverride.objects.create(council=vetoed, support="limited")
    plan = demand.plan(Decimal("6"))
    planned = _planned(plan)
    assert planned["forced"] == "full" and planned["wanted"] == "limited"  # override spent the budget first
    assert planned["unreadable"] == "off" and planned["vetoed"] == "limited"
    assert {r.slug: r.reason for r in plan.councils}[
        "forced"
    ] == "admin override: pilot agreed with the council"


def test_enabled_council_welcomes_its_subscribers_once(inbox):
    council = _council("welcomeshire", meetings_last_year=12, cost_per_meeting="1.00")
    _people(council, residents=2)
    gone = f.sub_subscriber("gone@example.org", council, unsubscribed_at=timezone.now())
    demand.apply_demand(Decimal("50"))
    demand.apply_demand(Decimal("50"))  # no change the second time: no second welcome
    assert sending.send_pending().sent == 2
    assert sorted(m.to for m in inbox.messages) == [
        "welcomeshire-r0@example.org",
        "welcomeshire-r1@example.org",
    ]
    assert all("Welcomeshire Council is now on councilwatch" in m.message["Subject"] for m in inbox.messages)
    assert gone.email not in {m.to for m in inbox.messages}


def test_dry_run_changes_nothing():
    council = _council("dryshire", meetings_last_year=12, cost_per_meeting="1.00")
    _people(council, residents=1)
    plan = demand.apply_demand(Decimal("50"), dry_run=True)
    assert _planned(plan)["dryshire"] == "full"
    assert Council.objects.get(slug="dryshire").support == "limited"


def test_record_cost_refuses_unknown_stage():
    council = _council("costshire")
    entry = demand.record_cost(council, "extract", "pdfium", seconds=2.5, cost_gbp="0.0125")
    assert entry.cost_gbp == Decimal("0.0125")
    with pytest.raises(ValueError, match="unknown stage 'render'"):
        demand.record_cost(council, "render", "x")


def test_demand_command_prints_and_applies_the_plan():
    from councilwatch.cli.demand import demand as command

    council = _council("clishire", meetings_last_year=12, cost_per_meeting="1.00")
    _people(council, residents=3)
    runner = CliRunner()
    result = runner.invoke(command, ["--budget", "100", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    row = next(r for r in payload["councils"] if r["slug"] == "clishire")
    assert (row["score"], row["planned"], payload["applied"]) == (3, "full", True)
    assert Council.objects.get(slug="clishire").support == "full"
    bad = runner.invoke(command, ["--budget", "lots"])
    assert bad.exit_code == 2 and "not an amount of money" in bad.output
