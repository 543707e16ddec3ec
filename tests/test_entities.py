"""Entity spans, within-article clustering and the gazetteer on small hand-written examples.

People, agencies and Ruritania are invented; Kyiv/Kiev and Geneva come from the curated gazetteer.
"""

from __future__ import annotations

import pytest
from helpers_nlp import analyse
from structnews.build.extract.names import acronym, normalise, person_key


def test_title_middle_initial_and_possessive_join_one_person():
    a = analyse(
        "President Maria T. Alvarez arrived in Geneva on Monday. "
        "Ms. Alvarez met the delegation on Tuesday. Alvarez’s visit was brief."
    )
    persons = [e for e in a.entities if e.type == "PERSON"]
    assert len(persons) == 1
    alvarez = persons[0]
    assert alvarez.name == "Maria T. Alvarez"
    assert set(alvarez.surface_forms) == {"Maria T. Alvarez", "Alvarez"}
    # Titles and the possessive are trimmed from the spans and kept as titles.
    mentions = [m for m in a.mentions if m.entity == alvarez.index]
    assert [m.text for m in mentions] == ["Maria T. Alvarez", "Alvarez", "Alvarez"]
    assert "president" in alvarez.titles
    assert not any(m.text.endswith(("’s", "'s")) or m.text.startswith(("Ms", "President")) for m in mentions)


def test_acronym_joins_full_name():
    a = analyse("The Baltic Energy Agency published its report on Friday. The BEA said prices would fall.")
    agency = a.entity("Baltic Energy Agency")
    assert agency.type == "ORG"
    assert set(agency.surface_forms) == {"Baltic Energy Agency", "BEA"}
    assert a.entity_of("BEA") is agency


def test_gazetteer_alias_joins_canonical_name():
    a = analyse("Anna Berg flew to Kiev on Monday. In Kyiv she met local officials.")
    city = a.entity("Kyiv")
    assert city.type == "GPE"
    assert city.gazetteer_name == "Kyiv"
    assert set(city.surface_forms) == {"Kiev", "Kyiv"}
    assert a.entity_of("Kiev") is a.entity_of("Kyiv")


def test_plural_and_singular_nationality_merge():
    a = analyse("Ms. Alvarez praised the Ruritanians on Monday. The Ruritanian delegation left on Friday.")
    norp = [e for e in a.entities if e.type == "NORP"]
    assert len(norp) == 1
    assert set(norp[0].surface_forms) == {"Ruritanians", "Ruritanian"}


def test_appositive_description_before_name():
    a = analyse("Ruritania’s foreign minister, Clara Vogt, flew to Geneva on Monday.")
    assert a.entity("Clara Vogt").description == "Ruritania’s foreign minister"


def test_appositive_description_after_name():
    a = analyse("Anna Berg, a spokeswoman for the Baltic Energy Agency, said prices would fall.")
    assert a.entity("Anna Berg").description == "a spokeswoman for the Baltic Energy Agency"


def test_description_stops_before_a_relative_clause_after_the_name():
    a = analyse("The plan was rejected by the union leader, Hans Ek, who later said the plan was dead.")
    assert a.entity("Hans Ek").description == "the union leader"


def test_secretary_of_state_yields_no_state_entity():
    a = analyse("The Secretary of State met Tom Harris in Geneva. Secretary of State Ruth Miller said little.")
    names = {e.name for e in a.entities}
    assert "State" not in names
    assert not any(m.text == "State" for m in a.mentions)
    assert "Ruth Miller" in names


def test_mention_text_equals_document_slice():
    a = analyse(
        "President Maria T. Alvarez arrived in Kiev on Monday.\n\n"
        "Ms. Alvarez met the Baltic Energy Agency. The BEA’s chief, Anna Berg, welcomed the Ruritanians.\n\n"
        "“We are ready,” Berg said."
    )
    assert a.mentions
    for m in a.mentions:
        assert a.text[m.start : m.end] == m.text
        assert a.entities[m.entity].index == m.entity


@pytest.mark.parametrize(
    "text, key",
    [("Maria T. Alvarez", "maria alvarez"), ("Maria Alvarez", "maria alvarez"), ("Alvarez", "alvarez"),
     ("Tom Harris Jr.", "tom harris")],
)
def test_person_key(text, key):
    assert person_key(text) == key


def test_normalise_and_acronym():
    assert normalise("The U.S.") == "us"
    assert acronym("Baltic Energy Agency") == "BEA"
    assert acronym("Bank of Ruritania") == "BR"


def _one_entity(a, *forms: str):
    ids = {a.entity_of(f).index for f in forms}
    assert len(ids) == 1, {f: a.entity_of(f).name for f in forms}
    return a.entity_of(forms[0])


def test_acronym_before_its_full_name_and_acronyms_with_numbers():
    a = analyse("BEA inspectors arrived on Monday. The Baltic Energy Agency said the inspection would last a week.")
    assert _one_entity(a, "BEA", "Baltic Energy Agency").name == "Baltic Energy Agency"
    # (the small model does not tag 'Group of 20' in running text, so this part is a unit check)
    assert acronym("Group of 20") == "G20" and acronym("Organization of American States") == "OAS"


def test_family_name_first_is_matched_by_the_first_word():
    a = analyse("President Liu Wenhao met the delegation in the capital on Tuesday. Liu said the talks were useful.")
    assert _one_entity(a, "Liu Wenhao", "Liu").type == "PERSON"


def test_the_tail_of_a_longer_organisation_name_is_the_same_organisation():
    a = analyse("The Ruritanian Foreign Ministry summoned the ambassador on Monday. "
                "The Foreign Ministry said the meeting had been tense.")
    assert _one_entity(a, "Ruritanian Foreign Ministry", "Foreign Ministry").name == "Ruritanian Foreign Ministry"


def test_a_place_with_a_generic_word_is_the_same_place():
    a = analyse("Troops crossed into the Sinai Peninsula on Sunday. Aid convoys to Sinai were stopped at the border.")
    assert _one_entity(a, "Sinai Peninsula", "Sinai").type in {"LOC", "GPE"}


def test_a_name_after_a_title_is_a_person_even_when_the_model_misses_it():
    # en_core_web_sm tags nothing here (checked): the title is what tells us it is a person.
    a = analyse("“The build-up continues,” Gen S P Kulkarni said on Saturday.")
    person = a.entity_of("S P Kulkarni")
    assert person.type == "PERSON"
    assert a.speaker(a.quotes[0]) == "S P Kulkarni"


def test_the_distinctive_part_of_a_name_with_a_generic_suffix_is_the_same_entity():
    # 'Group' and 'Township' are curated name_generics (gazetteer.yaml); the short forms are the
    # same entity whatever the model calls them, and the untagged one is repaired.
    a = analyse("Brennan Construction Group won the contract on Monday. Brennan said work would start in May. "
                "Residents of Springfield Township objected. Springfield officials were not consulted.")
    firm = _one_entity(a, "Brennan Construction Group", "Brennan")
    assert firm.type == "ORG"
    assert _one_entity(a, "Springfield Township", "Springfield") is not firm


