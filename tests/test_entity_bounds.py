"""Name boundaries and merges from the article's own evidence (titles, possessives, descriptors,
official state names, acronyms, bare heads, provinces), on invented sentences."""

from __future__ import annotations

from helpers_nlp import analyse
from structnews.build.extract.entity_bounds import body_heads, head_word, non_entity_ending, state_short_name, tail_acronyms
from structnews.build.extract.names import person_key


def _names(a) -> set[str]:  # noqa: ANN001 - helpers_nlp.Analysed
    return {e.name for e in a.entities}


def test_state_short_name_from_a_curated_opening():
    assert state_short_name("Islamic Republic of Varnia") == "Varnia"
    assert state_short_name("Republic of Varnia") == "Varnia"
    assert state_short_name("Kingdom of Norway") == "Norway"
    assert state_short_name("Bolivarian Republic of Varnia") == "Varnia"  # the longer openings are curated too
    assert state_short_name("Plurinational State of Varnia") == "Varnia"
    assert state_short_name("United Republic of Varnia") == "Varnia"
    assert state_short_name("Democratic Republic of the Congo") is None  # not curated, and 'the' is no short name
    assert state_short_name("Varnia") is None
    assert state_short_name("Bank of Varnia") is None


def test_tail_acronyms_skip_connectors_and_the_first_words():
    assert tail_acronyms("Ostland National Commission on Public Broadcasting") == ["NCPB", "CPB"]
    assert tail_acronyms("Harlow Water Board") == []  # the whole name's acronym is matched elsewhere


def test_head_word_before_of_or_last():
    assert head_word("House of Delegates") == "House"
    assert head_word("Ostland Senate") == "Senate"
    assert head_word("Senate") is None
    heads = body_heads([["Ostland Senate"], ["Harlow Senate"], ["Ostland House"], ["Ostland Railways"], ["Vice President"]], {"president"})
    assert heads == {"House": 2, "Railways": 3}  # two Senates; a title is no body's head


def test_non_entity_endings_diseases_and_time_zones():
    assert non_entity_ending("Ostland Respiratory Syndrome")
    assert non_entity_ending("Pacific Time")
    assert non_entity_ending("Eastern Standard Time")
    assert not non_entity_ending("Harlow Centre for Lyme Disease")  # a body's name
    assert not non_entity_ending("Syndrome")  # one word: the curated non_entities decide
    assert not non_entity_ending("Time")


def test_a_name_honorific_is_no_part_of_the_person_key():
    assert person_key("Seyed Hassan Rostami") == person_key("Hassan Rostami")
    assert person_key("Seyed Rostami") == "seyed rostami"  # two words: the honorific may be the given name
    assert person_key("Sheikh Omar bin Tarif") == person_key("Omar bin Tarif")


def test_religious_title_and_its_modifier_are_stripped():
    a = analyse("The cleric Grand Ayatollah Hossein Karimi led the prayers. Officials of the Supreme Leader attended.")
    assert "Hossein Karimi" in _names(a)
    assert not any("Ayatollah" in n or n == "Supreme" for n in _names(a))


def test_name_with_and_without_honorific_is_one_person():
    a = analyse("Seyed Hassan Rostami opened the new library in Varna on Monday. Hassan Rostami is the city's mayor. "
                "Rostami said it cost millions.")
    assert a.entity_of("Seyed Hassan Rostami") is a.entity_of("Hassan Rostami") is a.entity_of("Rostami")


def test_diseases_and_time_zones_are_no_entities():
    a = analyse("Cases of Acute Respiratory Syndrome rose at 10 am Eastern Standard Time, "
                "the Harlow Centre for Lyme Disease said.")
    assert _names(a) == {"Harlow Centre for Lyme Disease"}


def test_possessive_between_two_names_splits_them():
    a = analyse("According to the European Union's Ostland Fisheries Agency, catches fell. The European Union said nothing.")
    assert {"European Union", "Ostland Fisheries Agency"} <= _names(a)
    assert not any("'" in n for n in _names(a))


def test_lower_case_descriptor_is_not_part_of_the_name():
    a = analyse("The Ostland Press news agency said the Ostland Post newspaper had closed.")
    assert {"Ostland Press", "Ostland Post"} <= _names(a)
    assert not any(n.endswith(("agency", "newspaper")) for n in _names(a))
    a = analyse("Voters backed the Ostland Workers party in the north.")
    assert "Ostland Workers" in _names(a) and "Ostland Workers party" not in _names(a)  # as the gold reads it
    # One word left is still the name, as the held-out gold reads a lower-case 'party' (a name the
    # article also writes 'the Democratic Party' keeps the word: extend_lower_generic).
    assert "Democratic" in _names(analyse("The Democratic party won the vote."))


def test_organisation_after_a_name_says_what_it_is() -> None:
    # 'the Tavan Sea organisation' (cues version 47): the model rarely tags the word with the name,
    # so the span it would give is built here.
    from spacy.tokens import Span
    from structnews.build.extract import nlp
    from structnews.build.extract.entity_bounds import cut_lower_descriptor

    doc = nlp.load()("The Tavan Sea organisation has been split by quarrels for a decade.")
    assert cut_lower_descriptor(Span(doc, 1, 4, label="ORG")).text == "Tavan Sea"


