"""Whoever calls a strike or a protest leads it: 'call' is a light verb (curated ``light_verbs``),
so its subject, or the 'by' agent of its passive, is the actor of the protest noun it governs,
and a weekday the strike is called 'for' dates it. Calling an act something ('called the attack a
crime') makes no one its doer. Invented sentences and organisations."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 3, 2)  # a Monday
HEADLINE = "Unions step up pressure over pension reform\n"
LEAD = "MADRID - Spain faces a week of strikes over the pension reform. "


def _events(body: str, kind: str) -> list:
    return [e for e in named_events(HEADLINE + LEAD + body, PUBLISHED) if e.type == kind]


def test_the_union_calling_a_strike_leads_it_on_the_day_it_is_called_for() -> None:
    found = _events("The Federation of Dock Workers called a general strike for Friday.", "PROTEST")
    assert [(e.actors, e.date) for e in found] == [(["Federation of Dock Workers"], "2026-03-06")]


def test_the_agent_of_protests_called_in_the_passive_leads_them() -> None:
    found = _events("The protests were called by the Civic Renewal Front.", "PROTEST")
    assert [e.actors for e in found] == [["Civic Renewal Front"]]


def test_calling_an_attack_a_crime_makes_no_attacker() -> None:
    body = "A bomb damaged a police station in Valencia on Sunday. The Civic Renewal Front called the attack a crime on Monday."
    assert all("Civic Renewal Front" not in e.actors for e in _events(body, "ASSAULT"))
