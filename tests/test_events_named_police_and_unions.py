"""Lexicon v92 and ``org_refs``: a police's own people named bare ('Detectives raided ...',
'Police detained ...') are the one police force the article names (curated ``police_nouns`` and
``police_force_endings``), not the country; 'the union' far from where the article named its only
union is still that union; and 'the union' is never a ministry that spoke last (a body whose name
ends in another kind of institution). Invented sentences."""

from __future__ import annotations

from tests.test_events import Run


def _actors(run: Run, event: object) -> list[str]:
    """The actors' names without the article the model's span may hold (this helper keeps the
    model's span, 'The Labour Ministry'; the build drops it)."""
    return [a.removeprefix("The ").removeprefix("the ") for a in run.actors(event)]

FORCE = ("In March the Marlow Valley Police opened an inquiry into thefts from the Harwick museum. "
         "The museum's director welcomed the inquiry. ")


def test_detectives_named_bare_are_the_article_s_police_force() -> None:
    run = Run(FORCE + "Detectives arrested two men at a farm on Tuesday.")
    assert [_actors(run, e) for e in run.of("COERCE")] == [["Marlow Valley Police"]]


def test_the_police_named_bare_are_the_article_s_police_force() -> None:
    run = Run(FORCE + "The police detained a third suspect on Wednesday.")
    assert [_actors(run, e) for e in run.of("COERCE")] == [["Marlow Valley Police"]]


def test_one_officer_is_no_police_force() -> None:
    # a single officer is a person the story may go on to name, not the force
    run = Run(FORCE + "The officer arrested a man at a farm on Tuesday.")
    assert all(_actors(run, e) != ["Marlow Valley Police"] for e in run.of("COERCE"))


def test_a_police_association_is_no_police_force() -> None:
    # a body of police officers (a union) is not the force that arrests
    run = Run("The Marlow Valley Police Association criticised the budget cuts. "
              "Detectives arrested two men at a farm on Tuesday.")
    assert all(_actors(run, e) != ["Marlow Valley Police Association"] for e in run.of("COERCE"))


def test_with_two_police_forces_named_bare_police_are_neither() -> None:
    run = Run("The Marlow Valley Police and the Essing County Constabulary opened a joint inquiry into the thefts. "
              "Detectives arrested two men at a farm on Tuesday.")
    assert all(not {"Marlow Valley Police", "Essing County Constabulary"} & set(_actors(run, e)) for e in run.of("COERCE"))


UNION = ("On Monday the Harbour Workers Union called a strike at the port of Trevane. The port handles a third "
         "of the country's grain exports. Ships queued outside the harbour on Tuesday. Grain prices rose by four "
         "percent. Traders said stocks would last a week. The port has 3,000 workers. Its cranes stood idle. "
         "Bakers warned of shortages. Farmers said silos were full. Exporters asked for help. ")


def test_the_union_far_from_its_name_is_the_only_union_named() -> None:
    run = Run(UNION + "The union rejected a new pay offer on Wednesday.")
    assert [_actors(run, e) for e in run.of("REJECT")] == [["Harbour Workers Union"]]


def test_the_union_is_never_the_ministry_that_spoke_last() -> None:
    run = Run("Dock workers walked off the job on Monday. The Labour Ministry said it had offered to mediate. "
              "The union demanded a 9 percent raise.")
    assert all(_actors(run, e) != ["Labour Ministry"] for e in run.of("REQUEST") if e.trigger == "demanded")