def test_an_acronym_defined_in_brackets_joins_its_name_even_when_its_letters_differ():
    a = analyse("The Northfield Gas and Electric Company (NG&E) cut power on Friday. "
                "The Ostland Department of Roads and Bridge Safety (OstRoads) said two lanes were shut. "
                "NG&E blamed the storm, and OstRoads sent three crews.")
    gas = _one_entity(a, "Northfield Gas and Electric Company", "NG&E")
    assert gas.type == "ORG"
    roads = _one_entity(a, "Ostland Department of Roads and Bridge Safety", "OstRoads")
    assert len([m for m in a.mentions if m.entity == roads.index]) == 3


def test_a_description_written_in_lower_case_elsewhere_is_not_part_of_the_name():
    # en_core_web_sm tags 'Novelist Harriet Quayle' in the headline (checked).
    a = analyse("Novelist Harriet Quayle dies aged 81\n\n"
                "The novelist Harriet Quayle died on Monday. Quayle wrote twelve books.")
    _one_entity(a, "Harriet Quayle", "Quayle")
    assert not any(m.text.startswith("Novelist") for m in a.mentions)


def test_a_title_alone_and_a_time_zone_are_not_entities():
    # en_core_web_sm tags 'UTC' and 'The Detective Inspector' as ORG here (checked); the title
    # words and 'UTC' are curated (cues.yaml titles, non_entities).
    a = analyse("The capsule docked at 10:02 UTC on Sunday. Detective Inspector Alan Morrow said the suspects were held. "
                "The Detective Inspector added that more arrests were likely.")
    assert [e.name for e in a.entities] == ["Alan Morrow"]


def test_a_quoted_nickname_inside_a_full_name_keeps_one_person():
    # en_core_web_sm cuts this name in two around the nickname (checked).
    a = analyse('Richard Allen "Dick" Marlowe died on Monday. Dick Marlowe was 80.')
    person = _one_entity(a, 'Richard Allen "Dick" Marlowe', "Dick Marlowe")
    assert person.type == "PERSON" and len(a.entities) == 1


def test_a_name_ending_in_a_generic_word_has_its_type_and_its_distinctive_part_joins_it():
    # en_core_web_sm calls 'Upper Tesh Tribe' a PERSON (checked); 'Tribe' is a curated ORG generic.
    a = analyse("Talks with the nearby Upper Tesh Tribe continue. The Upper Tesh keep a herd of 40.")
    assert _one_entity(a, "Upper Tesh Tribe", "Upper Tesh").type == "ORG"


def _extract_with(text: str, *ents: tuple[str, str]):
    """Entities of ``text`` when the model's spans are exactly ``ents`` (surface, label): the rules
    on a model output the small model gives on real text but not reliably on invented text."""
    from structnews.build.extract import nlp
    from structnews.build.extract.entities import extract_entities

    doc = nlp.load()(text)
    spans, at = [], 0
    for surface, label in ents:  # each after the one before
        at = text.index(surface, at)
        spans.append(doc.char_span(at, at + len(surface), label=label))
        at += len(surface)
    doc.ents = spans
    return extract_entities(doc)


def test_a_model_span_that_stops_before_a_generic_word_is_extended():
    entities, mentions = _extract_with("Talks with the nearby Eastern Tavoshi Tribe continue.", ("Eastern Tavoshi", "LOC"))
    assert [m.text for m in mentions] == ["Eastern Tavoshi Tribe"] and entities[0].type == "ORG"


def test_a_hyphenated_affix_is_not_part_of_the_name():
    # 'post' and 'era' are curated name_affixes (cues.yaml); 'Wei-hao' keeps its hyphen.
    _, mentions = _extract_with("The post-Velmar War order and a Velmar War-era pact outlived Lin Wei-hao.",
                                ("post-Velmar War", "EVENT"), ("Velmar War-era", "EVENT"), ("Lin Wei-hao", "PERSON"))
    assert [m.text for m in mentions] == ["Velmar War", "Velmar War", "Lin Wei-hao"]


def test_a_lone_surname_takes_the_untagged_first_name_before_it():
    _, mentions = _extract_with("He was followed by Ethiopians Dawit Selassu and Abebe Tessema.",
                                ("Ethiopians", "NORP"), ("Selassu", "PERSON"), ("Abebe Tessema", "PERSON"))
    assert [m.text for m in mentions] == ["Ethiopians", "Dawit Selassu", "Abebe Tessema"]


def test_the_words_a_bracketed_acronym_spells_are_one_name_even_when_the_model_missed_them():
    entities, mentions = _extract_with("According to Letters from Ostland (LFO), prices rose. LFO named two chains.",
                                       ("Letters", "PRODUCT"))
    assert [(m.text, entities[m.entity].name) for m in mentions] == [
        ("Letters from Ostland", "Letters from Ostland"), ("LFO", "Letters from Ostland"), ("LFO", "Letters from Ostland")]
    assert entities[0].type == "ORG"


def test_an_acronym_given_in_an_or_apposition_joins_its_name_even_when_its_letters_differ():
    """'The Popular Army of Liberation for Ostland, or APLO, ...' defines the acronym as '(APLO)'
    would: an all-capitals word between ', or' and a comma after an organisation's name, its
    letters the name's initials in another order (an acronym of the name in another language)."""
    a = analyse("The Popular Army of Liberation for Ostland, or APLO, handed over its rifles in March, its commanders said. "
                "Talks between the government and the APLO resumed in May.")
    forces = _one_entity(a, "Popular Army of Liberation for Ostland", "APLO")
    assert len([m for m in a.mentions if m.entity == forces.index]) == 3


def test_a_bracketed_acronym_of_the_name_in_another_language_names_the_run_before_it():
    """'the Movement for Progress (MPR)' when the model tagged only the acronym: an all-capitals
    acronym that starts with the first letter of the capitalised run before it, but spells the name
    in another language, still makes that run one name (an organisation)."""
    entities, mentions = _extract_with("Vale won for the leftist Movement for Progress (MPR) party he founded. The MPR said it would appeal.",
                                       ("Vale", "PERSON"), ("MPR", "ORG"), ("MPR", "ORG"))
    party = [e for e in entities if e.name == "Movement for Progress"]
    assert len(party) == 1 and party[0].type == "ORG", [e.name for e in entities]
    assert [m.text for m in mentions if m.entity == party[0].index] == ["Movement for Progress", "MPR", "MPR"]


def test_a_surname_of_several_words_joins_the_full_name():
    entities, mentions = _extract_with("Pieter Van Dalen painted the mural. Later Van Dalen said it took a year.",
                                       ("Pieter Van Dalen", "PERSON"), ("Van Dalen", "PERSON"))
    assert len(entities) == 1 and [m.text for m in mentions] == ["Pieter Van Dalen", "Van Dalen"]


