"""Adversarial text, generated: no article can break the per-article function or its records.

Hypothesis builds raw texts out of what breaks extractors (see tests/adversarial.py: one-letter
and all-initial names, names that are only a title, quotation marks of every style unbalanced,
nested, mixed and never closed, a 20,000-character paragraph without a full stop, an article of
one line or only a headline or only punctuation, emoji, right-to-left, zero-width and combining
characters, all capitals, tables of numbers, the same name 500 times, mojibake and stray
controls). CI runs a fixed, derandomised number of examples; ``python benchmarks/soak.py``
runs thousands and reports every falsifying example it finds.
"""

from __future__ import annotations

import pytest
from adversarial import articles, check
from hypothesis import HealthCheck, example, given, settings

CI_EXAMPLES = 60


@settings(max_examples=CI_EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(articles())
@example("P. said “we will not attack” on Tuesday.\n\nJ. R. told Mr. that P. would.")
@example("Mr.")
@example("“He said ‘nested “and mixed’ quotes” and one that never closes")
@example(" ".join(["word and P. said"] * 1300))
@example("ÉLECTIONS: ‏مرحبا‏ 😀 \u200b e\u0301\u0308 " * 20)
@example("\n".join(f"{i} | {i * 2.5} | {i ** 2:,}" for i in range(60)))
@example(" ".join(["Anna Berg"] * 500))
@example("...!!!???")
def test_adversarial_text_breaks_nothing(text: str) -> None:
    problems = check(text)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("text", ["P.", "J. R.", "Mr.", "P. said it.", "Mr. P. said “no.”"])
def test_names_that_are_initials_or_titles(text: str) -> None:
    assert check(f"Talks in Oslo\n\n{text} Anna Berg said {text} would go.\n\n“Yes,” {text} said.") == []
