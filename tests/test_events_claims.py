"""A claim of responsibility names the doer of the attacks the article reports without one
(events/claims.py, lexicon v55). Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

WEDNESDAY = dt.date(2024, 3, 6)
ATTACK = "A car bomb was detonated outside a police base in Kesh on Monday, killing twelve officers."


def _records(*paragraphs: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.actors, e.recipients) for e in named_events("\n\n".join(paragraphs), WEDNESDAY)]


def test_the_party_that_claimed_an_attack_is_its_actor() -> None:
    """Before, the bombing had no actor and the claim was ignored."""
    records = _records(ATTACK, "The Velorian Liberation Front claimed responsibility for the attack.")
    assert records == [("ASSAULT", ["Velorian Liberation Front"], [])], records


def test_a_claim_nobody_named_made_names_no_actor() -> None:
    records = _records(ATTACK, "No group has claimed responsibility for the attack, the Velorian police said.")
    assert [r for r in records if r[0] == "ASSAULT"] == [("ASSAULT", [], [])], records


def test_a_claim_far_from_the_attack_names_no_actor() -> None:
    """Past the reach of a few sentences the claim may be about another attack."""
    filler = [f"Officials in Kesh met on day {n} of the inquiry to review the budget of the city." for n in range(1, 9)]
    records = _records(ATTACK, *filler, "The Velorian Liberation Front claimed responsibility for the attack.")
    assert ("ASSAULT", [], []) in records, records


def test_claiming_the_attack_itself_names_its_actor() -> None:
    """'claimed the bombing' (lexicon v56 ``claimed_nouns``): before, no claim was read."""
    records = _records(ATTACK, "The Velorian Liberation Front claimed the bombing in a message to a local radio station.")
    assert records == [("ASSAULT", ["Velorian Liberation Front"], [])], records


def test_a_speaker_saying_it_did_the_attack_is_its_actor() -> None:
    """'said it carried out the attack' (``deed_verbs``): the first report of the bombing gets the doer."""
    records = _records(ATTACK, "The Velorian Liberation Front said it carried out the attack to avenge its leader.")
    assert ("ASSAULT", ["Velorian Liberation Front"], []) in records and ("ASSAULT", [], []) not in records, records


def test_a_speaker_denying_the_attack_is_no_actor() -> None:
    records = _records(ATTACK, "The Velorian Liberation Front said it was not behind the attack.")
    assert [r for r in records if r[0] == "ASSAULT"] == [("ASSAULT", [], [])], records
