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
from councilwatch.core.verify.outcome_claims import CLAUSE_BREAK
from councilwatch.core.verify.paraphrase import alternatives
from councilwatch.core.verify.sentences import split_sentences
from councilwatch.core.verify.words import content_stems, stem, stem_set

_PERSONAL_TITLES = frozenset(
    re.findall(r"\S+", "councillor cllr alderman mr mrs ms miss mx dr doctor professor prof sir dame rev")
)
# What may stand before the subject's name: nothing, or a description ("Garage owner Dorothy Keld",
# "Independent Person Mr Hurd"); a preposition or an article makes the name part of a phrase instead.
_NOT_A_DESCRIPTION = frozenset(
    re.findall(r"\S+", "the a an to of that by with for on in at from as into after before said says told")
)
_CLAUSE_OPENING = re.compile(r"[,;:(]|\b(?:and|but|while|whereas|then)\b")
# What people do at any meeting: every item has a proposer, a seconder and questions, so these words place
# no one; what the proposal or question was about does.
_PROCEDURE = frozenset(
    re.findall(r"\S+", "propos second mov say ask question report present spok speak argu")
)
# the personal titles as written before a name ("Councillors" opens a list of them)
_TITLE = r"(?:Councillors?|Cllrs?|Alderman|Mr|Mrs|Ms|Miss|Mx|Dr|Professor|Prof|Sir|Dame|Rev)\.?"
_SOMEONE_ELSE = re.compile(rf"\W*{_TITLE}\s+[A-Z]")
_CLAIMS_MOVING = re.compile(r"\W*(?:proposed|moved|put\s+forward)\b", re.IGNORECASE)
_CLAIMS_SECONDING = re.compile(r"\W*seconded\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\W*(?:He|She|They)\b")
# offices only one person holds, so "the Commissioner" alone names them
_SOLE_OFFICES = frozenset({"commissioner", "leader", "mayor", "provost", "convener", "clerk", "treasurer"})
_NEAR = 0.5  # the person's own sentence must share at least this share of the best sentence's overlap
_MIN_CLAIM_WORDS = 3
_MIN_BEST = 2


def _surname_as_written(name: str) -> str:
    """The last word of a name without its possessive: "Councillor Hughes's" is Hughes."""
    return re.sub(r"['’]s$", "", name.split()[-1]).strip(".,")


def _shared(claim: set[str], found: frozenset[str]) -> int:
    return sum(1 for word in claim if word in found or alternatives(word) & found)


def _claim_words(sentence: str, names: Sequence[Name]) -> set[str]:
    # (``names`` are people's: "Community Speedwatch" is what the claim is about, so it stays)
    named = {stem(w.strip(".,")) for name in names for w in name.text.split()}
    return {s for s in content_stems(sentence) if s not in named and len(s) > 1 and s not in _PROCEDURE}


def _own_clause(sentence: str, name: str) -> str:
    """The clause the person is the subject of: "Cllr Rennie's motion was defeated, and the council will
    press the Minister" says of Cllr Rennie only that the motion was defeated."""
    start = sentence.find(name)
    for part in CLAUSE_BREAK.finditer(sentence, max(start, 0)):
        return sentence[: part.start()]
    return sentence


def _describes(lead: str) -> bool:
    words = lead.split()
    return len(words) <= 4 and not any(w.lower() in _NOT_A_DESCRIPTION for w in words)


def _subject_person(name: Name, sentence: str, sources: str) -> bool:
    """The person is the subject of their clause, and a person: titled ("Councillor Lloyd"), or a full
    name the sources give a title or an office ("Ms Catrin Morgan", "Catrin Morgan (Chief Finance
    Officer)")."""
    position = sentence.find(name.text)
    lead = _CLAUSE_OPENING.split(sentence[:position])[-1] if position >= 0 else "x"
    # (a description only opens the sentence: "…, which Councillor Tranter agreed to add" is no subject)
    if position < 0 or (
        lead.strip() and (lead.strip() != sentence[:position].strip() or not _describes(lead))
    ):
        return False
    first = name.text.split()[0].lower().rstrip(".")
    if name.titled:
        return first in _PERSONAL_TITLES
    words = name.text.split()
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return False
    full = re.escape(name.text)
    titled = rf"\b{_TITLE}\s+{full}\b"
    office = rf"\b{full}\s*(?:\(|,\s+(?:the\s+)?(?:Chief|Head|Director|Clerk|Officer|Treasurer|Manager))"
    return bool(re.search(titled, sources) or re.search(office, sources))


