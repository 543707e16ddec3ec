"""``headline_case``: a title-case headline is parsed as its sentence-case variant, so its verb is
a verb and its event is read ('Ukrainian Drones Hit Russian Refinery ...'); a headline of names
only, or one already in sentence case, is left as the model read it; a headline's verb is no
type suffix of a name ('Observers Fault ...'). And ``headline_verbs``: a country's name the tagger
made an adjective can still be the subject of a headline verb ('Mali expels ...'). Invented
headlines and sentences."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import spacy

from spacy.tokens import Doc

from helpers_nlp import analyse, named_events
from structnews.build.extract import nlp
from structnews.build.extract.headline_case import mend_headline_case

_DATE = dt.date(2026, 3, 4)


def test_a_title_case_headline_verb_is_read_as_a_verb() -> None:
    doc = nlp.load()("France Hands Over Its Last Base in Senegal\n\n"
                     "The French army handed over the Dakar base on Monday, officials said.")
    hands = next(t for t in doc if t.text == "Hands")
    assert hands.pos_ == "VERB" and hands.dep_ == "ROOT" and hands.lemma_ == "hand"
    assert any(c.dep_ == "nsubj" and c.text == "France" for c in hands.children)


def test_the_event_of_a_title_case_headline_is_found_with_its_parties() -> None:
    found = named_events("U.S. Imposes Visa Curbs on Ivorian Officials\n\n"
                         "The measures follow a disputed election, the State Department said on Monday.", _DATE)
    assert any(e.type == "SANCTION" and e.trigger == "Curbs" and e.actors == ["United States"] for e in found), found


def test_a_title_case_headlines_verb_ends_no_name() -> None:
    article = analyse("Observers Fault Ivory Coast Vote as Turnout Slumps\n\n"
                      "European observers said the vote in Ivory Coast was flawed.")
    assert "Observers Fault" not in [e.name for e in article.entities]


@lru_cache(maxsize=1)
def _raw_model() -> spacy.language.Language:
    return spacy.load(nlp.MODEL_NAME)  # the model's own reading, before the mends


def _common_words() -> frozenset[str]:
    index = _raw_model().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, []))


def _unparsed(text: str) -> Doc:
    raise AssertionError(f"no variant should be parsed: {text!r}")


def test_headlines_of_names_or_in_sentence_case_are_left_alone() -> None:
    model = _raw_model()
    for text in ("Joe Biden Meets Xi Jinping in San Francisco\n\nPresident Joe Biden met Xi Jinping in San Francisco on "
                 "Wednesday.",
                 "France hands over its last base in Senegal\n\nThe handover took place on Monday."):
        doc = model(text)
        assert mend_headline_case(doc, _unparsed, _common_words().__contains__) is doc


def test_a_country_the_tagger_made_an_adjective_is_a_headline_verbs_subject() -> None:
    found = named_events("Mali expels Algerian ambassador\n\nThe government gave the envoy 72 hours to leave.", _DATE)
    assert any(e.type == "SANCTION" and e.actors == ["Mali"] and e.recipients == ["Algeria"] for e in found), found
