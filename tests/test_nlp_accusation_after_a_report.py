"""'The border service said Tajik troops had fired mortars and accused Dushanbe of ...': the model
hangs 'accused' on the reported verb, so the troops accuse; an accusation, urging, demand, vow or
denial joined by a bare 'and' after a reported clause in the past perfect (or the simple past after
'said') is the reporter's
(structnews_coordination_mends). Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 4, 15)


def test_an_accusation_after_a_reported_attack_is_the_reporters() -> None:
    events = named_events("Kyrgyzstan said Tajik troops had fired mortars at a village and accused Tajikistan of "
                          "trying to seize a road.", PUBLISHED)
    assert [(e.type, e.actors, e.recipients) for e in events if e.type == "ACCUSE"] == [("ACCUSE", ["Kyrgyzstan"], ["Tajikistan"])]


def test_an_urging_after_a_reported_attack_is_the_reporters() -> None:
    events = named_events("Kenya said Somali militants had attacked a base and urged Somalia to act.", PUBLISHED)
    assert [(e.actors, e.recipients) for e in events if e.type == "REQUEST"] == [(["Kenya"], ["Somalia"])]


def test_a_second_act_of_the_reported_subject_stays_theirs() -> None:
    # 'seized' is no speech act: the troops fired and seized
    events = named_events("Kyrgyzstan said Tajik troops had fired mortars and seized a road in Tajikistan.", PUBLISHED)
    assert all("Kyrgyzstan" not in e.actors for e in events if e.trigger == "seized")


def test_an_urging_after_a_simple_past_said_is_the_speakers() -> None:
    # 'said dozens remained in prison and urged X': the simple past after a plain 'said' too
    events = named_events("Lithuania welcomed the pardons but said dozens remained in prison and urged Belarus "
                          "to free them all.", PUBLISHED)
    assert [(e.actors, e.recipients) for e in events if e.type == "REQUEST"] == [(["Lithuania"], ["Belarus"])]


def test_what_an_agency_reported_goes_on_with_its_subjects_acts() -> None:
    # an outlet 'reported' X's acts: X demanded, not the outlet
    events = named_events("The state news agency Nova reported that Moldova expelled two diplomats and demanded that "
                          "Romania recall its envoy.", PUBLISHED)
    assert [e.actors for e in events if e.type == "REQUEST"] == [["Moldova"]]
