"""Turn councils on in order of demand, within a monthly running-cost budget.

Demand score of a council:
  confirmed residents × 1 + confirmed professionals × ``PROFESSIONAL_WEIGHT``
  + support requests: resident × 1, professional × 3, council representative × 5
  (one request per email address and kind counts, so repeating a form does not buy a council).

Monthly cost estimate: meetings per month (its meetings over the last year / 12, or
``DEFAULT_MEETINGS_PER_MONTH`` when we have none) × cost per meeting (its measured ``CostEntry`` total per
costed meeting; else the average over all measured councils; else ``DEFAULT_COST_PER_MEETING_GBP``).

Plan: admin overrides first (a forced "full" spends budget first), then councils by score (ties: cheaper
first, then whoever was asked for earliest, then slug) are enabled while they fit; one that does not fit is
skipped so a cheaper, less-wanted council can still use what remains. Councils nobody asked for stay limited.
"Off" means we cannot read the council's site, so demand never turns an off council on — only an admin can.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Min, Sum
from django.template.loader import render_to_string
from django.utils import timezone

from councilwatch.web.councils import models as db
from councilwatch.web.subscriptions import links, sending
from councilwatch.web.subscriptions.models import (
    CostEntry,
    EmailSend,
    Subscriber,
    Subscription,
    SupportOverride,
    SupportRequest,
)

PROFESSIONAL_WEIGHT = 5
REQUEST_WEIGHTS = {"resident": 1, "professional": 3, "council": 5}
DEFAULT_MEETINGS_PER_MONTH = Decimal("8")
DEFAULT_COST_PER_MEETING_GBP = Decimal("0.25")


@dataclass
class Ranked:
    council_id: int
    slug: str
    name: str
    score: int
    residents: int
    professionals: int
    requests: int
    monthly_cost: Decimal
    current: str
    planned: str
    reason: str


@dataclass
class Plan:
    budget: Decimal
    committed: Decimal
    councils: list[Ranked]

    def changes(self) -> list[Ranked]:
        return [r for r in self.councils if r.current != r.planned]

    def as_json(self) -> dict:
        rows = [{**asdict(r), "monthly_cost": str(r.monthly_cost)} for r in self.councils]
        return {"budget": str(self.budget), "committed": str(self.committed), "councils": rows}


def _scores() -> dict[int, dict]:
    found: dict[int, dict] = defaultdict(
        lambda: {"residents": 0, "professionals": 0, "requests": 0, "score": 0}
    )
    subs = (
        Subscription.objects.filter(subscriber__unsubscribed_at__isnull=True)
        .order_by()
        .values("council_id", "subscriber__tier")
        .annotate(n=Count("pk"))
    )
    for row in subs:
        entry = found[row["council_id"]]
        if row["subscriber__tier"] == Subscriber.Tier.PROFESSIONAL:
            entry["professionals"] += row["n"]
            entry["score"] += row["n"] * PROFESSIONAL_WEIGHT
        else:
            entry["residents"] += row["n"]
            entry["score"] += row["n"]
    # order_by() clears the default ordering, which would otherwise make every row distinct.
    requests = SupportRequest.objects.order_by().values("council_id", "kind", "email").distinct()
    for row in requests:
        entry = found[row["council_id"]]
        entry["requests"] += 1
        entry["score"] += REQUEST_WEIGHTS.get(row["kind"], 1)
    return found


def _first_asked() -> dict[int, dt.datetime]:
    first: dict[int, dt.datetime] = {}
    for model in (Subscription, SupportRequest):
        for row in model.objects.order_by().values("council_id").annotate(at=Min("created_at")):
            at = row["at"]
            if row["council_id"] not in first or at < first[row["council_id"]]:
                first[row["council_id"]] = at
    return first


def _cost_per_meeting() -> tuple[dict[int, Decimal], Decimal]:
    """Measured cost per meeting for each council, and the average of those (or the default)."""
    rows = (
        CostEntry.objects.order_by()
        .values("council_id")
        .annotate(total=Sum("cost_gbp"), meetings=Count("meeting_id", distinct=True))
    )
    per: dict[int, Decimal] = {}
    for row in rows:
        per[row["council_id"]] = Decimal(row["total"]) / max(1, row["meetings"])
    fallback = (sum(per.values()) / len(per)) if per else DEFAULT_COST_PER_MEETING_GBP
    return per, fallback


def _meetings_per_month(council_ids: list[int]) -> dict[int, Decimal]:
    since = timezone.now() - dt.timedelta(days=365)
    rows = (
        db.Meeting.objects.filter(council_id__in=council_ids, starts_at__gte=since)
        .order_by()
        .values("council_id")
        .annotate(n=Count("pk"))
    )
    return {row["council_id"]: Decimal(row["n"]) / 12 for row in rows if row["n"]}


def monthly_cost(council_id: int) -> Decimal:
    per, fallback = _cost_per_meeting()
    rate = _meetings_per_month([council_id]).get(council_id, DEFAULT_MEETINGS_PER_MONTH)
    return (per.get(council_id, fallback) * rate).quantize(Decimal("0.01"))


def plan(budget: Decimal | None = None) -> Plan:
    """The support level every council should have; changes nothing."""
    if budget is None:
        budget = Decimal(str(getattr(settings, "COUNCILWATCH_MONTHLY_BUDGET_GBP", "0")))
    councils = list(db.Council.objects.filter(demo=False, disabled=False).order_by("slug"))
    scores, first = _scores(), _first_asked()
    per, fallback = _cost_per_meeting()
    rates = _meetings_per_month([c.pk for c in councils])
    overrides = {o.council_id: o for o in SupportOverride.objects.all()}
    far_future = timezone.now() + dt.timedelta(days=36500)

    ranked: list[Ranked] = []
    for council in councils:
        s = scores.get(council.pk, {"residents": 0, "professionals": 0, "requests": 0, "score": 0})
        cost = (per.get(council.pk, fallback) * rates.get(council.pk, DEFAULT_MEETINGS_PER_MONTH)).quantize(
            Decimal("0.01")
        )
        ranked.append(
            Ranked(
                council.pk,
                council.slug,
                council.name,
                s["score"],
                s["residents"],
                s["professionals"],
                s["requests"],
                cost,
                council.support,
                council.support,
                "",
            )
        )
    ranked.sort(key=lambda r: (-r.score, r.monthly_cost, first.get(r.council_id, far_future), r.slug))

    committed = Decimal("0")
    for row in ranked:  # admin decisions first: they are promises already made
        override = overrides.get(row.council_id)
        if override is not None:
            row.planned, row.reason = (
                override.support,
                f"admin override{': ' + override.note if override.note else ''}",
            )
            if override.support == "full":
                committed += row.monthly_cost
    for row in ranked:
        if row.council_id in overrides:
            continue
        if row.current == "off":
            row.reason = "site cannot be read yet"
        elif row.score <= 0:
            row.planned, row.reason = "limited", "nobody has asked for it"
        elif committed + row.monthly_cost <= budget:
            committed += row.monthly_cost
            row.planned, row.reason = "full", "in budget"
        else:
            row.planned, row.reason = "limited", "does not fit the budget"
    return Plan(budget, committed, ranked)


def _welcome(council: db.Council) -> int:
    """Queue a welcome email to every current subscriber of a council that has just been turned on."""
    queued = 0
    subs = Subscriber.objects.filter(subscriptions__council=council, unsubscribed_at__isnull=True)
    for subscriber in subs:
        context = {
            "council": council.name,
            "council_url": links.council_url(council.slug),
            "unsubscribe_url": links.UNSUBSCRIBE_MARK,
            "preferences_url": links.PREFERENCES_MARK,
        }
        # The key carries the day: turned off and on again later, people hear about it again.
        key = f"welcome:{council.pk}:{subscriber.pk}:{timezone.now().date().isoformat()}"
        _, created = sending.queue(
            key,
            EmailSend.Kind.WELCOME,
            subscriber.email,
            subscriber=subscriber,
            subject=f"{council.name} is now on councilwatch",
            text=render_to_string("subscriptions/email/welcome.txt", context),
            html=render_to_string("subscriptions/email/welcome.html", context),
        )
        queued += created
    return queued


def apply_demand(budget: Decimal | None = None, *, dry_run: bool = False) -> Plan:
    """Plan, then set each council's support level and welcome subscribers of newly enabled councils."""
    result = plan(budget)
    if dry_run:
        return result
    for row in result.changes():
        with transaction.atomic():
            db.Council.objects.filter(pk=row.council_id).update(support=row.planned)
            if row.planned == "full":
                _welcome(db.Council.objects.get(pk=row.council_id))
    return result


def record_cost(
    council: db.Council,
    stage: str,
    engine: str,
    *,
    meeting: db.Meeting | None = None,
    seconds: float = 0.0,
    tokens: int = 0,
    cost_gbp: Decimal | str | float = 0,
) -> CostEntry:
    """Write one measured cost (the pipeline calls this after each stage of each meeting)."""
    if stage not in CostEntry.Stage.values:
        raise ValueError(f"unknown stage {stage!r}; expected one of {', '.join(CostEntry.Stage.values)}")
    return CostEntry.objects.create(
        council=council,
        meeting=meeting,
        stage=stage,
        engine=engine,
        seconds=seconds,
        tokens=tokens,
        cost_gbp=Decimal(str(cost_gbp)),
    )