def test_a_product_without_its_makers_name_is_the_same_product():
    entities, _ = _extract_with("Sales of the Corvex Nimbus rose in March. The Nimbus costs 900 euros.",
                                ("Corvex Nimbus", "PRODUCT"), ("Nimbus", "PRODUCT"))
    assert len(entities) == 1 and entities[0].name == "Corvex Nimbus"


def test_a_lone_name_after_in_is_a_place_unless_the_article_shows_a_person():
    entities, _ = _extract_with("Crews arrived in Tavistow on Monday. Marden said the road was closed.",
                                ("Tavistow", "PERSON"), ("Marden", "PERSON"))
    assert [(e.name, e.type) for e in entities] == [("Tavistow", "GPE"), ("Marden", "PERSON")]
    entities, _ = _extract_with("The letter ended up in Ms. Marden's hands.", ("Marden", "PERSON"))
    assert entities[0].type == "PERSON"


def test_a_span_across_a_dash_is_cut_into_its_names():
    entities, mentions = _extract_with("The deal between Harbro — Velmart Ostland closed on Friday.", ("Harbro — Velmart Ostland", "ORG"))
    assert [m.text for m in mentions] == ["Harbro", "Velmart Ostland"] and len(entities) == 2


def test_a_first_name_alone_joins_the_person_whatever_the_model_called_it():
    entities, _ = _extract_with("Tamsin Orrell won the race on Sunday. Tamsin said the course was fast.",
                                ("Tamsin Orrell", "PERSON"), ("Tamsin", "ORG"))
    assert [(e.name, e.type) for e in entities] == [("Tamsin Orrell", "PERSON")]


def test_an_untagged_first_name_alone_is_a_mention_of_the_one_person_with_it():
    entities, mentions = _extract_with("Tamsin Orrell won the race on Sunday. Afterwards, Tamsin thanked her coach.",
                                       ("Tamsin Orrell", "PERSON"))
    assert [(m.text, m.method) for m in mentions] == [("Tamsin Orrell", "model"), ("Tamsin", "rule")]
    assert len(entities) == 1


def test_a_name_the_model_mostly_did_not_call_a_person_is_not_one():
    text = "Vantor Kestrel docked on Sunday. The Vantor Kestrel carried a dummy. Engineers said the Vantor Kestrel held."
    entities, _ = _extract_with(text, ("Vantor Kestrel", "PERSON"), ("Vantor Kestrel", "PRODUCT"), ("Vantor Kestrel", "PRODUCT"))
    assert [(e.name, e.type) for e in entities] == [("Vantor Kestrel", "PRODUCT")]
    # A title before it is the article's evidence of a person, whatever the other labels.
    text = "Judge Vantor Kestrel ruled on Sunday. The Vantor Kestrel ruling stands. Critics said Vantor Kestrel erred."
    entities, _ = _extract_with(text, ("Vantor Kestrel", "PERSON"), ("Vantor Kestrel", "ORG"), ("Vantor Kestrel", "ORG"))
    assert [e.type for e in entities] == ["PERSON"]


def test_a_kind_noun_before_a_name_or_heading_its_appositive_gives_its_type():
    # 'newspaper', 'film', 'town' (with 'of') and 'firm' are curated kind_nouns (gazetteer.yaml).
    entities, _ = _extract_with("The newspaper Dziennik Vorny said the film Tarnow would open in the town of Ostrel.",
                                ("Dziennik Vorny", "PERSON"), ("Tarnow", "GPE"), ("Ostrel", "PERSON"))
    assert [(e.name, e.type) for e in entities] == [("Dziennik Vorny", "ORG"), ("Tarnow", "WORK_OF_ART"), ("Ostrel", "GPE")]
    entities, _ = _extract_with("Kelvora, a cybersecurity firm, found the leak. Kelvora said it was fixed.",
                                ("Kelvora", "PERSON"), ("Kelvora", "PERSON"))
    assert [(e.name, e.type) for e in entities] == [("Kelvora", "ORG")]


def test_an_age_makes_a_person_and_a_name_after_a_person_of_is_not_one():
    entities, _ = _extract_with("The victim was 40-year-old Tavish Renwald, a former employee.", ("Tavish Renwald", "ORG"))
    assert entities[0].type == "PERSON"
    entities, _ = _extract_with("Tomas Brell of Harrow Lanterns praised the solo.", ("Tomas Brell", "PERSON"), ("Harrow Lanterns", "PERSON"))
    assert [(e.name, e.type) for e in entities] == [("Tomas Brell", "PERSON"), ("Harrow Lanterns", "ORG")]
    # An age written before a noun the name modifies is not the name's: 'a 52-year-old Ostrel baker'.
    entities, _ = _extract_with("The jury heard from a 52-year-old Ostrel baker.", ("Ostrel", "GPE"))
    assert entities[0].type == "GPE"


def test_a_head_noun_after_a_name_repairs_its_type_but_not_a_place_or_a_named_person():
    # 'chain' is a curated kind_head_noun: 'the Vestmark chain' is a chain called Vestmark.
    entities, _ = _extract_with("Shoppers moved to the Vestmark chain last year.", ("Vestmark", "LOC"))
    assert entities[0].type == "ORG"
    # A place the model recognised stays a place ('the Ostrel band' is a band from Ostrel) ...
    entities, _ = _extract_with("Critics praised the Ostrel band on Friday.", ("Ostrel", "GPE"))
    assert entities[0].type == "GPE"
    # ... and so does a name ending in a place's generic word ('the Tavi Islands chain').
    entities, _ = _extract_with("Lava built the Tavi Islands chain.", ("Tavi Islands", "LOC"))
    assert entities[0].type == "LOC"


def test_a_name_listed_among_places_is_a_place():
    # Ostrel is a place twice over (GPE both times); the towns listed with it once are places too.
    text = "Crews came from Ostrel, Harvane, Tellow and Brinmoor. Ostrel sent two engines."
    entities, _ = _extract_with(text, ("Ostrel", "GPE"), ("Harvane", "ORG"), ("Tellow", "PERSON"),
                                ("Brinmoor", "PERSON"), ("Ostrel", "GPE"))
    assert [(e.name, e.type) for e in entities] == [("Ostrel", "GPE"), ("Harvane", "GPE"), ("Tellow", "GPE"), ("Brinmoor", "GPE")]
    # Not an acronym, not an organisation of several words, not a person named again elsewhere.
    text = "Mediators came from Ostrel, VTRA, the Harvane Relief Fund and Tellow Brinn. Ostrel hosted them. Brinn spoke."
    entities, _ = _extract_with(text, ("Ostrel", "GPE"), ("VTRA", "ORG"), ("Harvane Relief Fund", "ORG"),
                                ("Tellow Brinn", "PERSON"), ("Ostrel", "GPE"), ("Brinn", "PERSON"))
    assert {e.name: e.type for e in entities} == {"Ostrel": "GPE", "VTRA": "ORG", "Harvane Relief Fund": "ORG",
                                                  "Tellow Brinn": "PERSON"}
    # Names right before a verb are its subjects, not places listed after one (the small model parses
    # 'In Ostrel, Tellow and Brinmoor said' as one coordination).
    entities, _ = _extract_with("In Ostrel, Tellow and Brinmoor said so. Ostrel agreed.", ("Ostrel", "GPE"),
                                ("Tellow", "PERSON"), ("Brinmoor", "PERSON"), ("Ostrel", "GPE"))
    assert {e.name: e.type for e in entities} == {"Ostrel": "GPE", "Tellow": "PERSON", "Brinmoor": "PERSON"}


