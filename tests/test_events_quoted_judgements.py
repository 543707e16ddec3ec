"""Lexicon v91 and ``evaluations``: a judgement the journalist quotes after a naming verb ('called
the ruling "a gag order"') is a criticism (ACCUSE) when it holds no word of praise; praise words
keep quoted praise a SUPPORT ('"an important humanitarian step"'); praise is read only in the
judgement itself, not in someone it mentions ('"the cruel murder of a brave
reporter"'); a quoted proper name is no judgement; and an event the judgement only gives as a
reason ('in revenge for EU sanctions') is not swallowed by it. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

_DATE = dt.date(2026, 3, 4)
_HEAD = "Leaders react to the decision\n\n"


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.actors, e.recipients) for e in named_events(_HEAD + text, _DATE)]


@pytest.mark.parametrize(("sentence", "critic"), [
    ('Union leader Maria Okonkwo called the ruling "a gag order on working people" and said the union would appeal.',
     "Maria Okonkwo"),
    ("Opposition leader Tomas Lindqvist called the budget ‘a gift to the banks’.", "Tomas Lindqvist"),
    ('Senator Rhea Dalton described the settlement as "too little, too late".', "Rhea Dalton"),
])
def test_a_quoted_judgement_without_praise_is_a_criticism(sentence: str, critic: str) -> None:
    found = _events(sentence)
    assert any(t == "ACCUSE" and critic in actors for t, actors, _ in found), found
    assert not any(t == "SUPPORT" for t, _, _ in found), found


@pytest.mark.parametrize("sentence", [
    "In a statement, Foreign Minister Ingrid Heggland called the agreement “an important humanitarian step”.",
    'Mayor Paul Brenner called the compromise "balanced and responsible".',
])
def test_quoted_praise_is_support_not_criticism(sentence: str) -> None:
    found = _events(sentence)
    assert [t for t, _, _ in found] == ["SUPPORT"], found


def test_praise_of_someone_inside_the_judgement_is_no_praise_of_the_thing_judged() -> None:
    found = _events('Press freedom director Alan Moyo called the death "the cruel murder of a brave '
                    'reporter doing his job".')
    assert not any(t == "SUPPORT" for t, _, _ in found), found
    assert any(t == "ACCUSE" and a == ["Alan Moyo"] for t, a, _ in found), found


def test_a_quoted_name_is_no_judgement() -> None:
    assert not _events('General Omar Haddad called the operation "Iron Dawn".')


def test_a_reason_given_beside_the_judgement_keeps_its_own_event() -> None:
    found = _events("Poland and Lithuania accuse Belarus of pushing migrants over the border. They call it an act "
                    "of “hybrid war” in revenge for European Union sanctions.")
    assert any(t == "SANCTION" and a == ["European Union"] for t, a, _ in found), found


@pytest.mark.parametrize("sentence", [
    "The new government, elected on a promise to restore what it called “full sovereignty,” demanded that France "
    "close its bases.",
    'Fishermen praised what the minister called a "cautious reopening" of the bay.',
])
def test_a_judgement_in_a_free_relative_a_verb_acts_on_is_no_criticism_of_its_own(sentence: str) -> None:
    assert not [e for e in _events(sentence) if e[0] == "ACCUSE"]
