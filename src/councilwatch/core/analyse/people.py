"""Who presented an item, who attended for it, and who was at the meeting.

Minutes name a paper's author in a fixed phrase ("received a Briefing Note of the Director of Public
Health that …", "considered a report of the Chief Legal Officer"), name guests for one item in an
"attended" sentence ("Chief Inspector Ann Example, West Midlands Police, attended for this item"), and list
the meeting's members in a labelled block at the top ("Present: Councillor A (Chair), Councillors B and C").
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mention:
    """A piece of text and where it sits in the text it was found in."""

    text: str
    start: int
    end: int

    def shifted(self, offset: int) -> Mention:
        return Mention(self.text, self.start + offset, self.end + offset)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str
    start: int  # the span of the sentence or line that names them
    end: int
    how: str = "attended"  # "attended" sentence, "presenter" phrase, or a "list" under a label

    def shifted(self, offset: int) -> Person:
        return Person(self.name, self.role, self.start + offset, self.end + offset, self.how)


_PAPER = r"(?:joint\s+)?(?:briefing\s+note|report|presentation|update|paper|verbal\s+update|note)"
_PRESENTER = re.compile(
    rf"\b(?:received|considered|noted|had\s+before\s+it|was\s+presented\s+with)\s+(?:a|an|the)\s+{_PAPER}"
    rf"\s+(?:of|from|by)\s+(?P<who>.+?)(?=\s+(?:that|which|on|regarding|concerning|about|setting|providing|"
    rf"seeking|outlining|detailing|updating|in\s+respect|in\s+relation|to\s+(?:provide|update|seek|inform))\b"
    rf"|[.;(\n]|,\s+(?:which|that)\b|$)",
    re.IGNORECASE,
)
_TITLE_AUTHOR = re.compile(rf"^\s*{_PAPER}\s+(?:of|from|by)\s+(?P<who>[^\n]+?)\s*$", re.IGNORECASE)
_ATTENDED = re.compile(r"\s(?:also\s+)?(?:attended|was\s+in\s+attendance|were\s+in\s+attendance)\b")
_LABEL = re.compile(
    r"^\s*[*_]*(?P<label>present|members\s+present|councillors\s+present|other\s+members(?:\s+present)?|"
    r"in\s+attendance|also\s+present|officers(?:\s+present)?|employees(?:\s+\([^)]*\))?|apologies(?:\s+for"
    r"\s+absence)?)[*_]*\s*:[-\s]*(?P<rest>.*)$",
    re.IGNORECASE,
)
_ROLE_FOR_LABEL = {
    "present": "member",
    "members present": "member",
    "councillors present": "member",
    "other members": "other member",
    "other members present": "other member",
    "in attendance": "in attendance",
    "also present": "in attendance",
    "officers": "officer",
    "officers present": "officer",
    "apologies": "apologies",
    "apologies for absence": "apologies",
}
_TITLED_NAME = re.compile(
    r"^(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Professor|Chief\s+\w+|Inspector|Sergeant)\b"
)


def find_presenter(body: str) -> Mention | None:
    """The author or presenter named in the item's opening, e.g. "the Director of Public Health"."""
    head = body[:1200]
    match = _PRESENTER.search(head)
    if match:
        who = match.group("who").strip(" ,")
        if 1 <= len(who.split()) <= 30:
            return Mention(who, match.start("who"), match.start("who") + len(who))
    for line_match in re.finditer(r"[^\n]+", head):
        title = _TITLE_AUTHOR.match(line_match.group())
        if title:
            return Mention(
                title.group("who"),
                line_match.start() + title.start("who"),
                line_match.start() + title.end("who"),
            )
    return None


def people_in_presenter(presenter: Mention) -> list[Person]:
    """Named people inside a presenter phrase: "the Director of X and Ann Example, Chief Inspector of Y"."""
    people: list[Person] = []
    for part in re.split(r"\s+and\s+(?=[A-Z][a-z]+\s+[A-Z][\w'’-]+,)", presenter.text):
        name, _, role = part.partition(",")
        name = name.strip()
        if role and re.fullmatch(r"(?:[A-Z][a-z]+\.?\s+){1,3}[A-Z][\w'’-]+", name):
            people.append(Person(name, role.strip(), presenter.start, presenter.end, "presenter"))
    return people


