"""Event words the lexicon (version 49) reads: an exchange of fire, a warning issued to a party,
measures lifted, a contract cancelled, a mission broken into; and what the same words do not report."""

from __future__ import annotations

from test_events import Run


def test_an_exchange_of_fire_is_fighting_between_both_sides() -> None:
    run = Run("Fighting flared after an exchange of fire between Armenian and Azerbaijani troops.")
    event = run.one("ASSAULT")
    assert event.mode == "firearms" and len(event.actors) == 2 and event.recipients == []


def test_an_exchange_of_views_is_no_fighting() -> None:
    assert Run("Norway and Chile held an exchange of views on fisheries on Monday.").of("ASSAULT") == []


def test_a_warning_issued_to_a_party_threatens_it() -> None:
    run = Run("The bloc issued a warning to Chad on Monday.")
    assert run.recipients(run.one("THREATEN")) == ["Chad"]


def test_a_warning_to_nobody_named_is_no_threat() -> None:
    assert Run("The weather office issued a warning about floods on Monday.").of("THREATEN") == []


def test_lifting_measures_against_a_country_eases_them() -> None:
    run = Run("Canada lifted the measures against Peru last month.")
    event = run.one("RETREAT")
    assert run.actors(event) == ["Canada"] and run.recipients(event) == ["Peru"]


def test_cancelling_a_contract_is_a_sanction() -> None:
    run = Run("Norway cancelled an arms contract with Chile on Thursday.")
    event = run.one("SANCTION")
    assert run.actors(event) == ["Norway"] and event.mode == "cancel"


def test_breaking_into_an_embassy_is_coercion_and_into_a_warehouse_is_not() -> None:
    run = Run("Police forcibly broke into the Canadian embassy in Lima on Friday.")
    assert len(run.of("COERCE")) == 1
    assert Run("Thieves broke into a warehouse in Lima last year.").of("COERCE") == []
