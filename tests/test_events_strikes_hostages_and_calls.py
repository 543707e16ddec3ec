"""Events: protesters easing their dissent ('called off / suspended / ended the strike') concede, a
hostage-taking written as 'held X hostage' is an abduction, and 'faced calls to step down' is a
demand whose infinitive is its content (invented sentences; each assertion checked by hand against
the PLOVER codebook as docs/gold-events.md applies it: CONCEDE covers 'ease political dissent',
ASSAULT mode abduct covers taking hostages, and the content of a demand is not annotated
separately)."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events
from tests.test_events import Run


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Union leader Anna Berg on Monday called off a nationwide strike.", "called off"),
    ("Union leader Anna Berg said she was suspending the strike.", "suspending"),
    ("Union leader Anna Berg ended her hunger strike on Friday.", "ended"),
])
def test_protesters_calling_off_their_strike_concede(sentence: str, trigger: str) -> None:
    run = Run(sentence)
    event = run.one("CONCEDE")
    assert event.trigger == trigger and run.actors(event) == ["Anna Berg"]


def test_calling_off_a_meeting_or_police_ending_a_protest_concedes_nothing() -> None:
    """A meeting called off cuts relations (SANCTION); police breaking up a protest give nothing up."""
    assert Run("Norway called off a planned meeting with Chile.").of("CONCEDE") == []
    assert Run("Police ended the protest in Oslo by firing tear gas.").of("CONCEDE") == []


@pytest.mark.parametrize("sentence", [
    "Gunmen held three Norwegian aid workers hostage for a week.",
    "Six cooks who had been held hostage by Ostland rebels were freed.",
])
def test_holding_people_hostage_is_an_abduction(sentence: str) -> None:
    assert Run(sentence).one("ASSAULT").mode == "abduct"


def test_calls_one_faces_to_step_down_are_a_demand_not_a_phone_call_or_a_resignation() -> None:
    """'had faced calls to step down': the calls demand of the minister; the stepping down is what
    they ask, not something that happened (the parser hangs the infinitive as a relative clause)."""
    run = Run("The interior minister, Anna Berg, had faced calls to step down.")
    assert run.recipients(run.one("REQUEST")) == ["Anna Berg"]
    assert run.of("CONSULT") == [] and run.of("RETREAT") == []
    call = Run("Anna Berg held a call with Ostland's president to discuss the border.")
    assert call.one("CONSULT").mode == "phone"


def test_a_truce_coming_into_force_or_starting_is_a_ceasefire() -> None:
    assert Run("A ceasefire between Norway and Chile came into force at midnight.").one("RETREAT").mode == "ceasefire"
    assert Run("Fighting resumed hours after the truce started.").one("RETREAT").mode == "ceasefire"
    assert Run("The new law came into force on Monday.").of("RETREAT") == []


def test_jets_striking_a_named_place_attack_it() -> None:
    """'Xian jets struck Y': the warplanes' country attacks the place named; 'the strike by Xian
    jets' is the same attack written as a noun."""
    run = Run("Norwegian jets struck Tromso on Tuesday.")
    assert run.recipients(run.one("ASSAULT")) == ["Tromso"]
    assert Run("Tuesday's strike by Norwegian jets destroyed a bridge.").of("ASSAULT") != []


def test_a_meeting_called_off_is_cut_with_the_party_it_was_with() -> None:
    run = Run("Norway called off a planned meeting with Chile.")
    assert run.recipients(run.one("SANCTION")) == ["Chile"]


def test_a_border_closed_with_a_neighbour_restricts_it() -> None:
    """'closed its border with X': the codebook's restriction of movement (COERCE restrict), aimed at X."""
    run = Run("Norway closed its border with Sweden on Monday.")
    event = run.one("COERCE")
    assert event.mode == "restrict" and run.recipients(event) == ["Sweden"]


def test_ruling_out_joining_a_government_rejects_it() -> None:
    assert Run("Opposition leader Anna Berg ruled out joining any government led by the Norvik Party.").of("REJECT") != []


def test_money_allocated_for_rescue_work_is_aid() -> None:
    """Money set aside for relief after a disaster is AID (humanitarian); for new schools it is not."""
    assert Run("The Norwegian government allocated 50 million euros for rescue work.").one("AID").mode == "humanitarian"
    assert Run("The Norwegian government allocated funds for new schools.").of("AID") == []


