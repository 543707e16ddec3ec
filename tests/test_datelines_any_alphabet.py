"""Wire datelines in any Latin alphabet ('TROMSØ, Norway —') and with a two-word region
('KANDY, Sri Lanka —') are datelines: the place is a place, and the content a source reports
in the first sentence starts after the dateline. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import analyse, named_events
from structnews.build.extract.datelines import dateline_spans
from structnews.build.ingest.clean import clean


@pytest.mark.parametrize("line", ["TROMSØ, Norway — Heavy snow closed roads on Monday, officials said.",
                                  "KANDY, Sri Lanka — Heavy snow closed roads on Monday, officials said.",
                                  "ŁÓDŹ (AP) — Heavy snow closed roads on Monday, officials said."])
def test_the_reported_content_starts_after_the_dateline(line: str) -> None:
    a = analyse(f"Roads closed\n\n{line}")
    assert [q.text for q in a.quotes] == ["Heavy snow closed roads on Monday"]


def test_a_dateline_in_capitals_of_another_alphabet_is_a_place() -> None:
    a = analyse("Roads closed\n\nTROMSØ, Norway — Heavy snow closed roads on Monday.")
    assert a.entity("TROMSØ").type == "GPE"
    assert dateline_spans(clean("Roads closed\n\nTROMSØ, Norway — Heavy snow closed roads.").text)


def test_clean_reads_a_two_word_region() -> None:
    assert clean("Roads closed\n\nKANDY, Sri Lanka — Heavy snow closed roads on Monday.").dateline == "KANDY, Sri Lanka"


def test_accepting_a_resignation_is_no_agreement() -> None:
    events = named_events("The National Assembly of Ostland on Monday accepted the resignation of the finance minister, "
                          "Ivo Sark.", dt.date(2024, 3, 12))
    assert [e for e in events if e.type == "AGREE"] == []


@pytest.mark.parametrize(("line", "place"), [
    ("OSLO, Oct 24 — Salmon prices rose on Monday.", "OSLO"),
    ("SÃO PAULO, June 3 — Salmon prices rose on Monday.", "SÃO PAULO"),
    ("TULVA, Ostland, Aug 26 (AP) — Salmon prices rose on Monday.", "TULVA, Ostland"),
    ("BERGEN/OSLO, Sept 29 — Salmon prices rose on Monday.", "BERGEN/OSLO"),
])
def test_clean_reads_a_dateline_that_carries_the_day_it_was_filed(line: str, place: str) -> None:
    # the articles table's dateline is the place (and region), whatever date or agency follows
    assert clean(f"Prices rise\n\n{line}").dateline == place


def test_a_date_alone_names_no_dateline_place() -> None:
    assert clean("Prices rise\n\nDec 27 (Reuters) — Salmon prices rose on Monday.").dateline is None
