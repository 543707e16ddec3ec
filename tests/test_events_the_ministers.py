"""'The ministers' after the ministers of several countries were named stands for all of them
(events.referents._group_named_before, also through 'from' and an earlier phrase with its own
'the'), not for the story's one country nor for the last country named. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 4, 15)


@pytest.mark.parametrize(("text", "parties"), [
    ("Foreign ministers from Jordan, Saudi Arabia and Iraq met in Amman on Monday. "
     "The ministers agreed to meet again in Baghdad in July.", ["Jordan", "Saudi Arabia", "Iraq"]),
    ("The foreign ministers of Jordan and Iraq met in Amman on Monday. The ministers agreed to meet again in July.",
     ["Jordan", "Iraq"]),
])
def test_the_ministers_are_all_the_ministers_named_before(text: str, parties: list[str]) -> None:
    agreements = [e.actors for e in named_events(text, PUBLISHED) if e.type == "AGREE"]
    assert agreements == [parties]
