"""A campaign told as a tally of a period ('have attacked dozens of ships since November') and one
act of it ('fired missiles at a tanker') are two records, and an act told as another of its kind
('In a separate attack', 'met again') is not a restatement of the one before (curated
``additive_words``, ``tally_preps``, ``tally_period_words``, events v79). Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

PUBLISHED = dt.date(2024, 1, 21)


def _of_type(text: str, kind: str) -> list[tuple[str, str | None]]:
    return [(e.trigger, e.date) for e in named_events(text, PUBLISHED) if e.type == kind]


def test_a_tally_since_a_month_does_not_date_one_attack() -> None:
    text = ("The Harbin Front said on Saturday its fighters had fired two rockets at a Maltese cargo ship off Aden. "
            "The Harbin Front has attacked dozens of merchant ships since November, disrupting trade.")
    assert _of_type(text, "ASSAULT") == [("fired", None), ("attacked", "2023-11-01")]


def test_a_tally_over_recent_weeks_is_its_own_record() -> None:
    text = ("Soldiers of the Ostland army shelled the village of Kresno, the mayor said. "
            "Soldiers of the Ostland army have shelled villages in the valley in recent weeks.")
    assert len(_of_type(text, "ASSAULT")) == 2


def test_a_separate_incident_is_not_the_attack_before() -> None:
    text = ("Gunmen kidnapped 20 pupils from a school in the town of Zarek on Friday, police said. "
            "In a separate incident, gunmen kidnapped a priest in the town of Zarek, police said.")
    assert _of_type(text, "ASSAULT") == [("kidnapped", "2024-01-19"), ("kidnapped", None)]


def test_the_same_attack_told_again_is_one_record() -> None:
    text = ("Gunmen kidnapped 20 pupils from a school in the town of Zarek on Friday, police said. "
            "The gunmen kidnapped the pupils before dawn, a teacher said.")
    assert _of_type(text, "ASSAULT") == [("kidnapped", "2024-01-19")]


def test_weeks_of_protests_and_daily_protests_since_then_are_one_campaign() -> None:
    text = ("The mayor resigned after two weeks of protests across the capital over leaked messages. "
            "Since the release of the messages, protests filled the streets of the capital daily.")
    assert len(_of_type(text, "PROTEST")) == 1
