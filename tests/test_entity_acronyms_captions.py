"""Short forms and page clutter, from the article's own evidence: an acronym spelled loosely
from an organisation's name ('ECOWAS'-like forms), and picture captions the page labels or ends
with a photographer's credit. Names and places are invented; each text was checked by hand and
fails without the rule it tests."""

from __future__ import annotations

import pytest
from helpers_nlp import analyse
from structnews.build.extract.names import spells_acronym
from structnews.build.ingest.clean import clean


@pytest.mark.parametrize(("short", "name", "spelled"), [
    ("NECOF", "Northern Economic Cooperation Forum", True),  # 'Co' of 'Cooperation'
    ("COSON", "Council of Southern Ostland Nations", True),
    ("NATO", "North Atlantic Treaty Organization", True),  # strict initials are loose ones too
    ("ASEAN", "Association of South East Asian Nations", True),
    ("ASEAN", "Association of Southeast Asian Nations", False),  # no word starts with 'E'
    ("FICAC", "Independent Commission Against Corruption", False),  # 'F' is no word of the name
    ("NECO", "Northern Economic Cooperation Forum", False),  # the last word gives no letter
    ("NF", "Northern Economic Cooperation Development Forum", False),  # fewer than half the words give a letter
])
def test_an_acronym_is_spelled_from_the_beginnings_of_the_names_words(short: str, name: str, spelled: bool) -> None:
    assert spells_acronym(short, name) is spelled


def test_a_loose_acronym_the_model_left_untagged_is_the_organisations_short_form() -> None:
    a = analyse("The Council of Southern Ostland Nations met in Valdora. COSON said the railway plan had stalled.")
    assert a.entity_of("COSON").name == "Council of Southern Ostland Nations"


def test_a_loose_acronym_the_model_tagged_apart_joins_the_organisation() -> None:
    a = analyse("The Northern Economic Cooperation Forum met in Lenton on Monday. Delegates said NECOF would "
                "fund a new railway to Ostland, and NECOF would meet again in May.")
    assert a.entity_of("NECOF").name == "Northern Economic Cooperation Forum"
    assert "NECOF" not in [e.name for e in a.entities]


@pytest.mark.parametrize("caption", [
    "Photo caption: Harbour master Ivo Sark (R) and Mayor Lena Holm on the quay in Lenton in March. (Ostpress/Ana Ruiz)",
    "The new bridge in Lenton opened to traffic at dawn. (Ana Ruiz/OSTPRESS PHOTOS)",
    "Caption: Cyclists crossing the old bridge in Lenton on Sunday.",
    "Ana Ruiz Image: Lenton City Council.",
    "Cyclists on the quay. Photo: Ivo Sark (Ostpress).",
])
def test_a_labelled_or_credited_picture_caption_is_page_clutter(caption: str) -> None:
    text = f"Lenton opens bridge\n\n{caption}\n\nThe new bridge over the Lent opened on Tuesday, the city council said."
    cleaned = clean(text)
    assert caption not in cleaned.text
    assert "The new bridge over the Lent" in cleaned.text


def test_a_sentence_that_goes_on_after_a_photo_label_is_no_caption() -> None:
    text = "Lenton opens bridge\n\nThe mayor shared the Photo: a long line of cyclists crossing the new bridge over the Lent at dawn."
    assert "a long line of cyclists" in clean(text).text


def test_a_sentence_with_a_bracketed_aside_is_no_caption() -> None:
    text = "Lenton opens bridge\n\nThe new bridge over the Lent (the third this decade) opened on Tuesday, the city council said."
    assert "the third this decade" in clean(text).text


def test_a_name_the_model_ends_before_a_particle_goes_on_to_the_family_name() -> None:
    a = analyse("Health minister Rafael Ignacio del Varela wrote on his blog that the new clinic had opened. "
                "Varela thanked the nurses.")
    assert a.entity_of("Varela").name == "Rafael Ignacio del Varela"


def test_a_hyphenated_name_with_lower_case_links_has_its_bracketed_acronym() -> None:
    a = analyse("After the floods, the Lenton Jamiat-e-Kisan (LJK) urged farmers to gather in the capital. "
                "LJK leaders said the march would start on Friday.")
    assert a.entity_of("LJK").name == "Lenton Jamiat-e-Kisan"


def test_a_lower_case_prefix_joined_by_a_hyphen_is_no_part_of_a_peoples_name() -> None:
    a = analyse("Students from the inter-Ostlandic exchange sang a pan-Lentonian anthem.")
    assert [e.name for e in a.entities] == ["Lentonian"]
