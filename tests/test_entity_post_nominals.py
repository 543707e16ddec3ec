"""Letters after a person's name for an office or honour ('KC', 'MP', 'OBE'; curated
``post_nominals``, cues v72) are no part of the name: the entity, its mentions and the speaker of
a quote are the person's name alone. Invented sentences."""

from __future__ import annotations

import pytest

from helpers_nlp import analyse


@pytest.mark.parametrize(("text", "name"), [
    ("“He lied to the jury,” Rachel Ainsworth KC, prosecuting, said on Monday.", "Rachel Ainsworth"),
    ("Tom Hale MP said he would write to the transport minister about the closure.", "Tom Hale"),
    ("The award went to Sara Kidd OBE, who founded the charity in 1998.", "Sara Kidd"),
])
def test_a_post_nominal_is_left_out_of_the_name(text: str, name: str) -> None:
    found = analyse(text)
    assert name in [e.name for e in found.entities]
    assert not any(m.text.endswith((" KC", " MP", " OBE")) for m in found.mentions)


def test_the_speaker_of_a_barrister_is_named_without_the_letters() -> None:
    found = analyse("His barrister, Simon Kettering KC, told the court the evidence was thin.")
    assert [found.speaker(q) for q in found.quotes] == ["Simon Kettering"]


def test_a_title_written_in_capitals_before_a_name_is_not_cut_from_its_end() -> None:
    found = analyse("Labour MP Tom Hale said he would write to the minister.")
    assert "Tom Hale" in [e.name for e in found.entities]


@pytest.mark.parametrize(("text", "name"), [
    ("Local TD Orla Brosnan said the plan would fail.", "Orla Brosnan"),
    ("SNP MSP Ewan Reid said the vote was unfair.", "Ewan Reid"),
])
def test_a_parliament_abbreviation_before_a_name_is_a_title(text: str, name: str) -> None:
    assert name in [e.name for e in analyse(text).entities]
