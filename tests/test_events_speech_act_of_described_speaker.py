"""'The bloc called for the release of X': a speech-act event whose subject is a description the
event rules leave unresolved takes the speaker the quotes stage found for its words (the body
introduced sentences before, which 'the bloc' stands for); a pronoun or quantifier subject
('Few members agreed ...') and a passive ('was asked to ...') take none. Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

_PUBLISHED = dt.date(2026, 3, 4)


def test_the_bloc_demands_and_warns() -> None:
    found = named_events(
        "The Sahel Economic Council, a regional bloc of five states, suspended Guinea on Tuesday. Ministers met in Abuja for six hours. "
        "Guinea has been run by a junta since July.\n\nThe bloc called for the immediate release of all detainees and "
        "warned it would impose further sanctions.", _PUBLISHED)
    request = next(e for e in found if e.type == "REQUEST")
    threat = next(e for e in found if e.type == "THREATEN")
    assert request.actors == ["Sahel Economic Council"]
    assert threat.actors == ["Sahel Economic Council"]


def test_a_quantifier_subject_is_nobody_named() -> None:
    found = named_events(
        "The Scottish government said on Monday that a second vote was needed. First Minister Ailsa Reid said a vote "
        "could come next year. Few members agreed that a vote was needed soon.", _PUBLISHED)
    assert all(not e.actors for e in found if e.trigger == "agreed")


def test_one_asked_is_not_the_asker() -> None:
    found = named_events(
        "Norway hosted the talks in Oslo, Foreign Minister Eli Dahl said. The mediator was asked to draft a new "
        "proposal, she said.", _PUBLISHED)
    assert all(e.actors != ["Eli Dahl"] for e in found if e.type == "REQUEST")
