"""'The agency said' is the organisation the article introduced with that very noun ('The U.N.
refugee agency, UNHCR, said ...'), not a news agency whose wire credit opens the story nor a body
whose curated description holds the noun. Invented sentences."""

from __future__ import annotations

from helpers_nlp import analyse


def test_the_agency_is_the_one_introduced_as_an_agency_not_the_wire() -> None:
    a = analyse("ATHENS, Greece (AP) — Greek lawmakers on Tuesday approved a suspension of asylum claims.\n\n"
                "The U.N. refugee agency, UNHCR, said the suspension was unlawful. “The right to asylum cannot "
                "be suspended,” the agency said in a statement.")
    assert a.speaker(a.direct("The right to asylum")) == "UNHCR"

