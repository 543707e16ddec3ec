"""A judgement of an act taken up by a definite noun ('the expulsions', 'the attack') is aimed at
the act's doer told in the sentences before (curated ``judged_act_types``, events v80); 'reacted
angrily' disapproves; 'unconscionable' and 'cruel' judge. Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

PUBLISHED = dt.date(2024, 3, 8)
EXPELLED = "Ostland expelled three Valdonian diplomats on Monday. "


def _accusations(text: str) -> list[tuple[list[str], list[str]]]:
    return [(e.actors, e.recipients) for e in named_events(text, PUBLISHED) if e.type == "ACCUSE"]


def test_a_provocation_said_of_the_expulsions_accuses_the_expeller() -> None:
    text = EXPELLED + "Valdonia’s foreign ministry said the expulsions were “a crude provocation.”"
    assert _accusations(text) == [(["Valdonia"], ["Ostland"])]


def test_condemning_the_expulsions_accuses_the_expeller() -> None:
    text = EXPELLED + "Valdonia condemned the expulsions on Tuesday."
    assert _accusations(text) == [(["Valdonia"], ["Ostland"])]


def test_an_unconscionable_veto_is_criticism() -> None:
    text = "Ostland vetoed the resolution on Monday. Ana Ruiz, Valdonia's envoy, said the veto was “unconscionable.”"
    assert [actors for actors, _ in _accusations(text)] == [["Ana Ruiz"]]


def test_reacting_angrily_disapproves() -> None:
    assert [actors for actors, _ in _accusations(EXPELLED + "Valdonia reacted angrily to the expulsions.")] == [["Valdonia"]]


def test_an_agreement_told_before_is_no_wrong_of_its_signers() -> None:
    text = ("Ostland and Valdonia agreed on Monday to restore diplomatic relations. "
            "The agreement affirms that neither side will practise interference in the affairs of the other, "
            "the joint statement said.")
    assert _accusations(text) == []
