"""Readings and parties added in the nineteenth session (events lexicon v52); invented sentences
through the whole entity stage."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers_nlp import named_events

THURSDAY = dt.date(2023, 3, 9)


def _records(text: str) -> list[tuple[str, list[str], list[str]]]:
    """(type, actor names, recipient names) of every event of an invented text."""
    return [(e.type, e.actors, e.recipients) for e in named_events(text, THURSDAY)]


@pytest.mark.parametrize("text, kind", [
    ("Mexico broke off diplomatic relations with Peru on Friday.", "SANCTION"),
    ("Norway severed ties with Kenya on Monday.", "SANCTION"),
    ("Norway restored diplomatic relations with Kenya on Monday.", "SUPPORT"),
])
def test_the_country_relations_are_with_is_the_counterpart(text: str, kind: str) -> None:
    """'broke off relations with X': X is whom the relations are cut (or restored) with; the 'with'
    phrase hangs on the object, not on the verb."""
    assert (kind, [text.split()[0]], [w for w in ("Peru", "Kenya") if w in text]) in _records(text)


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Kenya received military aid from Norway on Monday.", "AID", "Norway", "Kenya"),
    ("Kenya won the backing of Norway on Monday.", "SUPPORT", "Norway", "Kenya"),
    ("Senator Tom Berg won the endorsement of the Farmers Union on Monday.", "SUPPORT", "Farmers Union", "Tom Berg"),
])
def test_a_received_act_is_done_by_the_giver(text: str, kind: str, actor: str, recipient: str) -> None:
    """'X won the backing of Y': Y backs X. The subject of the receiving verb is the counterpart,
    the party of the noun's 'of'/'from' phrase is the one who acts."""
    assert (kind, [actor], [recipient]) in _records(text)


def test_support_expressed_keeps_its_subject_as_actor() -> None:
    """The receiving reading leaves the giving one alone: 'Y expressed support for X' is still Y's."""
    assert ("SUPPORT", ["Norway"], ["Kenya"]) in _records("Norway expressed support for Kenya on Monday.")


def test_a_nationality_adjective_on_an_act_is_its_country() -> None:
    """'a Xian invasion' is X's when the article names X: the country acts, not the adjective."""
    records = _records("Russia massed troops near the border. Ukraine reported a Russian invasion on Monday.")
    assert any(kind == "ASSAULT" and actors == ["Russia"] for kind, actors, _ in records), records


def test_a_junta_stands_for_its_country() -> None:
    """'the juntas in X and Y' (curated actor_nouns): the countries they rule are the counterparts."""
    records = _records("After two days of talks in Accra, the bloc issued warnings to the juntas in Guinea and Mali.")
    assert any(kind == "THREATEN" and recipients == ["Guinea", "Mali"] for kind, _, recipients in records), records


@pytest.mark.parametrize("text", [
    "The astronomer said the unseen companion must be extremely heavy.",
    "Archbishop Tomas Berg said people must remember that priests serve their parish.",
    "Tomas Berg said you should have the right to repair your own phone.",
])
def test_an_inference_or_a_maxim_is_no_demand(text: str) -> None:
    """A reported 'must'/'should' asks something of a party; 'X must be extremely heavy' infers, and
    'people must remember' or 'you should have' states a maxim for no one in particular."""
    assert all(kind != "REQUEST" for kind, _, _ in _records(text)), _records(text)


def test_a_named_party_that_must_be_something_is_asked() -> None:
    """The copula reading is dropped only for things: 'Varnia must be neutral' asks Varnia."""
    assert ("REQUEST", ["Ostland"], ["Varnia"]) in _records("Ostland said Varnia must be neutral.")


@pytest.mark.parametrize("text", [
    "A blaze swept through the covered market on Monday. Officials said it killed nine traders and injured dozens more.",
    "Ministers began a vaccination drive against the cholera outbreak that had infected 900 people and killed 40.",
])
def test_deaths_an_accident_or_a_disease_caused_are_no_assault(text: str) -> None:
    """'it killed nine' where 'it' is the fire named just before, and a second verb of an outbreak's
    relative clause: the cause is an accident or a disease (curated accident_causes), no attack."""
    assert all(kind != "ASSAULT" for kind, _, _ in _records(text)), _records(text)


def test_it_for_an_attacker_still_kills() -> None:
    """Only an accident's 'it' is passed over: after an army's shelling, 'it killed nine' is the attack's."""
    events = named_events("The army shelled the town of Dorvan on Monday. Witnesses said it killed nine civilians.", THURSDAY)
    assert any(e.type == "ASSAULT" and e.trigger == "killed" for e in events), events


def test_a_claim_that_a_party_did_something_accuses_that_party() -> None:
    """'X claimed Y forged the ballots': Y, the doer in the claimed clause, is the accused."""
    assert ("ACCUSE", ["Tomas Berg"], ["Varnia"]) in _records("Senator Tomas Berg claimed Varnia forged thousands of ballots.")


@pytest.mark.parametrize("text", [
    "Senator Tomas Berg claimed Varnia was the first republic in the region.",
    "Aides of Tomas Berg alleged Ana Ruiz was poisoned at the airport.",
])
def test_the_subject_of_a_state_or_of_a_passive_is_not_accused(text: str) -> None:
    """A state ('X was the first republic') accuses no one, and a passive's subject suffered the act."""
    assert all(not recipients for kind, _, recipients in _records(text) if kind == "ACCUSE"), _records(text)


def test_a_threat_is_against_the_party_its_condition_is_on() -> None:
    """'X threatened new sanctions if Y did not free ...': Y is threatened, though no 'on Y' is written."""
    records = _records("ECOWAS threatened new sanctions if Mali's junta did not free the former president by Friday.")
    assert any(kind == "THREATEN" and recipients == ["Mali"] for kind, _, recipients in records), records


def test_a_gunman_shooting_bystanders_is_an_assault() -> None:
    """'a gunman shot customers in a bakery': unnamed bystanders (curated target_nouns) stand for the
    counterpart the shooting needs."""
    events = named_events("On Sunday afternoon a gunman in Dorvan shot customers inside a bakery.", THURSDAY)
    assert any(e.type == "ASSAULT" and e.trigger == "shot" for e in events), events
