"""Unrest vocabulary (lexicon v81): an internet cut is censorship (COERCE), a state of emergency
lifted or ended is a RETREAT; 'Riot police' opening a sentence names no entity called 'Riot'
(cues v73); police in 'the Kenyan capital' are the country's (curated ``national_place_nouns``).
Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import analyse, named_events

_PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


def test_cutting_mobile_internet_is_censorship() -> None:
    found = named_events("Vote tensions rise\nLentonian authorities cut mobile internet in the capital on Tuesday, "
                         "Lenton's opposition said.", _PUBLISHED)
    assert [(e.type, e.trigger) for e in found if e.type == "COERCE"] == [("COERCE", "cut")]


def test_cutting_aid_is_still_a_sanction_not_censorship() -> None:
    found = named_events("Aid halted\nThe United States cut aid to Lenton on Tuesday.", _PUBLISHED)
    assert [e.type for e in found if e.trigger == "cut"] == ["SANCTION"]


def test_lifting_a_state_of_emergency_is_a_retreat() -> None:
    found = named_events("Emergency ends\nLenton lifted the state of emergency on Monday after two weeks of unrest.", _PUBLISHED)
    retreat = next(e for e in found if e.type == "RETREAT")
    assert retreat.actors == ["Lenton"] and retreat.date == "2024-03-11"


def test_riot_police_opening_a_sentence_is_no_name() -> None:
    found = analyse("Protest broken up\nRiot police fired tear gas at hundreds of marchers in Lenton on Wednesday.")
    assert "Riot" not in {e.name for e in found.entities}


def test_police_in_a_countrys_capital_act_for_it() -> None:
    found = named_events("Opposition figure held abroad\nPolice in the Kenyan capital detained the Ugandan opposition "
                         "politician Moses Kato on Tuesday. Uganda's government denied asking for the arrest, and Uganda's "
                         "main opposition party accused the Ugandan president of reaching across the border. Kenya has not "
                         "commented.", _PUBLISHED)
    detention = next(e for e in found if e.trigger == "detained")
    assert detention.actors == ["Kenya"]


def test_an_emergency_over_a_disease_ending_is_no_retreat() -> None:
    found = named_events("Outbreak over\nLenton ended the state of emergency over the measles outbreak on Monday.", _PUBLISHED)
    assert [e for e in found if e.type == "RETREAT"] == []
