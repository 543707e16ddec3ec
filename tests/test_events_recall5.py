"""Event recall, ninth session: patterns from misses on the read held-out sets, each tested on
invented sentences (no wording of any evaluation article)."""

from __future__ import annotations

from tests.test_events import Run


def _types(text: str) -> list[str]:
    return [e.type for e in Run(text).events]


def test_approving_a_thing_is_support_by_its_doer() -> None:
    """'endorsed the ceasefire plan', 'hailed a new era', 'congratulated the firefighters': the
    codebook's SUPPORT approves of another's policies or actions, so a thing as the object is
    enough and the event is kept with its doer (the gold keeps such events without a
    recipient)."""
    run = Run("Senator Paulo Marsh endorsed the ceasefire plan on Friday.")
    event = run.one("SUPPORT")
    assert event.trigger == "endorsed" and run.actors(event) == ["Paulo Marsh"] and run.recipients(event) == []
    run = Run("Governor Omar Diallo congratulated the firefighters for their courage.")
    assert run.actors(run.one("SUPPORT")) == ["Omar Diallo"]
    # only verbs of approval take a thing: standing behind a podium backs no one
    assert "SUPPORT" not in _types("Mayor Anna Berg stood behind the podium on Monday.")
    # a visit needs a named counterpart: a building visited is no meeting
    assert "CONSULT" not in _types("Mayor Ines Toller visited the new library on Monday.")


def test_facing_charges_makes_the_subject_the_accused() -> None:
    """'X faces treason charges', 'X is facing investigations': an accusation (codebook ACCUSE:
    allege, investigate) whose counterpart is the subject; the accuser goes unnamed. Whoever
    brings the charges is still the actor."""
    run = Run("Opposition leader Paulo Marsh faces treason charges over the rally.")
    event = run.one("ACCUSE")
    assert event.mode == "allege" and run.actors(event) == [] and run.recipients(event) == ["Paulo Marsh"]
    run = Run("Mayor Anna Berg is facing investigations for allegedly taking bribes.")
    event = run.one("ACCUSE")
    assert event.mode == "investigate" and run.recipients(event) == ["Anna Berg"]
    run = Run("The Dalmora prosecutor brought charges against Omar Diallo on Monday.")
    assert run.recipients(run.one("ACCUSE")) == ["Omar Diallo"]


def test_a_predicate_adjective_states_a_stance() -> None:
    """'is deeply concerned by X' (ACCUSE, disapprove), 'was critical of X' (ACCUSE), 'is fully
    supportive of X' (SUPPORT), 'is open to dialogue' (AGREE): after any copula, the subject holds
    the stance and the adjective's phrase names the counterpart. Plain worry is no accusation, and
    readiness counts only for cooperation ('ready to win' is no agreement)."""
    run = Run("President Anna Berg was critical of the Lentonian government.")
    event = run.one("ACCUSE")
    assert event.mode == "disapprove" and run.actors(event) == ["Anna Berg"]
    run = Run("Valdonia is fully supportive of Ostland.")
    event = run.one("SUPPORT")
    assert event.trigger == "is fully supportive" and run.actors(event) == ["Valdonia"] and run.recipients(event) == ["Ostland"]
    run = Run("The Ruritanian ministry said it remains deeply concerned by the treatment of refugees at the border.")
    assert run.actors(run.one("ACCUSE")) == ["The Ruritanian ministry"]
    assert _types("Governor Omar Diallo is worried about the floods.") == []
    assert _types("Anna Berg is ready to win.") == []
    assert _types("Governor Omar Diallo said he was very worried about the floods.") == []
    assert "AGREE" not in _types("The rebels said they are ready to continue fighting.")
    # negated, a stance of an embedding type is not taken (as 'did not criticise'), and a future one is
    assert "ACCUSE" not in _types("Omar Diallo was not critical of India.")
    assert Run("India will be fully supportive of Sri Lanka.").one("SUPPORT").context == "future"


def test_pushing_for_something_is_a_demand_and_landing_in_a_country_a_visit() -> None:
    """'pressed for a ceasefire', 'is pushing for the army to hold elections': a demand with its
    object (codebook REQUEST), no named addressee needed; 'landed in X' is a visit as 'arrived in
    X' is, which needs a named visitor and place ('the plane landed in X' is none)."""
    run = Run("Omar Diallo pressed for a ceasefire on Monday.")
    event = run.one("REQUEST")
    assert event.mode == "demand" and run.actors(event) == ["Omar Diallo"]
    run = Run("President Anna Berg landed in Ruritania on Tuesday.")
    event = run.one("CONSULT")
    assert event.mode == "visit" and run.actors(event) == ["Anna Berg"] and run.recipients(event) == ["Ruritania"]
    assert "CONSULT" not in _types("The plane landed in Dalmora on Tuesday.")
    assert "REQUEST" not in _types("Striker Omar Diallo pushed for a second goal against Ruritania.")
