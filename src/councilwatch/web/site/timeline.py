"""An issue's timeline: every agenda item about the same subject, across a council's meetings.

Two kinds of link join items, and the timeline is everything reachable from the starting item:

* **minute references** — minutes say "Further to Minute 13/24 …". Minute numbers restart each municipal
  year and belong to one committee, so a reference joins the *latest earlier* item of the same committee
  whose minute number matches; items that refer back to this one are found the same way in reverse.
* **matching titles** — "Air Quality Action Plan" and "Air quality action plan – update" are one subject.
  Titles are compared by their significant words; standing items ("Apologies", "Minutes of the previous
  meeting") are never matched, since every meeting has them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db.models import Q
from selectolax.lexbor import LexborHTMLParser

from councilwatch.web.councils import models as db

MAX_ITEMS = 60  # a runaway subject ("Budget") would otherwise pull in years of meetings
TITLE_OVERLAP = 0.75

_REFERENCE = re.compile(
    r"\b[Mm]inutes?\s+(?:[Nn]o\.?\s*|[Nn]umber\s+)?(?P<number>\d{1,4}(?:/\d{2,4})?)\b"
    # "… of the Scrutiny Co-ordination Committee": a reference into another committee's minutes.
    r"(?:\s+of\s+the\s+(?P<body>(?:[A-Z][\w'’-]*\s+){0,6}?"
    r"(?:Committee|Cabinet|Board|Council|Panel|Sub-Committee)))?"
)
_WORD = re.compile(r"[a-z0-9]+")
_NOISE_WORDS = (
    "a an and the of for to in on at by with from update updates report reports progress item items review "
    "annual quarterly verbal draft final proposed proposal proposals interim further new"
)
_NOISE = frozenset(_NOISE_WORDS.split())
_STANDING = re.compile(
    r"^(?:apolog|declarations?|disclosures?|minutes|urgent|any other|date of|exclusion|substitut|"
    r"chair'?s? (?:announce|business)|public (?:questions|participation)|welcome|introductions|"
    r"work ?programme|forward plan|outstanding|matters arising|petitions|questions)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Entry:
    item: db.AgendaItem
    reason: str  # why it is on the timeline, in plain words


def significant_words(title: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(title.lower()) if w not in _NOISE and not w.isdigit())


def is_standing(title: str) -> bool:
    cleaned = re.sub(r"^[\s\d.()]+", "", title)  # "3. Apologies" is still a standing item
    return bool(_STANDING.match(cleaned))


def titles_match(a: str, b: str) -> bool:
    wa, wb = significant_words(a), significant_words(b)
    if not wa or not wb or is_standing(a) or is_standing(b):
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= TITLE_OVERLAP and len(wa & wb) >= min(2, len(wa), len(wb))


def references(item: db.AgendaItem) -> list[tuple[str, str]]:
    """(minute number, other committee's name or "") this item's minutes refer to, in order, no repeats."""
    # The minutes as written on the meeting page, plus any passages extracted for this item.
    parts = [LexborHTMLParser(item.minutes_html).text(separator=" ")] if item.minutes_html else []
    parts.extend(db.Passage.objects.filter(item=item).values_list("text", flat=True))
    text = "\n".join(parts)
    found = [
        (m.group("number"), " ".join((m.group("body") or "").split())) for m in _REFERENCE.finditer(text)
    ]
    own = item.minutes_number
    return [(n, body) for n, body in dict.fromkeys(found) if body or (n != own and n.split("/")[0] != own)]


def _committee_ids(item: db.AgendaItem, body: str) -> list[int]:
    """The committee a reference points into: this item's own, or the named one of the same council."""
    if not body:
        return [item.meeting.committee_id]
    named = db.Committee.objects.filter(council_id=item.meeting.council_id, title__iexact=body.strip())
    return list(named.values_list("pk", flat=True))


def _items():
    return db.AgendaItem.objects.select_related("meeting", "meeting__committee", "meeting__council")


def _referenced(item: db.AgendaItem) -> list[db.AgendaItem]:
    found = []
    for number, body in references(item):
        earlier = (
            _items()
            .filter(
                meeting__committee_id__in=_committee_ids(item, body),
                # Councils store "34" or "34/26"; references usually carry the year ("Minute 34/26").
                minutes_number__in={number, number.split("/")[0]},
                meeting__starts_at__lt=item.meeting.starts_at,
            )
            .order_by("-meeting__starts_at")
            .first()
        )
        if earlier is not None:
            found.append(earlier)
    return found


def _referring(item: db.AgendaItem) -> list[db.AgendaItem]:
    if not item.minutes_number:
        return []
    number = item.minutes_number
    mentions = Q(minutes_html__icontains=number) | Q(passages__text__icontains=number)
    candidates = (
        _items()
        .filter(
            mentions,
            meeting__committee_id=item.meeting.committee_id,
            meeting__starts_at__gt=item.meeting.starts_at,
        )
        .distinct()
    )
    return [c for c in candidates if item in _referenced(c)]


def _same_title(item: db.AgendaItem) -> list[db.AgendaItem]:
    words = sorted(significant_words(item.title), key=len, reverse=True)
    if not words or is_standing(item.title):
        return []
    candidates = _items().filter(meeting__council_id=item.meeting.council_id, title__icontains=words[0])
    return [c for c in candidates.exclude(pk=item.pk)[:500] if titles_match(item.title, c.title)]


def timeline(start: db.AgendaItem) -> list[Entry]:
    """Items about the same subject as ``start`` (itself included), oldest meeting first."""
    reasons: dict[int, Entry] = {start.pk: Entry(start, "The item you started from")}
    queue = [start]
    while queue and len(reasons) < MAX_ITEMS:
        current = queue.pop(0)
        links = [
            (i, f"A later item refers back to it as minute {i.minutes_number}") for i in _referenced(current)
        ]
        links += [
            (i, f"Its minutes refer back to minute {current.minutes_number}") for i in _referring(current)
        ]
        links += [(i, "Same subject in the title") for i in _same_title(current)]
        for other, reason in links:
            # Standing items ("Minutes", "Matters arising") mention many minutes; following them would
            # wander off into unrelated subjects.
            if other.pk not in reasons and len(reasons) < MAX_ITEMS and not is_standing(other.title):
                reasons[other.pk] = Entry(other, reason)
                queue.append(other)
    return sorted(reasons.values(), key=lambda e: (e.item.meeting.starts_at, e.item.order))
