"""Lexicon v92: a captain, a boat or a ship stands for the country that modifies it ('the captain
of a Chinese fishing trawler', 'three Vietnamese boats'), as a soldier or a fisherman does
(curated ``actor_nouns``), so an arrest or a seizure has its recipient. Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

DAY = dt.date(2025, 6, 12)


def test_the_captain_of_a_foreign_trawler_arrested_is_his_country() -> None:
    events = named_events("China and Japan dispute the islands. The captain of a Chinese fishing trawler was "
                          "arrested by the Japan Coast Guard on Wednesday.", DAY)
    assert [(e.actors, e.recipients) for e in events if e.type == "COERCE"] == [(["Japan Coast Guard"], ["China"])]


def test_foreign_boats_seized_are_their_country() -> None:
    events = named_events("Indonesia and Vietnam dispute fishing rights. Indonesian officers seized three Vietnamese "
                          "boats on Sunday.", DAY)
    assert [e.recipients for e in events if e.type == "COERCE"] == [["Vietnam"]]
