"""A name that runs to the last character of a text ending with no stop is a word the scrape cut
or a closing credit, not an entity; a form the article wrote before is kept (non_names.py)."""

from __future__ import annotations

from tests.helpers_nlp import analyse


def _names(text: str) -> set[str]:
    return {e.name for e in analyse(text).entities}


def test_a_name_cut_by_the_scrape_is_no_entity() -> None:
    names = _names("Ann Lindqvist met the port workers of Tulva on Monday. The talks were also attended by "
                   "the regional coordinator, Marten Okonjo, and Daniel Krite")
    assert "Marten Okonjo" in names and "Ann Lindqvist" in names
    assert not any(n.startswith("Daniel") for n in names)


def test_a_closing_credit_is_no_entity() -> None:
    names = _names("Ann Lindqvist met the port workers of Tulva on Monday and promised new cranes. — ONA")
    assert "ONA" not in names and "Ann Lindqvist" in names


def test_a_form_written_before_is_kept_at_the_end() -> None:
    a = analyse("Tulva won the vote on Monday. Observers said the result gave both Ostland and Tulva")
    tulva = a.entity("Tulva")
    assert len([m for m in a.mentions if m.entity == tulva.index]) == 2


def test_a_name_before_the_final_stop_is_kept() -> None:
    assert "Daniel Kritenberg" in _names("The talks were attended by the regional coordinator, Daniel Kritenberg.")


def test_a_credit_after_a_closing_quotation_mark_is_kept_at_the_end() -> None:
    # A list page's last line credits its quote: the name is the quote's speaker, not a cut word.
    names = _names("Readers wrote in about the harbour.\n“It was never dredged.” ― Hana P. Kovac")
    assert "Hana P. Kovac" in names
