"""Who holds a strike or a rally when the sentence names them only by its organiser or by a bare
noun: 'the strike called by X' (a participle of a curated ``initiator_verbs`` verb with its
'by' agent: X initiated it), and 'The congress began the strike' after 'the National Congress
of Workers' (a bare 'the' noun that the model may tag a proper noun, written in lower case,
stands for the organisation named before whose name holds it). Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

_DATE = dt.date(2025, 6, 4)
_HEAD = "Strike enters third day\n\n"


def _protests(text: str) -> list[tuple[list[str], str | None]]:
    return [(e.actors, e.date) for e in named_events(_HEAD + text, _DATE) if e.type == "PROTEST"]


def test_a_strike_called_by_a_union_is_the_unions() -> None:
    found = _protests("Schools stayed shut on Wednesday as the national strike called by the National Union of Velna Teachers "
                      "entered its third day.")
    assert [actors for actors, _ in found] == [["National Union of Velna Teachers"]]


def test_the_congress_is_the_congress_named_before() -> None:
    found = _protests("Offices stayed shut in Lagos on Wednesday.\n\n"
                      "The National Congress of Velna Workers said it would not back down.\n\n"
                      "The congress began the indefinite strike on Monday to press its demand for a higher minimum wage.")
    assert (["National Congress of Velna Workers"], "2025-06-02") in found


def test_a_participle_with_a_subject_of_its_own_names_no_organiser() -> None:
    """'a rally that police said was planned by X' is not this shape; nor is a strike 'feared by' someone."""
    found = _protests("Workers at the Velna plant began a strike feared by the Chamber of Velna Commerce on Monday.")
    assert all("Chamber of Velna Commerce" not in actors for actors, _ in found)


def test_a_strike_of_a_labour_federation_is_a_protest() -> None:
    """Lexicon v88: a federation or congress of unions names a labour strike as a union does
    (the model lemmatises neither 'Teachers' nor 'Unions' in a name)."""
    found = _protests("Schools stayed shut on Wednesday as the national strike called by the Federation of Velna Teachers "
                      "entered its third day.")
    assert [actors for actors, _ in found] == [["Federation of Velna Teachers"]]
    found = _protests("The Congress of Velna Trade Unions began a general strike on Monday.")
    assert found == [(["Congress of Velna Trade Unions"], "2025-06-02")]
