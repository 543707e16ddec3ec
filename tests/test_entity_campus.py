"""'University of Ostland, Brinmoor', 'University of Ostland at Brinmoor': a university's campus
after a comma or 'at' is part of its name, not a place beside it (curated ``campus_heads``)."""

from __future__ import annotations

from tests.helpers_nlp import analyse


def test_a_campus_after_a_comma_or_at_is_part_of_the_name() -> None:
    # en_core_web_sm tags the university and the campus city as two names here (checked).
    a = analyse("Students from University of California, Irvine protested on Monday. "
                "She studied at the University of Texas at Austin before the war.")
    names = {e.name: e.type for e in a.entities}
    assert names == {"University of California, Irvine": "ORG", "University of Texas at Austin": "ORG"}


def test_a_longer_name_after_at_is_no_campus() -> None:
    a = analyse("Engineers of the University of Texas worked at Austin Energy last year.")
    assert {e.name for e in a.entities} >= {"University of Texas", "Austin Energy"}