def test_a_type_suffix_gives_a_name_its_type_without_joining_the_rest_of_the_name():
    # 'Marathon' is a curated type_suffix: the Ostrel Marathon is an event, Ostrel stays the city.
    entities, _ = _extract_with("Runners came to the Ostrel Marathon. Ostrel closed its roads.",
                                ("Ostrel Marathon", "FAC"), ("Ostrel", "GPE"))
    assert {e.name: e.type for e in entities} == {"Ostrel Marathon": "EVENT", "Ostrel": "GPE"}
    entities, _ = _extract_with("The Ostrel Accords and the Tavi Union outlived the Soviet Union.",
                                ("Ostrel Accords", "EVENT"), ("Tavi Union", "GPE"), ("Soviet Union", "ORG"))
    assert {e.name: e.type for e in entities} == {"Ostrel Accords": "LAW", "Tavi Union": "ORG", "Soviet Union": "GPE"}
    entities, _ = _extract_with("Crews reached the Vorna Space Station.", ("Vorna Space Station", "ORG"))
    assert entities[0].type == "FAC"
    # A title before the name outweighs the suffix: 'Judge Ana Range' is a person.
    entities, _ = _extract_with("Judge Ana Range ruled on Monday.", ("Ana Range", "PERSON"))
    assert entities[0].type == "PERSON"


def test_a_place_followed_by_a_type_suffix_is_the_start_of_a_longer_name():
    # The model stopped before 'Marathon' (a curated type_suffix): the name is extended, and typed.
    entities, mentions = _extract_with("She won the Ostrel Marathon in May.", ("Ostrel", "GPE"))
    assert [m.text for m in mentions] == ["Ostrel Marathon"] and entities[0].type == "EVENT"
    # A curated place (London, in the gazetteer) the model left untagged, before a suffix word.
    entities, mentions = _extract_with("He first ran in the 2011 London Marathon. His sister lives in London.")
    assert [(m.text, entities[m.entity].type) for m in mentions] == [("London Marathon", "EVENT"), ("London", "GPE")]


def test_a_name_written_as_a_persons_full_name_is_that_person_whatever_its_label():
    text = "Ostrel's Tamsin Orrell sets record\n\nTamsin Orrell won the race. Orrell was delighted."
    entities, _ = _extract_with(text, ("Ostrel", "GPE"), ("Tamsin Orrell", "ORG"), ("Tamsin Orrell", "PERSON"), ("Orrell", "PERSON"))
    assert {e.name: e.type for e in entities} == {"Ostrel": "GPE", "Tamsin Orrell": "PERSON"}


def test_an_organisation_named_with_a_country_is_joined_by_its_name_alone():
    # Poland is a curated GPE: 'Harbro Poland' is Harbro's branch, which the article calls 'Harbro'.
    entities, _ = _extract_with("Harbro Poland has 5000 staff. Harbro will merge the stores.", ("Harbro Poland", "ORG"), ("Harbro", "ORG"))
    assert [(e.name, e.type) for e in entities] == [("Harbro Poland", "ORG")]
    # Not across a connector: the 'Bank of Poland' is no 'Bank'.
    entities, _ = _extract_with("The Bank of Poland met. Bank staff left.", ("Bank of Poland", "ORG"), ("Bank", "ORG"))
    assert len(entities) == 2


def test_a_common_word_opening_a_sentence_is_not_a_name_unless_something_joins_it():
    text = "Observers noted the vote was calm. Tamsin Orrell won. Orrell thanked her team."
    entities, _ = _extract_with(text, ("Observers", "PERSON"), ("Tamsin Orrell", "PERSON"), ("Orrell", "PERSON"))
    assert [e.name for e in entities] == ["Tamsin Orrell"]
    # A people and an acronym opening a sentence stay ('Kurds announce ...', 'VTRA has ...'), whatever
    # the tagger says (the small model tags 'Kurds' NNS; here both are forced to common-word tags).
    from structnews.build.extract import nlp
    from structnews.build.extract.entities import extract_entities

    doc = nlp.load()("Kurds announce a deal. VTRA has a plan.")
    doc[0].tag_, doc[5].tag_ = "NNS", "UH"
    doc.ents = [doc.char_span(0, 5, label="NORP"), doc.char_span(23, 27, label="ORG")]
    assert [e.name for e in extract_entities(doc)[0]] == ["Kurds", "VTRA"]


def test_a_verb_or_adverb_the_model_tags_as_a_name_is_no_name_wherever_it_stands():
    """Interview answers and mid-sentence capitals: the model's one-word guesses that the tagger
    reads as a verb or an adverb ('Definitely.' twice, 'Shut' in 'Will you Shut up') are no names;
    a one-word name beside them stays. Before, each was an entity."""
    text = 'Tamsin Orrell laughed. "Definitely. We saw it. Definitely." Then she asked: "Will you Shut up, Orrell?"'
    entities, _ = _extract_with(text, ("Tamsin Orrell", "PERSON"), ("Definitely", "GPE"), ("Definitely", "GPE"),
                                ("Shut", "PERSON"), ("Orrell", "PERSON"))
    assert [e.name for e in entities] == ["Tamsin Orrell"]


def test_the_written_form_shows_a_site_a_family_or_a_people():
    text = "Speaking to Vornet.hu, Tamsin Orrell said sales fell. The Orrells left in May. Many Ostrelians agreed."
    entities, _ = _extract_with(text, ("Vornet.hu", "GPE"), ("Tamsin Orrell", "PERSON"), ("Orrells", "GPE"), ("Ostrelians", "PERSON"))
    assert {e.name: e.type for e in entities} == {"Vornet.hu": "ORG", "Tamsin Orrell": "PERSON", "Orrells": "PERSON",
                                                  "Ostrelians": "NORP"}


def test_a_disease_is_not_an_entity():
    # COVID-19 is a curated non-entity (cues.yaml): no OntoNotes type covers diseases.
    entities, _ = _extract_with("Tamsin Orrell tested positive for COVID-19 in May.", ("Tamsin Orrell", "PERSON"), ("COVID-19", "ORG"))
    assert [e.name for e in entities] == ["Tamsin Orrell"]


