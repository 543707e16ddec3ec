"""A subject set off by a relative clause keeps its verb even when the model tags that verb a
past tense and hangs it on the noun ('Turkey, which has hosted talks, offered to mediate'), and
two acts of one type and one doer in a sentence, dated to different periods ('which restored ties
last year, welcomed the deal on Tuesday'), are two events. Invented sentences; each event decided
by reading the text."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2024, 5, 8)  # a Wednesday


def test_a_verb_after_a_relative_clause_keeps_its_subject() -> None:
    events = named_events("Turkey, which has hosted previous rounds of talks, offered to mediate between the two sides "
                          "on Tuesday.", PUBLISHED)
    assert [(e.type, e.actors) for e in events] == [("AGREE", ["Turkey"])]


def test_two_acts_of_one_type_in_different_periods_are_two_events() -> None:
    events = named_events("Saudi Arabia, which restored ties with Iran last year, welcomed the agreement on Tuesday.",
                          PUBLISHED)
    assert [(e.type, e.trigger, e.date) for e in events] == [("SUPPORT", "restored", "2023-01-01"),
                                                             ("SUPPORT", "welcomed", "2024-05-07")]


def test_two_mentions_of_one_act_in_a_sentence_stay_one_event() -> None:
    events = named_events("Kenya and Ethiopia held talks on Tuesday, and the talks focused on the border.", PUBLISHED)
    assert [(e.type, e.date) for e in events] == [("CONSULT", "2024-05-07")]


@pytest.mark.parametrize("also", ["", "\n\nAustralia's foreign minister is due in Suva next month."])
def test_another_peoples_office_holder_is_not_the_one_named(also: str) -> None:
    events = named_events("South Korean President Kang Tae-won will travel to Tokyo next week for a summit with Japanese "
                          "Prime Minister Ito Hiro.\n\nVanuatu's Sato Tarimasi will travel to Canberra in April for talks "
                          "with the Australian prime minister." + also, PUBLISHED)
    talks = [e for e in events if e.trigger == "talks"]
    assert talks and all("Ito Hiro" not in e.actors + e.recipients for e in talks)
