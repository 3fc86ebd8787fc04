"""Who did what: a person the sentence names must be named where the cited passages say it.

Summaries go wrong by giving the right words to the wrong person: "Councillor Frobisher proposed sending
the decision back to Cabinet" when the minutes have Councillor Osei moving that, and Councillor Frobisher
moving something else two lines earlier.  Both names are in the cited passages, so the name check alone
passes; what is wrong is where the name stands.

The test: find the sentence of the cited passages that shares most of the claim's content words (the
claim's words, its names left out).  The person must be named in a sentence that shares at least half as
many, or in the sentence just before one (minutes name a speaker once, then write "He said …" or "The
Director replied …").  Only people with a personal title ("Councillor", "Mr", "Dr" …) who are the subject
of their clause are held to this: minutes call office holders by their office ("the Mayor", "the Chief Fire
Officer"), an organisation is often the subject of one sentence and the setting of the next, and a person
in the object ("told Councillor Nolan that …") is the one spoken to.  A claim with fewer than three content
words, or whose best sentence shares fewer than two, says too little to place anyone, and passes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilwatch.core.verify.names import Name, find_names
from councilwatch.core.verify.paraphrase import alternatives
from councilwatch.core.verify.sentences import split_sentences
from councilwatch.core.verify.words import content_stems, stem, stem_set

_PERSONAL_TITLES = frozenset(
    re.findall(r"\S+", "councillor cllr alderman mr mrs ms miss mx dr doctor professor prof sir dame rev")
)
_CLAUSE_OPENING = re.compile(r"[,;:(]|\b(?:and|but|while|whereas|then)\b")
_NEAR = 0.5  # the person's own sentence must share at least this share of the best sentence's overlap
_MIN_CLAIM_WORDS = 3
_MIN_BEST = 2


def _shared(claim: set[str], found: frozenset[str]) -> int:
    return sum(1 for word in claim if word in found or alternatives(word) & found)


def _claim_words(sentence: str, names: Sequence[Name]) -> set[str]:
    named = {stem(w.strip(".,")) for name in names for w in name.text.split()}
    return {s for s in content_stems(sentence) if s not in named and len(s) > 1}


def _subject_with_title(name: Name, sentence: str) -> bool:
    first = name.text.split()[0].lower().rstrip(".")
    position = sentence.find(name.text)
    if not name.titled or first not in _PERSONAL_TITLES or position < 0:
        return False
    return not _CLAUSE_OPENING.split(sentence[:position])[-1].strip()


def _roles(surname: str, sources: str) -> list[str]:
    """What the sources call the person besides their name: "Councillor P Rigby (Cabinet Member for
    Education and Skills)" is "the Cabinet Member" in the minutes that follow."""
    found = re.findall(rf"\b{re.escape(surname)}\b[^()\n]{{0,20}}\(([A-Z][^)\n]{{2,80}})\)", sources)
    found += re.findall(rf"\b{re.escape(surname)},\s+(?:the\s+)?([A-Z][^,\n]{{2,60}}),", sources)
    return [" ".join(role.lower().split()[:2]) for role in found]


def misattributed(name: Name, sentence: str, passages: Sequence[str], sources: str = "") -> bool:
    """True when the cited passages name ``name`` but not where they say what ``sentence`` says of them."""
    if not _subject_with_title(name, sentence):
        return False
    claim = _claim_words(sentence, find_names(sentence))
    if len(claim) < _MIN_CLAIM_WORDS:
        return False
    surname = name.required[-1]
    roles = _roles(name.text.split()[-1].strip(".,'’s"), sources or "\n".join(passages))
    best = 0
    own = -1
    for passage in passages:
        texts = split_sentences(passage)
        stems = [stem_set(s) for s in texts]
        for index, found in enumerate(stems):
            best = max(best, _shared(claim, found))
            if surname in found or any(role in texts[index].lower() for role in roles):
                # the sentence naming the person, and the one after it ("He said …")
                following = stems[index + 1] if index + 1 < len(stems) else frozenset()
                own = max(own, _shared(claim, found | following))
    if own < 0 or best < _MIN_BEST:
        return False  # not named here at all (the name check's business), or nothing to place
    return own < _NEAR * best
