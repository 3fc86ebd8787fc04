"""Tag text with council service areas from the packaged taxonomy (``data/topics.json``).

The taxonomy file documents itself; in short, each topic lists keywords and phrases matched on whole
words, and a score is hits per 1,000 words (phrases count double) so a 200-page report pack does not
outscore a page of minutes that is squarely about one service.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

MIN_SCORE = 2.0  # hits per 1,000 words below which a topic is incidental, not what the text is about


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    name: str
    scope: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class TopicScore:
    id: str
    name: str
    score: float

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "score": self.score}


def _keyword_regex(keyword: str) -> str:
    words = keyword.lower().split()
    parts = [re.escape(w[:-1]) + r"[\w'-]*" if w.endswith("*") else re.escape(w) for w in words]
    return r"\b" + r"[\s-]+".join(parts) + (r"" if words[-1].endswith("*") else r"\b")


@lru_cache(maxsize=1)
def load_taxonomy() -> tuple[Topic, ...]:
    raw = json.loads(resources.files("councilwatch.data").joinpath("topics.json").read_text("utf-8"))
    topics: list[Topic] = []
    for entry in raw["topics"]:
        # Longest keywords first so a phrase wins over its own first word in the alternation.
        keywords = sorted(entry["keywords"], key=len, reverse=True)
        pattern = re.compile("|".join(_keyword_regex(k) for k in keywords))
        topics.append(Topic(entry["id"], entry["name"], entry.get("scope", ""), pattern))
    return tuple(topics)


@lru_cache(maxsize=1)
def _combined() -> re.Pattern[str]:
    """Every topic's keywords in one pattern, so a text is scanned once whatever the taxonomy's size."""
    return re.compile("|".join(f"(?:{t.pattern.pattern})" for t in load_taxonomy()))


@lru_cache(maxsize=4096)
def _topics_of(match: str) -> tuple[int, ...]:
    return tuple(i for i, topic in enumerate(load_taxonomy()) if topic.pattern.fullmatch(match))


def score_topics(text: str, *, min_score: float = MIN_SCORE, limit: int = 5) -> list[TopicScore]:
    """Topics of ``text`` with scores, best first; only those at or above ``min_score``."""
    lowered = text.lower()
    words = max(len(lowered.split()), 1)
    scale = 1000.0 / max(words, 200)  # short texts are scored as if 200 words long: one hit is not a topic
    taxonomy = load_taxonomy()
    hits = [0.0] * len(taxonomy)
    for match in _combined().finditer(lowered):
        found = match.group()
        weight = 2.0 if " " in found.strip() or "-" in found else 1.0
        for index in _topics_of(found):
            hits[index] += weight
    scores = [
        TopicScore(topic.id, topic.name, round(count * scale, 2))
        for topic, count in zip(taxonomy, hits, strict=True)
        if round(count * scale, 2) >= min_score
    ]
    scores.sort(key=lambda t: (-t.score, t.id))
    return scores[:limit]