def test_a_name_a_posting_verb_puts_something_on_is_the_medium():
    # 'post' is a curated posting verb: 'on Chirply' is where it was posted, an organisation.
    entities, _ = _extract_with("Tamsin Orrell posted on Chirply that the race was over.", ("Tamsin Orrell", "PERSON"), ("Chirply", "PERSON"))
    assert {e.name: e.type for e in entities} == {"Tamsin Orrell": "PERSON", "Chirply": "ORG"}


def test_a_speech_verb_glued_to_a_name_is_not_part_of_it():
    # A title-case headline ('Lind Says ...') and an inverted attribution ('Said Berg: “…”') make
    # the model tag the verb with the name; the quote then went to an entity 'Lind Says'.
    a = analyse("Lind Says Port Will Open Before Winter\n\n"
                "Critics say the plan is too costly. Said Berg: “I see no sign that she cares about the cost.”\n\n"
                "“We shall see,” Mr. Lind said at the harbour on Monday.")
    names = {e.name for e in a.entities}
    assert "Lind Says" not in names and "Said Berg" not in names
    assert a.speaker(a.quote("I see no sign")) == "Berg"
    assert a.speaker(a.quote("We shall see")) == "Lind"
    assert len([m for m in a.mentions if a.entities[m.entity].name == "Lind"]) == 2


def test_a_first_name_that_is_a_verb_form_stays_in_the_name():
    a = analyse("Said Jalili, the negotiator, arrived on Monday. Edward Said wrote the book.")
    names = {e.name for e in a.entities}
    assert "Said Jalili" in names and "Edward Said" in names


def test_a_capital_the_gazetteer_knows_speaks_for_its_country():
    a = analyse("Greece and Turkey held talks on Monday. Athens said it would “not accept any new drilling.”")
    q = a.quote("not accept any new drilling")
    assert a.speaker(q) == "Greece" and q.speaker_text == "Athens"


def test_a_two_letter_acronym_defined_in_brackets_joins_its_name():
    # The model leaves the bare 'OT' untagged; the article defines it, so its later uses are mentions.
    entities, mentions = _extract_with("Students of the Ostland Institute of Technology (OT) built the probe. "
                                       "Engineers at OT tested it in May.",
                                       ("Ostland Institute of Technology", "ORG"))
    assert [(m.text, entities[m.entity].name) for m in mentions] == [
        ("Ostland Institute of Technology", "Ostland Institute of Technology"),
        ("OT", "Ostland Institute of Technology"), ("OT", "Ostland Institute of Technology")]


def test_a_bracketed_short_name_defines_the_name_before_it_even_when_the_model_missed_both():
    entities, mentions = _extract_with("The wrestling league Grand Harbour Stardust (Stardust) said on Monday that "
                                       "the show would go on. Stardust fans were relieved.")
    assert {m.text for m in mentions} == {"Grand Harbour Stardust", "Stardust"}
    assert len(entities) == 1 and entities[0].type == "ORG" and entities[0].name == "Grand Harbour Stardust"
    assert len(mentions) == 3


def test_a_persons_first_words_or_middle_name_alone_are_that_person():
    entities, mentions = _extract_with("Peter Kuol Deng, the minister, died on Monday. Kuol had been ill. "
                                       "Colleagues said Peter Kuol was honest.",
                                       ("Peter Kuol Deng", "PERSON"), ("Kuol", "PERSON"), ("Peter Kuol", "PERSON"))
    assert len(entities) == 1 and entities[0].type == "PERSON"
    assert [m.text for m in mentions] == ["Peter Kuol Deng", "Kuol", "Peter Kuol"]


def test_a_middle_name_shared_by_two_people_joins_neither():
    entities, _ = _extract_with("Peter Kuol Deng met Anna Kuol Maker on Monday. Kuol said the talks went well.",
                                ("Peter Kuol Deng", "PERSON"), ("Anna Kuol Maker", "PERSON"), ("Kuol", "PERSON"))
    assert len(entities) == 3


def test_a_possessive_after_a_posting_verb_is_not_the_medium():
    entities, _ = _extract_with("Vera Stolz, the deputy, commented on Marek Halt's death. Halt was 70.",
                                ("Vera Stolz", "PERSON"), ("Marek Halt", "PERSON"), ("Halt", "PERSON"))
    assert {e.name: e.type for e in entities} == {"Vera Stolz": "PERSON", "Marek Halt": "PERSON"}


def test_a_country_is_not_the_tail_of_a_longer_country_name():
    entities, _ = _extract_with("North Ruritania split from Ruritania in 2011. North Ruritania has a new capital.",
                                ("North Ruritania", "GPE"), ("Ruritania", "GPE"), ("North Ruritania", "GPE"))
    assert sorted(e.name for e in entities) == ["North Ruritania", "Ruritania"]


def test_a_span_cut_inside_a_hyphenated_surname_reaches_its_end():
    entities, mentions = _extract_with("General Somsak Tan-o-rat took office in May. Few dared to oppose Tan-o-rat.",
                                       ("Somsak Tan-o-rat", "PERSON"), ("Tan", "PERSON"))
    assert len(entities) == 1 and [m.text for m in mentions] == ["Somsak Tan-o-rat", "Tan-o-rat"]


def test_a_name_and_a_hyphenated_affix_stay_apart():
    # no span holds 'Ruritania-backed' whole, so the name is not extended over the affix
    _, mentions = _extract_with("Ruritania-backed forces left Ruritania on Monday.",
                                ("Ruritania", "GPE"), ("Ruritania", "GPE"))
    assert [m.text for m in mentions] == ["Ruritania", "Ruritania"]


def test_a_name_cut_before_its_generic_word_in_lower_case_is_the_whole_name():
    entities, mentions = _extract_with("The Ostland Green Party won two seats. The Ostland Green party thanked voters.",
                                       ("Ostland Green Party", "ORG"), ("Ostland Green", "ORG"))
    assert len(entities) == 1 and [m.text for m in mentions] == ["Ostland Green Party", "Ostland Green party"]


def test_a_year_before_a_name_is_not_part_of_it_and_the_name_before_a_connector_is_the_longer_one():
    entities, mentions = _extract_with("Ostland academy names 2019 Harlow Prize winners\n\n"
                                       "The 2019 Harlow Prize in Chemistry went to two teams.",
                                       ("2019 Harlow Prize", "WORK_OF_ART"), ("Harlow Prize in Chemistry", "WORK_OF_ART"))
    assert [m.text for m in mentions] == ["Harlow Prize", "Harlow Prize in Chemistry"]
    assert len(entities) == 1 and entities[0].name == "Harlow Prize in Chemistry"


def test_a_headlines_first_word_written_in_lower_case_elsewhere_is_no_part_of_the_name():
    entities, mentions = _extract_with("Ancient Ostlanders kept cats, say scientists\n\n"
                                       "Scientists say ancient Ostlanders kept cats. Ostlanders fed them fish.",
                                       ("Ancient Ostlanders", "ORG"), ("Ostlanders", "NORP"), ("Ostlanders", "NORP"))
    assert [m.text for m in mentions] == ["Ostlanders", "Ostlanders", "Ostlanders"]
    assert len(entities) == 1 and entities[0].type == "NORP"


