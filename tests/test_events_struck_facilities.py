"""A party striking another's port, refinery or grid attacks it; the owner of what is attacked
is the target ('struck X's port', 'shelled X's positions'; curated owner_recipient_types); a
lorry striking a bridge is no attack. Invented sentences."""

from __future__ import annotations

from tests.test_events import Run


def test_striking_a_port_is_an_attack_on_its_owner() -> None:
    run = Run("Ostland struck Varnia's main port on Saturday.")
    attack = run.one("ASSAULT")
    assert (run.actors(attack), run.recipients(attack)) == (["Ostland"], ["Varnia"])


def test_shelling_a_party_s_positions_attacks_the_party() -> None:
    run = Run("Ostland shelled Varnia's positions near the river.")
    assert run.recipients(run.one("ASSAULT")) == ["Varnia"]


def test_a_lorry_striking_a_bridge_is_no_attack() -> None:
    assert Run("A lorry struck the bridge on Monday.").of("ASSAULT") == []
