"""Readings of 'reject' and 'pledge'/'vow' by what they take, fourteenth session, from type errors on
the read held-out sets; invented sentences. Rejecting another party's act ('rejected Ostland's
interference') condemns it (codebook ACCUSE, disapprove), while rejecting a proposal or a demand
refuses it (REJECT). A vow or pledge to defeat or crush someone is a threat (THREATEN), a pledge
of anything else a promise (AGREE)."""

from __future__ import annotations

from tests.test_events import Run


def test_rejecting_another_partys_interference_condemns_it() -> None:
    run = Run("Dravia rejected Ostland's interference in its internal affairs.")
    event = run.one("ACCUSE")
    assert event.mode == "disapprove" and run.actors(event) == ["Dravia"] and run.recipients(event) == ["Ostland"]
    assert not run.of("REJECT")
    run = Run("Dravia rejected Ostland's proposal for new talks.")
    assert run.of("REJECT") and not run.of("ACCUSE")


def test_a_pledge_to_defeat_someone_is_a_threat_and_other_pledges_are_promises() -> None:
    run = Run("Ostland's president pledged to defeat the Tulva Liberation Front.")
    event = run.one("THREATEN")
    assert run.actors(event) == ["Ostland"] and run.recipients(event) == ["the Tulva Liberation Front"]
    assert not run.of("AGREE")
    run = Run("Ostland's president pledged to help the Tulva Liberation Front rebuild the port.")
    assert run.of("AGREE") and not run.of("THREATEN")


def test_naval_units_sent_are_a_mobilisation_and_supporters_marching_a_protest() -> None:
    run = Run("Ostland answered by sending naval units toward the Dravian survey ship.")
    assert run.actors(run.one("MOBILIZE")) == ["Ostland"]
    assert not Run("Ostland sent a trade delegation to Tulva on Monday.").of("MOBILIZE")
    assert Run("Following the verdict, Tulvan independence supporters marched in Dravia City.").one("PROTEST")
    assert not Run("The Ostland army band marched through Tulva on Monday.").of("PROTEST")
