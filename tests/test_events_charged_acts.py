"""The wrong a verdict or a charge names is its content, not an act reported as having happened
(event lexicon v74 ``charge_words``): 'convicted Juan Ruiz of murdering a student' reports the
conviction, and the murder only as what he was convicted of; likewise 'found guilty of', 'charged
with'. Before, the charged act came out as an attack. Invented names."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 4, 15)


@pytest.mark.parametrize("sentence", [
    "A court in Tulva on Thursday convicted Juan Ruiz of murdering a student.",
    "Juan Ruiz was found guilty of murdering a student on Thursday.",
    "Juan Ruiz was charged with assaulting a police officer on Thursday.",
])
def test_a_charged_act_is_no_attack(sentence: str) -> None:
    types = [e.type for e in named_events(sentence, PUBLISHED)]
    assert "ASSAULT" not in types and types


def test_an_attack_reported_as_a_fact_stays() -> None:
    events = named_events("Juan Ruiz murdered a student in Tulva on Thursday.", PUBLISHED)
    assert [e.type for e in events] == ["ASSAULT"]
