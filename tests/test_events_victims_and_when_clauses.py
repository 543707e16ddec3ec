"""'Two soldiers were killed when border guards opened fire': an agentless passive attack and the
attack its 'when' clause reports with a doer are one event, the doer its actor and the victims its
target (events.records.merge_sentence_events). Before, the sentence gave two attacks, one with no
doer. Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 4, 15)


def test_victims_of_a_when_clause_attack_are_its_targets() -> None:
    events = named_events("Kenya and Somalia dispute the border. Two Kenyan soldiers were killed late on Sunday when Somali border guards "
                          "opened fire on a checkpoint.", PUBLISHED)
    assert [(e.type, e.actors, e.recipients, e.date) for e in events] == [("ASSAULT", ["Somalia"], ["Kenya"], "2026-04-12")]


def test_a_passive_with_its_own_agent_stays_apart() -> None:
    # the 'when' clause reports a different act, so the killing keeps its own doer
    events = named_events("Kenya and Somalia dispute the border. Two Kenyan soldiers were killed by a Somali drone when "
                          "Kenya shelled a Somali depot.", PUBLISHED)
    assert sorted(tuple(e.actors) for e in events if e.type == "ASSAULT") == [("Kenya",), ("Somalia",)]
