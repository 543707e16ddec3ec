"""A single country's military exercises and drills are MOBILIZE (the PLOVER codebook: 'Joint
military operations are coded as COOPERATE but single-country exercises should be coded as
MOBILIZE'); forces assembled are MOBILIZE; units returning or heading back to their bases are a
withdrawal, RETREAT (event lexicon v61). Invented sentences, real country names (the model types
invented ones as people); each checked by hand against the codebook."""

from __future__ import annotations

from tests.test_events import Run


def test_a_countrys_live_fire_drills_are_a_mobilization() -> None:
    run = Run("Norway held live-fire drills near the border on Monday.")
    event = run.one("MOBILIZE")
    assert run.actors(event) == ["Norway"] and run.recipients(event) == []


def test_a_countrys_naval_exercises_announced_are_a_mobilization() -> None:
    run = Run("Sweden announced naval exercises in the Baltic Sea on Tuesday.")
    assert run.actors(run.one("MOBILIZE")) == ["Sweden"]


def test_joint_exercises_stay_cooperation() -> None:
    run = Run("Norway and Sweden began joint military exercises on Thursday.")
    assert [e.type for e in run.events] == ["COOPERATE"]


def test_a_school_fire_drill_is_no_event() -> None:
    run = Run("Students at a school in Norway held a fire drill on Monday.")
    assert run.events == []


def test_forces_assembled_are_a_mobilization() -> None:
    run = Run("Norway has assembled about 70 percent of the forces it needs, officials said.")
    assert run.actors(run.one("MOBILIZE")) == ["Norway"]


def test_units_returning_to_their_bases_are_a_withdrawal() -> None:
    # (a people stands for its country only where the article names the country)
    run = Run("Some Norwegian units returned to their bases on Tuesday.")
    assert run.actors(run.one("RETREAT")) == ["Norwegian"]
    run = Run("Sweden said Swedish troops had begun heading back to their permanent garrisons.")
    assert run.actors(run.one("RETREAT")) == ["Sweden"]


def test_increased_patrols_are_a_mobilisation() -> None:
    """Event lexicon v73: 'increased / intensified patrols' put forces out in numbers, like
    'stepped up patrols'; 'increased prices' is no event."""
    run = Run("Norway's navy said it had increased patrols near the river mouth.")
    assert [(e.type, run.actors(e)) for e in run.events] == [("MOBILIZE", ["Norway"])]
    assert Run("The company increased prices on Monday.").events == []
