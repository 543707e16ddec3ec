"""An acronym the model leaves untagged, set in apposition to an organisation noun ('the ruling
party, PSUV,', 'the rebel group ELN'), is that organisation's name, and does what its sentence says.
The nouns are curated (cues.yaml ``organisation_nouns``, ``institution_nouns``)."""

from __future__ import annotations

import datetime as dt

from tests.helpers_nlp import analyse, named_events


def test_an_acronym_beside_a_party_or_group_noun_is_an_organisation() -> None:
    # en_core_web_sm tags neither acronym here (checked).
    a = analyse("The governing labour party, PSUO, which has long said it wants dialogue, has endorsed the talks. "
                "The rebel group ADF attacked a village on Monday.")
    assert {(e.name, e.type) for e in a.entities} >= {("PSUO", "ORG"), ("ADF", "ORG")}


def test_the_acronym_is_the_actor_of_its_sentence() -> None:
    events = named_events("The rebel group ADF attacked a village in the hills on Monday.", dt.date(2024, 5, 8))
    assert [(e.type, e.actors) for e in events] == [("ASSAULT", ["ADF"])]


def test_an_upper_case_word_beside_no_organisation_noun_is_no_name() -> None:
    a = analyse("The firm's CEO said GDP growth slowed in the third quarter.")
    assert not any(e.name in {"CEO", "GDP"} for e in a.entities)


def test_a_title_in_capitals_before_a_name_is_no_organisation() -> None:
    # The parser makes 'party' a compound of 'MP' here (checked); 'MP' is a curated title.
    a = analyse('Opponent MP Lena Varga said, "We have moved the bar." The party MP Jo Bell agreed.')
    assert not any(e.name == "MP" for e in a.entities)


def test_a_capitalised_word_beside_a_publication_noun_is_an_organisation_that_speaks() -> None:
    # en_core_web_sm leaves 'Zorya' untagged here (checked): the appositive says what it is.
    a = analyse("Zorya, a business daily, reported that the merger talks had collapsed overnight.")
    assert ("Zorya", "ORG") in {(e.name, e.type) for e in a.entities}
    [quote] = [q for q in a.quotes if q.kind == "indirect"]
    assert a.speaker(quote) == "Zorya"


def test_a_capitalised_word_beside_a_role_noun_is_no_organisation() -> None:
    a = analyse("Zorya, a business daily, reported the news. Listok, the group's youngest member, said he was proud.")
    assert not any(e.name == "Listok" and e.type == "ORG" for e in a.entities)
