"""Adjectives of nationality and the countries they stand for ('Russian officials' act for Russia),
derived from the countries each article names: the event rules map a demonym to a country only
when the article itself names that country, so nothing is guessed from outside the text."""

from __future__ import annotations

from structnews.build.extract.drafts import LocalEntity
from structnews.build.extract.names import demonym_forms


def countries_of_demonyms(entities: list[LocalEntity], irregular: dict[str, str]) -> dict[int, int]:
    """Entity -> country entity for adjectives of nationality the article's countries explain
    ('Russian' -> Russia, 'French' -> France) - only when that country is itself mentioned."""
    irregular_lower = {k.lower(): v.lower() for k, v in irregular.items()}
    countries: dict[str, int] = {}
    for e in entities:
        if e.type == "GPE":
            for form in {e.name, e.gazetteer_name or e.name, *e.surface_forms}:
                countries.setdefault(form.lower(), e.index)
    out: dict[int, int] = {}
    for e in entities:
        if e.type not in ("NORP", "GPE"):
            continue
        for form in sorted({e.name, *e.surface_forms}):
            target = None
            for stem in adjective_stems(form):
                if stem in irregular_lower and irregular_lower[stem] in countries:
                    target = countries[irregular_lower[stem]]
                    break
                matches = [c for c, index in countries.items() if index != e.index and stem in demonym_forms(c)]
                if matches:
                    target = countries[max(matches, key=len)]
                    break
            if target is not None and target != e.index:
                out[e.index] = target
                break
    return out


def adjective_stems(form: str) -> list[str]:
    """The lower-case adjective a people's name may be: itself, and a plural without its 's'
    ('Russians', 'Israelis')."""
    word = form.lower()
    return [word, word[:-1]] if word.endswith("s") else [word]