def test_the_head_word_before_of_in_or_for_gives_a_name_its_type_and_awards_and_streets_are_typed():
    # 'University', 'Prize', 'Avenue' are curated type_suffixes; the head of 'University of X' is its first word.
    entities, _ = _extract_with("Vera Stolz of the University of North Ostland Harlow won the Tavi Prize in Algebra "
                                "and the Orsk Medal. She lives on Kessel Avenue.",
                                ("Vera Stolz", "PERSON"), ("University of North Ostland Harlow", "PERSON"),
                                ("Tavi Prize in Algebra", "ORG"), ("Orsk Medal", "ORG"), ("Kessel Avenue", "PERSON"))
    assert {e.name: e.type for e in entities} == {
        "Vera Stolz": "PERSON", "University of North Ostland Harlow": "ORG", "Tavi Prize in Algebra": "WORK_OF_ART",
        "Orsk Medal": "WORK_OF_ART", "Kessel Avenue": "FAC"}


def test_kind_nouns_for_shows_journals_and_professions():
    # (the small model tags 'Ivo Kessler' here as ORG, checked; 'astronomer' is the cue)
    entities, _ = _extract_with("She starred in the reality show Casa Verde. The journal Ostland Letters printed the "
                                "study. The study was led by astronomer Ivo Kessler.",
                                ("Casa Verde", "ORG"), ("Ostland Letters", "PERSON"), ("Ivo Kessler", "ORG"))
    assert {e.name: e.type for e in entities} == {"Casa Verde": "WORK_OF_ART", "Ostland Letters": "ORG",
                                                  "Ivo Kessler": "PERSON"}


def test_widely_cited_platforms_and_agencies_are_curated_organisations():
    # Curated in gazetteer.yaml: the model types them from spelling alone and often wrongly.
    entities, _ = _extract_with("Wikinews asked Netflix about the show, and the reply was posted on Facebook.",
                                ("Wikinews", "PERSON"), ("Netflix", "GPE"))
    assert {e.name: e.type for e in entities} == {"Wikinews": "ORG", "Netflix": "ORG", "Facebook": "ORG"}


def test_the_adjective_of_a_place_the_article_names_is_a_people():
    entities, _ = _extract_with("The Tavian premier flew from Tavia to Geneva.", ("Tavian", "PERSON"), ("Tavia", "GPE"))
    assert {e.name: e.type for e in entities} == {"Tavian": "NORP", "Tavia": "GPE", "Geneva": "GPE"}
    # a name that only starts like a place is no adjective of it
    entities, _ = _extract_with("Tavianova flew from Tavia on Monday.", ("Tavianova", "PERSON"), ("Tavia", "GPE"))
    assert {e.name: e.type for e in entities}["Tavianova"] == "PERSON"


def test_species_names_amounts_with_currency_codes_and_plural_titles_are_not_entities():
    entities, _ = _extract_with("Divers counted Ostrica lateralis and Vibrio fluvialis on the reef near Tavia.",
                                ("Ostrica lateralis", "PERSON"), ("Vibrio", "GPE"), ("Tavia", "GPE"))
    assert [e.name for e in entities] == ["Tavia"]
    entities, _ = _extract_with("The prize of SEK90 was shared by two Vice Presidents of Tavia.",
                                ("SEK90", "GPE"), ("Presidents", "PERSON"), ("Tavia", "GPE"))
    assert [e.name for e in entities] == ["Tavia"]
    # a lower-case particle inside a person's name is no species epithet
    entities, _ = _extract_with("Maria de Souza spoke.", ("Maria de Souza", "PERSON"))
    assert [e.name for e in entities] == ["Maria de Souza"]


def test_an_untagged_run_of_capitalised_words_ending_in_a_type_suffix_is_a_name():
    # The model tags nothing (forced); 'Service', 'Act' and 'Constitution' are curated type_suffixes.
    entities, mentions = _extract_with("Crews from the Harlow Fire and Rescue Service came. Parliament passed the "
                                       "Tavian Wildlife Protection Act under the Interim Constitution of Tavia.")
    assert {e.name: e.type for e in entities} == {"Harlow Fire and Rescue Service": "ORG",
                                                  "Tavian Wildlife Protection Act": "LAW", "Interim Constitution": "LAW",
                                                  "Parliament": "ORG"}  # a legislature's bare head (entity_bodies)
    assert all(m.method == "rule" for m in mentions)


def test_a_bracketed_acronym_inside_a_span_ends_the_name():
    entities, mentions = _extract_with("She joined the Ostland National Congress (ONC) party in 1970. The ONC won.",
                                       ("Ostland National Congress (ONC) party", "ORG"), ("ONC", "ORG"))
    assert [m.text for m in mentions] == ["Ostland National Congress", "ONC", "ONC"]  # the bracketed one too
    assert len(entities) == 1


def test_a_place_and_its_office_holder_in_one_span_are_two_names():
    entities, mentions = _extract_with("Ostland flew the flag. The Prime Minister of Ostland Ana Ruiz spoke, and the "
                                       "Speaker of the House Carla Vogt replied.",
                                       ("Ostland", "GPE"), ("Ostland Ana Ruiz", "ORG"), ("House Carla Vogt", "ORG"))
    assert [m.text for m in mentions] == ["Ostland", "Ostland", "Ana Ruiz", "Carla Vogt"]
    assert {e.name: e.type for e in entities} == {"Ostland": "GPE", "Ana Ruiz": "PERSON", "Carla Vogt": "PERSON"}
    # not a body's own name after 'chairman of'
    entities, _ = _extract_with("He is chairman of Mid Harlow Tourism Partnership.", ("Mid Harlow Tourism Partnership", "ORG"))
    assert [e.name for e in entities] == ["Mid Harlow Tourism Partnership"]


def test_a_people_in_the_singular_and_the_plural_is_one_group():
    entities, _ = _extract_with("The Ostlander said most Ostlanders agreed.", ("Ostlander", "NORP"), ("Ostlanders", "NORP"))
    assert len(entities) == 1


def test_a_surname_shared_by_two_people_is_the_first_one_introduced():
    entities, mentions = _extract_with("Ana Ruiz won the race. Her mother, Carla Ruiz, watched. Ruiz said she was happy.",
                                       ("Ana Ruiz", "PERSON"), ("Carla Ruiz", "PERSON"), ("Ruiz", "PERSON"))
    assert entities[mentions[-1].entity].name == "Ana Ruiz"


def test_a_name_the_model_mostly_called_a_person_is_a_person_in_all_its_mentions():
    entities, _ = _extract_with("Brankov won. Brankov smiled. Brankov left.",
                                ("Brankov", "NORP"), ("Brankov", "PERSON"), ("Brankov", "PERSON"))
    assert len(entities) == 1 and entities[0].type == "PERSON"


