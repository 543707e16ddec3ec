"""'An Xian drone strike killed two Y fighters': the event noun that is the subject of a verb of
the same type names who struck, so its doer is the verb's doer, not one more victim; 'X launched
a Y City offensive': a town or region compounded on the noun of a party's act is where it was
aimed, and the light verb's subject acts. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

_DATE = dt.date(2026, 3, 4)
_HEAD = "Fighting spreads\n\n"


def _assaults(sentence: str) -> list[tuple[list[str], list[str]]]:
    return [(e.actors, e.recipients) for e in named_events(_HEAD + sentence, _DATE) if e.type == "ASSAULT"]


@pytest.mark.parametrize(("sentence", "doer", "target"), [
    ("A Russian missile strike killed five civilians in Kharkiv on Tuesday.", "Russia", "Kharkiv"),
    ("An Israeli drone strike killed two Hezbollah fighters near Tyre on Wednesday.", "Israel", "Hezbollah"),
])
def test_the_doer_of_a_strike_that_killed_is_the_killer(sentence: str, doer: str, target: str) -> None:
    found = _assaults(sentence)
    assert len(found) == 1
    actors, recipients = found[0]
    assert actors == [doer]
    assert target in recipients and doer not in recipients


@pytest.mark.parametrize(("sentence", "doer", "target"), [
    ("Israel launched a Gaza City offensive on Monday.", "Israel", "Gaza City"),
    ("Russia began a Kharkiv offensive on Monday.", "Russia", "Kharkiv"),
])
def test_a_place_compounded_on_an_offensive_is_its_target(sentence: str, doer: str, target: str) -> None:
    assert _assaults(sentence) == [([doer], [target])]


def test_a_nationality_on_an_offensive_is_still_its_doer() -> None:
    assert _assaults("A Russian offensive began near Kupiansk on Monday.")[0][0] == ["Russia"]
