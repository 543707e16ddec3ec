"""A quoted label given with no 'as' ('branded the budget “a fraud”', 'termed the report a “pack
of lies”') is the words of whoever gave it; 'the government of <country>' and 'the <demonym>
government' speak for the country (the latter only when the article names it)."""

from __future__ import annotations

import pytest
from tests.helpers_nlp import analyse


@pytest.mark.parametrize(
    ("text", "label", "speaker"),
    [
        ("Opposition leader Ana Ruiz branded the budget \"a fraud\" on Monday.", "a fraud", "Ana Ruiz"),
        ("Dorvan Health Minister Ilse Kamp termed the report a \"pack of lies\".", "pack of lies", "Ilse Kamp"),
        ("Speaking to farmers, the army of Chile branded the new border fence \"a provocation\".", "a provocation", "Chile"),
        ("Opposition leader Ana Ruiz deemed the vote \"a sham\".", "a sham", "Ana Ruiz"),
    ],
)
def test_a_label_without_as_is_its_giver_s_words(text: str, label: str, speaker: str) -> None:
    a = analyse(text)
    assert a.speaker(a.direct(label)) == speaker


def test_a_passive_label_with_no_agent_is_not_the_labelled_person_s_words() -> None:
    a = analyse("Senator Maria Lopez was branded \"a traitor\" after the vote.")
    assert all(a.speaker(q) != "Maria Lopez" for q in a.quotes)


def test_the_government_of_a_country_speaks_for_it() -> None:
    a = analyse("The government of Chile said the plan was \"unacceptable\" and would be fought in court.")
    assert a.speaker(a.direct("unacceptable")) == "Chile"


def test_an_institution_of_a_nationality_speaks_for_the_country_the_article_names() -> None:
    a = analyse("Chile has closed its northern border. The Chilean government said the plan was \"unacceptable\" and would be fought.")
    assert a.speaker(a.direct("unacceptable")) == "Chile"
    # with no country named in the article, nothing is guessed: the speaker stays unnamed
    a = analyse("The Chilean government said the plan was \"unacceptable\" and would be fought.")
    assert a.speaker(a.direct("unacceptable")) is None


@pytest.mark.parametrize("body", ["government delegation", "junta", "authorities", "regime"])
def test_a_delegation_junta_regime_or_authorities_of_a_nationality_speak_for_the_country(body: str) -> None:
    a = analyse(f"Chile has closed its northern border. The Chilean {body} accused the rebels of \"stalling\" the talks.")
    assert a.speaker(a.direct("stalling")) == "Chile"
