"""Three readings of a military report (invented sentences): fighters or soldiers a body calls
'its' are that body's ('Hezbollah said its fighters fired ...' is Hezbollah's attack); a state or
armed group that 'struck' military targets attacked them, where a storm striking villages did not;
and what a weapon 'can' do, in a relative clause, is its capability, not an act."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 3, 2)
HEADLINE = "Fighting flares on the northern frontier\n"


def _events(body: str, kind: str) -> list:
    return [e for e in named_events(HEADLINE + body, PUBLISHED) if e.type == kind]


def test_fighters_a_group_calls_its_own_act_for_it() -> None:
    found = _events("The Valley Liberation Front said its fighters fired rockets at an army base on Monday.", "ASSAULT")
    assert [e.actors for e in found] == [["Valley Liberation Front"]]


def test_a_state_striking_villages_in_another_attacks_it() -> None:
    # ', officials said' after it: the parser cuts 'Armenia' off its clause (sentence_mends joins it)
    found = _events("Armenia struck villages in Azerbaijan on Sunday, officials said.", "ASSAULT")
    assert [(e.actors, e.recipients) for e in found] == [(["Armenia"], ["Azerbaijan"])]


@pytest.mark.parametrize("subject", ["A cyclone", "The earthquake"])
def test_a_natural_force_striking_villages_is_no_attack(subject: str) -> None:
    assert _events(f"{subject} struck villages in Azerbaijan on Sunday.", "ASSAULT") == []


def test_what_a_weapon_can_strike_is_no_attack() -> None:
    body = "Armenia moved new missiles, which can strike targets more than 500 km away, to a base near Yerevan last month."
    assert _events(body, "ASSAULT") == []
