"""Named people and organisations in a sentence, found by rule so the check is fast and repeatable.

A name is a run of capitalised words (joined by "of", "and", "for", "the", "&" inside the run):
"Councillor Patel", "Chief Inspector Daryl Lyons", "Fernmoor Police", "Harbour Housing Trust", acronyms
like "NHS".  Common words that are capitalised only because they open a sentence, and the everyday
vocabulary of minutes ("Cabinet", "Members", "Director", months), are not names.

A name is found in the passages when every distinctive word of it is there (case-insensitive, plural and
possessive forms folded).  For a titled person only the surname must be there: minutes write
"Councillor A. Patel", summaries "Councillor Patel", and a swapped surname is still caught.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from councilwatch.core.verify.figures import MONTHS
from councilwatch.core.verify.words import STOPWORDS, stem, stem_set

TITLES = frozenset(
    re.findall(
        r"\S+",
        """councillor councillors cllr cllrs mr mrs ms miss mx dr doctor professor prof sir dame lord lady
        chief inspector superintendent sergeant constable detective commander alderman reverend rev
        mayor deputy""",
    )
)
# Capitalised words that minutes use as ordinary vocabulary: on their own they name nothing checkable.
COMMON = frozenset(
    re.findall(
        r"\S+",
        """cabinet council councils committee committees member members chair chairman chairperson vice
        director directors officer officers head manager lead leader portfolio holder panel board
        scrutiny executive full city county borough district parish town government minister ministers
        report reports plan plans policy strategy appendix appendices paragraph section item items minute
        minutes agenda meeting meetings resolved resolution recommendation recommendations recommended
        briefing note notes update annual quarterly draft final budget the a an this that these those it
        its they their there he she we in on at for of to by with from and or but as if when while after
        before during following further also however following members' council's cabinet's monday tuesday
        although though despite whereas unless whilst once since because until upon within without about
        across against among around between under over through throughout towards instead meanwhile
        nevertheless nonetheless overall elsewhere later earlier separately similarly additionally finally
        wednesday thursday friday saturday sunday mr mrs ms dr public private act local national service
        services team group programme project work works officers' it's yes no all any each some tel email
        e-mail fax web""",
    )
)
_CONNECTORS = frozenset({"of", "and", "for", "the", "&", "on", "upon", "in"})
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Z]|&")
_ADDRESS = re.compile(r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE)
_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")


@dataclass(frozen=True, slots=True)
class Name:
    text: str  # as written in the sentence
    required: tuple[str, ...]  # stems that must appear in the cited passages
    titled: bool


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def _is_common(token: str) -> bool:
    lower = token.lower().replace("’", "'").rstrip(".")
    return lower in COMMON or lower in STOPWORDS or lower in MONTHS or lower in TITLES


# Words that open a sentence before a name without being part of it ("Speaking for Thornby Parish
# Council, …"); a list, because a place may end the same way (Reading, Kettering, Epping).
_OPENING_VERB = re.compile(
    r"(?:Speaking|Representing|Responding|Replying|Answering|Writing|Commenting|Introducing|Presenting|"
    r"Following|According|Referring|Addressing|Acting|Moving|Seconding|Turning|Asked|Pressed|Questioned|"
    r"Under|After|Before)$"
)


def find_names(sentence: str) -> list[Name]:
    """Names of people and organisations the sentence asserts (e-mail addresses and web links aside)."""
    sentence = _ADDRESS.sub(lambda m: " " * len(m.group(0)), sentence)
    # "Drumlagh-area members", "Leeds-based": the name is the part before a lower-case ending
    tokens = [(re.sub(r"-[a-z][a-z-]*$", "", m.group(0)), m.start()) for m in _TOKEN.finditer(sentence)]
    names: list[Name] = []
    index = 0
    while index < len(tokens):
        token, _ = tokens[index]
        if not _capitalised(token) or token == "&":
            index += 1
            continue
        run = [token]
        j = index + 1
        while j < len(tokens) and _joined(sentence, tokens[j - 1], tokens[j]):
            word = tokens[j][0]
            capital = _capitalised(word) and word != "&"
            bridge = word.lower() in _CONNECTORS and j + 1 < len(tokens) and _capitalised(tokens[j + 1][0])
            if capital or bridge:
                run.append(word)
            else:
                break
            j += 1
        sentence_start = index == 0 or re.search(r"[.!?:;•·\n]\s*[\"'“‘(]*$", sentence[: tokens[index][1]])
        if sentence_start and len(run) > 1 and _OPENING_VERB.match(run[0]):
            # "Speaking for Thornby Parish Council, …": the opening word is no part of the name
            run = run[1:]
            while run and run[0].lower() in _CONNECTORS:
                run = run[1:]
            sentence_start = None
        name = _as_name(run, sentence_start=bool(sentence_start)) if run else None
        if name is not None:
            names.append(name)
        index = j
    return names


def _joined(sentence: str, left: tuple[str, int], right: tuple[str, int]) -> bool:
    """Two tokens belong to one name only with plain space between them (or the dot of "Cllr." / "A.")."""
    gap = sentence[left[1] + len(left[0]) : right[1]]
    if gap.strip() == "":
        return True
    return gap.strip() == "." and (len(left[0]) == 1 or left[0].lower() in TITLES)


def _as_name(run: list[str], *, sentence_start: bool) -> Name | None:
    words = [w.strip(".") for w in run]
    while words and words[-1].lower() in _CONNECTORS:
        words.pop()
    titled = (
        len(words) > 1
        and words[0].lower() in TITLES
        and not any(w.lower() in _CONNECTORS for w in words)
        and not _is_common(words[-1])
    )
    if titled:
        surname = words[-1]
        return Name(" ".join(run), (_fold(surname),), True)
    distinctive = [w for w in words if w.lower() not in _CONNECTORS and not _is_common(w)]
    # The first word of a sentence is capitalised anyway; it names something only inside a longer run.
    opener = sentence_start and words and not _ACRONYM.match(words[0])
    if opener and (len(words) == 1 or (words[0] in distinctive and len(distinctive) == 1)):
        return None
    if not distinctive:
        return None
    return Name(" ".join(run), tuple(_fold(w) for w in distinctive), False)


def _fold(word: str) -> str:
    return stem(word.replace("’", "'"))


def name_found(name: Name, passages_text: str) -> bool:
    missing = set(name.required) - stem_set(passages_text)
    if not missing:
        # a surname is a name, not a word with a plural: "Councillor Owens" is not "Councillor Owen"
        return not name.titled or _surname(name.text.split()[-1]) in _surnames(passages_text)
    # "the PTA" for "Parent Teacher Association", "the PCC" for "Police and Crime Commissioner"
    acronyms: dict[str, str] = {}
    for word in re.findall(r"[A-Za-z'’]+", name.text):
        bare = re.sub(r"['’]s?$|(?<=[A-Z])s$", "", word)  # "PTA's", "PCCs"
        if _ACRONYM.match(bare):
            acronyms[_fold(word)] = bare
    return all(m in acronyms and _spelled_out(acronyms[m], passages_text) for m in missing)


def _surname(word: str) -> str:
    return re.sub(r"['’]s?$", "", word.strip(".,;:()").lower())


def _surnames(text: str) -> frozenset[str]:
    return frozenset(_surname(w) for w in re.findall(r"[A-Za-z][\w'’-]*", text))


def _spelled_out(acronym: str, text: str) -> bool:
    """Do the initials of a run of capitalised words in ``text`` spell ``acronym``?"""
    initials = ""
    for word in re.findall(r"[A-Za-z][\w'’-]*", text):
        if word[:1].isupper():
            initials += word[0]
            if acronym in initials:
                return True
        elif word.lower() not in _CONNECTORS:
            initials = ""
    return False


def first_name_conflict(name: Name, text: str) -> bool:
    """ "Councillor Joan Smith" where the sources know only a Jane Smith: the surname is there, the person
    is not.  Only a first name written in full is compared, and only with first names the text gives the
    same surname ("J. Smith" and "Councillor Smith" leave it open)."""
    words = [w.strip(".,") for w in name.text.split() if w.lower().strip(".") not in TITLES]
    if not name.titled or len(words) != 2 or len(words[0]) < 2 or not words[0][:1].isupper():
        return False  # a person with a title, a first name and a surname: "Councillor Jane Smith"
    given, surname = words[0], words[-1]
    known = {
        m.group(1)
        for m in re.finditer(rf"\b([A-Z][a-z]+)\s+(?:[A-Z]\.?\s+)?{re.escape(surname)}\b", text)
        if m.group(1).lower() not in TITLES and not _is_common(m.group(1))
    }
    return bool(known) and given not in known
