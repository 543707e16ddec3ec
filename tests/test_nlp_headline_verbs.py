"""A headline's present-tense verb that the model reads as a plural noun ('EU fines X', 'Bangladesh
seals border') is parsed as a verb, so its event is found; a plural noun is left one ('coalition
talks collapse', 'party leaders uneasy', 'Heavy fines hit X'), and so is a body sentence.
Invented headlines."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events
from structnews.build.extract import nlp

_BODY = "\n\nBRUSSELS, March 4 - The decision was announced on Wednesday."


def _token(text: str, word: str):
    doc = nlp.load()(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("headline", "word", "lemma"), [
    ("EU fines Veltra 2 billion euros over app store rules, company vows appeal", "fines", "fine"),
    ("Irish regulator fines Veltra 300 million euros over children's data", "fines", "fine"),
    ("UN accuses Myanmar of blocking aid as Bangladesh seals border", "seals", "seal"),
])
def test_a_headline_verb_read_as_a_noun_is_a_verb(headline: str, word: str, lemma: str) -> None:
    token = _token(headline + _BODY, word)
    assert (token.pos_, token.lemma_) == ("VERB", lemma)
    assert any(c.dep_ == "nsubj" for c in token.children)


@pytest.mark.parametrize(("headline", "word"), [
    ("Dutch coalition talks collapse over farm rules", "talks"),
    ("Opposition party leaders uneasy as court date nears", "leaders"),
    ("Heavy fines hit Veltra after data breach", "fines"),
])
def test_a_plural_noun_stays_a_noun(headline: str, word: str) -> None:
    assert _token(headline + _BODY, word).pos_ == "NOUN"


def test_the_headline_event_is_found() -> None:
    found = named_events("EU fines Veltra 2 billion euros over app store rules" + _BODY, dt.date(2026, 3, 4))
    assert [(e.trigger, e.actors) for e in found if e.type == "SANCTION"] == [("fines", ["European Union"])]


def test_victory_pledged_is_no_agreement() -> None:
    """Lexicon v85: pledging or promising victory offers no one anything (no AGREE)."""
    found = named_events("Ruiz pledges victory over insurgents in the north" + _BODY
                         + " President Ana Ruiz promised victory over the rebels on Tuesday.", dt.date(2026, 3, 4))
    assert not [e for e in found if e.type == "AGREE"]


@pytest.mark.parametrize(("headline", "word", "lemma"), [
    # the lexicon knows a verb the model's tables lack; an acronym opens the object
    ("Ostvale junta rebuffs ECOWAS envoys, keeps ousted president in detention", "rebuffs", "rebuff"),
    # a particle of the lexicon's reading of the verb opens its phrase
    ("US envoy lands in Ostburg as talks resume", "lands", "land"),
])
def test_a_lexicon_verb_before_an_acronym_or_its_particle_is_a_verb(headline: str, word: str, lemma: str) -> None:
    token = _token(headline + _BODY, word)
    assert (token.pos_, token.lemma_) == ("VERB", lemma)


def test_a_plural_noun_before_a_preposition_stays_a_noun() -> None:
    assert _token("Police raids in Ostburg anger residents" + _BODY, "raids").pos_ == "NOUN"


def test_crying_foul_is_disapproval() -> None:
    """Lexicon v89: 'cried foul over the vote' (the idiom's 'foul' is an adverb to the model)."""
    found = named_events("Vote count disputed" + _BODY + " Chile cried foul over the count on Monday.", dt.date(2026, 3, 4))
    assert [(e.type, e.actors) for e in found] == [("ACCUSE", ["Chile"])]
