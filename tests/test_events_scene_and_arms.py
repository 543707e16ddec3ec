"""Events: the setting of a statement is no meeting, a state's weapons act for it, fighting
verbs, and 'since' (invented sentences; each assertion checked by hand against the PLOVER
codebook and docs/gold-events.md: CONSULT is meeting or discussing with a party, ASSAULT's actor
is the perpetrator and its recipient the victim, and a place where something happened is the
event's location)."""

from __future__ import annotations

import datetime as dt

from tests.test_events import Run


def test_speaking_to_a_broadcaster_sets_the_scene_of_a_statement() -> None:
    """An interview is where the words were said, not talks with the broadcaster."""
    assert Run("Speaking to Radio Ostland on Monday, Foreign Minister Anna Berg said the talks had failed.").of("CONSULT") == []
    assert Run("Anna Berg, talking to the Ostland Herald, said the talks had failed.").of("CONSULT") == []


def test_speaking_to_a_counterpart_is_still_a_meeting() -> None:
    run = Run("President Anna Berg spoke to Prime Minister Omar Diallo on Monday.")
    event = run.one("CONSULT")
    assert run.actors(event) + run.recipients(event) == ["Anna Berg", "Omar Diallo"]


def test_speaking_a_language_is_no_meeting() -> None:
    assert Run("Prime Minister Anna Berg speaks fluent German.").of("CONSULT") == []


def test_troops_battling_a_group_attack_it_where_they_fight() -> None:
    run = Run("Ruritanian troops battled the Ostland Liberation Front in Valdar on Saturday.")
    event = run.one("ASSAULT")
    assert [r.removeprefix("the ") for r in run.recipients(event)] == ["Ostland Liberation Front"]
    assert run.location(event) == "Valdar" and event.date == dt.date(2023, 3, 4)


def test_since_a_month_names_one_before_publication() -> None:
    """Published in May: 'since August' is last August, not the coming one."""
    run = Run("Ruritanian troops have been fighting rebels of the Ostland Liberation Front near Valdar since August.",
              published=dt.date(2023, 5, 4))
    event = run.one("ASSAULT")
    assert (event.date, event.date_precision) == (dt.date(2022, 8, 1), "month")


def test_a_state_s_missiles_act_for_it() -> None:
    run = Run("Ruritanian missiles struck Valdar on Monday.")
    assert run.actors(run.one("ASSAULT")) == ["Ruritanian"]


def test_a_drone_striking_a_vehicle_in_a_region_strikes_that_place() -> None:
    """The parser hangs 'in southern Ostland' on the car: the place struck is still Ostland."""
    run = Run("Ruritanian drones struck a car in southern Ostland on Monday.")
    event = run.one("ASSAULT")
    assert run.actors(event) == ["Ruritanian"] and run.recipients(event) == ["Ostland"]
