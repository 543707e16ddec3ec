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
    a = analyse("The Council of Southern Ostland Nations met in Lenton. COSON said the talks had failed.")
    assert a.entity_of("COSON").name == "Council of Southern Ostland Nations"


def test_a_loose_acronym_the_model_tagged_apart_joins_the_organisation() -> None:
    a = analyse("The Northern Economic Cooperation Forum met in Lenton on Monday. Leaders said NECOF had "
                "imposed sanctions on Ostland, and NECOF would meet again.")
    assert a.entity_of("NECOF").name == "Northern Economic Cooperation Forum"
    assert "NECOF" not in [e.name for e in a.entities]


@pytest.mark.parametrize("caption", [
    "Photo caption: Defence Minister Ivo Sark (L) and King Otto at the palace in Lenton in January. (Ostpress/Ana Ruiz)",
    "The summit in Lenton has been hailed as a success. (Ana Ruiz/OSTPRESS PHOTOS)",
    "Caption: Protesters outside the parliament in Lenton on Monday.",
])
def test_a_labelled_or_credited_picture_caption_is_page_clutter(caption: str) -> None:
    text = f"Ostland recalls envoy\n\n{caption}\n\nOstland recalled its ambassador to Lenton on Tuesday, the ministry said."
    cleaned = clean(text)
    assert caption not in cleaned.text
    assert "Ostland recalled its ambassador" in cleaned.text


def test_a_sentence_with_a_bracketed_aside_is_no_caption() -> None:
    text = "Ostland recalls envoy\n\nOstland recalled its ambassador (the third this year) on Tuesday, the ministry said."
    assert "the third this year" in clean(text).text


def test_a_name_the_model_ends_before_a_particle_goes_on_to_the_family_name() -> None:
    a = analyse("Government minister Carlos Eduardo del Varela wrote on Twitter that the former president had been "
                "arrested. Varela congratulated the police.")
    assert a.entity_of("Varela").name == "Carlos Eduardo del Varela"


def test_a_hyphenated_name_with_lower_case_links_has_its_bracketed_acronym() -> None:
    a = analyse("Following the arrest, the Ostland Tehreek-e-Adalat (OTA) called on the nation to come out on the "
                "streets. OTA leaders said the protests would go on.")
    assert a.entity_of("OTA").name == "Ostland Tehreek-e-Adalat"


def test_a_lower_case_prefix_joined_by_a_hyphen_is_no_part_of_a_peoples_name() -> None:
    a = analyse("The inter-Ostlandic summit was held in a spirit of pan-Lentonian solidarity.")
    assert [e.name for e in a.entities] == ["Lentonian"]
