"""Names that end in a number (build/extract/entity_numbers.py), on invented sentences.

The model tags 'Falcon' and leaves '9' out, or tags only '206' as a number; the article's
grammar (the number attached to the capitalised word, nothing between them) keeps the name whole.
"""

from __future__ import annotations

from helpers_nlp import analyse


def names(text: str) -> set[str]:
    return {e.name for e in analyse(text).entities}


def test_model_name_reaches_over_its_number():
    a = analyse("The Ostvale Falcon 9 rocket lifted off from Brennan Field on Monday. SpaceCo built the Falcon 9.")
    assert "Falcon 9" in {e.name for e in a.entities}
    assert not any(m.text == "Falcon" for m in a.mentions)  # no fragment left as its own mention


def test_untagged_word_and_number_are_a_name():
    assert "Bell 206" in names("Pilots at the school train on the Bell 206 in winter, officials said.")
    assert "News 12" in names("Indeed, News 12 reported, only two buildings were without water.")


def test_counted_words_dates_and_years_are_no_names():
    found = names("The storm grew into a Category 5 hurricane on Monday and fell to Category 2 by Friday.")
    assert not any(n.startswith("Category") for n in found)
    assert not any(n.startswith("September") for n in names("Wednesday, September 25, 2019\n\nThe council of Ostvale met."))
    assert "Canada 2019" not in names("The Canada 2019 general election results were announced on Tuesday.")


def test_score_line_is_no_name():
    for text in ("It ended Ostvale 98, Brennan 87 after overtime.", "In the final, Ostvale 2, Brennan 1."):
        assert not any(n[-1].isdigit() for n in names(text)), text


def test_number_label_of_the_model_types_the_whole():
    a = analyse("A Boeing 737 of Ostair landed in Brennan on Monday.")
    assert "Boeing 737" in {e.name for e in a.entities}


def test_a_maker_and_a_model_number_is_a_product_unless_it_reports():
    a = analyse("The Ostvale Falcon 9 rocket lifted off from Brennan Field on Monday. SpaceCo built the Falcon 9.")
    assert a.entity("Falcon 9").type == "PRODUCT"
    assert analyse("A Boeing 737 of Ostair landed in Brennan on Monday.").entity("Boeing 737").type == "PRODUCT"
    assert analyse("Indeed, News 12 reported, only two buildings were without water.").entity("News 12").type == "ORG"


def test_a_makers_name_before_a_plural_model_number_is_one_product() -> None:
    # The parser makes the second 'Boeing' a compound of '727s', the conjunct of the verb's object
    # (checked); the maker alone was an organisation of its own.
    from tests.helpers_nlp import analyse

    a = analyse("The small airline flew Boeing 717s and Boeing 727s for decades.")
    assert not any(e.name == "Boeing" for e in a.entities)
    assert any(e.name == "Boeing 727s" for e in a.entities)
