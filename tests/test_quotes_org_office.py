"""'the ODP chief said': an organisation that qualifies an office is no speaker; the person the
article gives that office in that organisation is (quotes/roles.is_country_qualified, extended
from countries to organisations in the twentieth session). Invented names."""

from __future__ import annotations

from helpers_nlp import analyse


def test_an_office_qualified_by_an_organisation_is_its_named_holder() -> None:
    a = analyse("ODP chief Tom Vale was arrested on Monday at his home in Kesh.\n\n"
                "Speaking to farmers in Kesh, the ODP chief said: \"I will not leave the party now.\"")
    assert a.speaker(a.direct("I will not leave")) == "Tom Vale"


def test_the_organisation_still_speaks_when_no_one_holds_the_office() -> None:
    a = analyse("The ODP chief said: \"We will win.\"")
    assert a.speaker(a.direct("We will win")) == "ODP"
