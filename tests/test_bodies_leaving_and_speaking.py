"""Gazetteer lookups read a curated alias typed with either apostrophe ('Côte d’Ivoire' as well
as "Côte d'Ivoire"); lexicon v89: states leaving a regional community ('left the Economic
Community of ...', 'left ECOWAS') withdraw from it (SANCTION), a person leaving
a community centre does nothing; 'X widened its offensive' is done by X (widen, expand ...
are light verbs); cues v76: a body's mission speaks for it ('the OSCE's observation mission
said'). Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import analyse, named_events

_DATE = dt.date(2026, 3, 4)


def test_a_curated_name_typed_with_a_curly_apostrophe_is_found_whole() -> None:
    found = named_events("Burkina Faso accused Côte d’Ivoire of sheltering the plotters on Monday.", _DATE)
    assert [(e.type, e.recipients) for e in found] == [("ACCUSE", ["Ivory Coast"])]


def test_states_leaving_a_regional_community_withdraw_from_it() -> None:
    found = named_events("Mali, Niger and Burkina Faso left the Economic Community of Sahel and Coastal States in January.", _DATE)
    assert [(e.type, e.actors) for e in found] == [("SANCTION", ["Mali", "Niger", "Burkina Faso"])]
    assert not named_events("Ana Lind left the community centre at noon on Monday.", _DATE)


def test_a_widened_offensive_is_done_by_who_widened_it() -> None:
    found = named_events("Chile widened the offensive in the north on Monday.", _DATE)
    assert [(e.type, e.actors) for e in found] == [("ASSAULT", ["Chile"])]


def test_a_bodys_mission_speaks_for_the_body() -> None:
    art = analyse("The OSCE’s observation mission described the election as “competitive but marred by abuses”.")
    assert [art.speaker(q) for q in art.quotes] == ["Organization for Security and Cooperation in Europe"]


def test_reinforcements_flown_are_mobilised_and_a_leader_flying_over_a_rally_is_not() -> None:
    found = named_events("The Chilean army said it had flown reinforcements to the northern border on Monday.", _DATE)
    assert [(e.type, e.actors) for e in found if e.type == "MOBILIZE"] == [("MOBILIZE", ["Chile"])]
    assert not named_events("Ana Lind flew above the rally on her Marine One helicopter on Monday.", _DATE)


def test_purification_tablets_sent_are_aid() -> None:
    found = named_events("UNICEF said it had sent water purification tablets to Malawi on Monday.", _DATE)
    assert [(e.type, e.actors, e.recipients) for e in found] == [("AID", ["UNICEF"], ["Malawi"])]


def test_a_west_african_seat_of_government_stands_for_its_state() -> None:
    """Gazetteer v50: 'a charge Abidjan denies' is Ivory Coast's denial."""
    found = named_events("Burkina Faso accused Ivory Coast of sheltering plotters, a charge Abidjan denies.", _DATE)
    assert [(e.type, e.actors) for e in found if e.type == "REJECT"] == [("REJECT", ["Ivory Coast"])]
