"""A participle that reports a second act of the same type but another mode is its own event
('raided the camps, arresting 22 people': a raid and an arrest, as a headline 'raid ..., arrest 22'
tells them), while an attack 'killing' people stays one attack, and a noun's act ('filed a
petition, accusing X') stays one accusation (events.records._separate_act). Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 5, 13)


def test_a_raid_and_the_arrests_it_made_are_two_acts() -> None:
    text = "Brazilian police raided nine illegal sawmills in the state of Amapuera on Tuesday, arresting 17 people."
    coerce = [e.trigger for e in named_events(text, PUBLISHED) if e.type == "COERCE"]
    assert coerce == ["raided", "arresting"]


def test_an_attack_killing_people_is_one_attack() -> None:
    text = "Gunmen attacked a bus station in the town of Karvelo on Tuesday, killing 11 people."
    assert [e.trigger for e in named_events(text, PUBLISHED) if e.type == "ASSAULT"] == ["attacked"]
