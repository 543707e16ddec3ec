"""Types that the written form of a name shows: a web address is an organisation, the adjective
of a place the article names is its people ('Tongan' beside 'Tonga', 'Sri Lankan' beside 'Sri
Lanka'), a curated irregular adjective of nationality is a people, 'Hong Kongers' are people, and
'the Tongs' are a family. :mod:`.entities` applies these after the article's own cues
(:mod:`.entity_types`) have typed what they can."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token
from structnews.build.core import curated
from structnews.build.extract.entity_types import first_conjunct


# A web address as a name ('Portfolio.hu', 'Example.com'): a site, an organisation.
_DOMAIN = re.compile(r"^[A-Za-z][\w-]*(\.[A-Za-z][\w-]*)*\.[a-z]{2,3}$")
# A people written in the plural ('Britons', 'Kenyans', 'Israelis').
_DEMONYM_PLURAL = re.compile(r"(ans|ons|ese|is|ites)$")


def _demonyms(place: str) -> set[str]:
    """The regular adjectives of a one-word place name ('Tonga' -> 'Tongan', 'Egypt' -> 'Egyptian',
    'Canada' -> 'Canadian', 'Japan' -> 'Japanese', 'Nepal' -> 'Nepali'); irregular ones are no
    concern here (the model knows 'French' and 'Dutch'). A name of several words changes its last
    word ('Sri Lanka' -> 'Sri Lankan', 'Burkina Faso' -> 'Burkina Fasoan' is harmless)."""
    before, _, last = place.rpartition(" ")
    if not last[:1].isupper() or len(last) < 4 or before and not all(w[:1].isupper() for w in before.split()):
        return set()
    out = {last + "n", last + "an", last + "ian", last + "ese", last + "i"}
    if last[-1] in "aeoy":
        out |= {last[:-1] + "ian", last[:-1] + "an", last[:-1] + "ese"}
    return {f"{before} {word}" if before else word for word in out}


def _modifies_a_noun(token: Token) -> bool:
    """A word used as an adjective of a common noun, also as a conjunct ('the Kyrgyz and Tajik delegations')."""
    return (first := first_conjunct(token)).dep_ in ("amod", "compound", "nmod") and first.head.pos_ == "NOUN"


def form_types(members: list[list[Span]], types: list[str], settled: list[bool], surnames: set[str]) -> list[str]:
    """Types that the written form of a name shows, for entities the article has not settled.

    A web address is an organisation ('Speaking to Portfolio.hu'). The adjective of a place the
    article names, alone, is a people ('Tongan' beside 'Tonga'), and so are its residents in the
    plural ('Hong Kongers' beside 'Hong Kong'); so is a curated irregular adjective of nationality
    (events.yaml ``demonyms``) typed a body or a place ('Kazakh'), or a person where the article
    names its country and the word only modifies nouns ('Tajik units'; not a surname, 'English').
    A one-word plural the tagger
    is a family when it is 'the' plural of a person's surname in the article ('the Tongs' after
    'Tong Yung-soo'); else, tagged a plural proper noun with a people's ending, a people
    ('Britons', which the model often calls PERSON). ``surnames``: the lower-case words of the article's people's full names."""
    out = list(types)
    demonyms = {d for i, spans in enumerate(members) if types[i] in {"GPE", "LOC"} for s in spans for d in _demonyms(s.text)}
    places = {s.text for i, spans in enumerate(members) if types[i] in {"GPE", "LOC"} for s in spans}
    for i, spans in enumerate(members):
        if types[i] == "PERSON" and all(s.text in demonyms and _modifies_a_noun(s.root) for s in spans):
            out[i] = "NORP"  # 'Sri Lankan minister resigns', 'the Sri Lankan government': no one's name, however settled
            continue
        if settled[i] or types[i] == "NORP":
            continue
        texts = {s.text for s in spans}
        if all(_DOMAIN.match(t) for t in texts):
            out[i] = "ORG"
        elif all(s.text in demonyms or s.text.endswith("s") and s.text[:-1] in demonyms for s in spans):
            out[i] = "NORP"  # 'Tongan', 'Tongans', 'Sri Lankan' where the article names Tonga or Sri Lanka: its people
        elif all(len(s) == 1 and s.text in (irregular := curated.event_lexicon().demonyms) for s in spans) and (
                types[i] != "PERSON" or irregular[spans[0].text] in places
                and all(_modifies_a_noun(s.root) for s in spans)):
            out[i] = "NORP"  # a curated irregular adjective the model calls a body ('his Kazakh counterpart'), or a person
            # where the article names its country and the word only ever modifies a noun ('Tajik units' beside Tajikistan)
        elif all(s.text.endswith("ers") and s.text[:-3] in places for s in spans):
            out[i] = "NORP"  # 'Hong Kongers', 'Londoners' where the article names the city: its people
        elif all(len(s) == 1 and s.text.endswith("s") for s in spans):
            word = spans[0].text
            family = word[:-1].lower() in surnames or (word.endswith("es") and word[:-2].lower() in surnames)
            if family and any(s.start > 0 and s.doc[s.start - 1].lower_ == "the" for s in spans):
                out[i] = "PERSON"
            elif not family and all(s[0].tag_ == "NNPS" for s in spans) and _DEMONYM_PLURAL.search(word):
                out[i] = "NORP"
    return out
