"""'X was concerned by the report and called on Y to act': a finite active verb with an object
or an infinitive, coordinated to a passive, is done by the passive's subject (it had been made
the request's recipient and the request had no actor); a bare verb after a passive stays passive
('was arrested on Monday and released the next day'). Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

_PUBLISHED = dt.date(2024, 3, 14)


def test_the_concerned_one_makes_the_call() -> None:
    found = named_events("Inspectors barred\nThe EU envoy Marek Dalby said he was \"deeply troubled\" by the report and "
                         "called on Tehran to let the inspectors back in.", _PUBLISHED)
    request = next(e for e in found if e.type == "REQUEST")
    assert request.actors == ["Marek Dalby"]
    assert "Marek Dalby" not in request.recipients


def test_one_freed_who_leaves_the_country_does_the_leaving() -> None:
    found = named_events("Activist leaves\nThe activist Orla Benn was freed in June and urged the government to release "
                         "other prisoners.", _PUBLISHED)
    request = next(e for e in found if e.type == "REQUEST")
    assert request.actors == ["Orla Benn"]


def test_a_bare_verb_after_a_passive_keeps_its_patient() -> None:
    found = named_events("Activist freed\nThe activist Orla Benn was arrested on Monday and released the next day.", _PUBLISHED)
    release = next(e for e in found if e.type == "RETREAT")
    assert "Orla Benn" in release.recipients and "Orla Benn" not in release.actors
