"""A strike told of unnamed workers ('Dock workers walked off the job') is held by the one labour
union the article names (curated ``union_name_words``; not a body the gazetteer knows, such as
the European Union); with two unions named, by no one. Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

DAY = dt.date(2025, 9, 4)


def _strikers(text: str) -> list[list[str]]:
    return [e.actors for e in named_events(text, DAY) if e.type == "PROTEST"]


def test_workers_striking_are_the_article_s_one_union() -> None:
    assert _strikers("The Harbour Workers Union said on Sunday its members would stop work. Dock workers at the "
                     "port of Trevane walked off the job on Monday.") == [["Harbour Workers Union"]]


def test_the_european_union_is_no_labour_union() -> None:
    assert _strikers("The European Union criticised the port. Dock workers at the port of Trevane walked off the "
                     "job on Monday.") == [[]]


def test_with_two_unions_named_the_strike_is_neither_s() -> None:
    assert _strikers("The Harbour Workers Union and the Crane Operators Union met on Sunday. Dock workers at the "
                     "port of Trevane walked off the job on Monday.") == [[]]
