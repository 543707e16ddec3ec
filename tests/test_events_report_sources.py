"""A hostile act told in plain narration, with its source after it ('Gunmen ambushed a convoy,
killing nine, a spokesman said'; 'X deported 300 people, according to Y'), is news and its source,
not an allegation by the source (events.reported): the act stays an event and no ACCUSE is
added. A source that speaks first ('Y said X had shelled ...'), words that judge the act
('illegally', 'lied') or the source's own quoted words still allege it. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 6, 10)


@pytest.mark.parametrize("text", [
    "Varnia detained 40 Ostland fishermen near the maritime border last week, the Ostland coast guard said.",
    "Varnian artillery shelled the market town of Elmsbrook on Tuesday, wounding four people, Ostland's interior ministry said.",
    "Varnia shelled a fuel depot in Elmsbrook overnight, Ostland's energy ministry said.",
])
def test_a_report_with_its_source_after_it_is_no_allegation(text: str) -> None:
    found = named_events(text, PUBLISHED)
    assert found and not [e for e in found if e.type == "ACCUSE"], found


def test_a_source_that_speaks_first_still_alleges() -> None:
    found = named_events("Ostland's interior ministry said on Tuesday that Varnia had shelled "
                         "the market town of Elmsbrook.", PUBLISHED)
    assert [(e.actors, e.recipients) for e in found if e.type == "ACCUSE"] == [(["Ostland"], ["Varnia"])]


def test_words_that_judge_the_act_still_allege() -> None:
    found = named_events("Varnia illegally expelled more than 300 Ostland nationals last month, "
                         "the Ostland foreign ministry said.", PUBLISHED)
    assert [e.recipients for e in found if e.type == "ACCUSE"] == [["Varnia"]]
