"""People the model leaves untagged and things it calls people, repaired from the article's own
words (invented sentences; the non-English names are invented too)."""

from __future__ import annotations

from helpers_nlp import analyse
from test_entities import _extract_with


def test_an_untagged_name_heading_an_appositive_role_is_a_person():
    # 'head' is a curated person noun (cues.yaml), not a kind noun.
    entities, _ = _extract_with("Wojciech Brzeskiewicz, the head of the regional fire brigade, said the blaze was out.")
    assert [(e.name, e.type) for e in entities] == [("Wojciech Brzeskiewicz", "PERSON")]


def test_an_untagged_name_in_apposition_to_a_title_is_a_person():
    # 'chancellor' is a curated title word; the name is the appositive of the lower-case noun.
    entities, _ = _extract_with("The new library was opened by the college's chancellor, Nkemdirim Okafor, on Friday.")
    assert ("Nkemdirim Okafor", "PERSON") in [(e.name, e.type) for e in entities]


def test_an_untagged_name_beside_a_noun_of_no_person_stays_out():
    # 'system' is neither a person's kind noun nor a role: no person is made.
    entities, _ = _extract_with("The cooperative unveiled a new irrigation system, Tavro Flow, on Monday.")
    assert all(e.type != "PERSON" for e in entities)


def test_a_name_that_describes_itself_is_not_a_person():
    entities, _ = _extract_with("Tavro Flow calls itself a tool for small farms. Tavro Flow will reach the market in June.",
                                ("Tavro Flow", "PERSON"), ("Tavro Flow", "PERSON"))
    assert [(e.name, e.type) for e in entities] == [("Tavro Flow", "ORG")]
    # A person describes herself: the type stays; a place's 'itself' is no concern of this rule.
    entities, _ = _extract_with("Anna Kowalczyk describes herself as a builder.", ("Anna Kowalczyk", "PERSON"))
    assert [(e.name, e.type) for e in entities] == [("Anna Kowalczyk", "PERSON")]
    entities, _ = _extract_with("Ruritania describes itself as a neutral state.", ("Ruritania", "GPE"))
    assert [(e.name, e.type) for e in entities] == [("Ruritania", "GPE")]


def test_an_untagged_name_beside_a_body_that_speaks_is_not_made_a_person():
    # 'government' is a person noun of the cue lexicon (a speaker) but an institution noun too.
    entities, _ = _extract_with("Tavri Dala, the government of the island, said the port would close.")
    assert all(e.type != "PERSON" for e in entities)


def test_a_name_before_who_is_a_person_but_not_a_one_word_club_or_a_place():
    entities, _ = _extract_with("Marta Ilinska coached the chess team of Vitaly Koren, who was injured in May.",
                                ("Marta Ilinska", "PERSON"), ("Vitaly Koren", "ORG"))
    assert {e.name: e.type for e in entities} == {"Marta Ilinska": "PERSON", "Vitaly Koren": "PERSON"}
    entities, _ = _extract_with("The fans cheered Ostvale, who won the cup.", ("Ostvale", "ORG"))
    assert [(e.name, e.type) for e in entities] == [("Ostvale", "ORG")]
    entities, _ = _extract_with("Aid reached Nova Tavria, who had asked for it.", ("Nova Tavria", "GPE"))
    assert [(e.name, e.type) for e in entities] == [("Nova Tavria", "GPE")]


def test_an_untagged_speaker_quoted_in_the_first_person_singular_is_a_person():
    # An initial without a full stop and two names the model does not know; no model spans.
    entities, _ = _extract_with('After the final whistle, K Tavi Ranganath said, "I have waited ten years for this cup."')
    assert [(e.name, e.type) for e in entities] == [("K Tavi Ranganath", "PERSON")]


