"""'The government said' with nothing saying whose: the one country the article is about
(home_country, seventeenth session; docs/gold-quotes.md gives an organisation speaker its name,
and a bare 'the government' the country's). Invented texts through the whole entity stage."""

from __future__ import annotations

from helpers_nlp import analyse

ONE_COUNTRY = "Portugal's economy shrank for a third year. Unions in Portugal called a general strike.\n\n"


def test_the_government_speaks_for_the_story_s_country() -> None:
    found = analyse(ONE_COUNTRY + "\u201cThis strike is illegal,\u201d the government said in a statement.")
    assert found.speaker(found.direct("This strike")) == "Portugal"


def test_a_story_about_two_countries_leaves_the_government_unnamed() -> None:
    found = analyse("Portugal and Spain held talks on water. Unions in Portugal and Spain called a strike.\n\n"
                    "\u201cThis strike is illegal,\u201d the government said in a statement.")
    assert found.speaker(found.direct("This strike")) is None


def test_whose_government_the_sentence_says_wins() -> None:
    found = analyse(ONE_COUNTRY + "\u201cWe stand with the workers,\u201d the Spanish government said. Spain is a neighbour.")
    assert found.speaker(found.direct("We stand")) == "Spain"


def test_a_fragment_in_someone_s_report_stays_the_reporter_s() -> None:
    found = analyse(ONE_COUNTRY + "Union leader Ana Ruiz said the government was accusing her "
                    "\u201cof plotting a revolt that never existed\u201d.")
    assert found.speaker(found.direct("of plotting")) == "Ana Ruiz"


def test_the_government_goes_on_with_the_country_whose_government_was_just_named() -> None:
    # two countries in the story, so no one country it is about; the government named last speaks
    a = analyse("The Government of Chile said on Tuesday it had recalled its envoy to Peru. The government "
                "highlighted its long \"fraternal relationship with Peru\" and said it hoped the dispute would end soon.")
    assert a.speaker(a.quote("it hoped the dispute")) == "Chile"
    assert a.speaker(a.direct("fraternal relationship")) == "Chile"
