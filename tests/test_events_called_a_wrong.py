"""'X called the arrest “a kidnapping”', 'called the deployment a “destructive step”': calling an
act by a word of wrongdoing disapproves of it (ACCUSE; lexicon v82 ``negative_words``); claiming
responsibility for a kidnapping is no allegation. Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

_PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


def test_calling_an_arrest_a_kidnapping_accuses() -> None:
    found = named_events("Opposition leader held\nLenton's main opposition party called the arrest “a kidnapping” on "
                         "Tuesday, a day after police in Lenton detained its leader.", _PUBLISHED)
    assert [e.type for e in found if e.trigger == "called"] == ["ACCUSE"]


def test_calling_a_deployment_a_destructive_step_accuses() -> None:
    found = named_events("Varnia objects\nVarnia called the deployment of Lentonian troops a “destructive step” on Monday.",
                         _PUBLISHED)
    accusation = next(e for e in found if e.trigger == "called")
    assert accusation.type == "ACCUSE" and accusation.actors == ["Varnia"]


def test_claiming_responsibility_for_a_kidnapping_alleges_nothing() -> None:
    found = named_events("Aid workers seized\nThe Lenton Liberation Front claimed responsibility for the kidnapping of "
                         "two aid workers on Monday.", _PUBLISHED)
    assert [e for e in found if e.type == "ACCUSE"] == []
