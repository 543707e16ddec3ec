"""A quoted fragment in the first of two coordinated verbs keeps its speaker (invented sentences).

- 'X, a former player, called the result “...” and praised Y': a past-tense verb after the comma
  that closes an apposition is the subject's own verb when it is joined to the next by 'and'; only
  a verb joined by a comma alone may be a reduced relative ('Ivo Sark, nicknamed the “…”, opened').
- 'X said in a statement that it had been “...” and welcomed Y': the parser may hang the reported
  clause on the document noun ('statement that ...'); the speech verb the noun sits under reports it.
Before, both fragments were read as scare quotes and dropped."""

from __future__ import annotations

import pytest

from helpers_nlp import analyse


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Coach Mariam Abdulai, one of only two women to manage a top club in Ghana, called the result "
     "“the best night of my career” and praised the substitute.", "the best night", "Mariam Abdulai"),
    ("Kudiflow said in a statement that it had been “fully licensed since 2022” and welcomed closer supervision.",
     "fully licensed", "Kudiflow"),
])
def test_a_fragment_before_a_second_verb_is_the_subjects(text: str, fragment: str, speaker: str) -> None:
    a = analyse(text)
    assert a.speaker(a.quote(fragment)) == speaker


def test_a_reduced_relative_names_no_speaker() -> None:
    # the nickname is the rivals' word, not anything Sark said: no quote of Sark's
    a = analyse("Ivo Sark, nicknamed the “Iron Chancellor” by his rivals, opened the session.")
    assert all(a.speaker(q) != "Ivo Sark" for q in a.quotes)
