"""A quoted fragment with no cue is kept as the words of its clause's subject when that subject
names someone; a term about nobody, a described thing, a nickname or a crowd's words stays a
scare quote (quotes/clause_speaker.py)."""

from __future__ import annotations

import pytest

from structnews.schema.quotes import Attribution
from tests.helpers_nlp import analyse


def _directs(text: str) -> list[str]:
    return [q.text for q in analyse(text).quotes if q.kind == "direct"]


def test_the_subject_of_the_fragments_verb_said_it() -> None:
    a = analyse("Finance Minister Ivo Sark blamed the “lazy planning” of the old council for the flooding.")
    q = a.direct("lazy planning")
    assert a.speaker(q) == "Ivo Sark"
    assert q.attribution == Attribution.clause_subject.value
    assert q.cue is None  # no speech verb was read: none is claimed


def test_the_object_of_a_verb_of_wanting() -> None:
    a = analyse("Opposition leader Ann Lindqvist wants an unelected “citizens' panel” to choose the next mayor of Tulva.")
    assert a.speaker(a.direct("citizens' panel")) == "Ann Lindqvist"


def test_a_prepositional_object_of_the_clause() -> None:
    a = analyse("Mayor Ivo Sark put new emphasis on “keeping the harbour open” during the strike.")
    assert a.speaker(a.direct("keeping the harbour")) == "Ivo Sark"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a clause another verb reports is that verb's subject's words
    ("Ann Lind agreed that Ivo Sark looks “tired and worn” after the campaign.", "tired and worn", "Ann Lind"),
    ("Ann Lind thinks the plan is “a disaster” for Tulva.", "a disaster", "Ann Lind"),
    # a named agent of a nickname, even where the parser hangs 'by' on the quoted words
    ("Ivo Sark, nicknamed the “iron mayor” by Ann Lind, opened the bridge.", "iron mayor", "Ann Lind"),
    # a quoted participle is the subject's words, whatever its own agent
    ("Ivo Sark felt “betrayed” by the vote in Tulva.", "betrayed", "Ivo Sark"),
    # a preposition that starts the fragment or hangs after its verb is no scene-setting
    ("Ivo Sark wants the port kept “in public hands” for good.", "in public hands", "Ivo Sark"),
    ("Ann Lind took aim at the “lazy planning” of the council.", "lazy planning", "Ann Lind"),
    # the named owner of the noun the fragment completes
    ("President Ivo Sark's efforts to “end the feud for good” have stalled in Tulva.", "end the feud", "Ivo Sark"),
    # an institution of a nationality speaks for the country the article names
    ("Chile closed its border. The Chilean junta wants an unelected “citizens' panel” to choose the mayor.",
     "citizens' panel", "Chile"),
])
def test_whose_words_in_harder_clauses(text: str, words: str, speaker: str) -> None:
    a = analyse(text)
    q = a.direct(words)
    assert (a.speaker(q), q.attribution) == (speaker, Attribution.clause_subject.value)


def test_a_she_subject_goes_to_the_woman_named_before() -> None:
    a = analyse("Ann Lindqvist met the council of Tulva on Monday. "
                "She wants an unelected “citizens' panel” to choose the next mayor.")
    assert a.speaker(a.direct("citizens' panel")) == "Ann Lindqvist"


@pytest.mark.parametrize("text", [
    "Radio Tulva is “a voice for the voiceless” in the valley.",  # a copula describes its subject
    "Ivo Sark, nicknamed the “iron mayor” by his rivals' supporters, opened the bridge.",  # an unnamed agent
    "Ivo Sark, long nicknamed the “iron mayor”, opened the bridge.",  # a bare participle
    "They had boats ready to “sail at dawn” when the storm hit Tulva.",  # 'they' is a crowd
    "It is a “sign” of a harder winter in Tulva, Ivo Sark's data show.",  # a thing's pronoun
    "Most voters agreed that Ivo Sark looks “tired and worn” after the campaign.",  # the voters: no one named
    "Ivo Sark bought the rights to “Harbour Lights Forever” in May.",  # a title
    "In another “quiet revolution”, the Tulva Courier printed Ivo Sark's letters.",  # the writer's scene
    "Ivo Sark met the press. His efforts to “end the feud for good” have stalled.",  # an owner by pronoun only
    "Ivo Sark was reported to be nursing “minor aches” after the race.",  # reported by someone unnamed
])
def test_no_one_named_said_it(text: str) -> None:
    assert _directs(text) == []
