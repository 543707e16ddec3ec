"""Trigger conditions relaxed by the lexicon-condition audit of v29 (invented sentences; each
assertion checked by hand against the PLOVER definitions, each relaxed reading with a sentence
where the same word must stay silent).

Measures only a government or court can take (a lockdown, a curfew, a state of emergency, a
crackdown, clemency, a commutation, a pardon) are events when the text leaves that authority
unnamed; their governing-verb conditions still hold."""

from __future__ import annotations

from tests.test_events import Run


def _types(text: str) -> list[str]:
    return [e.type for e in Run(text).events]


def test_a_lockdown_announced_by_an_unnamed_government_is_a_restriction() -> None:
    """'the cabinet ordered a fresh lockdown': COERCE restrict with no named actor;
    a lockdown only mentioned ('during the lockdown', 'the lockdown ended') is no new act."""
    event = Run("The cabinet ordered a fresh lockdown of the capital on Tuesday.").one("COERCE")
    assert event.trigger == "lockdown" and event.mode == "restrict"
    event = Run("A regional lockdown would be imposed from next Monday, the ministry said.").one("COERCE")
    assert event.trigger == "lockdown" and event.context == "future"
    assert "COERCE" not in _types("The lockdown ended in May, and shops reopened.")
    assert "COERCE" not in _types("Shops struggled during the lockdown.")


def test_a_curfew_or_state_of_emergency_imposed_in_the_passive_is_a_restriction() -> None:
    """Imposed or declared with no doer named: still COERCE; a curfew ignored by residents or
    'emergency services' are not."""
    assert Run("A night curfew was imposed on the city after the riots.").one("COERCE").mode == "curfew"
    assert Run("A state of emergency was declared across the Dalmora valley.").one("COERCE").mode == "martial-law"
    assert "COERCE" not in _types("Residents ignored the curfew.")
    assert "COERCE" not in _types("Emergency services reached the Dalmora region on Friday.")


def test_clemency_and_commutations_without_a_named_grantor_are_releases() -> None:
    """'the commutations included X', 'clemency was granted': RETREAT release; asking for a
    pardon is no pardon."""
    assert Run("The commutations included two dock workers from Dalmora.").one("RETREAT").trigger == "commutations"
    assert Run("The clemency was granted on Friday to three journalists.").one("RETREAT").mode == "release"
    assert "RETREAT" not in _types("He asked for a pardon.")
