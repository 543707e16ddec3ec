"""Nationality adjectives in the events table stand for their country, even one the article never names.

The event rules already read 'Russian officials' as Russia when the article names Russia
(:mod:`structnews.build.extract.demonyms`). Where it does not ('Xian and Yian officers will meet',
'the British handed the colony over'), an event's participant was the adjective itself: a NORP
entity 'Xian', which no user joining the events table to countries can use, and which the
annotation guidelines never give (an unnamed person or group is represented by their country,
``docs/gold-events.md``). This step, run on an article's finished events, puts the country in the
adjective's place: the one the article names, else the one curated country (gazetteer GPE entry)
whose adjective it is (derived by the curated suffixes, or the curated irregular ``demonyms``). The
country joins the article's entities without a mention of its own (the text never writes it); an
adjective that fits no curated country, or several, is left as it is ('Korean', 'Marxist').
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from structnews.build.core import curated
from structnews.build.extract.demonyms import adjective_stems, countries_of_demonyms
from structnews.build.extract.drafts import EventDraft, LocalEntity
from structnews.build.extract.home_country import capitals
from structnews.build.extract.names import demonym_forms


@lru_cache(maxsize=1)
def _curated_countries() -> dict[str, tuple[str, ...]]:
    """Lower-case adjective -> the curated places (gazetteer GPE names) it is the adjective of."""
    irregular = {k.lower(): v for k, v in curated.event_lexicon().demonyms.items()}
    out: dict[str, set[str]] = {}
    for entry in curated.gazetteer().entities:
        if str(getattr(entry.type, "value", entry.type)) != "GPE" or entry.part_of:
            continue  # (not a state, province or city: 'Texan' officials are no country's)
        for form in [entry.name, *entry.aliases]:
            for adjective in demonym_forms(form):
                out.setdefault(adjective, set()).add(entry.name)
    names = {e.name for e in curated.gazetteer().entities}
    for adjective, country in irregular.items():
        if country in names:
            out.setdefault(adjective, set()).add(country)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def curated_country(entity: LocalEntity) -> str | None:
    """The one curated country a NORP entity's forms are the adjective of ('Xians' as 'Xian')."""
    table = _curated_countries()
    found: set[str] = set()
    for form in {entity.name, *entity.surface_forms}:
        for stem in adjective_stems(form):
            found.update(table.get(stem, ()))
    return next(iter(found)) if len(found) == 1 else None


def country_participants(entities: list[LocalEntity], events: list[EventDraft]) -> tuple[list[LocalEntity], list[EventDraft]]:
    """The article's entities (with any country added) and its events with every nationality
    adjective among their actors and recipients replaced by its country. Pure: the inputs are not
    changed."""
    norp = {e.index for e in entities if e.type == "NORP"}
    capital_of = capitals()
    towns = {e.index for e in entities if e.type == "GPE" and e.gazetteer_name in capital_of}
    if not any(i in norp | towns for ev in events for i in [*ev.actors, *ev.recipients]):
        return entities, events
    named = countries_of_demonyms(entities, curated.event_lexicon().demonyms)
    out = list(entities)
    by_name = {e.gazetteer_name or e.name: e.index for e in entities if e.type == "GPE"}
    country: dict[int, int] = {}
    for index in sorted(norp):
        if index in named:
            country[index] = named[index]
            continue
        name = curated_country(entities[index])
        if name is None:
            continue
        if name not in by_name:
            by_name[name] = len(out)
            out.append(LocalEntity(index=len(out), name=name, type="GPE", key=f"gaz:{name}", gazetteer_name=name))
        country[index] = by_name[name]

    # a capital whose country the article never names acts for it all the same ('Berlin halted the
    # pipeline'; where the country is named, the event rules have already put it in)
    for index in sorted(towns):
        name = capital_of[entities[index].gazetteer_name or ""]
        if name not in by_name:
            by_name[name] = len(out)
            out.append(LocalEntity(index=len(out), name=name, type="GPE", key=f"gaz:{name}", gazetteer_name=name))
        country[index] = by_name[name]

    def swap(indices: list[int], keep: frozenset[int] = frozenset()) -> list[int]:
        return list(dict.fromkeys(i if i in keep else country.get(i, i) for i in indices))

    # a visit's destination stays a place (as in the event rules)
    changed = [replace(ev, actors=swap(ev.actors), recipients=swap(ev.recipients, frozenset(towns) if ev.mode == "visit" else frozenset()))
               for ev in events]
    return out, changed