def test_official_long_name_of_a_state_is_its_short_name():
    a = analyse("The Republic of Varnia signed the deal. Varnia will pay for it. The Kingdom of Norway agreed, Norway said.")
    assert a.entity_of("Republic of Varnia") is a.entity_of("Varnia")
    assert a.entity_of("Kingdom of Norway") is a.entity_of("Norway")
    assert a.entity_of("Varnia") is not a.entity_of("Norway")


def test_acronym_of_a_name_without_its_country_joins_it():
    a = analyse("The Harlow Commission on Public Broadcasting met on Monday. In a statement, CPB said the hearing was postponed.")
    assert a.entity_of("CPB") is a.entity_of("Harlow Commission on Public Broadcasting")


def test_bare_head_joins_the_one_body_with_that_head():
    a = analyse("The Ostland Senate voted on Friday. Senate Majority Leader John Miller said the Senate would meet again.")
    senate = a.entity_of("Ostland Senate")
    assert sum(1 for m in a.mentions if m.text == "Senate" and a.entities[m.entity] is senate) == 2


def test_bare_head_after_the_joins_the_one_body_with_that_head():
    a = analyse("Ostland Railways opened a new line on Monday. Passengers praised the Railways for the punctual trains.")
    assert sum(1 for m in a.mentions if m.text == "Railways" and a.entities[m.entity] is a.entity_of("Ostland Railways")) == 1


def test_bare_head_written_before_the_body_is_named_stays_unlinked():
    a = analyse("The Senate of the island met on Monday and the Senate voted no. The island has no vote in the Ostland Senate.")
    ostland = a.entity_of("Ostland Senate")
    assert not any(m.text == "Senate" and a.entities[m.entity] is ostland for m in a.mentions)


def test_bare_head_before_of_is_another_name():
    a = analyse("The Ostland House voted on Friday. Later the House of Elders met in Varna.")
    ostland = a.entity_of("Ostland House")
    assert not any(m.text == "House" and a.entities[m.entity] is ostland for m in a.mentions)


def test_bare_head_of_two_bodies_stays_unlinked():
    a = analyse("The Ostland Senate and the Harlow Senate voted on Friday. The Senate will meet again.")
    assert not any(m.text == "Senate" for m in a.mentions)


def test_place_beside_its_province_is_one_place():
    a = analyse("Floods hit Varna Province on Monday. Rescue teams reached Varna by evening.")
    assert a.entity_of("Varna") is a.entity_of("Varna Province")


def _doc(text: str):  # noqa: ANN202 - a spaCy Doc
    from structnews.build.extract import nlp
    return nlp.load()(text)


def _span(doc, words: str, label: str, nth: int = 0):  # noqa: ANN001, ANN202 - the nth span written so
    from spacy.tokens import Span
    n = len(words.split())
    starts = [t.i for t in doc if doc[t.i : t.i + n].text == words]
    return Span(doc, starts[nth], starts[nth] + n, label=label)


def test_lone_surname_of_a_person_the_model_mislabelled_joins_the_person():
    from structnews.build.extract.entity_people import lone_name_owners
    doc = _doc("Officials met Tomas Varga Kelen on Monday. Varga Kelen said the bid won, and Kelen left. Tomas stayed.")
    members = [[_span(doc, "Tomas Varga Kelen", "ORG")], [_span(doc, "Varga Kelen", "WORK_OF_ART", 1)],
               [_span(doc, "Kelen", "GPE", 2)], [_span(doc, "Tomas", "NORP", 1)]]
    assert lone_name_owners(members, ["PERSON", "WORK_OF_ART", "GPE", "NORP"], [False] * 4) == {1: 0, 2: 0, 3: 0}


def test_lone_name_stays_apart_when_curated_a_company_after_a_place_word_or_ambiguous():
    from structnews.build.extract.entity_people import lone_name_owners
    doc = _doc("Ana Dell and Luis Dell founded Dell in Jackson. Omar Jackson spoke. Dell grew.")
    members = [[_span(doc, "Ana Dell", "PERSON")], [_span(doc, "Luis Dell", "PERSON")], [_span(doc, "Dell", "ORG", 2)],
               [_span(doc, "Omar Jackson", "PERSON")], [_span(doc, "Jackson", "GPE")]]
    types = ["PERSON", "PERSON", "ORG", "PERSON", "GPE"]
    assert lone_name_owners(members, types, [False] * 5) == {}  # two Dells; a company; 'in Jackson'
    doc = _doc("George Kent spoke in the capital. Kent is a county.")
    members = [[_span(doc, "George Kent", "PERSON")], [_span(doc, "Kent", "GPE", 1)]]
    assert lone_name_owners(members, ["PERSON", "GPE"], [False, True]) == {}  # a curated place
    assert lone_name_owners(members, ["PERSON", "GPE"], [False, False]) == {1: 0}


