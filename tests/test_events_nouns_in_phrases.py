"""Event nouns inside a prepositional phrase or made in the passive (events lexicon v55). An arrest, a detention or a
resignation named only as the time of another act ('spoke after her arrest', 'following the
resignation of X') is reported there when the article reports it nowhere else; a possessor of an
arrest underwent it (curated ``patient_nouns``), the 'of' party of a resignation did it
(``agent_of_types``). Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

WEDNESDAY = dt.date(2024, 3, 6)


def _records(text: str) -> list[tuple[str, list[str], list[str], str | None]]:
    return [(e.type, e.actors, e.recipients, e.date) for e in named_events(text, WEDNESDAY)]


def test_an_arrest_named_only_as_a_time_is_an_arrest_of_its_possessor() -> None:
    """Before, the noun under 'after' was no event, and a possessor would have been the arrester."""
    records = _records("Mara Velden spoke to reporters on Monday, three days after her arrest in Oslo.")
    assert ("COERCE", [], ["Mara Velden"], "2024-03-01") in records, records


def test_a_resignation_named_only_as_a_time_is_done_by_its_of_party() -> None:
    records = _records("Ana Ruizova became minister after the resignation of Mara Velden.")
    assert [r[:3] for r in records] == [("RETREAT", ["Mara Velden"], [])], records


def test_an_arrest_reported_before_is_not_reported_again_by_its_anchor() -> None:
    """The second sentence refers back: one arrest, from the first sentence."""
    records = _records("Mara Velden was arrested in Oslo on Friday.\n\nShe spoke to reporters on Monday, three days after her arrest.")
    # (an arrest told in the passive with no agent is the state's where it happened: Oslo's Norway)
    assert [r for r in records if r[0] == "COERCE"] == [("COERCE", ["Norway"], ["Mara Velden"], "2024-03-01")], records


def test_an_arrest_by_a_named_party_keeps_its_possessor_as_the_one_who_arrested() -> None:
    """'X's arrest of Y': the 'of' phrase names who was arrested, the possessor acted."""
    records = _records("Kenya recalled its envoy on Monday after Norway's arrest of Mara Velden.")
    assert ("COERCE", ["Norway"], ["Mara Velden"]) in [r[:3] for r in records], records


def test_the_release_of_a_person_is_not_done_by_that_person() -> None:
    """A retreat's 'of' party acts ('the resignation of X'), except for a patient noun."""
    records = _records("Norway announced the release of the prisoner Mara Velden on Monday.")
    assert [r[:2] for r in records] == [("RETREAT", ["Norway"])], records



def test_an_act_noun_made_in_the_passive_without_an_agent_is_kept_without_participants() -> None:
    """'Arrests were made' is an agentless passive of the arrest, as 'twenty people were arrested'
    is. Before, a noun event naming no one was dropped."""
    records = _records("Arrests were made in Oslo and Bergen on Monday, the police said.")
    assert ("COERCE", [], [], "2024-03-04") in records, records


def test_a_joint_act_noun_in_the_passive_still_needs_its_parties() -> None:
    """'A deal was reached' names its parties elsewhere (curated ``partner_types``)."""
    assert _records("A deal was reached in Oslo on Monday.") == []


def test_an_act_done_at_the_behest_of_a_party_is_that_partys_request() -> None:
    """Before, 'behest' was no trigger (lexicon v55)."""
    records = _records("The council closed the harbour on Monday at the behest of Mayor Mara Velden.")
    assert ("REQUEST", ["Mara Velden"], []) in [r[:3] for r in records], records


def test_a_lawsuit_by_a_party_in_a_phrase_is_that_partys_lawsuit() -> None:
    """Lexicon v55: 'after a lawsuit by X'. Before, a lawsuit needed a filing verb or 'against'."""
    records = _records("Judge Mara Velden struck down the harbour tax on Monday, a month after a lawsuit by the Kesh Farmers Union.")
    assert ("ACCUSE", ["Kesh Farmers Union"], []) in [r[:3] for r in records], records


def test_a_conviction_named_only_as_a_time_is_a_sentence_on_its_possessor() -> None:
    """As a court's conviction verb is (SANCTION), also when only a time phrase names it."""
    records = _records("Mara Velden spoke to reporters on Monday, a week after her conviction for fraud.")
    assert ("SANCTION", [], ["Mara Velden"], "2024-02-26") in records, records
