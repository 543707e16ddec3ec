"""Trade bans aimed at a country ('banned exports of A and B to X': the parser may hang 'to X' on
the second good), readiness to buy, meet or serve as guarantor (AGREE), openness to discussing
(AGREE), and declining to send arms (REJECT, not a refusal to give details). Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_events import Run


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Ostland on Tuesday banned exports of gallium and germanium to Varnia.", "Ostland", "Varnia"),
    ("Ostland banned imports of steel from Varnia on Monday.", "Ostland", "Varnia"),
    ("Ostland restricted sales of advanced chips to Varnia in January.", "Ostland", "Varnia"),
])
def test_a_trade_ban_is_a_sanction_on_the_country_the_goods_go_to_or_come_from(text: str, actor: str, recipient: str) -> None:
    run = Run(text)
    ban = run.one("SANCTION")
    assert (run.actors(ban), run.recipients(ban)) == ([actor], [recipient])


@pytest.mark.parametrize("text", [
    "Ostland said it was willing to import more grain from Varnia.",
    "Ostland was ready to act as a guarantor of any deal, its foreign minister said.",
    "Ostland was open to discussing the proposal, its foreign minister said.",
])
def test_readiness_to_buy_to_guarantee_or_to_discuss_is_an_offer(text: str) -> None:
    run = Run(text)
    assert run.actors(run.one("AGREE")) == ["Ostland"]


def test_declining_to_send_arms_is_a_refusal() -> None:
    run = Run("Ostland again declined to send long-range missiles to Varnia.")
    refusal = run.one("REJECT")
    assert (run.actors(refusal), run.recipients(refusal)) == (["Ostland"], ["Varnia"])


@pytest.mark.parametrize("text", [
    "Ostland's foreign minister declined to give details of the talks.",
    "Ostland's defence ministry declined to provide a timeline for the deliveries.",
])
def test_declining_to_give_details_is_no_refusal(text: str) -> None:
    assert Run(text).of("REJECT") == []
