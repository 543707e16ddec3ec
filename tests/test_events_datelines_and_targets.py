"""Events: a regional paper's 'City:' dateline is no party, 'in six weeks of talks' is how long
talks ran (not a day six weeks on), leaving a bloc reduces relations, and sanctions on a
country's sector or firms target that country (invented sentences; each assertion checked by
hand against docs/gold-events.md: the date comes from a time expression naming when; SANCTION
includes withdrawing from an organisation; the recipient is the target)."""

from __future__ import annotations

import datetime as dt

from structnews.build.extract.events.records import link_restatements
from tests.test_events import Run


def test_a_city_and_colon_dateline_is_no_party() -> None:
    run = Run("Dhaka: International donors pledged $340 million on Monday to help Chile.")
    assert run.events and all(not {"Dhaka", "Bangladesh"} & set(run.actors(e) + run.recipients(e)) for e in run.events)


def test_weeks_of_talks_are_a_duration() -> None:
    run = Run("The deal was negotiated in six weeks of talks between Norway and Chile.")
    event = run.one("CONSULT")
    assert event.context is None and event.date is None


def test_leaving_a_regional_bloc_reduces_relations() -> None:
    run = Run("Chile and Peru announced their withdrawal from the regional bloc last month.")
    event = run.one("SANCTION")
    assert event.mode == "withdraw" and run.of("CONCEDE") == []
    assert (event.date, event.date_precision) == (dt.date(2023, 2, 1), "month")


def test_sanctions_on_a_country_s_sector_target_the_country() -> None:
    run = Run("Norway on Wednesday lifted sanctions on Chile's copper sector.")
    assert run.recipients(run.one("RETREAT")) == ["Chile"]


def test_crowds_pouring_into_the_streets_and_a_hartal_protest() -> None:
    run = Run("Thousands of protesters poured into the streets of Lima on Monday.")
    assert run.one("PROTEST").mode == "demo"
    assert Run("The opposition enforced a dawn-to-dusk hartal across Chile on Sunday.").one("PROTEST").mode == "strike-lim"


def test_troops_firing_live_ammunition_at_demonstrators_assault_them() -> None:
    run = Run("Chilean troops fired live ammunition at demonstrators in Santiago on Monday.")
    event = run.one("ASSAULT")
    assert event.mode == "firearms" and run.actors(event) in (["Chile"], ["Chilean"])


def test_police_act_for_the_country_the_story_is_about() -> None:
    """The story names one country; its police arrest, and two round-ups naming no victim are two
    arrests, not one restated (different words; records.link_restatements)."""
    run = Run("Thousands protested across Chile on Sunday against President Ana Lind. Police arrested 12 opposition "
              "activists on Monday, the party said. Police were rounding up former ministers in Chile's "
              "north, media reports said.")
    arrests = run.of("COERCE")
    assert len(arrests) == 2 and all(run.actors(e) == ["Chile"] for e in arrests)
    assert len(link_restatements(arrests)) == 2


def test_a_person_held_at_a_home_or_sent_to_jail_is_detained() -> None:
    run = Run("The army said Prime Minister Ana Lind was being held at the general's own home.")
    assert run.recipients(run.one("COERCE")) == ["Ana Lind"]
    assert Run("The election was held on Sunday.").of("COERCE") == []
    assert Run("A court in Santiago denied Omar Diallo bail and sent him to jail.").of("COERCE") != []


def test_saying_one_will_not_quit_refuses_to_go() -> None:
    run = Run("Prime Minister Ana Lind told reporters she would not quit.")
    assert run.actors(run.one("REJECT")) == ["Ana Lind"] and run.of("RETREAT") == []


def test_jeering_a_motorcade_is_a_protest() -> None:
    assert Run("Demonstrators jeered at a royal motorcade in Santiago on Wednesday.").one("PROTEST").mode == "demo"


def test_calling_arrests_intimidation_criticises() -> None:
    run = Run("Ana Lind called the arrests an attempt to intimidate the council.")
    assert run.one("ACCUSE").mode == "disapprove"
