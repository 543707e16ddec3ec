"""A bare verb joined to the bare verb a request, threat or promise embeds is content too: 'called
on both sides to silence their guns and withdraw their troops' asks for a withdrawal; nobody
withdrew (events.triggers.is_embedded). Before, the second verb escaped the content check and gave
a RETREAT by the requester. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 4, 15)


@pytest.mark.parametrize("sentence", [
    "The United Nations called on both sides to silence their guns and withdraw their troops.",
    "The United Nations called on both sides to stop fighting and release their prisoners.",
])
def test_a_second_bare_verb_of_a_request_is_its_content(sentence: str) -> None:
    assert [(e.type, e.actors) for e in named_events(sentence, PUBLISHED)] == [("REQUEST", ["United Nations"])]


def test_a_finite_second_verb_is_an_act_of_its_own() -> None:
    # 'released' is in the past tense: the group asked and released, two acts
    events = named_events("The rebel group called on Mali to free its fighters and released four prisoners on Monday.", PUBLISHED)
    assert sorted(e.type for e in events) == ["REQUEST", "RETREAT"]