def test_company_without_its_trade_or_country_suffix_is_the_company():
    a = analyse("The voice actor worked for the studio Ostvale Entertainment for ten years. She joined Ostvale at 19.")
    assert a.entity_of("Ostvale") is a.entity_of("Ostvale Entertainment")
    a = analyse("The mayor asked his accountant Brannock USA to keep the files. Brannock said it would comply.")
    assert a.entity_of("Brannock") is a.entity_of("Brannock USA")
    assert a.entity_of("Brannock USA").type == "ORG"


def test_congress_alone_is_an_entity():
    a = analyse("The committee said the minister had misled Congress. Ana Ruiz has served in Congress since 2004.")
    assert a.entity_of("Congress").type == "ORG"


def test_lower_case_role_before_a_known_first_name_is_a_description():
    from structnews.build.extract.entity_bounds import person_nouns, strip_lower_lead
    doc = _doc("Ana Torres was the ship pilot and Mira Desai her deputy. She thanked my Ship Pilot Mira. "
               "Bill Okafor signed the bill.")
    spans = [_span(doc, "Mira Desai", "PERSON"), _span(doc, "Ship Pilot Mira", "ORG"), _span(doc, "Bill Okafor", "PERSON")]
    out = strip_lower_lead(spans, person_nouns())
    assert [(s.text, s.label_) for s in out] == [("Mira Desai", "PERSON"), ("Mira", "PERSON"), ("Bill Okafor", "PERSON")]


def test_body_name_before_a_title_and_a_person_is_one_body():
    from structnews.build.extract.entity_bounds import extend_before_title
    doc = _doc("On Monday the Ostland House of Delegates Speaker Ana Ruiz opened the session. "
               "Ostland District Judge Omar Haddad ruled. Ostland Press Office said no.")
    spans = [_span(doc, "Ostland", "GPE"), _span(doc, "Ana Ruiz", "PERSON"), _span(doc, "Ostland", "GPE", 1),
             _span(doc, "Omar Haddad", "PERSON"), _span(doc, "Ostland", "GPE", 2)]
    out = extend_before_title(spans, {"speaker", "judge", "district"}, frozenset({"House", "Office"}))
    # the House up to the title; not 'District' (a title's word, no institution); no person after 'Office'
    assert [s.text for s in out] == ["Ostland House of Delegates", "Ana Ruiz", "Ostland", "Omar Haddad", "Ostland"]
    assert out[0].label_ == "ORG"


def test_short_form_with_a_curated_place_abbreviation_joins_the_long_name():
    a = analyse("The United Kingdom Office of Water Safety opened a review. The UK Office said it would report in May.")
    assert a.entity_of("UK Office") is a.entity_of("United Kingdom Office of Water Safety")


def test_sentence_opening_adjective_is_no_part_of_a_people():
    from structnews.build.extract.entity_bounds import trim_opening_adjective
    doc = _doc("Danish officials met on Monday. Multiple Danish ministers resigned. South African officials agreed.")
    spans = [_span(doc, "Danish", "NORP"), _span(doc, "Multiple Danish", "NORP"), _span(doc, "South African", "NORP")]
    assert doc[_span(doc, "Multiple Danish", "NORP").start].pos_ == "ADJ"  # (what the rule reads)
    assert [s.text for s in trim_opening_adjective(spans)] == ["Danish", "Danish", "South African"]  # 'African' is not named alone


def test_a_title_of_a_known_country_and_a_name_is_the_country_and_the_person() -> None:
    # the model reads 'the King of Ghana Carlos Mendes' as one person and 'the King of Nepal
    # Carlos Mendes' as one organisation; the holder is the name after the country
    for country in ("Ghana", "Nepal"):
        a = analyse(f"Ivo Sark met the King of {country} Carlos Mendes on Monday.")
        assert {(e.name, e.type) for e in a.entities} >= {(country, "GPE"), ("Carlos Mendes", "PERSON")}


def test_a_name_after_a_title_of_a_known_country_is_found_when_the_model_misses_it() -> None:
    a = analyse("The Prime Minister of Malta Maria Hollis met the King of Spain Carlos Mendes on Monday.")
    assert {(e.name, e.type) for e in a.entities} >= {("Malta", "GPE"), ("Maria Hollis", "PERSON")}


def test_a_body_of_a_country_is_not_cut_at_the_country() -> None:
    # guard: 'Bank of England' holds no title before 'of'
    a = analyse("The Bank of England Governor Maria Hollis spoke on Monday.")
    assert "Bank of England" in _names(a)


def test_two_places_sharing_a_head_are_not_one_place() -> None:
    # the model reads 'North and South Korea' as one place; 'South Korea' is a name, the
    # elliptical 'North' is not made a place of its own
    a = analyse("Talks between North and South Korea resumed on Monday. North Korea's envoy spoke first.")
    assert {"North Korea", "South Korea"} <= _names(a)
    assert "North and South Korea" not in _names(a)