def test_a_person_tagged_only_by_surname_gets_the_untagged_first_name_before_it():
    # (the model's spans as on a real obituary: the headline's descriptor tagged, the full name never)
    entities, mentions = _extract_with("Astronaut Ivo Brankov dies aged 85\n\nBrankov flew twice. Brankov retired "
                                       "in 1990. The agency mourned astronaut Ivo Brankov.",
                                       ("Astronaut", "PERSON"), ("Brankov", "NORP"), ("Brankov", "PERSON"), ("Brankov", "PERSON"))
    assert [(m.text, entities[m.entity].name) for m in mentions] == [
        ("Ivo Brankov", "Ivo Brankov"), ("Brankov", "Ivo Brankov"), ("Brankov", "Ivo Brankov"), ("Ivo Brankov", "Ivo Brankov")]
    assert len(entities) == 1 and entities[0].type == "PERSON"


def test_a_storm_is_one_event_under_its_kinds_and_its_bare_name():
    # 'Hurricane', 'Tropical Storm' and 'Storm' are curated name_prefixes; the model calls the bare name a person.
    entities, mentions = _extract_with("Tropical Storm Ostra grew on Sunday. Hurricane Ostra then hit Tavia. "
                                       "Ostra was 300 miles away when Storm Ostra weakened.",
                                       ("Tropical Storm Ostra", "ORG"), ("Hurricane Ostra", "EVENT"), ("Tavia", "GPE"),
                                       ("Ostra", "PERSON"), ("Storm Ostra", "PERSON"))
    storm = entities[mentions[0].entity]
    assert storm.type == "EVENT" and {m.text for m in mentions if m.entity == storm.index} == {
        "Tropical Storm Ostra", "Hurricane Ostra", "Ostra", "Storm Ostra"}
    assert len(entities) == 2


def test_a_persons_name_ends_before_a_number():
    entities, mentions = _extract_with("Vera Stolz 300 miles away said so.", ("Vera Stolz 300 miles", "PERSON"))
    assert [m.text for m in mentions] == ["Vera Stolz"]


def test_an_organisations_name_after_title_of_is_not_split_into_a_person():
    entities, _ = _extract_with("Ostland is calm. She is chairman of the Ostland Democratic Party and chairman of the "
                                "Tavian State Energy Agency.",
                                ("Ostland", "GPE"), ("Ostland Democratic Party", "ORG"), ("Tavian State Energy Agency", "ORG"))
    assert "Ostland Democratic Party" in {e.name for e in entities} and not any(e.type == "PERSON" for e in entities)


def test_a_suffixed_name_glued_to_the_word_before_it_is_left_alone():
    entities, _ = _extract_with("Shares of ABS-TVN Corporation fell.")
    # (not 'TVN Corporation'; the acronyms joined by a hyphen and the suffix are the whole name)
    assert [(e.name, e.type) for e in entities] == [("ABS-TVN Corporation", "ORG")]


def test_a_headline_storm_keeps_its_kind_word():
    _, mentions = _extract_with("Hurricane Ostra hits Tavia\n\nThe hurricane reached Tavia. Ostra weakened.",
                                ("Hurricane Ostra", "EVENT"), ("Tavia", "GPE"), ("Tavia", "GPE"), ("Ostra", "PERSON"))
    assert mentions[0].text == "Hurricane Ostra"


def test_an_organisation_cut_before_for_or_of_and_untagged_capitalised_words_is_one_name():
    entities, _ = _extract_with("She won the prize of the Lawmakers for Open Tavia, said Ana Ruiz of WXYZ.",
                                ("Lawmakers", "NORP"), ("Ana Ruiz", "ORG"), ("WXYZ", "ORG"))
    assert {e.name: e.type for e in entities}["Lawmakers for Open Tavia"] == "ORG"
    assert "Ana Ruiz" in {e.name for e in entities} and "WXYZ" in {e.name for e in entities}


def test_a_hyphenated_surname_alone_an_airline_short_name_and_a_sea_without_its_generic_join_their_names():
    entities, _ = _extract_with("Ivo al-Tavi met Ana Ruiz-Soto on Monday. Later al-Tavi and Ruiz-Soto left.",
                                ("Ivo al-Tavi", "PERSON"), ("Ana Ruiz-Soto", "PERSON"), ("al-Tavi", "ORG"), ("Ruiz-Soto", "GPE"))
    assert sorted(e.name for e in entities) == ["Ana Ruiz-Soto", "Ivo al-Tavi"]
    entities, _ = _extract_with("Ostra Air flew over the Tavian Sea. Ostra said the Tavian was calm.",
                                ("Ostra Air", "ORG"), ("Tavian Sea", "LOC"), ("Ostra", "PERSON"), ("Tavian", "LOC"))
    assert sorted(e.name for e in entities) == ["Ostra Air", "Tavian Sea"]


def test_a_full_name_the_model_called_an_organisation_is_the_person_it_tags_by_surname():
    entities, _ = _extract_with("Opposition leader Ivo Marangwe Tavari died. Tavari was 65. Tavari led the Harlow Party.",
                                ("Ivo Marangwe Tavari", "ORG"), ("Tavari", "PERSON"), ("Tavari", "PERSON"),
                                ("Harlow Party", "ORG"))
    assert {e.name: e.type for e in entities} == {"Ivo Marangwe Tavari": "PERSON", "Harlow Party": "ORG"}


def test_a_place_glued_to_a_persons_name_is_two_names():
    entities, mentions = _extract_with("Ostland is cold. Voters in Ostland Ana Velasko met said Velasko was kind.",
                                       ("Ostland", "GPE"), ("Ostland Ana Velasko", "GPE"), ("Velasko", "PERSON"))
    assert {e.name: e.type for e in entities} == {"Ostland": "GPE", "Ana Velasko": "PERSON"}


def test_a_common_noun_inside_a_span_separates_two_names():
    entities, mentions = _extract_with("He ran the Vidstream channel Mathsbox for years.",
                                       ("Vidstream channel Mathsbox", "WORK_OF_ART"))
    assert [m.text for m in mentions] == ["Vidstream", "Mathsbox"]
    entities, mentions = _extract_with("Crews dug at Tuna el-Gebel and near the Bank of Ostland.",
                                       ("Tuna el-Gebel", "LOC"), ("Bank of Ostland", "ORG"))
    assert [m.text for m in mentions] == ["Tuna el-Gebel", "Bank of Ostland"]


