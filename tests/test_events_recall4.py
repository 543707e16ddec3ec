"""Event recall on unseen text, round 4: a court's penalty (a prison sentence, a conviction, a
guilty verdict) is SANCTION, as PLOVER 0.8 files convictions; one the sentence places in an
earlier year than the story is background (invented sentences; each assertion checked by hand,
each new reading with a sentence where the same word must stay silent)."""

from __future__ import annotations

from tests.test_events import Run


def _types(text: str) -> list[str]:
    return [e.type for e in Run(text).events]


def test_a_prison_sentence_is_a_sanction_by_the_court() -> None:
    """'sentenced X to N years in prison', 'was sentenced to death': the court penalises."""
    run = Run("The Dalmora High Court sentenced four Norvian activists to six years in prison on Monday.")
    assert run.one("SANCTION").trigger == "sentenced"
    assert Run("Omar Diallo was sentenced to death by a military court on Friday.").one("SANCTION").trigger == "sentenced"
    # a sentence of a text, and the noun, are not penalties
    assert "SANCTION" not in _types("The Dalmora High Court read the sentence aloud on Monday.")


def test_a_conviction_or_guilty_verdict_is_a_sanction() -> None:
    """'was convicted of fraud', 'was found guilty of sedition'; 'found' without 'guilty' and
    'convicted' with no charge stay silent."""
    run = Run("Mayor Anna Berg was convicted of fraud on Tuesday.")
    event = run.one("SANCTION")
    assert event.trigger.startswith("convicted") and run.recipients(event) == ["Anna Berg"]
    assert Run("Omar Diallo was found guilty of sedition on Friday.").one("SANCTION").trigger == "found"
    assert "SANCTION" not in _types("Omar Diallo found the missing files on Friday.")
    assert "SANCTION" not in _types("The investigators found that the data had been deleted.")


def test_an_old_conviction_is_background() -> None:
    """'was convicted of fraud in 2010' in a 2023 story is background, not news; a year that
    places something named deep inside the charge does not date the verdict."""
    assert "SANCTION" not in _types("Mayor Anna Berg was convicted of fraud in 2010.")
    assert "SANCTION" not in _types("Omar Diallo was sentenced to two years in prison in 2014.")
    run = Run("A former port chief, Lina Varga, was sentenced to eight years in prison on Monday for rigging bids "
              "for the bridge contracts that Norvik awarded in 2016.")
    assert run.one("SANCTION").trigger == "sentenced"