def test_an_untagged_speaker_quoted_in_the_plural_or_without_a_quote_is_not_made_a_person():
    # An organisation says 'we'; 'said' alone is no sign of a person ('Ostran News said').
    entities, _ = _extract_with('Kelvo Tarsis said, "We are proud of the new trains."')
    assert all(e.type != "PERSON" for e in entities)
    entities, _ = _extract_with("Kelvo Tarsis said the line would reopen in June.")
    assert all(e.type != "PERSON" for e in entities)


def test_a_description_before_a_named_speaker_is_not_made_a_person():
    # The parser may take 'Veteran Ostvale' for the subject; the speaker is the person named after it.
    entities, _ = _extract_with('Veteran Ostvale at Dawn columnist Tarek Vasho posted: "I will miss the old studio."',
                                ("Tarek Vasho", "PERSON"))
    assert [(e.name, e.type) for e in entities] == [("Tarek Vasho", "PERSON")]


def test_a_surname_with_a_particle_capitalised_alone_joins_the_full_name():
    # 'de Vrancken' in the full name, 'De Vrancken' alone (a particle is capitalised when it opens the name).
    entities, mentions = _extract_with("Mayor Joost de Vrancken opened the bridge. De Vrancken said it cost little.",
                                       ("Joost de Vrancken", "PERSON"), ("De Vrancken", "PERSON"))
    assert [(e.name, e.type) for e in entities] == [("Joost de Vrancken", "PERSON")]
    assert len({m.entity for m in mentions}) == 1
    # Not another person's name of two capitalised words ending alike.
    entities, _ = _extract_with("Joost de Vrancken met Anouk Vrancken. Anouk Vrancken left.",
                                ("Joost de Vrancken", "PERSON"), ("Anouk Vrancken", "PERSON"), ("Anouk Vrancken", "PERSON"))
    assert len(entities) == 2


def test_a_title_inside_a_span_splits_a_people_from_a_persons_name() -> None:
    from spacy.tokens import Span
    from structnews.build.extract import nlp
    from structnews.build.extract.entity_bounds import split_at_inner_title

    doc = nlp.load()("She met Ruritanian PM Jana Kowalska and the Ostland President Hotel Group on Monday.")
    titles = {"pm", "president", "minister"}
    bodies = {"Group", "Hotel"}
    glued = Span(doc, 2, 6, label="WORK_OF_ART")  # 'Ruritanian PM Jana Kowalska'
    body = Span(doc, 8, 12, label="ORG")  # 'Ostland President Hotel Group'
    parts = split_at_inner_title([glued, body], titles, bodies, {})
    assert [(p.text, p.label_) for p in parts] == [("Ruritanian", "NORP"), ("Jana Kowalska", "PERSON"),
                                                   ("Ostland President Hotel Group", "ORG")]
    # a curated place before the title takes its curated type
    parts = split_at_inner_title([glued], titles, bodies, {"Ruritanian": "GPE"})
    assert parts[0].label_ == "GPE"


def test_a_clock_time_is_no_title() -> None:
    a = analyse("PM Jana Kowalska met the dock workers at 9 PM Monday in the harbour.")
    assert a.entity_of("Jana Kowalska").type == "PERSON"
    assert all(e.name != "Monday" or e.type != "PERSON" for e in a.entities)


def test_every_title_test_shares_the_clock_time_guard() -> None:
    """'PM' after a number is a time in each test of a capitalised title word (one helper)."""
    from structnews.build.extract import nlp
    from structnews.build.extract.entity_bounds import after_a_number

    doc = nlp.load()("PM Jana Kowalska met them at 9 PM Monday.")
    assert not after_a_number(doc[0]) and after_a_number(doc[7])


