"""Readings and parties added in the twentieth session (events lexicon v53); invented sentences
through the whole entity stage. Each fails without the entry or the rule it names."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers_nlp import named_events

THURSDAY = dt.date(2023, 3, 9)


def _records(text: str) -> list[tuple[str, list[str], list[str]]]:
    """(type, actor names, recipient names) of every event of an invented text."""
    return [(e.type, e.actors, e.recipients) for e in named_events(text, THURSDAY)]


def test_the_subject_of_a_clause_on_charges_is_the_accused_and_the_participles_agent_accuses() -> None:
    """'X was in court on charges brought by Y': a prosecution of X by Y (charge entry with
    ``subject_undergoes``; the agent of the participle on the noun is the accuser)."""
    records = _records("Olga Brenn was back in the dock on fraud charges filed by Dorland.")
    assert ("ACCUSE", ["Dorland"], ["Olga Brenn"]) in records, records


def test_the_object_of_a_clause_that_puts_someone_on_trial_is_the_accused() -> None:
    """'Y put X on trial': the subject tries the object (before, the subject was read as tried)."""
    assert ("ACCUSE", ["Varnia"], ["Tom Vale"]) in _records("Varnia put Tom Vale on trial last year.")


def test_an_arrest_on_charges_is_reported_as_the_arrest_alone() -> None:
    """'arrested X on charges of fraud': the charges are the grounds of the arrest (a verb of the
    lexicon's ``wrong_act_types``), not a second event with X as the accused."""
    records = _records("Dorland police arrested Tom Vale on charges of fraud.")
    assert any(kind == "COERCE" and recipients == ["Tom Vale"] for kind, _, recipients in records), records
    assert not any(kind == "ACCUSE" and "Tom Vale" in recipients for kind, _, recipients in records), records


def test_a_resignation_filed_is_a_resignation_offered() -> None:
    assert ("CONCEDE", ["Tom Vale"], []) in _records("Tom Vale filed his resignation on Monday.")


def test_a_stated_refusal_to_approve_is_a_rejection_but_a_pending_approval_is_not() -> None:
    """'would not approve the plan' refuses what is put to the party; 'has not yet been approved'
    only says it is pending (a passive is left out)."""
    assert ("REJECT", ["Varnia"], []) in _records("Varnia said it would not approve the spending plan for the new port.")
    records = _records("The agency's budget has not yet been approved by the parliament of Varnia.")
    assert not any(kind == "REJECT" for kind, _, _ in records), records


@pytest.mark.parametrize("text", [
    "Varnia relaxed the curfew in Kesh on Monday.",
    "Varnia began to relax restrictions on travel to Kesh on Monday.",
])
def test_relaxing_a_restriction_is_a_retreat(text: str) -> None:
    assert any(kind == "RETREAT" and actors == ["Varnia"] for kind, actors, _ in _records(text))



def test_a_time_phrase_opening_the_sentence_dates_every_coordinated_clause() -> None:
    """'On Monday, A did X, and B did Y': the opening phrase, set off by a comma, dates both acts,
    though the second clause has a subject of its own (dating._opens_the_sentence)."""
    events = named_events("On Monday, Varnia and Dorland signed a trade deal, and Kesh's rebels attacked an army post.", THURSDAY)
    assert [(e.type, e.date) for e in events if e.type == "ASSAULT"] == [("ASSAULT", "2023-03-06")]


def test_a_container_object_gives_the_verb_its_of_noun() -> None:
    """'rejected any kind of meddling': what is rejected is the meddling (a wrong, so the
    rejection is criticism, ACCUSE), not 'kind' (curated ``container_nouns``: form, kind, type, sort)."""
    records = _records("Varnia rejected any kind of meddling by Dorland in the vote.")
    assert any(kind == "ACCUSE" and actors == ["Varnia"] for kind, actors, _ in records), records
    assert not any(kind == "REJECT" for kind, _, _ in records), records


def test_a_vow_to_topple_someone_is_a_threat_not_the_toppling() -> None:
    """Before, 'vowed to topple X' gave an ASSAULT on X (the vow's content read as the act)."""
    records = _records("Olga Brenn vowed to topple Tom Vale's government.")
    assert ("THREATEN", ["Olga Brenn"], ["Tom Vale"]) in records, records
    assert not any(kind == "ASSAULT" for kind, _, _ in records), records


@pytest.mark.parametrize("text", [
    "Prosecutors launched an investigation into Tom Vale's business dealings.",
    "Kesh prosecutors began their probe into Tom Vale's financial affairs last year.",
])
def test_whose_affairs_are_looked_into_is_the_target_of_an_investigation(text: str) -> None:
    """'a probe into X's finances': the owner of what is investigated is its target, also when the
    'into' phrase hangs on the light verb ('began its probe into ...')."""
    assert any(kind == "ACCUSE" and recipients == ["Tom Vale"] for kind, _, recipients in _records(text))


def test_criticism_voiced_is_its_subjects_and_aimed_at_the_owner_of_what_it_criticises() -> None:
    """'voiced criticism of X's policy' (voice, express: light verbs, v53)."""
    assert ("ACCUSE", ["Olga Brenn"], ["Tom Vale"]) in _records("Olga Brenn voiced criticism of Tom Vale's policy on Monday.")


@pytest.mark.parametrize("text, kind", [
    ("Tom Vale organised a protest outside the ministry on Monday.", "PROTEST"),
    ("Tom Vale led the attack on the village of Kesh.", "ASSAULT"),
])
def test_who_leads_or_organises_an_act_does_it(text: str, kind: str) -> None:
    """lead, organise, spearhead: light verbs (v53), so the act named by their object is the subject's."""
    assert any(k == kind and actors == ["Tom Vale"] for k, actors, _ in _records(text))


def test_a_relative_clause_whose_object_is_the_act_names_its_doer() -> None:
    """'the sanctions that X imposed on Y': the relative clause plays the noun's 'heads' verb, as
    'sanctions imposed by X' does (triggers.heading_participle); before, no SANCTION was found."""
    records = _records("The sanctions that Varnia imposed on Kesh last year were lifted on Monday.")
    assert ("SANCTION", ["Varnia"], ["Kesh"]) in records, records


def test_a_prison_sentence_handed_or_imposed_is_a_sanction_but_one_that_could_be_received_is_not() -> None:
    assert ("SANCTION", [], ["Tom Vale"]) in _records("Tom Vale was handed a nine-year prison sentence for fraud.")
    assert ("SANCTION", [], ["Tom Vale"]) in _records("The judge imposed a prison sentence on Tom Vale.")
    records = _records("If convicted, Tom Vale could receive up to a life sentence.")
    assert not any(kind == "SANCTION" for kind, _, _ in records), records


def test_a_criticism_drawn_is_aimed_at_the_subject() -> None:
    """'X drew criticism from Y': draw and incur are receipt verbs (v53), so Y criticises X."""
    assert ("ACCUSE", ["Olga Brenn"], ["Tom Vale"]) in _records("Tom Vale drew sharp criticism from Olga Brenn on Monday.")


def test_a_headline_drops_the_was_of_a_passive_act_of_force() -> None:
    """'X arrested on assault charge' as a headline: X was arrested (before, X read as the one
    arresting, with no one arrested, and the event was dropped)."""
    records = _records("Ski champion Tom Vale arrested on assault charge\n\nThe ski federation said it would not comment.")
    assert ("COERCE", [], ["Tom Vale"]) in records, records


def test_a_participle_of_force_after_a_noun_is_done_to_what_the_noun_names() -> None:
    """'a journalist detained last week': the participle's patient is the noun (before, the arrest
    had no one arrested and was dropped); one with a doer no one names gets no patient ('killed by
    his dogs')."""
    assert ("COERCE", [], ["Tom Vale"]) in _records("Police released Tom Vale, a journalist detained in Kesh last week.")
    records = _records("Farmer Tom Vale killed by his dogs\n\nNeighbours found him on Sunday.")
    assert not any(kind == "ASSAULT" and recipients for kind, _, recipients in records), records


@pytest.mark.parametrize("text, kind, recipients", [
    ("Yesterday the justice ministry of Varnia unsealed further charges against Tom Vale.", "ACCUSE", ["Tom Vale"]),
    ("Tom Vale was tried for treason in 2019.", "ACCUSE", ["Tom Vale"]),
])
def test_charges_unsealed_and_a_trial_undergone_are_prosecutions(text: str, kind: str, recipients: list[str]) -> None:
    assert any(k == kind and r == recipients for k, _, r in _records(text))


def test_an_attempt_is_no_trial() -> None:
    """'tried to call X': 'try' is a prosecution only in the passive, with a court or a crime near."""
    assert not any(kind == "ACCUSE" for kind, _, _ in _records("Olga Brenn tried to call Tom Vale on Monday."))


def test_seized_firearms_are_a_confiscation() -> None:
    assert any(kind == "COERCE" for kind, _, _ in _records("Varnian police seized the firearms on Monday."))
