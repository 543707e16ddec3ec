"""Who a main clause's 'it' is when nothing in its own sentence says: the one party the sentence
before had as its subject. And when 'the country' is the article's own country.

'The bloc imposed sanctions on X in May. It lifted the ban in April.': news opens a
sentence with 'it' for the country or organisation it has just been writing about. The sentence
before must name exactly one country or organisation as a singular subject (a plural one is
'they'), and no singular thing that
'it' could be instead ('X passed the bill. It bans ...': the bill), as a subject or object that
names no party.

'The Commission fined X 1.2 billion euros and ordered it to stop ...': an object 'it' of a verb
coordinated with one whose own object names exactly one party is that party; the subject they
share cannot be it (that would be 'itself')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token
from structnews.build.extract.events.countries import curated_country
from structnews.build.extract.events.parse import unique

if TYPE_CHECKING:
    from structnews.build.extract.events.referents import ArticleState

_SUBJECTS = ("nsubj", "nsubjpass")
_THINGS = ("nsubj", "nsubjpass", "dobj")


def previous_party(token: Token, art: ArticleState, types: frozenset[str]) -> int | None:
    """The party a main clause's subject 'it' stands for, from the sentence before (see the module
    docstring), else None."""
    if token.lower_ != "it" or token.dep_ != "nsubj" or token.head.dep_ != "ROOT" or token.sent.start == 0:
        return None
    before = token.doc[token.sent.start - 1].sent
    parties: list[int] = []
    for word in before:
        if word.dep_ not in _THINGS or word.pos_ == "PRON":
            continue
        named = art.phrase_entities(word, 2)
        if not named and word.tag_ in ("NN", "NNP"):
            return None  # a singular thing 'it' may be
        if word.dep_ in _SUBJECTS and word.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in word.children):
            parties.extend(named)  # 'The two governments', 'X and Y' are 'they'
    parties = unique(parties)
    return parties[0] if len(parties) == 1 and art.types.get(parties[0]) in types else None


def shared_clause_object(token: Token, art: ArticleState, types: frozenset[str]) -> int | None:
    """The party an object 'it' of a coordinated verb stands for: the one party the first verb's
    object names ('fined X ... and ordered it to stop'), else None (see the module docstring)."""
    verb = token.head
    if token.lower_ != "it" or token.dep_ not in ("dobj", "dative") or verb.dep_ != "conj" or verb.head.i > verb.i:
        return None
    objects = [c for c in verb.head.children if c.dep_ in ("dobj", "dative") and c.pos_ != "PRON"]
    parties = unique([e for c in objects for e in art.phrase_entities(c, 2)])
    subjects = {e for c in verb.head.children if c.dep_ in _SUBJECTS for e in art.phrase_entities(c, 2)}
    return parties[0] if len(parties) == 1 and parties[0] not in subjects and art.types.get(parties[0]) in types else None


def is_described_country(token: Token, art: ArticleState) -> bool:
    """'the country', 'the nation', 'the mainly Buddhist island nation' (curated
    ``country_nouns``): a definite description of the country the article is about, whose
    adjectives name a region or a faith, not a country ('the Xian nation' is X, found by its
    adjective). Not 'the country's', 'the country of X'."""
    if token.lemma_.lower() not in art.lex.raw.country_nouns or token.tag_ != "NN" or token.dep_ == "poss":
        return False
    if [c.lower_ for c in token.children if c.dep_ == "det"] != ["the"] or any(c.dep_ in ("poss", "prep") for c in token.children):
        return False
    named = [e for m in token.children if m.dep_ in ("amod", "compound") and (e := art.ents.at(m)) is not None]
    return not any(art.types.get(e) == "GPE" or e in art.ents.country_of or curated_country(art.ents.entities[e]) for e in named)

