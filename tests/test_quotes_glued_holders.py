"""'Chair of the Senate Finance Committee Mary Walsh said': with no comma the parser reads the
holder's name as the object of the office's 'of', glued to the body's name; the person holds the
office and speaks (roles.glued_holder, seventeenth session: a body as well as a place, titles
'Chair' and 'Representative' in between). Invented names."""

from __future__ import annotations

import pytest
from helpers_nlp import analyse


@pytest.mark.parametrize("subject", [
    "Chair of the Senate Finance Committee Mary Walsh",
    "Incoming chair of the Harland Ethics Committee Representative Mary Walsh",
])
def test_the_name_glued_to_the_body_holds_the_office(subject: str) -> None:
    found = analyse(f'{subject} said the plan was "a non-starter".')
    assert found.speaker(found.direct("a non-starter")) == "Mary Walsh"


def test_a_name_with_nothing_glued_before_it_is_not_the_holder() -> None:
    found = analyse('An adviser to Mary Walsh said the plan was "a non-starter".')
    assert found.speaker(found.direct("a non-starter")) is None
