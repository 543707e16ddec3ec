"""A headline joins its doers with a comma where a sentence writes 'and' ('India, China rush
rescue teams', 'Ostland, Westmark rebels agree prisoner swap'): all are doers, however the parser
hangs the first. In a body sentence a name set off by commas describes the same doer. Invented
sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

_PUBLISHED = dt.date(2026, 3, 4)
_BODY = "\n\nKATHMANDU, March 4 - The magnitude 6.8 quake struck on Monday night."


def test_two_countries_before_a_headline_verb() -> None:
    found = named_events("India, China rush rescue teams to Nepal as quake toll rises" + _BODY, _PUBLISHED)
    aid = next(e for e in found if e.type == "AID")
    assert sorted(aid.actors) == ["China", "India"]


def test_a_state_and_rebels_agree() -> None:
    found = named_events("DR Congo, M23 rebels agree prisoner swap in Doha" + _BODY, _PUBLISHED)
    agree = next(e for e in found if e.type == "AGREE")
    assert sorted(agree.actors) == ["Democratic Republic of the Congo", "M23"]


def test_an_apposition_in_the_body_is_one_doer() -> None:
    found = named_events("Quake hits Nepal" + _BODY + " Nepal's prime minister, Ram Thapa, appealed on Tuesday for "
                         "international help.", _PUBLISHED)
    request = next(e for e in found if e.type == "REQUEST")
    assert request.actors == ["Ram Thapa"]