def offices(surname: str, sources: str, words: int = 2) -> list[str]:
    """What the sources call the person besides their name, lower case and cut to ``words`` words:
    "Councillor P Rigby (Cabinet Member for Education and Skills)", "Philippa Grange – Cabinet Member for
    Highways", "The Police and Crime Commissioner, Mrs Carys Hughes," are "the Cabinet Member", "the
    Commissioner" in the minutes that follow."""
    name = re.escape(surname)
    found = re.findall(rf"\b{name}\b[^()\n]{{0,20}}\(([A-Z][^)\n]{{2,80}})\)", sources)
    found += re.findall(rf"\b{name},\s+(?:the\s+)?([A-Z][^,\n]{{2,60}}),", sources)
    found += re.findall(rf"\b{name}\s+[–—-]\s+(?:the\s+)?([A-Z][^,;\n]{{2,60}})", sources)
    found += re.findall(
        rf"\b(?:The|the)\s+([A-Z][\w ]{{2,60}}?),\s+(?:{_TITLE}\s+)?"
        rf"(?:[A-Z][\w'’-]*\s+)?{name}\b",
        sources,
    )
    return [" ".join(role.lower().split()[:words]) for role in found]


def misattributed(name: Name, sentence: str, passages: Sequence[str], sources: str = "") -> bool:
    """True when the cited passages name ``name`` but not where they say what ``sentence`` says of them."""
    if not _subject_person(name, sentence, sources or "\n".join(passages)):
        return False
    people = [n for n in find_names(sentence) if n.titled or n.text == name.text]
    claim = _claim_words(_own_clause(sentence, name.text), people)
    if len(claim) < _MIN_CLAIM_WORDS:
        return False
    surname = name.required[-1]
    roles = offices(_surname_as_written(name.text), sources or "\n".join(passages))
    best = 0
    own = -1
    read = [(texts, [stem_set(s) for s in texts]) for texts in map(split_sentences, passages)]
    for texts, stems in read:
        for index, found in enumerate(stems):
            best = max(best, _shared(claim, found))
            if surname in found or any(role in texts[index].lower() for role in roles):
                # the sentence naming the person, and the one after it ("He said …"), or a later one they
                # are the subject of ("She cautioned …"); never someone else's ("Mrs Kerr said …")
                words = found
                for later in range(index + 1, min(index + 3, len(stems))):
                    if _SOMEONE_ELSE.match(texts[later]):
                        break
                    if later == index + 1 or _PRONOUN.match(texts[later]):
                        words = words | stems[later]
                own = max(own, _shared(claim, words))
    if own < 0 or best < _MIN_BEST:
        return False  # not named here at all (the name check's business), or nothing to place
    return own < _NEAR * best or _mover_swapped(name.text, sentence, read, claim, best)


def _mover_swapped(
    name: str, sentence: str, read: list[tuple[list[str], list[frozenset[str]]]], claim: set[str], best: int
) -> bool:
    """ "Councillor Cassidy proposed that the dwelling be approved" when the minutes have it "Proposed by
    Councillor Hanna and seconded by Councillor Cassidy": the right person, the wrong part in the motion.
    True when the sentence about it names the person as seconder (or, for a claimed seconder, as mover) and
    no sentence as much about it names them in the part claimed."""
    after = sentence[sentence.find(name) + len(name) :]
    surname = re.escape(_surname_as_written(name))
    named = rf"(?:\w+\.?\s+){{0,3}}?{surname}\b"
    as_seconder = rf"\bseconded\s+by\s+{named}|\b{surname}\b(?:\s+\w+)?\s+seconded\b"
    as_mover = rf"\b(?:proposed|moved)\s+by\s+{named}|\b{surname}\b(?:\s+\w+)?\s+(?:proposed|moved)\b"
    if _CLAIMS_MOVING.match(after):
        claimed, other = as_mover, as_seconder
    elif _CLAIMS_SECONDING.match(after):
        claimed, other = as_seconder, as_mover
    else:
        return False
    wrong = right = 0
    for texts, stems in read:
        for text, found in zip(texts, stems, strict=True):
            shared = _shared(claim, found)
            if re.search(claimed, text, re.IGNORECASE):
                right = max(right, shared)
            elif re.search(other, text, re.IGNORECASE):
                wrong = max(wrong, shared)
    return wrong >= _NEAR * best and wrong > right


def office_cited(name: Name, joined: str, sources: str) -> bool:
    """The cited passages call the person by the office the sources give them: "the Executive Member" for
    "Councillor Price (Executive Member for Waste)" (but not "the Executive Member for Planning"), or for
    an office only one person holds, its last word ("The Police and Crime Commissioner, Mrs Hughes" is
    "the Commissioner" after that)."""
    cited = " ".join(joined.lower().split())
    for office in offices(_surname_as_written(name.text), sources, 6):
        words = office.split()
        if office in cited:
            return True
        short = " ".join(words[:2])
        if len(words) >= 2 and short in cited and not re.search(rf"\b{re.escape(short)}\s+for\b", cited):
            return True
        if words[-1] in _SOLE_OFFICES and re.search(rf"\bthe\s+{words[-1]}\b", cited):
            return True
    return False