def test_a_name_after_a_possessive_is_a_person_the_model_missed() -> None:
    """'Nigeria’s Adaeze Okonkwo, ... met': a run of two to four capitalised words after a named
    owner's possessive, where the model tagged nothing, is the leader the writer names by country;
    a run ending in a body's word is an organisation; one word, a title, an owner that is no name
    ('Sunday’s') or a stretch already taken is no such name."""
    from structnews.build.extract import nlp
    from structnews.build.extract.entity_people import possessed_names

    doc = nlp.load()("Nigeria’s Adaeze Okonkwo, Liberian leader Ellen Marsh and Ghana’s National Assembly met. "
                     "Russia’s Gazprom agreed. Togo’s President Kofi Mensah left. Kenya’s Amina Odhiambo spoke.")
    taken = [(doc.text.index("Amina Odhiambo"), doc.text.index("Amina Odhiambo") + len("Amina Odhiambo"))]
    found = {s.text: s.label_ for s in possessed_names(doc, taken)}
    assert found == {"Adaeze Okonkwo": "PERSON", "National Assembly": "ORG"}
    assert len(taken) == 3  # each name found is taken, as the other finders of missed names do


def _parsed(words: list[str], pos: list[str], heads: list[int], deps: list[str], ents: list[str]):  # noqa: ANN202
    from spacy.tokens import Doc
    from structnews.build.extract import nlp
    return Doc(nlp.load().vocab, words=words, pos=pos, heads=heads, deps=deps, ents=ents)


