"""Events: pledged support and commitment, agreed sanctions, a body's leaders named through the
body ('the bloc's leaders'), an advance on a city, a military operation launched and straits
closed to warships. Invented sentences (invented countries beside a few real bodies); each
expected record was decided by reading the sentence against the PLOVER codebook."""

from __future__ import annotations

import pytest

from tests.test_events import Run


@pytest.mark.parametrize("sentence", [
    "Ostland's foreign minister pledged the alliance's support for Varnia's right to choose its own path.",
    "Ostland's foreign minister pledged Ostland's ironclad commitment to Varnia's sovereignty.",
])
def test_pledged_support_is_support_for_the_owner_of_the_right(sentence: str) -> None:
    run = Run(sentence)
    assert [e.type for e in run.events] == ["SUPPORT"], [(e.type, e.trigger) for e in run.events]
    assert run.recipients(run.events[0]) == ["Varnia"]


def test_a_pledge_to_support_stays_a_promise_too() -> None:
    run = Run("Ostland pledged to support Varnia.")
    assert sorted(e.type for e in run.events) == ["AGREE", "SUPPORT"]


def test_sanctions_agreed_are_sanctions_not_an_agreement() -> None:
    run = Run("The European Union agreed a second package of sanctions targeting Varnia's banks on Monday.")
    assert [e.type for e in run.events] == ["SANCTION"], [(e.type, e.trigger) for e in run.events]
    assert run.recipients(run.events[0]) == ["Varnia"]


def test_agreeing_to_lift_sanctions_is_still_an_agreement() -> None:
    run = Run("Ostland agreed to lift sanctions on Varnia.")
    assert "AGREE" in [e.type for e in run.events]


def test_the_leaders_of_the_bloc_named_before_act_for_it() -> None:
    run = Run("The European Union condemned the attack. The bloc's leaders imposed sanctions on Varnia on Friday.")
    sanction = run.one("SANCTION")
    assert [a.removeprefix("The ") for a in run.actors(sanction)] == ["European Union"]
    assert run.recipients(sanction) == ["Varnia"]


def test_forces_advancing_on_a_city_assault_it() -> None:
    run = Run("Ostland's forces advanced on Tarsk, Varnia's second city, from the north on Friday.")
    event = run.one("ASSAULT")
    assert run.actors(event) == ["Ostland"] and "Tarsk" in run.recipients(event)


def test_prices_advancing_on_a_day_are_no_attack() -> None:
    run = Run("Share prices in Tarsk advanced on Friday after the central bank's decision.")
    assert not [e for e in run.events if e.type == "ASSAULT"]


def test_a_military_operation_launched_is_an_assault() -> None:
    run = Run("Ostland's president launched a military operation against Varnia on Thursday.")
    assert run.one("ASSAULT").trigger == "operation"


def test_a_rescue_operation_launched_is_no_assault() -> None:
    run = Run("Ostland's coast guard launched an operation to recover the stranded ferry.")
    assert not [e for e in run.events if e.type == "ASSAULT"]


def test_straits_closed_to_warships_are_a_sanction() -> None:
    run = Run("Ostland closed the Tarsk straits to Varnian warships on Monday.")
    event = run.one("SANCTION")
    assert run.actors(event) == ["Ostland"]
