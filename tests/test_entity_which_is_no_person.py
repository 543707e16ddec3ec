"""A name the model took for a person is an organisation when the article follows it with ', which'
opening a relative clause ('Corvane Zinc, which is controlled by Swiss investors, said ...'):
English uses 'which' for things and 'who' for people. A place so written stays a place.
Invented sentences."""

from __future__ import annotations

from helpers_nlp import analyse


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in analyse(text).entities}


def test_a_firm_followed_by_which_is_an_organisation_and_speaks_as_the_company() -> None:
    a = analyse("Wage talks with owner Andra Zinc broke down on Monday, the union said.\n\n"
                "Andra Zinc, which is controlled by Swiss investors, said the offer was generous.\n\n"
                "“We remain ready to talk,” the company said.")
    assert {e.name: e.type for e in a.entities}["Andra Zinc"] == "ORG"
    assert a.speaker(a.direct("We remain ready")) == "Andra Zinc"


def test_a_person_followed_by_who_stays_a_person() -> None:
    assert _types("Talks with Andra Zinc broke down on Monday. Andra Zinc, who leads the miners, "
                  "said the offer was generous.")["Andra Zinc"] == "PERSON"
