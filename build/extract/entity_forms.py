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
from structnews.build.extract.names import demonym_forms


# A web address as a name ('Portfolio.hu', 'Example.com'): a site, an organisation.
_DOMAIN = re.compile(r"^[A-Za-z][\w-]*(\.[A-Za-z][\w-]*)*\.[a-z]{2,3}$")
# A people written in the plural ('Britons', 'Kenyans', 'Israelis').
_DEMONYM_PLURAL = re.compile(r"(ans|ons|ese|is|ites)$")


def _modifies_a_noun(token: Token) -> bool:
    """A word used as an adjective of a common noun, also as a conjunct ('the Kyrgyz and Tajik delegations')."""
    return (first := first_conjunct(token)).dep_ in ("amod", "compound", "nmod") and first.head.pos_ == "NOUN"


def form_types(members: list[list[Span]], types: list[str], settled: list[bool], surnames: set[str]) -> list[str]:
    """Types that the written form of a name shows, for entities the article has not settled.

    A web address is an organisation ('Speaking to Portfolio.hu'). The adjective of a place the
    article names, alone, is a people ('Tongan' beside 'Tonga'), and so are its residents in the
    plural ('Hong Kongers' beside 'Hong Kong'); so is a curated irregular adjective of nationality
    (events.yaml ``demonyms``) typed a body or a place ('Kazakh'), or a person where the word only
    modifies nouns ('Tajik units', 'Nigerien positions'; not a surname, 'English said').
    A one-word plural the tagger
    is a family when it is 'the' plural of a person's surname in the article ('the Tongs' after
    'Tong Yung-soo'); else, tagged a plural proper noun with a people's ending, a people
    ('Britons', which the model often calls PERSON). ``surnames``: the lower-case words of the article's people's full names."""
    out = list(types)
    # the regular adjectives of the places the article names (names.demonym_forms, the one definition:
    # 'Tonga' -> 'tongan', 'Sri Lanka' -> 'sri lankan'), never the place's own name ('Mali' is no 'Mal' + 'i')
    demonyms = {d for i, spans in enumerate(members) if types[i] in {"GPE", "LOC"} for s in spans
                if len(s.text) >= 4 and s.text[:1].isupper() for d in demonym_forms(s.text) if d != s.text.lower()}
    places = {s.text for i, spans in enumerate(members) if types[i] in {"GPE", "LOC"} for s in spans}
    for i, spans in enumerate(members):
        if types[i] == "PERSON" and all((s.text.lower() in demonyms or len(s) == 1 and s.text in curated.event_lexicon().demonyms)
                                        and _modifies_a_noun(s.root) for s in spans):
            out[i] = "NORP"  # 'Sri Lankan minister resigns', 'Burkinabè forces': no one's name, however settled
            continue
        if settled[i] or types[i] == "NORP":
            continue
        texts = {s.text for s in spans}
        if all(_DOMAIN.match(t) for t in texts):
            out[i] = "ORG"
        elif all((form := s.text.lower()) in demonyms or form.endswith("s") and form[:-1] in demonyms for s in spans):
            out[i] = "NORP"  # 'Tongan', 'Tongans', 'Sri Lankan' where the article names Tonga or Sri Lanka: its people
        elif all(len(s) == 1 and s.text in (irregular := curated.event_lexicon().demonyms) for s in spans) and (
                types[i] != "PERSON" or all(_modifies_a_noun(s.root) for s in spans)):
            out[i] = "NORP"  # a curated irregular adjective the model calls a body ('his Kazakh counterpart'), or a person
            # where the word only ever modifies a noun ('Tajik units', 'Nigerien positions'; not 'English said')
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
