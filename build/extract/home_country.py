"""The country an article is about, for the state organs it names without saying whose.

'The government announced a curfew' in a story about one country is that country's government,
though the article never writes 'the government of X'. The country is read from the article
alone: the place it names most often, counting an adjective of nationality and a capital with
the country they stand for. A capital the gazetteer lists is never the answer by itself (a city
has no government in PLOVER's sense), and an article about two countries has no home: the
leading place must be named at least twice, and twice as often as any other.
"""

from __future__ import annotations

from collections import Counter
from structnews.build.core import curated
from structnews.build.extract.drafts import LocalEntity, MentionDraft

MIN_MENTIONS = 2  # a place named once is not what the story is about
LEAD_RATIO = 2  # ... and it must be named this many times as often as the next place


def capital_speakers(entities: list[LocalEntity]) -> dict[int, int]:
    """Capitals that speak for their country ('Beijing said' = China; curated ``capital_of`` in
    the gazetteer), as local entity index -> the country's index, where the article names that
    country too (a speaker must be one of the article's entities)."""
    capitals = {e.name: e.capital_of for e in curated.gazetteer().entities if e.capital_of}
    by_name = {ent.gazetteer_name: ent.index for ent in entities if ent.gazetteer_name}
    return {ent.index: by_name[capitals[ent.gazetteer_name]] for ent in entities
            if ent.gazetteer_name in capitals and capitals[ent.gazetteer_name] in by_name}


def seat_countries(entities: list[LocalEntity]) -> dict[int, int]:
    """Seats of government that stand for their country in events ('the Kremlin demanded':
    curated ``seats_of_government`` in events.yaml), where the article names that country too;
    quote speakers keep the seat."""
    seats = curated.event_lexicon().seats_of_government
    by_name = {ent.gazetteer_name: ent.index for ent in entities if ent.gazetteer_name}
    return {ent.index: by_name[seats[ent.gazetteer_name]] for ent in entities
            if ent.gazetteer_name in seats and seats[ent.gazetteer_name] in by_name}


def article_country(entities: list[LocalEntity], mentions: list[MentionDraft], country_of: dict[int, int],
                    capital_of: dict[int, int]) -> int | None:
    """The entity index of the article's one country, or None when it has none or several.
    ``country_of`` maps an adjective of nationality to its country, ``capital_of`` a capital to
    its country (both only for countries the article names)."""
    capitals = {e.name for e in curated.gazetteer().entities if e.capital_of}
    cities = {e.index for e in entities if e.gazetteer_name in capitals}
    types = {e.index: e.type for e in entities}
    counts: Counter[int] = Counter()
    for m in mentions:
        place = country_of.get(m.entity, capital_of.get(m.entity, m.entity))
        if types.get(place) == "GPE" and place not in cities:
            counts[place] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < LEAD_RATIO * ranked[1][1]:
        return None
    return ranked[0][0]
