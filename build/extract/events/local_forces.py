"""Where a state's forces named without an owner act: 'In X, police detained ...', 'police
opened fire on protesters in X'. Curated ``local_force_nouns`` (and bare state organs) are the
forces of the place their clause names; a town the gazetteer does not know is in the article's
country, when the article's country is one it knows ('riot police fired tear gas in Puno', in a
story about Peru, are Peru's: a town is never a state)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token
from structnews.build.extract.events.parse import SUBJECT_DEPS, is_common_noun
from structnews.build.extract.home_country import parts

if TYPE_CHECKING:
    from structnews.build.extract.drafts import LocalEntity
    from structnews.build.extract.events.referents import ArticleState
    from structnews.schema.curated import EventLexicon

OWNER_DEPS = frozenset({"det", "poss", "compound", "amod", "prep", "nummod"})


def is_local_force(token: Token, raw: EventLexicon) -> bool:
    """A state's force named without an owner: 'police', 'troops', 'riot police', 'security
    forces' (curated ``local_force_nouns`` with at most ``force_qualifiers`` before them). A
    determiner, owner, count or other modifier makes them someone's or some people ('twelve
    officers', 'rebel soldiers', 'the soldiers' named before)."""
    return token.lemma_.lower() in raw.local_force_nouns and not any(
        c.dep_ in OWNER_DEPS and c.lemma_.lower() not in raw.force_qualifiers for c in token.children)


def police_force(entities: list[LocalEntity], raw: EventLexicon) -> int | None:
    """The one police force the article names: an organisation whose name ends as curated
    ``police_force_endings`` do ('West Yorkshire Police', 'the Carabineros'; not 'the Police
    Association'); None when it names none or two."""
    endings = tuple(raw.police_force_endings)
    forces = {e.index for e in entities if e.type == "ORG" and any(
        e.name.lower() == end or e.name.lower().endswith(" " + end) for end in endings)}
    return next(iter(forces)) if len(forces) == 1 else None


def named_police(token: Token, force: int | None, raw: EventLexicon) -> int | None:
    """'Police detained six strikers', 'detectives raided X', 'the police said': a police's own
    people named bare (curated ``police_nouns``, at most 'the' or a force qualifier before them,
    'riot police') stand for the article's one police ``force`` (:func:`police_force`); the caller
    asks only when the clause names no place, and falls back on the place or the country."""
    if force is None or not is_common_noun(token) or token.lemma_.lower() not in raw.police_nouns:
        return None
    if token.tag_ != "NNS" and token.lower_ != "police":
        return None  # 'the officer who fired' is one person, not the force
    if any(c.dep_ in OWNER_DEPS | {"nmod"} and c.lemma_.lower() not in raw.force_qualifiers
           and not (c.dep_ == "det" and c.lower_ == "the") for c in token.children):
        return None  # 'twelve officers', 'Mexican police', 'officers from X' are some people, not the force
    return force


def doer_verb(token: Token) -> Token | None:
    """The verb whose doer ``token`` is: as its subject, or in its 'by' phrase ('was detained by
    police'); None otherwise."""
    if token.dep_ in SUBJECT_DEPS:
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return token.head.head
    return None


def fronted_place(token: Token, art: ArticleState) -> list[int]:
    """The country of 'In X,' opening the clause whose subject ``token`` is."""
    verb = doer_verb(token)
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < token.i] if verb is not None else []
    return _first_place(preps, art)


def clause_place(token: Token, art: ArticleState) -> list[int]:
    """The country (or the city) of 'in X' after the verb whose subject ``token`` is ('police
    opened fire on protesters in X')."""
    verb = doer_verb(token)
    if verb is None:
        return []
    preps = []
    for prep in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "in" and t.i > verb.i):
        chain = prep.head  # 'in X' on the verb, or on its object ('fired on protesters in X')
        while chain.i != verb.i and chain.dep_ in ("dobj", "pobj", "prep"):
            chain = chain.head
        preps += [prep] if chain.i == verb.i else []
    return _first_place(preps, art)


def passive_place_state(verb: Token, art: ArticleState) -> list[int]:
    """'X was arrested in Panama', 'was detained in Lima on Monday': an arrest told in the passive
    with no agent is the act of the state where it happened (the country of the first place in an
    'in' phrase on the verb, as for a bare 'police' there); no place, no one."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return []
    return _first_place([c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > verb.i], art)


def _first_place(preps: list[Token], art: ArticleState) -> list[int]:
    """The first named place (GPE) any of these 'in' phrases holds, as a one-item list; a place
    the gazetteer does not know stands for the article's country when the gazetteer knows that."""
    place = next((e for prep in preps for e in art.pobj_entities(prep) if art.types.get(e) == "GPE"), None)
    return [] if place is None else [town_country(place, art)]


def town_country(place: int, art: ArticleState) -> int:
    """A place a state's organ is 'in': a town the gazetteer does not know stands for the
    article's country when the gazetteer knows that ('a court in Puno' in a story about Peru);
    a known place stays itself. The model calls such a town an organisation as often as a place
    ('Police in Tacna'): a one-word name in mixed case counts too (not 'UNMISS', not 'the X Mission')."""
    entity = art.ents.entities[place]
    town = art.types.get(place) in ("GPE", "LOC") or (
        art.types.get(place) == "ORG" and " " not in entity.name and not entity.name.isupper())
    if place in art.ents.place_country:  # 'police in Bristol', 'police in Brussels' (not the EU's, whose seat it is)
        return art.ents.place_country[place]
    # (a capital the article names without its country stays itself: 'police in Quito' are Ecuador's)
    part = (entity.gazetteer_name or "") in parts()
    if town and (entity.gazetteer_name is None or part) and art.home and art.ents.entities[art.home[0]].gazetteer_name is not None:
        return art.home[0]
    return place
