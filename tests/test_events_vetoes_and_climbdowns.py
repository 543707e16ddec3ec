"""A veto and a climb-down in European wire copy (lexicon v77, invented sentences): a state that
blocks a sanctions package rejects it; one that drops its objections concedes."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 3, 2)
TEXT = "Row over sanctions\nBRUSSELS - Ostland and Tarvia are at odds over the sanctions. {}"


def _events(body: str, kind: str) -> list:
    return [e for e in named_events(TEXT.format(body), PUBLISHED) if e.type == kind]


def test_blocking_a_package_rejects_it() -> None:
    found = _events("Slovakia blocked the sanctions package on Monday.", "REJECT")
    assert [(e.actors, e.trigger) for e in found] == [(["Slovakia"], "blocked")]


def test_dropping_objections_is_a_concession() -> None:
    found = _events("Slovakia dropped its objections to the package on Monday.", "CONCEDE")
    assert [(e.actors, e.trigger) for e in found] == [(["Slovakia"], "dropped")]


def test_a_dropped_ball_is_no_concession() -> None:
    assert _events("The Slovak goalkeeper dropped the ball on Monday.", "CONCEDE") == []
