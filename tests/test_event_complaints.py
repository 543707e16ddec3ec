"""A state's protest is a complaint, not a demonstration; a condemned act names its doer; a body goes on as "the bloc".

The codebook keeps PROTEST for demonstrations and other collective action; a government that
'protested the presence of X's warships' complains of another's act (ACCUSE, mode disapprove).
Whoever did the act complained of is the complaint's counterpart: 'condemned the seizure of the
boat by X' accuses X, not the boat.
"""

from __future__ import annotations

import pytest
from test_events import Run


@pytest.mark.parametrize("text", [
    "Japan protested the incursion of a Chinese survey ship into its waters.",
    "The Philippines protested the detention of two fishermen by China on Monday.",
])
def test_a_state_protesting_an_act_complains_of_it(text: str) -> None:
    run = Run(text)
    assert run.of("PROTEST") == []
    event = run.one("ACCUSE")
    assert event.mode == "disapprove"


def test_a_crowd_protesting_against_a_policy_demonstrates() -> None:
    run = Run("Thousands of students protested in Manila on Friday against the new tax.")
    assert run.of("ACCUSE") == [] and len(run.of("PROTEST")) == 1


@pytest.mark.parametrize("text, actor, recipient", [
    ("Japan condemned the seizure of the boat by China.", "Japan", "China"),
    ("The Philippines protested the detention of two fishermen by China on Monday.", "Philippines", "China"),
    ("Canada condemned the killing of protesters by the Taliban.", "Canada", "Taliban"),
])
def test_the_doer_of_a_condemned_act_is_the_counterpart(text: str, actor: str, recipient: str) -> None:
    run = Run(text)
    event = run.one("ACCUSE")
    assert run.actors(event) == [actor] and run.recipients(event) == [recipient]


def test_the_bloc_tagged_as_a_proper_noun_is_still_the_organisation_named_before() -> None:
    # The tagger calls 'bloc' a proper noun here; lower case, it is the common noun all the same.
    run = Run("The Southern Trade Union met in Lisbon on Friday. Talks resumed a month after the bloc placed new sanctions on Chad.")
    event = run.one("SANCTION")
    assert run.actors(event) == ["The Southern Trade Union"] and run.recipients(event) == ["Chad"]
