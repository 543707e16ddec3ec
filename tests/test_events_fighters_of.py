"""Fighters, insurgents or gunmen of a named group act for it ('Fighters of the X attacked',
'X's gunmen'; curated actor_nouns v78). Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

PUBLISHED = dt.date(2024, 3, 8)


def test_fighters_of_a_group_act_for_it() -> None:
    events = named_events("Fighters of the Ambazonia Restoration Forces attacked an army post on Sunday.", PUBLISHED)
    assert [(e.type, e.actors) for e in events] == [("ASSAULT", ["Ambazonia Restoration Forces"])]


def test_a_group_s_gunmen_act_for_it() -> None:
    events = named_events("The Tarsk Liberation Front's gunmen ambushed a police convoy on Sunday.", PUBLISHED)
    assert [e.actors for e in events if e.type == "ASSAULT"] == [["Tarsk Liberation Front"]]