def test_a_price_a_party_will_have_to_pay_is_a_threat_against_it() -> None:
    run = Run("Ostland will have to pay the most horrible price, Norway warned.")
    assert run.recipients(run.one("THREATEN")) == ["Ostland"]


def test_a_meeting_in_a_relative_clause_on_a_bodys_members_is_the_bodys() -> None:
    """'EU ministers, who met in Zagreb on Friday, called for ...': 'who' is the ministers, members
    of one body, who meet as it does in 'EU ministers met in Zagreb'."""
    events = named_events("EU foreign ministers, who met in Zagreb on Friday, called for a ceasefire.", dt.date(2020, 2, 29))
    meeting = [e for e in events if e.type == "CONSULT"]
    assert [(e.trigger, e.actors, e.date) for e in meeting] == [("met", ["European Union"], "2020-02-28")]


def test_a_meeting_between_two_parties_in_a_time_phrase_is_theirs_not_the_speakers() -> None:
    run = Run("Anna Berg spoke a day after a five-hour meeting between Norway and Chile.")
    assert sorted(run.actors(run.one("CONSULT"))) == ["Chile", "Norway"]


def test_forces_placed_on_alert_are_mobilised_but_a_hospital_is_not() -> None:
    assert Run("Norwegian troops had been placed on heightened alert.").one("MOBILIZE").mode == "troops"
    assert Run("The hospital in Oslo was placed on alert.").of("MOBILIZE") == []


def test_a_withdrawal_called_a_good_sign_is_praise() -> None:
    assert Run("Anna Berg called the troop withdrawal a good sign.").of("SUPPORT") != []


def test_warning_of_a_response_by_military_means_is_a_threat() -> None:
    assert Run("Norway warned it would use military means.").of("THREATEN") != []


def test_a_state_ordering_its_troops_to_deploy_or_leave_moves_them() -> None:
    """'ordered 3,000 troops to deploy': the order is the mobilisation (or the withdrawal) itself,
    not a request of anyone; a court's order to an army stays a demand."""
    deploy = Run("Norway ordered 3,000 troops to deploy to the border.")
    assert deploy.one("MOBILIZE").trigger == "ordered" and deploy.of("REQUEST") == []
    assert Run("Norway ordered its troops to leave Chile.").one("RETREAT").mode == "withdraw"
    assert Run("The court ordered the army to leave the campus.").of("RETREAT") == []


def test_a_crowd_gathering_to_shout_and_demand_or_surrounding_a_building_protests() -> None:
    gathered = Run("Relatives of prisoners gathered outside the jail in Oslo on Wednesday, shouting at officers and demanding lists of the dead.")
    assert gathered.one("PROTEST").mode == "demo"
    assert Run("Thousands of people surrounded the ministry building in Oslo for most of the day.").one("PROTEST").mode == "obstruct"
    assert Run("Norwegian troops surrounded the town of Tromso.").of("PROTEST") == []


def test_talks_paused_and_countermeasures_promised() -> None:
    """'paused trade talks with X' halts them (SANCTION, as 'suspended'); 'will take
    countermeasures against X' threatens X."""
    paused = Run("Norway paused trade talks with Chile on Friday.")
    assert paused.recipients(paused.one("SANCTION")) == ["Chile"]
    threat = Run("Norway will take countermeasures against Chile.")
    assert threat.recipients(threat.one("THREATEN")) == ["Chile"]


def test_what_a_sanction_suspends_is_no_event_of_its_own() -> None:
    """'suspended its military cooperation with X': the suspension is the event; the cooperation
    (or the talks, the aid) it cuts is no COOPERATE (CONSULT, AID) of its own, as a meeting
    called off is no meeting."""
    run = Run("Norway suspended its military cooperation with Chile on Thursday.")
    assert run.recipients(run.one("SANCTION")) == ["Chile"] and run.of("COOPERATE") == []
    talks = Run("Norway suspended trade talks with Chile on Friday.")
    assert talks.of("CONSULT") == []


def test_a_high_commissioner_summoned_is_a_protest_to_the_sending_state() -> None:
    """Commonwealth states exchange high commissioners, not ambassadors; summoning one protests
    to the state that sent them. A commissioner of one's own body summoned is no protest."""
    run = Run("India summoned the Canadian high commissioner on Tuesday.")
    assert run.recipients(run.one("ACCUSE")) == ["Canadian"]
    assert Run("The European Union summoned its commissioner for trade.").of("ACCUSE") == []
