"""'X denies any plan to invade Y': an act in the infinitive of a noun of intention ('plan',
'intention', 'scheme') is what is planned, not what happened, so no ASSAULT (docs/gold-events.md:
a denied or possible attack gets no record); a plan that was carried out was done. Invented
sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

_PUBLISHED = dt.date(2026, 3, 4)


def test_a_denied_plan_to_invade_is_no_invasion() -> None:
    found = named_events("Westmark denies any plan to invade Ostland.\n\nThe defence ministry in Westmark said on "
                         "Monday that its troops were on routine exercises.", _PUBLISHED)
    assert not [e for e in found if e.type == "ASSAULT"]


def test_plans_to_attack_are_no_attack() -> None:
    found = named_events("Ostland has repeatedly denied plans to attack Westmark.", _PUBLISHED)
    assert not [e for e in found if e.type == "ASSAULT"]


def test_a_plan_carried_out_was_done() -> None:
    found = named_events("The Ostland army carried out its plan to attack Westmark on Monday.", _PUBLISHED)
    assault = next(e for e in found if e.type == "ASSAULT")
    assert assault.recipients == ["Westmark"]
