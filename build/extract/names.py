"""How a name is keyed: the one definition of name normalisation for every stage.

Within an article (:mod:`~structnews.build.extract.entities`), across articles
(:mod:`structnews.build.resolve.canonical`) and against gold annotations
(:mod:`structnews.build.use.evaluate`), two spellings are the same name exactly when these
functions say so; keeping them in one place is what keeps the three stages agreeing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from structnews.build.core import curated
from structnews.schema.entities import EntityType

# Words an acronym skips ('Group of 20' -> 'G20', 'Bank for International Settlements' -> 'BIS').
CONNECTORS = frozenset({"of", "and", "for", "the", "in", "on", "de", "&"})
INITIAL = re.compile(r"^[A-Z]\.?$")


def normalise(text: str) -> str:
    """Lower-case ASCII-folded key with punctuation removed ('U.S.' -> 'us'). A name with no
    Latin letter or digit ('Путин') keeps its own letters, case-folded: distinct names must not
    share the empty key."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    folded = re.sub(r"^(the)\s+", "", folded.strip(), flags=re.IGNORECASE)
    key = re.sub(r"[^a-z0-9 ]+", "", folded.lower().replace("-", " ")).strip()
    if not key:
        key = " ".join(re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", text).casefold()).split())
    return key


@lru_cache(maxsize=1)
def _name_suffixes() -> frozenset[str]:
    """Generational suffixes ('jr', 'iii'), curated in the cue lexicon."""
    return frozenset(normalise(w) for w in curated.cues().name_suffixes)


@lru_cache(maxsize=1)
def _name_honorifics() -> frozenset[str]:
    """Honorifics written as part of a name ('Seyed'), curated in the cue lexicon."""
    return frozenset(normalise(w) for w in curated.cues().name_honorifics)


def is_name_suffix(word: str) -> bool:
    """'Jr.', 'III': a generational suffix, which ends a person's name but is not its family name."""
    return normalise(word.strip(",")) in _name_suffixes()


def is_post_nominal(word: str) -> bool:
    """'KC', 'MP', 'OBE' after a name ('Ann Lee KC'): an office or honour, not part of the name
    (curated ``post_nominals``, matched as written)."""
    return word.strip(",") in curated.cues().post_nominals


def family_word(text: str) -> str:
    """The last word of a person's name that is not a generational suffix: 'Voss' of 'Harlan Voss
    III' (the word the article writes alone later), with a comma before the suffix removed."""
    words = text.split()
    while len(words) > 1 and is_name_suffix(words[-1]):
        words.pop()
    return words[-1].rstrip(",")


def person_key(text: str) -> str:
    """'Maria T. Alvarez' and 'Maria Alvarez' -> 'maria alvarez'; 'Alvarez' -> 'alvarez'.

    Initials, generational suffixes and a leading honorific of a longer name ('Seyed Ana Karimi')
    are dropped and only the first and last words kept, so that the forms one person is written
    in across an article (and across articles) meet. A name made only of initials ('P.', 'J. R.')
    keeps them: 'p', 'j r'."""
    words = [w for w in text.split() if not INITIAL.match(w)]
    suffixes = _name_suffixes()
    words = [w for w in words if normalise(w) not in suffixes]
    if len(words) >= 3 and normalise(words[0]) in _name_honorifics():
        words = words[1:]
    if len(words) >= 2:
        words = [words[0], words[-1]]
    return normalise(" ".join(words)) or normalise(text)


def surname(key: str) -> str:
    """The last word of a person key ('maria alvarez' -> 'alvarez'); '' for a key with no words
    (a name made only of initials or punctuation), which no surname equals."""
    words = key.split()
    return words[-1] if words else ""


def given_name(key: str) -> str:
    """The first word of a person key ('xi jinping' -> 'xi'); '' for a key with no words."""
    words = key.split()
    return words[0] if words else ""


def is_subsequence(short: list[str], long: list[str]) -> bool:
    """True when the words of ``short`` occur in ``long`` in the same order (others may lie between)."""
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


def acronym(text: str) -> str:
    """'Central Intelligence Agency' -> 'CIA'; numbers stay whole: 'Group of 20' -> 'G20'."""
    return "".join(w if w.isdigit() else w[0] for w in text.split()
                   if w.isdigit() or (w[:1].isupper() and w.lower() not in CONNECTORS))


def demonym_forms(country: str) -> set[str]:
    """Regular adjectives of nationality, lower case: the country + a suffix, or the country without
    its last letter + a suffix ('Chile' -> 'chilean', 'Ukraine' -> 'ukrainian', 'Iraq' -> 'iraqi';
    the suffixes are curated: ``demonym_suffixes`` in events.yaml). Quotes ('Valdonia's leader' is the
    'Valdonian Prime Minister') and events ('Russian officials' act for Russia) both read them."""
    suffixes = curated.event_lexicon().demonym_suffixes
    name = country.lower()
    out = {name + suffix for suffix in suffixes}
    if len(name) > 3 and name[-1] in "aeiouy":  # a final vowel gives way ('Kenya' -> 'kenyan'), a consonant not:
        out.update(name[:-1] + suffix for suffix in suffixes)  # 'Iraq' - 'q' + 'n' would be 'Iran'
    return {form for form in out if len(form) >= len(name)}


def spells_acronym(short: str, name: str) -> bool:
    """'NECOF' of 'Northern Economic Cooperation Forum', 'ASEAN' of 'Association of South
    East Asian Nations': an acronym built from the beginnings of a name's capitalised words (a
    hyphenated word's parts count as words), in order, where a word may give one letter, several
    ('Eco'), or none ('Community'). The first word gives the first letter, the last word the
    last, and at least half of the words give some: the looser forms organisations choose, which
    strict initials miss."""
    letters = short.lower()
    words = [w.lower() for w in re.split(r"[\s-]+", name) if w[:1].isupper() and w.isalpha()]  # 'Tehreek-e-Adalat': T, A
    if len(words) < 2 or not letters or letters[0] != words[0][0]:
        return False

    @lru_cache(maxsize=None)
    def most(i: int, j: int) -> int:  # most words used to spell letters[i:] from words[j:]; -1: cannot
        if i == len(letters):
            return 0 if j == len(words) else -1  # the last word must give the last letter(s)
        if j == len(words):
            return -1
        best = most(i, j + 1) if 0 < j < len(words) - 1 else -1  # the first and the last word give letters
        k = 0
        while i + k < len(letters) and k < len(words[j]) and letters[i + k] == words[j][k]:
            k += 1
            rest = most(i + k, j + 1)
            if rest >= 0:
                best = max(best, rest + 1)
        return best

    return most(0, 0) * 2 >= len(words)


@dataclass(frozen=True)
class GazetteerIndex:
    """The curated names (``data/curated/gazetteer.yaml``) keyed the way text names are."""

    by_alias: dict[str, tuple[str, str]]  # exact surface -> (canonical name, type)
    by_key: dict[str, tuple[str, str]]  # normalised surface -> (canonical name, type)
    description: dict[str, str | None]
    person_by_surname: dict[str, str]  # surname key -> canonical name, for surnames unique in the gazetteer


@lru_cache(maxsize=1)
def gazetteer_index() -> GazetteerIndex:
    by_alias: dict[str, tuple[str, str]] = {}
    by_key: dict[str, tuple[str, str]] = {}
    description: dict[str, str | None] = {}
    for entry in curated.gazetteer().entities:
        etype = entry.type.value if hasattr(entry.type, "value") else str(entry.type)
        description[entry.name] = entry.description
        for form in [entry.name, *entry.aliases]:
            for written in dict.fromkeys([form, form.replace("'", "’"), form.replace("’", "'")]):  # "Côte d’Ivoire" typed either way
                by_alias[written] = (entry.name, etype)
            key = person_key(form) if etype == "PERSON" else normalise(form)
            by_key.setdefault(key, (entry.name, etype))
    surnames: dict[str, set[str]] = {}
    for entry in curated.gazetteer().entities:
        if entry.type == EntityType.PERSON or entry.type == "PERSON":
            for form in [entry.name, *entry.aliases]:
                surnames.setdefault(surname(person_key(form)), set()).add(entry.name)
    unique = {k: next(iter(v)) for k, v in surnames.items() if len(v) == 1}
    return GazetteerIndex(by_alias, by_key, description, unique)


def is_known_place(text: str) -> bool:
    """A country, region or city the gazetteer knows, by any of its forms ('Jordan', 'South
    Korea'): the place in 'the King of Jordan Carlos Mendes' is told from the name after it."""
    found = gazetteer_index().by_alias.get(text)
    return found is not None and found[1] in {"GPE", "LOC"}
