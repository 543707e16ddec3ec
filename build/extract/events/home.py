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
from typing import Protocol

from structnews.build.core import curated
from structnews.build.extract.drafts import LocalEntity, MentionDraft

MIN_MENTIONS = 2  # a place named once is not what the story is about
LEAD_RATIO = 2  # ... and it must be named this many times as often as the next place


class Lookup(Protocol):
    """What the rule needs of :class:`~.referents.EntityLookup`."""

    entities: list[LocalEntity]
    mentions: list[MentionDraft]
    types: dict[int, str]
    country_of: dict[int, int]
    capital_of: dict[int, int]


def article_country(ents: Lookup) -> int | None:
    """The entity index of the article's one country, or None when it has none or several."""
    capitals = {e.name for e in curated.gazetteer().entities if e.capital_of}
    cities = {e.index for e in ents.entities if e.gazetteer_name in capitals}
    counts: Counter[int] = Counter()
    for m in ents.mentions:
        place = ents.country_of.get(m.entity, ents.capital_of.get(m.entity, m.entity))
        if ents.types.get(place) == "GPE" and place not in cities:
            counts[place] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < LEAD_RATIO * ranked[1][1]:
        return None
    return ranked[0][0]
