"""The country an article is about, for the state organs it names without saying whose.

'The government announced a curfew' in a story about one country is that country's government,
though the article never writes 'the government of X'. The country is read from the article
alone: the place it names most often, counting an adjective of nationality and a capital with
the country they stand for. Places the gazetteer knows are weighed first: an unknown place is
most often a town or region of the story's country ('police in Puno' in a story about Peru),
which must not outnumber the country; only when no known place leads do all compete. A capital the gazetteer lists is never the answer
by itself (a city has no government in PLOVER's sense), nor is a state, province or city the
gazetteer places in a country (curated ``part_of``: a mention of it counts for that country when
the article names it), and an article about two countries has
no home: the leading place must be named at least twice, and twice as often as any other.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from structnews.build.core import curated
from structnews.build.extract.drafts import LocalEntity, MentionDraft

MIN_MENTIONS = 2  # a place named once is not what the story is about
LEAD_RATIO = 2  # ... and it must be named this many times as often as the next place


def _standing_for(entities: list[LocalEntity], countries: dict[str, str]) -> dict[int, int]:
    """Local entity index -> its country's index, for gazetteer names mapped to a country in
    ``countries``, where the article names that country too (a speaker or an actor must be one
    of the article's entities)."""
    by_name = {ent.gazetteer_name: ent.index for ent in entities if ent.gazetteer_name}
    return {ent.index: by_name[countries[ent.gazetteer_name]] for ent in entities
            if ent.gazetteer_name in countries and countries[ent.gazetteer_name] in by_name}


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """The gazetteer's capitals and their countries (curated ``capital_of``), read once."""
    return {e.name: e.capital_of for e in curated.gazetteer().entities if e.capital_of}


@lru_cache(maxsize=1)
def parts() -> dict[str, str]:
    """The gazetteer's states, provinces and cities that are no country, and the country each lies
    in (curated ``part_of``), read once."""
    return {e.name: e.part_of for e in curated.gazetteer().entities if e.part_of}


def capital_speakers(entities: list[LocalEntity]) -> dict[int, int]:
    """Capitals that speak for their country ('Ostburg said' = Ostland; curated ``capital_of``
    in the gazetteer)."""
    return _standing_for(entities, capitals())


def place_countries(entities: list[LocalEntity]) -> dict[int, int]:
    """The country the gazetteer places each capital and each place of a country (curated
    ``capital_of``, ``part_of``) in, where the article names that country: whose a state's organ
    'in' the place is ('police in Bristol', 'police in Brussels': not the EU whose seat it is)."""
    return _standing_for(entities, {**capitals(), **parts()})


def seat_countries(entities: list[LocalEntity]) -> dict[int, int]:
    """Seats of government that stand for their country in events (curated
    ``seats_of_government`` in events.yaml: a palace or residence named for the state acting);
    quote speakers keep the seat."""
    return _standing_for(entities, curated.event_lexicon().seats_of_government)


def article_country(entities: list[LocalEntity], mentions: list[MentionDraft], country_of: dict[int, int],
                    capital_of: dict[int, int]) -> int | None:
    """The entity index of the article's one country, or None when it has none or several.
    ``country_of`` maps an adjective of nationality to its country, ``capital_of`` a capital to
    its country (both only for countries the article names)."""
    cities = {e.index for e in entities if e.gazetteer_name in capitals() or e.gazetteer_name in parts()}
    types = {e.index: e.type for e in entities}
    known = {e.index for e in entities if e.gazetteer_name} - cities
    lies_in = _standing_for(entities, parts())  # 'Texas' counts for the United States when the article names it
    counts: Counter[int] = Counter()
    for m in mentions:
        place = country_of.get(m.entity, capital_of.get(m.entity, lies_in.get(m.entity, m.entity)))
        if types.get(place) == "GPE" and place not in cities:
            counts[place] += 1
    # places the gazetteer knows first: an unknown place is most often a town or a region of the
    # story's country, which must not outnumber it ('police in Puno' in a story about Peru); only
    # when no known place leads do all compete (a state the gazetteer leaves out: 'Niger')
    leader = _leading(Counter({p: n for p, n in counts.items() if p in known}))
    return leader if leader is not None else _leading(counts)


def _leading(counts: Counter[int]) -> int | None:
    """The place named at least MIN_MENTIONS times and LEAD_RATIO times as often as any other."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < LEAD_RATIO * ranked[1][1]:
        return None
    return ranked[0][0]
