"""A person's generational suffix, a group's plural and a place's feature word (build/extract/entities.py).

Every person, place and group here is invented; the sentences are written for these tests. Each
expected grouping was decided by reading the text: which names stand for one thing.
"""

from __future__ import annotations

import pytest
from helpers_nlp import analyse


def _groups(text: str) -> dict[str, list[str]]:
    found = analyse(text)
    return {e.name: sorted({m.text for m in found.mentions if m.entity == e.index}) for e in found.entities}


def test_a_suffix_cut_from_a_name_after_a_comma_is_no_entity() -> None:
    groups = _groups("Foreign Secretary Teodulo M. Arcega, Jr. said the ships had left. Arcega added that talks would go on.")
    assert "Jr." not in groups and not any("Jr." in forms for forms in groups.values())
    assert groups["Teodulo M. Arcega"] == ["Arcega", "Teodulo M. Arcega"]


@pytest.mark.parametrize("full", ["Harlan Voss III", "Harlan Voss Jr."])
def test_the_family_name_alone_after_a_name_with_a_suffix_is_the_same_person(full: str) -> None:
    groups = _groups(f"{full} spoke in Ostburg on Monday. Voss said the bill would pass.")
    assert groups[full] == sorted([full, "Voss"])


def test_a_groups_plural_beside_its_name_as_a_modifier_is_one_group() -> None:
    found = analyse("The Rebelites seized the port on Sunday. A Rebelite spokesman said the group would not withdraw.")
    assert found.entity_of("Rebelites") is found.entity_of("Rebelite")
    assert found.entity_of("Rebelites").type != "PERSON"


@pytest.mark.parametrize("text, short, full", [
    ("Protesters gathered at the Veltara Intersection on Thursday. Police cleared Veltara by midnight.", "Veltara", "Veltara Intersection"),
    ("Ships sailed near Vell Shoal on Monday. The coast guard said Vell was theirs.", "Vell", "Vell Shoal"),
])
def test_a_places_name_without_its_feature_word_is_the_same_place(text: str, short: str, full: str) -> None:
    found = analyse(text)
    assert found.entity_of(short) is found.entity_of(full)
    assert found.entity_of(full).name == full


def test_an_office_tagged_as_a_name_gives_the_body_it_belongs_to() -> None:
    groups = _groups("The Spokesperson of Department of Foreign Trade of Ostland said the talks had failed.")
    assert list(groups) == ["Department of Foreign Trade of Ostland"]


def test_an_office_before_its_holders_name_is_no_entity() -> None:
    groups = _groups("Ostland's leader gave a false declaration to the Supervisor of Elections, Tomas Berg, in 2017.")
    assert "Supervisor of Elections" not in groups and "Tomas Berg" in groups


@pytest.mark.parametrize("text, name", [
    ("He met officials of the Bank of Ostland, Tomas Berg, and others on Monday.", "Bank of Ostland"),
    ("The head of the Government of National Unity, Tomas Berg, visited Vetra on Saturday.", "Government of National Unity"),
    ("On Sunday, Ostland's Ministry of National Defense urged Vetra to stop.", "Ministry of National Defense"),
])
def test_a_bodys_own_name_with_of_stays(text: str, name: str) -> None:
    assert name in _groups(text)



def test_a_group_name_before_plural_nouns_is_not_the_family_name_in_a_persons_particle_name() -> None:
    # 'Tamimi elders', 'Tamimi officials': the tribe; 'Omar al-Tamimi' writes his family name with its particle.
    found = analyse("The envoy met Omar al-Tamimi on Sunday. He later held talks with Tamimi tribal elders. "
                    "Several Tamimi officials greeted the delegation at the border crossing.")
    assert found.entity_of("Tamimi") is not found.entity_of("Omar al-Tamimi")


def test_a_surname_the_person_is_written_with_still_joins_before_a_plural_noun() -> None:
    found = analyse("Chief engineer Lena Brandvik spoke on Monday. According to Brandvik engineers have found no crack in the dam.")
    assert found.entity_of("Brandvik") is found.entity_of("Lena Brandvik")


def test_a_plural_possessive_before_a_name_splits_it_like_a_singular_one() -> None:
    # The apostrophe after 'Marovites' is tagged a closing quotation mark, not a possessive.
    groups = _groups("The Marovites seized the port. He met the chairman of the Marovites’ Supreme Council on Monday.")
    assert "Supreme Council" in groups and "Marovites’ Supreme Council" not in groups
    assert groups["Marovites"] == ["Marovites"]


@pytest.mark.parametrize("club", ["Harbourside FC", "Kelso United", "Drumlea Rovers"])
def test_a_sports_club_suffix_makes_an_organisation(club: str) -> None:
    # gazetteer type_suffixes (seventeenth session): the model calls such a name a person
    found = analyse(f"{club} beat Ostburg 3-1 on Saturday. Manager Tom Reid praised his players.")
    assert found.entity(club).type == "ORG"


@pytest.mark.parametrize("score", ["5-3", "7-6", "5\u20133"])
def test_a_score_after_a_team_is_not_part_of_its_name(score: str) -> None:
    # entity_spans.trim (seventeenth session): the model runs the score into the name
    groups = _groups(f"The Drumlea Eagles beat the Ostburg Red Sox {score} on Sunday. The Eagles have now won six straight.")
    assert "Ostburg Red Sox" in groups and not any(score in name for name in groups)


@pytest.mark.parametrize(("text", "name"), [
    ("Novelist Ana Costa spoke on Monday.", "Ana Costa"),
    ("Striker Tomasz Wrona scored twice.", "Tomasz Wrona"),
    ("Nominee Ana de la Cruz spoke on Monday.", "Ana de la Cruz"),
])
def test_a_kind_of_person_opening_a_sentence_is_not_part_of_the_name(text: str, name: str) -> None:
    # entity_spans.trim with curated kind_nouns (seventeenth session): 'Novelist' describes her
    assert [e.name for e in analyse(text).entities] == [name]


def test_a_given_name_between_an_honorific_and_the_tagged_name_is_part_of_it() -> None:
    """The model tags 'Sheikh' alone and the name from its second word: the given name between them
    belongs to the name (which the model here also ends early, at its third word: left)."""
    groups = _groups("Kuwaiti Foreign Minister Sheikh Fahad Ahmad Al-Fahad Al-Kabir visited Iraq on Sunday. "
                     "Al-Kabir said the talks had been useful.")
    assert any(name.startswith("Fahad Ahmad") for name in groups)
