"""A judgement of a party's act or policy is aimed at the party (events lexicon v54): '"X's new
fees are unacceptable," Y said' is Y accusing X, and 'called the Xian fees unacceptable' or
'rejected the Xian proposal' names the nation the adjective is. Invented sentences (the countries
are real: only curated countries can be implied by an adjective)."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

THURSDAY = dt.date(2023, 3, 9)


def _records(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.actors, e.recipients) for e in named_events(text, THURSDAY)]


def test_the_owner_of_what_reported_words_judge_is_the_accused() -> None:
    """Before, the accusation named no recipient: the fees are no party."""
    records = _records('"Norway\'s new harbour fees are unacceptable," Maren Holtby told reporters in Oslo.')
    assert ("ACCUSE", ["Maren Holtby"], ["Norway"]) in records, records


def test_a_judged_decision_of_a_government_names_the_government() -> None:
    records = _records("Maren Holtby said on Monday that the decision of the Kenyan government was regrettable.")
    assert ("ACCUSE", ["Maren Holtby"], ["Kenya"]) in records, records


def test_a_judged_thing_with_a_nationality_adjective_names_that_country() -> None:
    records = _records('Maren Holtby called the Norwegian harbour fees "unacceptable" on Monday.')
    assert ("ACCUSE", ["Maren Holtby"], ["Norway"]) in records, records


def test_a_rejected_proposal_with_a_nationality_adjective_names_that_country() -> None:
    records = _records("The Ostrian parliament rejected the Kenyan proposal on Monday.")
    assert [r for r in records if r[0] == "REJECT"] == [("REJECT", ["Ostrian"], ["Kenya"])], records


def test_a_judgement_of_the_speakers_own_side_names_no_recipient() -> None:
    """The speaker's own party is not accused by the speaker's own judgement."""
    records = _records('"Our own fees are unacceptable," Maren Holtby told reporters on Monday.')
    assert all(r[2] == [] for r in records if r[0] == "ACCUSE"), records


def test_praise_of_a_named_party_in_reported_words_is_support() -> None:
    """'"X was a true hero," Y wrote' (lexicon v55: the positive fallback readings)."""
    records = _records('"Ana Berg was a true hero," Maren Holtby wrote on Monday.')
    assert ("SUPPORT", ["Maren Holtby"], ["Ana Berg"]) in records, records


def test_praise_in_words_told_to_an_audience_is_not_support_of_the_audience() -> None:
    """Only the party the words judge is praised, never the one they are told to."""
    records = _records('Maren Holtby told Kesh Radio that "the fair was great fun" on Monday.')
    assert all(r[0] != "SUPPORT" for r in records), records