def test_a_persons_name_reaches_over_two_untagged_words_that_end_it():
    # 'Aung San' + 'Suu Kyi': the model tags the first two words of a four-word name and the parser
    # makes the last word the head of all of them.
    from structnews.build.extract.person_spans import extend_last_name
    words = ["Leader", "Khin", "Lwin", "Mya", "Thet", "spoke", "."]
    pos = ["NOUN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    heads, deps = [4, 4, 4, 4, 5, 5, 5], ["compound", "compound", "compound", "compound", "nsubj", "ROOT", "punct"]
    doc = _parsed(words, pos, heads, deps, ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    assert extend_last_name(doc.ents[0]).text == "Khin Lwin Mya Thet"
    # Not when a third capitalised word follows (another name may start there), nor for a name in capitals.
    doc = _parsed(words[:5] + ["Dravia", "."], pos[:5] + ["PROPN", "PUNCT"], [4, 4, 4, 4, 4, 4, 4],
                  ["compound"] * 4 + ["ROOT", "appos", "punct"], ["O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O"])
    assert extend_last_name(doc.ents[0]).text == "Khin Lwin"
    doc = _parsed(["Leader", "KHIN", "LWIN", "Mya", "Thet", "spoke", "."], pos, heads, deps, ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    assert extend_last_name(doc.ents[0]).text == "KHIN LWIN"


def test_a_first_name_spelt_one_letter_apart_is_the_same_person():
    # 'Porntida' after 'Pornthida Saelim': a transliteration varies within one article
    from structnews.build.extract import nlp
    from structnews.build.extract.entity_people import spelling_variant_owner
    doc = nlp.load()("Pornthida Saelim and Kasem Wattana met Lina Berg on Monday.")
    clusters = [{"members": [(doc[0:2], "model")]}, {"members": [(doc[3:5], "model")]}, {"members": [(doc[6:8], "model")]}]
    assert spelling_variant_owner(clusters, [0, 1, 2], "Porntida") == 0
    assert spelling_variant_owner(clusters, [0, 1, 2], "Wattna") == 1  # a family name too
    assert spelling_variant_owner(clusters, [0, 1, 2], "Lena") is None  # short names one letter apart are two people
    assert spelling_variant_owner(clusters, [0, 1, 2], "Kasim") is None
    clusters.append({"members": [(doc[0:2], "model")]})
    assert spelling_variant_owner(clusters, [0, 1, 2, 3], "Porntida") is None  # two owners: none


def test_short_names_one_letter_apart_stay_apart():
    a = analyse("Lina Berg met the mayor on Monday. Later, Lena said the meeting went well.")
    assert "Lena" in {e.name for e in a.entities}


def test_a_capitalised_function_word_after_a_name_is_a_syllable_of_it():
    # 'Moon Jae' + 'In': Korean given names hold syllables that are English function words.
    from structnews.build.extract.person_spans import extend_last_name
    words = ["signed", "by", "Park", "Sung", "In", "and", "his", "rival", "."]
    pos = ["VERB", "ADP", "PROPN", "PROPN", "ADP", "CCONJ", "PRON", "NOUN", "PUNCT"]
    heads, deps = [0, 0, 3, 1, 3, 3, 7, 3, 0], ["ROOT", "prep", "compound", "pobj", "prep", "cc", "poss", "conj", "punct"]
    doc = _parsed(words, pos, heads, deps, ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"])
    assert extend_last_name(doc.ents[0]).text == "Park Sung In"
    # not in a headline written in title case ('Joe Biden On the Record')
    doc = _parsed(["Talks", "With", "Park", "Sung", "On", "the", "Record"], ["NOUN", "ADP", "PROPN", "PROPN", "ADP", "DET", "PROPN"],
                  [0, 0, 3, 1, 3, 6, 4], ["ROOT", "prep", "compound", "pobj", "prep", "det", "pobj"], ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"])
    assert extend_last_name(doc.ents[0]).text == "Park Sung"
    # not before a capitalised word (a title or a place may follow), nor a lower-case preposition
    doc = _parsed(["by", "Park", "Sung", "In", "Seoul", "."], ["ADP", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"],
                  [0, 2, 0, 2, 3, 0], ["ROOT", "compound", "pobj", "prep", "pobj", "punct"], ["O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O"])
    assert extend_last_name(doc.ents[0]).text == "Park Sung"
    doc = _parsed(["by", "Park", "Sung", "in", "May", "."], ["ADP", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"],
                  [0, 2, 0, 2, 3, 0], ["ROOT", "compound", "pobj", "prep", "pobj", "punct"], ["O", "B-PERSON", "I-PERSON", "O", "B-DATE", "O"])
    assert extend_last_name(doc.ents[0]).text == "Park Sung"


def test_a_given_name_read_as_a_group_joins_the_name_whatever_the_parser_hung_it_on() -> None:
    # 'Yves Marc' + 'Christian' (tagged a group) + 'Tondo': the parser makes 'Marc' an object of
    # the verb and 'Christian' a compound of 'Tondo', so no compound chain joins them; the given
    # name read as a group, inside a run of proper nouns, is the evidence.
    from structnews.build.extract.person_spans import extend_last_name
    words = ["to", "free", "Yves", "Marc", "Christian", "Tondo", "from", "arrest", "."]
    pos = ["PART", "VERB", "PROPN", "PROPN", "PROPN", "PROPN", "ADP", "NOUN", "PUNCT"]
    heads = [1, 1, 3, 1, 5, 1, 1, 6, 1]
    deps = ["aux", "ROOT", "compound", "dobj", "compound", "dobj", "prep", "pobj", "punct"]
    doc = _parsed(words, pos, heads, deps, ["O", "O", "B-PERSON", "I-PERSON", "B-NORP", "O", "O", "O", "O"])
    assert extend_last_name(doc.ents[0], {4}).text == "Yves Marc Christian Tondo"
    # guard: a group's name that no untagged proper noun follows stays the group's
    doc = _parsed(words[:5] + ["voters", "from", "arrest", "."], pos[:5] + ["NOUN", "ADP", "NOUN", "PUNCT"], heads, deps,
                  ["O", "O", "B-PERSON", "I-PERSON", "B-NORP", "O", "O", "O", "O"])
    assert extend_last_name(doc.ents[0], {4}).text == "Yves Marc"


def test_short_military_ranks_are_titles_not_names() -> None:
    a = analyse('"The fire spread fast," Brig Gen Ali Osman told reporters. Maj Gen Ivo Sark agreed.')
    assert {e.name for e in a.entities if e.type == "PERSON"} == {"Ali Osman", "Ivo Sark"}