def test_a_name_ends_before_a_connector_and_a_plural_title_makes_a_person():
    import spacy
    from spacy.tokens import Doc, Span
    from structnews.build.extract.entity_spans import trim

    # the model's spans on '... where Presidents Anna Kowalczyk of Ostland and Tomas Reyes of Harlovia signed'
    words = ["where", "Presidents", "Anna", "Kowalczyk", "of", "Ostland", "and", "Tomas", "Reyes", "of", "Harlovia", "signed"]
    pos = ["SCONJ", "NOUN", "PROPN", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "PROPN", "ADP", "PROPN", "VERB"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    first = trim(Span(doc, 1, 5, label="WORK_OF_ART"))
    assert (first.text, first.label_) == ("Anna Kowalczyk", "PERSON")
    second = trim(Span(doc, 7, 10, label="ORG"))
    assert second.text == "Tomas Reyes"  # the model's label stays: no title says it is a person
    doc = Doc(spacy.blank("en").vocab, words=["The", "General", "Services", "Administration", "approved"],
              pos=["DET", "PROPN", "PROPN", "PROPN", "VERB"])
    kept = trim(Span(doc, 0, 4, label="ORG"))
    assert (kept.text, kept.label_) == ("General Services Administration", "ORG")


def test_an_office_beside_a_name_makes_a_person():
    # 'president', 'spokesman' are curated kind_nouns (gazetteer.yaml); the small model types
    # unfamiliar names beside them as organisations (forced here as ORG).
    entities, _ = _extract_with("The president of Ruritania, Hage Ostrovin, opened the new dam.",
                                ("Ruritania", "GPE"), ("Hage Ostrovin", "ORG"))
    assert {e.name: e.type for e in entities} == {"Ruritania": "GPE", "Hage Ostrovin": "PERSON"}
    entities, _ = _extract_with("Ivo Sarkany, a rail company spokesman, told reporters the line was closed.",
                                ("Ivo Sarkany", "ORG"))
    assert [(e.name, e.type) for e in entities] == [("Ivo Sarkany", "PERSON")]


def test_the_name_after_of_a_place_is_not_typed_by_a_noun_other_than_an_office():
    # 'the capital of Ruritania, Ostel': 'capital' is no kind noun; the model's type stays.
    entities, _ = _extract_with("They flew to the capital of Ruritania, Ostel, on Monday.",
                                ("Ruritania", "GPE"), ("Ostel", "GPE"))
    assert {e.name: e.type for e in entities} == {"Ruritania": "GPE", "Ostel": "GPE"}


def test_an_untagged_name_with_a_persons_appositive_is_a_person():
    # (no model spans at all: the model left the name untagged, as it does with unfamiliar names)
    entities, _ = _extract_with("Ivo Sarkany, a rail company spokesman, told reporters the line was closed.")
    assert [(e.name, e.type) for e in entities] == [("Ivo Sarkany", "PERSON")]


def test_an_untagged_role_or_a_speaking_agency_is_not_made_a_person():
    entities, _ = _extract_with("The Senate Minority Leader, Ann Lind, said on Friday that talks failed.", ("Ann Lind", "PERSON"))
    assert [e.name for e in entities] == ["Ann Lind"]
    entities, _ = _extract_with("Ostran News said the vote followed a long debate.")
    assert all(e.type != "PERSON" for e in entities)


def test_a_word_between_two_title_words_is_no_name() -> None:
    """'Chief Health Director': the word after 'Chief' is the middle of a longer title. Before, it
    was a person named after a title; a name after a title still is one."""
    names = [e.name for e in analyse("Our Chief Health Director met the press on Monday. Chief Inspector Maren Holtby was there too.").entities]
    assert "Health" not in names and "Maren Holtby" in names, names


@pytest.mark.parametrize("text, kept, gone", [
    # the model runs a name over 'as' into the character played: two names, no 'as'
    ("Professional cosplayer Candace Morrow as Catwoman posed for photos at the Lenton fair.",
     {"Candace Morrow", "Catwoman"}, {"Candace Morrow as Catwoman", "Candace Morrow as"}),
    # a connector or a particle inside a name is no verb: the name stays whole
    ("The Bank of Lenton hired Maria de Souza as its new chief economist.",
     {"Bank of Lenton", "Maria de Souza"}, {"Bank", "Maria"}),
])
def test_a_name_ends_before_a_lower_case_verb(text, kept, gone):
    names = {e.name for e in analyse(text).entities}
    assert kept <= names and not gone & names, names


def test_an_events_name_ends_before_the_date_it_was_held():
    names = {e.name for e in analyse("Delegates met at the Lenton Party National Convention on June 20 to choose a nominee.").entities}
    assert "Lenton Party National Convention" in names and not any("June" in n for n in names), names


def test_a_lower_case_demonstrative_is_no_part_of_a_name():
    names = {e.name for e in analyse("Speakers at this International Lenton Day event praised the volunteers.").entities}
    assert "International Lenton Day" in names and not any(n.startswith("this") for n in names), names


def test_a_name_does_not_open_on_the_affix_of_the_word_before():
    # 'X-led': the model may open the war's name on 'led'
    names = {e.name for e in analyse("Berg's party split over the US-led Iraq War in 2004.").entities}
    assert "Iraq War" in names and "led Iraq War" not in names, names


@pytest.mark.parametrize("text, name, alias", [
    ("Former rebel chief Rodrigo Varga, known as Tamarindo, signed the deal. Tamarindo said peace had come.",
     "Rodrigo Varga", "Tamarindo"),
    ("The Ostland Liberation Front, also known as the Black Flags, claimed the attack. The Black Flags have fought since 1999.",
     "Ostland Liberation Front", "Black Flags"),
])
def test_a_name_known_as_another_is_one_entity(text, name, alias):
    a = analyse(text)
    assert alias in {m.text for m in a.mentions if a.entities[m.entity].name == name}, [(e.name, e.type) for e in a.entities]


def test_curated_armed_groups_are_organisations_the_model_splits_or_calls_people() -> None:
    # the model reads 'Islamic' as a people and 'State group' apart, and 'Boko Haram' as a person
    a = analyse("Fighters loyal to the Islamic State group and to Boko Haram attacked two villages near Varno on Monday.")
    found = {(e.name, e.type) for e in a.entities}
    assert {("Islamic State", "ORG"), ("Boko Haram", "ORG")} <= found
    assert not any(name == "Islamic" for name, _ in found)


def test_places_of_the_war_in_ukraine_are_places_under_either_transliteration() -> None:
    # the model types these as a person and a product, or misses them; the gazetteer knows both spellings
    a = analyse("Shelling hit Avdiivka and Kramatorsk overnight, and Russian troops massed near Kharkov.")
    found = {(e.name, e.type) for e in a.entities}
    assert {("Avdiivka", "GPE"), ("Kramatorsk", "GPE"), ("Kharkiv", "GPE")} <= found


def test_people_of_the_wars_diplomacy_are_people_by_surname_alone() -> None:
    # the model misses 'Lavrov' and types 'Blinken' and 'Shoigu' as places when a headline names them alone
    a = analyse("Blinken and Lavrov to meet in Geneva as Shoigu inspects troops.")
    found = {e.type for e in a.entities if e.name in {"Antony Blinken", "Sergey V. Lavrov", "Sergei Shoigu"}}
    assert found == {"PERSON"} and len([e for e in a.entities if e.type == "PERSON"]) == 3
