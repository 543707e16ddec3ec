"""Event vocabulary of lexicon v32 for eight material types (ASSAULT, COERCE, SANCTION, RETREAT,
MOBILIZE, AID, COOPERATE, PROTEST), widened by general English classes, and the model's wrong verb
lemmas put right for the verb triggers themselves (invented sentences; each assertion checked by
hand against docs/gold-events.md)."""

from __future__ import annotations

from structnews.build.extract.events.lexicon import lexicon
from structnews.build.extract.events.triggers import readings
from tests.test_events import Run, nlp


def test_fined_is_read_as_fine_though_the_model_lemmatizes_it_fin() -> None:
    """'fined' comes out of the model as 'fin'; lemma_fixes map it to the verb trigger 'fine'
    (a penalty: SANCTION), while the noun 'fin' keeps no reading."""
    doc = nlp.load()("The regulator fined Lumira 40 million euros.")
    fined = next(t for t in doc if t.lower_ == "fined")
    assert fined.lemma_ == "fin" or fined.lemma_ == "fine"
    assert [e.type for e, _ in readings(fined, lexicon())] == ["SANCTION"]
    run = Run("The European Union fined Poland 1.2 billion euros on Wednesday.")
    event = run.one("SANCTION")
    assert "European Union" in run.actors(event)[0] and run.recipients(event) == ["Poland"]
    fin = next(t for t in nlp.load()("The shark's fin broke the surface.") if t.lower_ == "fin")
    assert readings(fin, lexicon()) == []


def test_released_journalists_and_freed_students_are_releases_but_a_released_report_is_not() -> None:
    run = Run("Iran released two French journalists on Monday.")
    assert [(e.type, e.mode) for e in run.events] == [("RETREAT", "release")]
    assert Run("Iran released a report on the economy on Monday.").of("RETREAT") == []


def test_suspending_a_country_is_a_sanction_but_suspending_parliament_is_not() -> None:
    run = Run("The African Union suspended Gabon from all its activities on Thursday.")
    event = run.one("SANCTION")
    assert "African Union" in run.actors(event)[0] and run.recipients(event) == ["Gabon"]
    assert Run("Queen Elizabeth agreed to suspend the UK Parliament in September.").of("SANCTION") == []


def test_joint_patrols_and_shared_evidence_are_cooperation() -> None:
    assert [e.type for e in Run("Nigeria and Cameroon launched joint patrols in the Lake Chad basin.").events] == ["COOPERATE"]
    run = Run("Dutch investigators shared evidence with Belgium on Monday.")
    assert [e.type for e in run.events] == ["COOPERATE"]


def test_strikes_and_sit_ins_are_protests_with_no_named_crowd() -> None:
    assert [(e.type, e.mode) for e in Run("Nurses across Zimbabwe went on strike on Monday.").events] == [("PROTEST", "strike-lim")]
    assert [e.type for e in Run("Hundreds of women staged a sit-in outside the temple gates in Lusaka.").events] == ["PROTEST"]
    assert Run("The company went on a hiring spree in Lusaka.").of("PROTEST") == []


def test_a_ceasefire_holding_is_observed_but_held_talks_on_a_ceasefire_are_not() -> None:
    assert [e.type for e in Run("The ceasefire between Norvia and Tarsia has held since March.").events] == ["RETREAT"]
    assert Run("Norvia held talks with Tarsia on a ceasefire in March.").of("RETREAT") == []


def test_scrambled_jets_are_a_mobilisation_and_fighting_armies_an_assault() -> None:
    run = Run("Taiwan scrambled jets after Chinese aircraft entered its air defence zone.")
    assert "MOBILIZE" in [e.type for e in run.events]
    run = Run("The Sudanese army fought the Rapid Support Forces for control of El Fasher.")
    assert "ASSAULT" in [e.type for e in run.events]
    assert Run("Lind fought for control of the party in Berlin.").of("ASSAULT") == []


def test_a_coordinated_passive_shares_the_subject_of_the_first_verb() -> None:
    """'The negotiations opened in 1998 and were frozen in 2004': the frozen negotiations are the
    subject of 'opened', so the second verb has its object (SANCTION), as 'the talks were suspended' has."""
    from structnews.build.extract.events.triggers import verb_objects

    doc = nlp.load()("The Norvian trade talks started in 1998 and were suspended in 2004.")
    suspended = next(t for t in doc if t.lower_ == "suspended")
    assert [t.lower_ for t in verb_objects(suspended)] == ["talks"]
    assert [e.trigger for e in Run("The Norvian trade talks started in 1998 and were suspended in 2004.").of("SANCTION")] == ["suspended"]
    assert Run("Norvia suspended operations at the embassy in Tarsia.").of("SANCTION") == []
