"""Events: a refusal stated as 'will not negotiate / hold talks / withdraw / back down / send arms' is the
party's REJECT (not a negated meeting or withdrawal), 'will not tolerate provocations' warns, and
de-escalation written as troop cuts, ships leaving, a ceasefire taking hold, regret expressed, a
pilot released or consular access granted (invented sentences; each assertion checked by hand
against the PLOVER codebook and docs/gold-events.md: REJECT is a refusal of a proposal, demand or
cooperation, 'had not budged' is one; RETREAT is withdrawal, release or observing a cease-fire;
CONCEDE includes an apology; 'negated' is for what the sentence says did not happen)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_events import Run


def test_will_not_negotiate_with_a_party_refuses_it() -> None:
    run = Run("Norway will not negotiate with Chile, the foreign minister said.")
    event = run.one("REJECT")
    assert run.actors(event) == ["Norway"] and run.recipients(event) == ["Chile"]
    assert run.of("CONSULT") == []


def test_not_negotiating_in_public_refuses_no_one() -> None:
    """A manner, not a refusal of talks with anyone."""
    assert Run("Norwegian officials said they would not negotiate in public.").of("REJECT") == []


def test_would_not_hold_talks_is_a_refusal_not_a_negated_meeting() -> None:
    run = Run("Norway would not hold direct talks with Chile, the foreign minister said.")
    event = run.one("REJECT")
    assert run.recipients(event) == ["Chile"] and run.of("CONSULT") == []


def test_will_not_withdraw_refuses_to_yield_but_did_not_withdraw_is_negated() -> None:
    run = Run("Norway said it will not withdraw its troops from Chile.")
    assert run.actors(run.one("REJECT")) == ["Norway"] and run.of("RETREAT") == []
    past = Run("Norway did not withdraw its troops from Chile.")
    assert past.one("RETREAT").context == "negated" and past.of("REJECT") == []


def test_will_not_tolerate_provocations_warns() -> None:
    run = Run("Norway would not tolerate further provocations, Prime Minister Anna Berg said.")
    assert run.one("THREATEN").context is None
    assert Run("Norway would not tolerate the delays, Prime Minister Anna Berg said.").of("THREATEN") == []


def test_fewer_troops_and_ships_leaving_are_withdrawals() -> None:
    run = Run("Norway has reduced the number of troops deployed near its border with Chile.")
    assert run.one("RETREAT").mode == "withdraw"
    assert run.actors(Run("Norwegian warships left the area on Sunday.").one("RETREAT")) == ["Norway"]


def test_a_ceasefire_taking_hold_between_two_sides() -> None:
    run = Run("A ceasefire between Norway and Chile took hold on the border on Monday evening.")
    event = run.one("RETREAT")
    assert sorted(run.actors(event)) == ["Chile", "Norway"] and event.mode == "ceasefire"
    assert event.date == dt.date(2023, 3, 6)


def test_regret_expressed_is_a_concession() -> None:
    run = Run("Norway expressed regret over the mine blast near the border.")
    assert run.actors(run.one("CONCEDE")) == ["Norway"]


def test_a_captured_pilot_released() -> None:
    run = Run("Norway released the captured pilot on Friday.")
    event = run.one("RETREAT")
    assert event.mode == "release" and run.actors(event) == ["Norway"]


def test_consular_access_granted() -> None:
    run = Run("Chile said it had been granted consular access to the crew by Norway.")
    event = run.one("RETREAT")
    assert run.actors(event) == ["Norway"] and run.recipients(event) == ["Chile"]


def test_aid_flown_in_or_handed_out() -> None:
    """AID is material help to a party: food flown to a country, rations handed out."""
    run = Run("Norway flew the first planeloads of milk and poultry to Chile on Tuesday.")
    event = run.one("AID")
    assert run.actors(event) == ["Norway"] and run.recipients(event) == ["Chile"] and event.mode == "humanitarian"
    handed = Run("The World Food Programme said it had distributed rice and oil to 550,000 people in the camps.")
    assert handed.one("AID").mode == "humanitarian"


def test_standing_with_a_party_supports_it() -> None:
    run = Run("We stand with Chile, the commissioner said.")
    assert run.recipients(run.one("SUPPORT")) == ["Chile"]


def test_supplies_restored_and_a_licence_granted_are_concessions() -> None:
    run = Run("Norway will restore power to Chile within days.")
    event = run.one("CONCEDE")
    assert run.actors(event) == ["Norway"] and run.recipients(event) == ["Chile"]
    granted = Run("Nordvik Energy was granted a license by the Treasury last November.")
    assert granted.of("CONCEDE") != []


def test_protesters_occupying_oil_stations_obstruct() -> None:
    assert Run("Protesters had occupied three oil stations in the Amazon.").one("PROTEST").mode == "obstruct"


def test_a_mining_licence_revoked_is_a_sanction() -> None:
    run = Run("Chile revoked the licence of a Norwegian copper miner this month.")
    assert run.actors(run.one("SANCTION")) == ["Chile"]


def test_readiness_to_take_measures_warns() -> None:
    run = Run("The G7 leaders said they were ready to take further measures against Chile.")
    assert run.of("THREATEN") != [] and run.of("AGREE") == []
    assert Run("Norway is ready to work with Chile on the deal.").of("THREATEN") == []


def test_sanctions_under_consideration_are_threatened_not_imposed() -> None:
    run = Run("The European Union is considering expanding sanctions on Chile's mining sector.")
    assert run.one("THREATEN").mode == "sanction" and run.of("SANCTION") == []


def test_regret_over_deaths_is_sympathy_not_a_concession() -> None:
    assert Run("The UN envoy Ana Lind expressed deep regret over the deaths of protesters in Chile.").of("CONCEDE") == []


@pytest.mark.parametrize("sentence", [
    '"Ostland will not send fighter jets to Varnia, because it would widen the war," its president told reporters.',
    "Ostland would not supply weapons to Varnia, its defence minister said on Monday.",
])
def test_a_stated_refusal_of_arms_is_a_rejection_of_the_recipient(sentence: str) -> None:
    run = Run(sentence)
    event = run.one("REJECT")
    assert run.actors(event) == ["Ostland"] and run.recipients(event) == ["Varnia"]


def test_arms_that_were_not_sent_are_a_negated_delivery_not_a_refusal() -> None:
    run = Run("Ostland did not send weapons to Varnia last year.")
    assert not run.of("REJECT")


def test_pushing_back_on_proposals_rejects_them() -> None:
    run = Run("Ostland had firmly pushed back on Varnia's security proposals on Monday.")
    assert run.actors(run.one("REJECT")) == ["Ostland"]


def test_troops_pushing_back_a_force_is_no_rejection() -> None:
    run = Run("Ostland's troops pushed back Varnian forces near Tarsk on Monday.")
    assert not run.of("REJECT")


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Norway refused to deliver weapons to Chile.", "refused"),
    ("Norway's refusal to deliver weapons to Chile angered officials.", "refusal"),
    ("Norway refused to meet Chile's demands.", "refused"),
    ("Norway refused to negotiate with Chile.", "refused"),
])
def test_a_refusal_is_aimed_at_whom_the_refused_act_was_for(sentence: str, trigger: str) -> None:
    """The act refused names the counterpart: whom the arms were for, whose demands, with whom
    the talks would be."""
    event = (run := Run(sentence)).one("REJECT")
    assert event.trigger == trigger
    assert run.actors(event) == ["Norway"] and run.recipients(event) == ["Chile"]


def test_a_threat_of_sanctions_on_a_party_is_aimed_at_it() -> None:
    """'to impose sanctions on X': the parser may hang 'on X' on the sanctions, not on the verb."""
    run = Run("Kenya threatened to impose trade sanctions on Uganda.")
    assert run.recipients(run.one("THREATEN")) == ["Uganda"]
