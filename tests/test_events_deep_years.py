"""A year deep inside an act's phrase places the thing named there, not the act: 'sentenced X to
nine years for fraud linked to a harbour deal from 2015' is this story's sentence (kept, not
dropped as an old conviction) and is not dated 2015. A year right on the act still dates it or
makes it background."""

from __future__ import annotations

import datetime as dt

from tests.test_events import Run


def test_a_year_deep_in_the_phrase_neither_drops_nor_dates_the_act() -> None:
    run = Run("Judges on Friday sentenced Ilya Marek, a former port chief, to nine years for fraud linked to a harbour deal from 2015.")
    [event] = run.of("SANCTION")
    assert run.recipients(event) == ["Ilya Marek"]
    assert event.date == dt.date(2023, 3, 3), "Friday dates it, not 2015 (when the deal was)"
    [undated] = Run("Judges sentenced Ilya Marek, a former port chief, to nine years for fraud linked to a harbour deal from 2015.").of("SANCTION")
    assert undated.date is None, "with no day of its own the act is undated, not dated 2015"


def test_a_year_on_the_act_still_counts() -> None:
    assert Run("Ilya Marek was convicted of sedition in 2016 and later pardoned.").of("SANCTION") == []
    run = Run("Envoys of Dorvan and Ostland met for talks on fishing quotas in Varna on 6 March 2023.")
    assert [e.date for e in run.of("CONSULT")] == [dt.date(2023, 3, 6)]
