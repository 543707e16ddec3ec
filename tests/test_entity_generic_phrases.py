"""Capitalised kinds of document or state are no names: a 'Memorandum of Understanding' and its
'MoU', a 'State of Emergency', the 'Member States' of a union (curated ``non_entities`` and
``non_entity_endings``)."""

from __future__ import annotations

import pytest
from tests.helpers_nlp import analyse


@pytest.mark.parametrize("text", [
    "Ostland and Varnia signed a Memorandum of Understanding (MoU) on fishing rights. The MoU runs for five years.",
    "Fishing quotas were set by the Member States on Friday.",
])
def test_a_kind_of_document_or_state_is_no_name(text: str) -> None:
    names = {e.name for e in analyse(text).entities}
    assert not names & {"Memorandum of Understanding", "MoU", "EU Member States", "Member States"}, names


def test_an_acronym_of_a_real_name_is_still_read() -> None:
    a = analyse("The Ostland Fishing Authority (OFA) closed the bay. The OFA said it would reopen in May.")
    assert a.entity_of("OFA") is a.entity_of("Ostland Fishing Authority")
