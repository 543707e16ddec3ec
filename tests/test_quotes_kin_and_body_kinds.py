"""Speakers: a name in apposition to a noun of kin says the person's gender ('Her coach and
father, Luis X,' is a man, so 'He said' is not the woman quoted before), and is the subject of a
sentence the model gave no verb; 'the company said' is never a police force or a ministry, and
'The company, NAME,' introduces NAME as the company. Invented sentences; each speaker decided by
reading the text."""

from __future__ import annotations

import pytest

from helpers_nlp import analyse

MATCH = "Maya Trevino won the match on Sunday. “I am still shaking,” she said.\n\n"


@pytest.mark.parametrize("intro", ["Her father, Luis Trevino, watched from the box on Sunday.",
                                   "Her coach and father, Luis Trevino, watched from the players’ box."])
def test_he_after_a_father_named_in_apposition_is_the_father(intro: str) -> None:
    a = analyse(MATCH + intro + " He said later that his daughter had “nothing to lose.”")
    assert a.speaker(a.direct("I am still shaking")) == "Maya Trevino"
    assert a.speaker(a.direct("nothing to lose")) == "Luis Trevino"


def test_the_company_is_not_the_police_that_spoke_last() -> None:
    a = analyse("The home’s owner, Kestrel Care Group, apologised on Monday.\n\n"
                "West Yorkshire Police said the officer was suspended.\n\n"
                "“It was a criminal act,” the company said.")
    assert a.speaker(a.direct("It was a criminal act")) != "West Yorkshire Police"


def test_the_company_introduced_before_its_name_speaks() -> None:
    a = analyse("The company, Kestrel Care Group, apologised on Monday. West Yorkshire Police said the officer was "
                "suspended. “It was a criminal act,” the company said.")
    assert a.speaker(a.direct("It was a criminal act")) == "Kestrel Care Group"



def test_a_body_named_in_apposition_to_a_subject_is_what_the_company_goes_on_with() -> None:
    a = analyse("The home’s owner, Kestrel Care Group, said in a statement that it had “fully cooperated” with "
                "police.\n\n“What happened was a criminal act,” the company said.")
    assert a.speaker(a.direct("What happened")) == "Kestrel Care Group"


def test_a_judge_titled_justice_is_the_judge() -> None:
    a = analyse("Justice Olufunke Adeyemi-Bakare granted an injunction on Thursday.\n\n"
                "In her ruling, the judge said the government could not “use the bulldozer as a substitute for due process”.")
    assert a.speaker(a.quote("use the bulldozer")) == "Olufunke Adeyemi-Bakare"


def test_an_office_named_in_a_by_phrase_is_still_a_title() -> None:
    a = analyse("The decision followed a campaign by the local MP, Joanne Whitfield.\n\n"
                "“This is a victory for the tenants,” the Labour MP said on Monday.")
    assert a.speaker(a.direct("This is a victory")) == "Joanne Whitfield"
