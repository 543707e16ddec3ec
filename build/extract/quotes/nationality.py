"""Which country a word or a person's curated description names: 'the Ostlandic leader' is the
person the gazetteer describes as 'President of Ostland', not the 'President of Lentonia' named
after him. Read by the role resolution of ``speakers`` and by the salience chain
(``context``), which sits below it."""

from __future__ import annotations

import re
from functools import lru_cache

from structnews.build.core import curated
from structnews.build.extract.demonyms import adjective_stems
from structnews.build.extract.drafts import LocalEntity, MentionDraft
from structnews.build.extract.home_country import capitals
from structnews.build.extract.names import demonym_forms, gazetteer_index


def description_nationality(description: str | None, adjectives: list[str]) -> bool | None:
    """Whether a person's curated description ('President of Ostland', 'Spokesman of the Ostlandic
    president') makes them the holder that a phrase's country words ('the Ostlandic leader',
    "Ostland's president", 'the U.S. president') name: True when it names that country (by any
    curated alias or adjective), False when it names only other curated countries (a
    'President of Lentonia' is no 'Ostlandic leader' even when named last), None when it names none
    (then only the text can tell)."""
    if not description or not adjectives:
        return None
    wanted = {k for a in adjectives if (k := country_key(a)) is not None}
    if not wanted:
        return None  # 'the Ostland Party chief', 'the alliance chief': a body, not a country, qualifies the office
    words = re.findall(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*", description)
    keys = {k for w in words for part in (w, *w.split()) if (k := country_key(part)) is not None}
    if not keys:
        return None
    return bool(wanted & keys)


@lru_cache(maxsize=4096)
def country_key(word: str) -> str | None:
    """The curated country a word names, lower case: a GPE alias ('U.S.' -> 'united states'), an
    irregular adjective ('French' -> 'france') or a regular one ('Chilean' -> 'chile');
    None for a word that names no curated country."""
    w = word.strip().removesuffix("'s").removesuffix("’s").removeprefix("the ").removeprefix("The ")
    aliases = _country_aliases()
    if w.lower() in aliases:
        return aliases[w.lower()]
    irregular = {k.lower(): v for k, v in curated.event_lexicon().demonyms.items()}
    if w.lower() in irregular:
        return aliases.get(irregular[w.lower()].lower(), irregular[w.lower()].lower())
    stems = adjective_stems(w)
    found = [c for c in aliases if " " not in c and any(st in demonym_forms(c) for st in stems)]
    return aliases[max(found, key=len)] if found else None


@lru_cache(maxsize=1)
def _country_aliases() -> dict[str, str]:
    """Every curated GPE alias, lower case -> its canonical name, lower case; a capital's, its
    country's ("Tehran's chief negotiator" is Iran's)."""
    country = {city.lower(): state.lower() for city, state in capitals().items()}
    return {alias.lower(): country.get(name.lower(), name.lower())
            for alias, (name, kind) in gazetteer_index().by_alias.items() if kind == "GPE"}


def national_holder(carriers: list[MentionDraft], entities: list[LocalEntity], adjectives: list[str],
                    text: str) -> MentionDraft | None:
    """The latest of ``carriers`` (mentions of people holding a role, in text order) that a phrase's
    country words ('the Ostlandic leader') name: one the curated description places in that country,
    or with the word written just before the name ('Ostlandic President X'), else the latest one the
    gazetteer places in no other country; None when every one is placed elsewhere."""
    best = national = None
    for m in carriers:
        known = description_nationality(entities[m.entity].description, adjectives)
        if known is False:
            continue  # the curated description says another country's office ('President of Lentonia')
        best = m
        if adjectives and (known or any(a in text[max(0, m.start - 40) : m.start] for a in adjectives)):
            national = m
    return national or best