def _split_people(text: str) -> list[str]:
    """ "A, Role; B, Role and Councillor C" → entries; commas inside an entry separate name from role."""
    parts = re.split(
        r"\s*;\s*|\s+and\s+(?=(?:Councillor|Cllr|Mr|Mrs|Ms|Dr|Chief|Inspector|[A-Z]\.?\s|[A-Z][a-z]+\s+[A-Z][a-z]+,))",
        text,
    )
    return [part.strip(" ,") for part in parts if part.strip(" ,")]


def _person(entry: str) -> tuple[str, str]:
    entry = re.sub(r"^(?:the\s+following\s+)?(?:also\s+)?", "", entry.strip(), flags=re.IGNORECASE)
    role_in_brackets = re.search(r"\(([^)]*)\)\s*$", entry)
    if role_in_brackets:
        return entry[: role_in_brackets.start()].strip(" ,"), role_in_brackets.group(1).strip()
    name, _, role = entry.partition(",")
    return name.strip(), role.strip()


def find_item_attendees(body: str) -> list[Person]:
    """Guests named in "… attended for this item" sentences."""
    people: list[Person] = []
    for match in _ATTENDED.finditer(body):
        start = max(body.rfind(". ", 0, match.start()) + 2, body.rfind("\n", 0, match.start()) + 1, 0)
        stop = body.find(".", match.end())
        newline = body.find("\n", match.end())
        stop = min(
            x for x in (stop + 1 if stop != -1 else len(body), newline if newline != -1 else len(body))
        )
        who = re.sub(r"^(?:In\s+addition|Also|Additionally)\s*,?\s*", "", body[start : match.start()].strip())
        if len(who) > 300:
            continue
        for entry in _split_people(who):
            name, role = _person(entry)
            if not name or len(name.split()) > 8 or not name[:1].isupper():
                continue
            if name.lower().startswith(("the ", "members", "officers", "a ")) and not role:
                continue
            people.append(Person(name, role, start, stop))
    return people


def _split_names(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\)\s+(?=[A-Z])", "), ", text)  # "A (Chair) Councillors B, C" joined from two lines
    out: list[str] = []
    for chunk in re.split(r"\s*[,;]\s*(?![^()]*\))", text):
        out.extend(part for part in re.split(r"\s+and\s+(?![^()]*\))", chunk) if part)
    return out


def _continues_list(line: str) -> bool:
    """A line after a "Present:" label that carries on its list of names, not the minutes' prose."""
    stripped = line.strip()
    if not stripped or _LABEL.match(stripped):
        return False
    return bool(_TITLED_NAME.match(stripped)) or ("," in stripped and not stripped.endswith("."))


def find_meeting_attendees(preamble: str) -> list[Person]:
    """Members and officers listed under "Present:", "In attendance:", "Apologies:" labels."""
    people: list[Person] = []
    lines = list(re.finditer(r"[^\n]+", preamble))
    index = 0
    while index < len(lines):
        line = lines[index]
        label = _LABEL.match(line.group())
        index += 1
        if not label:
            continue
        key = re.sub(r"\s*\(.*\)", "", re.sub(r"\s+", " ", label.group("label").lower())).strip()
        default_role = _ROLE_FOR_LABEL.get(key, "officer" if key.startswith("employees") else "member")
        text, end = label.group("rest"), line.end()
        while index < len(lines) and _continues_list(lines[index].group()):
            text, end = f"{text} {lines[index].group()}", lines[index].end()
            index += 1
        plural_title = ""
        for raw in _split_names(text):
            name, role = _person(raw)
            plural = re.match(r"^(Councillors|Cllrs)\s+(.*)$", name)
            if plural:
                plural_title = plural.group(1)[:-1]
                name = f"{plural_title} {plural.group(2)}"
            elif plural_title and not _TITLED_NAME.match(name):
                name = f"{plural_title} {name}"
            if name and name[:1].isupper() and len(name.split()) <= 6:
                people.append(Person(name, role or default_role, line.start(), end, "list"))
    return people
