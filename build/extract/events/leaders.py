"""The country a named leader's government is: 'the Lind administration' acts for the
States: news names a state's executive after its leader, and the event coding wants the state.

A leader's country is read from the article itself where it can be: a title chain naming the
country on one of the leader's mentions ('Ostland President Ann Lind', 'President X of Ostland',
'Russia's President X'); else from the entity's description (the gazetteer's 'President of the
United States'), matched against the countries the article names. A leader whose country cannot
be found stays the actor: nothing is guessed.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from structnews.build.extract.drafts import LocalEntity, MentionDraft

COUNTRY_TYPES = frozenset({"GPE"})


class LeaderCountries:
    """Per article: person entity -> the country entity whose government they head (if found)."""

    def __init__(self, doc: Doc, entities: list[LocalEntity], mentions: list[MentionDraft],
                 entity_at: dict[int, int], country_of: dict[int, int], title_words: frozenset[str]) -> None:
        self._doc = doc
        self._entities = {e.index: e for e in entities}
        self._mentions = mentions
        self._entity_at = entity_at  # token index -> entity index
        self._country_of = country_of  # NORP -> its country ('Russian' -> Russia)
        self._title_words = title_words
        self._cache: dict[int, int | None] = {}

    def country(self, person: int) -> int | None:
        if person not in self._cache:
            found = self._from_titles(person)
            self._cache[person] = found if found is not None else self._from_description(person)
        return self._cache[person]

    def with_countries(self, parties: set[int]) -> set[int]:
        """The parties and the countries they speak for: a people's country ('Russians' ->
        Russia) and a leader's or minister's ('Ostland's Foreign Minister Ann Lind' -> Ostland;
        a news agency reporting for a country is not its voice).
        'Lind said on Friday that Ostland would never accept the demands': the refusal is made by
        her saying it, so a statement-type act of the country is dated by her statement."""
        found = set(parties)
        for party in parties:
            found.add(self._country_of.get(party, party))
            if self._entities[party].type == "PERSON" and (country := self.country(party)) is not None:
                found.add(country)
        return found

    def _country_at(self, token: Token) -> int | None:
        entity = self._entity_at.get(token.i)
        if entity is None:
            return None
        entity = self._country_of.get(entity, entity)
        return entity if self._entities[entity].type in COUNTRY_TYPES else None

    def _from_titles(self, person: int) -> int | None:
        """A country in the title chain of one of the person's mentions, the first one found."""
        for m in self._mentions:
            if m.entity != person:
                continue
            span = self._doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            chain = [t for t in root.subtree if t.i < span.start or t.i >= span.end]
            if not any(t.lower_.rstrip(".") in self._title_words for t in [*chain, *span]):
                continue  # 'Iowa's Jane Doe' says where she is from, not what she leads
            for token in chain:
                if token.dep_ in ("compound", "nmod", "amod", "poss", "pobj") and (country := self._country_at(token)) is not None:
                    return country
        return None

    def _from_description(self, person: int) -> int | None:
        """A country the article names whose name the person's description holds ('President of Russia')."""
        description = self._entities[person].description or ""
        for entity in self._entities.values():
            if entity.type not in COUNTRY_TYPES:
                continue
            for name in {entity.name, *entity.surface_forms}:
                name = re.sub(r"^the\s+", "", name, flags=re.I)
                if len(name) > 2 and re.search(r"\b" + re.escape(name) + r"\b", description, re.I):
                    return entity.index
        return None
