"""A surname the model tags as a person at least once and that speaks as one person ('Tamaran
said') makes the full name it ends a person's, whatever the model called the full name and its
other mentions (a place, a people); a 'he said' next goes on with that person, not with a woman
named in a relative clause before. Invented sentences."""

from __future__ import annotations

from helpers_nlp import analyse

TEXT = ("Nominee rallies in Ohio\n\n"
        "DAYTON, Ohio — Marcus Tamaran told a crowd on Saturday that the race was about jobs. "
        "“This is about your bills,” Tamaran said.\n\n"
        "The crowd cheered as Tamaran walked off. Tamaran was joined on stage by Sen. Ann Lowe, who called him "
        "“the best candidate in years.”\n\n"
        "In an interview after the rally, Tamaran brushed off questions about the polls.\n\n"
        "“People keep telling me this is a red state,” he said.")


def test_a_speaking_surname_makes_its_full_name_a_person() -> None:
    found = analyse(TEXT)
    people = {e.name: e.type for e in found.entities if "Tamaran" in e.name}
    assert people == {"Marcus Tamaran": "PERSON"}


def test_he_goes_on_with_the_person_not_the_woman_in_a_relative_clause() -> None:
    found = analyse(TEXT)
    speakers = {q.text[:20]: found.speaker(q) for q in found.quotes}
    assert speakers["People keep telling "] == "Marcus Tamaran"
    assert speakers["This is about your b"] == "Marcus Tamaran"


# The model may hang the clause of 'said in a statement that X "…"' on the statement, not on
# 'said': X is still inside the words reported, so a 'She added' next goes on with the speaker.
STATEMENT = (
    "At Ohio rally, Tamaran casts himself as the voice of the kitchen table\n\n"
    "DAYTON, Ohio — Marcus Tamaran stood on a trailer outside a closed tyre factory on Saturday and told about "
    "1,500 people that the race for governor was about “who keeps the money you earn.”\n\n"
    "The nominee spent most of his speech attacking his opponent, Lt. Gov. Harlan Halvorsen, whom he accused of "
    "siding with power companies.\n\n"
    "“Harlan Halvorsen has had eight years to cut your electric bill,” Tamaran said. “Eight years.”\n\n"
    "The crowd booed at the mention of Halvorsen’s name as Tamaran walked to the edge of the stage.\n\n"
    "Halvorsen’s campaign dismissed the event as a stunt. Ann Lind, a spokeswoman for the lieutenant governor, said "
    "in a statement that Tamaran “presided over rising crime and a shrinking tax base in Dayton and now wants to do "
    "the same thing to the rest of Ohio.”\n\n"
    "She added that Halvorsen had “a record of cutting taxes for every family in the state.”"
)


def test_a_name_inside_a_statement_clause_does_not_take_the_next_she() -> None:
    found = analyse(STATEMENT)
    speakers = {q.text[:18]: found.speaker(q) for q in found.quotes}
    assert speakers["a record of cuttin"] == "Ann Lind"
