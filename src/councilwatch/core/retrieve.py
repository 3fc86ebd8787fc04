"""Okapi BM25 ranking over a fixed set of passages: which passages best support a sentence.

Terms are the verifier's light stems without stopwords, so "approved" finds "approves" and the ranking
agrees with what the verifier will later look for.  k1 = 1.5 and b = 0.75 are the textbook defaults; the
passages of one meeting are short and similar in length, and nothing here was tuned to a test set.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from councilwatch.core.verify.words import index_terms


class BM25:
    def __init__(self, documents: Sequence[str], *, k1: float = 1.5, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self._terms = [Counter(index_terms(doc)) for doc in documents]
        self._lengths = [sum(counts.values()) for counts in self._terms]
        self._average = (sum(self._lengths) / len(self._lengths)) if self._lengths else 0.0
        frequency: Counter[str] = Counter()
        for counts in self._terms:
            frequency.update(counts.keys())
        total = len(self._terms)
        # The "+1" form of idf never goes negative, so a term in most passages still counts a little.
        self._idf = {term: math.log(1 + (total - n + 0.5) / (n + 0.5)) for term, n in frequency.items()}

    def __len__(self) -> int:
        return len(self._terms)

    def score(self, query: str, index: int) -> float:
        return self._score(Counter(index_terms(query)), index)

    def _score(self, query: Counter[str], index: int) -> float:
        counts = self._terms[index]
        if not counts:
            return 0.0
        norm = self.k1 * (1 - self.b + self.b * self._lengths[index] / (self._average or 1.0))
        total = 0.0
        for term in query:
            tf = counts.get(term, 0)
            if tf:
                total += self._idf[term] * tf * (self.k1 + 1) / (tf + norm)
        return total

    def top(self, query: str, k: int) -> list[tuple[int, float]]:
        """The ``k`` best passages for ``query`` as (index, score), best first; zero scores left out."""
        terms = Counter(t for t in index_terms(query) if t in self._idf)
        if not terms or k <= 0:
            return []
        scored = [(i, self._score(terms, i)) for i in range(len(self._terms))]
        ranked = sorted((pair for pair in scored if pair[1] > 0), key=lambda pair: (-pair[1], pair[0]))
        return ranked[:k]
