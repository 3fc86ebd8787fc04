"""Figures and dates in a sentence, normalised so different spellings of one fact compare equal.

"18th March 2025" = "18 March 2025" = "18/03/2025" = "March 18, 2025"; "£1.2m" = "£1.2 million" =
"£1,200,000"; "12 per cent" = "12%"; "three" = "3" (from "two" upward: "one" is too often a pronoun);
"10.00 am" = "10am" = "10:00".  Everything is read as UK English: a numeric date is day/month/year.

Extraction masks each span once it is claimed (dates first, then money, percentages, minute references,
times, municipal years, years, then plain numbers) so "18/03/2025" is one date, not three numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from councilwatch.core.london import MONTHS

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ORD = r"(?:st|nd|rd|th)?"

_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_UNIT_VALUES = {"one": 1} | {k: v for k, v in _NUMBER_WORDS.items() if v < 10}
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_FRACTION = re.compile(r"\b(?:one|two|three|four)[\s-](?:thirds?|quarters?|fifths?)\b", re.IGNORECASE)
_NUMBER_WORD = re.compile(
    rf"\b(?:{_TENS}[\s-]{_UNITS}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_SCALE = {"k": 10**3, "thousand": 10**3, "m": 10**6, "mn": 10**6, "million": 10**6}
_SCALE |= {"bn": 10**9, "b": 10**9, "billion": 10**9}
_APPROX = re.compile(
    r"\b(?:about|around|approximately|approx\.?|roughly|nearly|almost|some|over|more than|"
    r"less than|fewer than|under|circa|c\.|just over|just under)\s*$",
    re.IGNORECASE,
)

_DATE_DMY = re.compile(rf"\b(\d{{1,2}}){_ORD}(?:\s+of)?\s+({_MONTH})(?:,?\s+(\d{{4}}))?\b", re.IGNORECASE)
_DATE_MDY = re.compile(
    rf"\b({_MONTH})\s+(\d{{1,2}}){_ORD}(?:,?\s+(\d{{4}}))?\b(?!\s*(?:am|pm|%))", re.IGNORECASE
)
_DATE_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.])")
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\s+(\d{{4}})\b", re.IGNORECASE)
# Case-sensitive and full names only: "may" the verb is lower case, "Mar" alone is too ambiguous.
_MONTH_ALONE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_MONEY = re.compile(
    r"£\s?(\d[\d,]*(?:\.\d+)?)\s*(bn|billion|mn|million|m|k|thousand|b)?\b"
    r"|(\d[\d,]*(?:\.\d+)?)\s*(billion|million|thousand)?\s+pounds\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
_MINUTE_REF = re.compile(r"\bminutes?\s+(?:no\.?\s*|number\s+)?(\d+(?:/\d+)?[a-z]?)\b", re.IGNORECASE)
_TIME = re.compile(
    r"\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])|\b([01]?\d|2[0-3]):([0-5]\d)\b",
    re.IGNORECASE,
)
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d{2})\s?[/–-]\s?(\d{2}|(?:19|20)\d{2})\b")
_YEAR = re.compile(r"(?<![\d£.,])((?:19[5-9]|20\d)\d)(?![\d%]|,\d)")
# A quantity with its unit written on: "29.87p", "520m", "2.4ha", "49.9MW", "40mph".  The unit is not
# compared (a summary may write "520 metres"); the number is.
_MEASURE = re.compile(
    r"(?<![\w.,/£-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?"
    r"(?:p|m|km|mph|ha|mw|kw|gw|kwh|mwh|gwh|kg|mm|cm|sqm|m2|m²|ft|sq\s?ft)(?![\w/])",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"(?<![\w.,/£-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:st|nd|rd|th)?(?:\s+(million|billion|thousand))?(?![\w/]|\.\d)"
)


@dataclass(frozen=True, slots=True)
class Figure:
    kind: str  # date, day_month, month_year, month, year, year_range, money, percent, minute, time, number
    value: object  # normalised: (y, m, d), Decimal, "13/24", minutes after midnight …
    text: str  # as written, for messages
    quantum: Decimal = Decimal(0)  # the precision written: "£1.2m" -> 100,000; "12%" -> 1; exact -> 0


@dataclass(slots=True)
class Figures:
    items: list[Figure] = field(default_factory=list)
    raw_numbers: set[str] = field(default_factory=set)  # whole digit runs, a last resort for numbers

    def of(self, *kinds: str) -> list[Figure]:
        return [f for f in self.items if f.kind in kinds]


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def _valid(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


@lru_cache(maxsize=8192)
def extract_figures(text: str) -> Figures:
    """Every date, year, amount, percentage, minute reference, time and number in ``text``."""
    # Whole digit runs only: the "4" of "12.4%" is not a stated 4.
    found = Figures(raw_numbers=set(re.findall(r"(?<![\d.,])\d+(?![\d]|[.,]\d)", text)))
    masked = [text]

    def claim(match: re.Match[str]) -> None:
        s = masked[0]
        masked[0] = s[: match.start()] + " " * (match.end() - match.start()) + s[match.end() :]

    def add(kind: str, value: object, match: re.Match[str], quantum: Decimal = Decimal(0)) -> None:
        found.items.append(Figure(kind, value, match.group(0).strip(), quantum))
        claim(match)

    def precision(digits: str, scale: int, match: re.Match[str]) -> Decimal:
        """Half the written precision is the rounding a faithful summary may apply."""
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        if decimals or scale > 1:
            return Decimal(1).scaleb(-decimals) * scale
        if _APPROX.search(text[: match.start()]):  # "about 5,300": rounded to the trailing zeros
            plain = digits.replace(",", "")
            return Decimal(10) ** (len(plain) - len(plain.rstrip("0")))
        return Decimal(1)

    for match in list(_DATE_DMY.finditer(masked[0])):
        day, month, year = (
            int(match.group(1)),
            MONTHS[match.group(2).lower().rstrip(".")],
            _year(match.group(3)),
        )
        if _valid(day, month):
            add("date" if year else "day_month", (year, month, day) if year else (month, day), match)
    for match in list(_DATE_MDY.finditer(masked[0])):
        month, day, year = (
            MONTHS[match.group(1).lower().rstrip(".")],
            int(match.group(2)),
            _year(match.group(3)),
        )
        if _valid(day, month) and not (year is None and day > 31):
            add("date" if year else "day_month", (year, month, day) if year else (month, day), match)
    for match in list(_DATE_NUMERIC.finditer(masked[0])):
        day, month, year = int(match.group(1)), int(match.group(2)), _year(match.group(3))
        if _valid(day, month):
            add("date", (year, month, day), match)
    for match in list(_MONTH_YEAR.finditer(masked[0])):
        add("month_year", (int(match.group(2)), MONTHS[match.group(1).lower().rstrip(".")]), match)
    for match in list(_MONEY.finditer(masked[0])):
        digits = match.group(1) or match.group(3) or ""
        amount, scale = _decimal(digits), _SCALE.get((match.group(2) or match.group(4) or "").lower(), 1)
        if amount is not None:
            add("money", amount * scale, match, precision(digits, scale, match))
    for match in list(_PERCENT.finditer(masked[0])):
        add("percent", Decimal(match.group(1)), match, precision(match.group(1), 1, match))
    for match in list(_MINUTE_REF.finditer(masked[0])):
        add("minute", match.group(1).lower(), match)
    for match in list(_TIME.finditer(masked[0])):
        if match.group(3):
            hour, minute = int(match.group(1)), int(match.group(2) or 0)
            if hour > 12 or minute > 59:
                continue
            hour = hour % 12 + (12 if match.group(3).lower().startswith("p") else 0)
        else:
            hour, minute = int(match.group(4)), int(match.group(5))
        add("time", hour * 60 + minute, match)
    for match in list(_YEAR_RANGE.finditer(masked[0])):
        first, second = int(match.group(1)), int(match.group(2))
        second = second if second > 99 else (first // 100) * 100 + second
        if second == first + 1:
            add("year_range", (first, second), match)
    for match in list(_YEAR.finditer(masked[0])):
        add("year", int(match.group(1)), match)
    for match in list(_MONTH_ALONE.finditer(masked[0])):
        # "May" opening a sentence is as likely the verb as the month.
        if match.group(1) == "May" and re.search(r"(?:^|[.!?:]\s*)$", text[: match.start()]):
            continue
        add("month", MONTHS[match.group(1).lower()], match)
    for match in list(_MEASURE.finditer(masked[0])):
        digits = match.group(1) + (match.group(2) or "")
        value = _decimal(digits)
        if value is not None:
            add("number", value, match, precision(digits, 1, match))
    for match in list(_NUMBER.finditer(masked[0])):
        digits = match.group(1) + (match.group(2) or "")
        value, scale = _decimal(digits), _SCALE.get((match.group(3) or "").lower(), 1)
        if value is not None:
            add("number", value * scale, match, precision(digits, scale, match))
    for match in list(_FRACTION.finditer(masked[0])):
        claim(match)  # "almost two-thirds" rounds a count or a share; its "two" is no figure to find
    for match in list(_NUMBER_WORD.finditer(masked[0])):
        parts = re.split(r"[\s-]", match.group(0).lower())
        value = sum(_NUMBER_WORDS.get(p, 0) or _UNIT_VALUES.get(p, 0) for p in parts)
        add("number", Decimal(value), match)
    return found


def _close(stated: object, claim: Figure) -> bool:
    """Equal, or a fair rounding: "£1.2m" for £1,234,567, "12%" for 12.4%, "about 5,300" for 5,263."""
    if not isinstance(stated, Decimal) or not isinstance(claim.value, Decimal):
        return stated == claim.value
    return abs(stated - claim.value) <= claim.quantum / 2 if claim.quantum else stated == claim.value


def _years_in(passage: Figures) -> set[int]:
    years: set[int] = set()
    for f in passage.items:
        if f.kind == "year":
            years.add(f.value)  # type: ignore[arg-type]
        elif f.kind == "year_range":
            years.update(f.value)  # type: ignore[arg-type]
        elif (f.kind == "date" and f.value[0]) or f.kind == "month_year":  # type: ignore[index]
            years.add(f.value[0])  # type: ignore[index]
    return years


def supported(claim: Figure, passage: Figures) -> bool:
    """Is the claimed figure stated by the passage (under any of its spellings)?"""
    kind, value = claim.kind, claim.value
    if kind == "date":
        year, month, day = value  # type: ignore[misc]
        if any(f.value == value for f in passage.of("date")):
            return True
        same_day = any(f.value == (month, day) for f in passage.of("day_month"))
        return same_day and year in _years_in(passage)
    if kind == "day_month":
        return any(f.value == value for f in passage.of("day_month")) or any(
            f.value[1:] == value
            for f in passage.of("date")  # type: ignore[index]
        )
    if kind == "month_year":
        year, month = value  # type: ignore[misc]
        return any(
            (f.kind == "date" and f.value[:2] == (year, month))  # type: ignore[index]
            or (f.kind == "month_year" and f.value == value)
            for f in passage.items
        ) or (year in _years_in(passage) and any(f.value == month for f in passage.of("month")))
    if kind == "month":
        return any(
            (f.kind == "month" and f.value == value)
            or (f.kind in ("date",) and f.value[1] == value)  # type: ignore[index]
            or (f.kind in ("day_month",) and f.value[0] == value)  # type: ignore[index]
            or (f.kind == "month_year" and f.value[1] == value)  # type: ignore[index]
            for f in passage.items
        )
    if kind == "year":
        return value in _years_in(passage)
    if kind == "year_range":
        return any(f.value == value for f in passage.of("year_range")) or set(value) <= _years_in(passage)  # type: ignore[arg-type]
    if kind in ("money", "percent"):
        return any(_close(f.value, claim) for f in passage.of(kind))
    if kind in ("minute", "time"):
        return any(f.value == value for f in passage.of(kind))
    if kind == "number":
        if any(_close(f.value, claim) for f in passage.of("number", "money", "percent")):
            return True
        # A number inside a date, time or reference ("the 20th", "item 13/24") still counts as stated.
        return str(value.normalize()) in passage.raw_numbers if isinstance(value, Decimal) else False
    return False


DATE_KINDS = frozenset({"date", "day_month", "month_year", "month", "year", "year_range"})
