"""Event participants across constructions the parser attaches loosely, on invented sentences.

Each test states the reading that matters (who acted), checked by hand against the sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_events import Run


def test_participle_on_a_prepositional_object_takes_the_verbs_subject() -> None:
    # the parser may hang 'blaming' on 'Twitter' rather than on 'message'
    run = Run("Ostland Trade Minister Pekka Virtanen left a message on Twitter blaming Russia for the blackout.")
    event = run.one("ACCUSE")
    assert run.actors(event) == ["Pekka Virtanen"]
    assert "Russia" in run.recipients(event)


def test_infinitive_on_an_owned_object_takes_the_verbs_subject() -> None:
    run = Run("The fishing deal is dead: Peru and Chile exercised their right to reject it on Tuesday.")
    event = run.one("REJECT")
    assert sorted(run.actors(event)) == ["Chile", "Peru"]
    assert event.date is not None and event.date.isoformat() == "2023-03-07"  # the Tuesday before Thursday 9 March


def test_infinitive_on_someone_elses_request_is_not_the_subjects_act() -> None:
    # 'to meet' is what Peru asked for: Chile, who rejected it, does not meet
    run = Run("Chile rejected Peru's request to meet.")
    assert all("Chile" not in run.actors(e) for e in run.of("CONSULT"))


def test_two_sided_event_reported_both_ways_has_both_parties_acting() -> None:
    # the test helper makes one entity per distinct text, so both sentences use the full names
    run = Run("Emmanuel Macron spoke with Olaf Scholz on Monday. "
              "Olaf Scholz spoke with Emmanuel Macron for an hour about energy prices.")
    events = run.of("CONSULT")
    assert len(events) == 1
    assert sorted(run.actors(events[0])) == ["Emmanuel Macron", "Olaf Scholz"]
    assert run.recipients(events[0]) == []


def test_one_sided_restatement_keeps_the_counterpart() -> None:
    # both sentences have Chile acting on Peru: Peru stays the counterpart
    run = Run("Chile accused Peru of spying on Monday. Chile accused Peru of lying about the spying.")
    events = run.of("ACCUSE")
    assert len(events) == 1
    assert run.actors(events[0]) == ["Chile"] and run.recipients(events[0]) == ["Peru"]



def test_subject_hung_on_an_auxiliary_still_acts() -> None:
    # the parser makes 'EU' the subject of 'been', not of 'encouraging'
    run = Run("The EU has been encouraging members such as Poland to restrict imports from Belarus.")
    event = run.one("REQUEST")
    assert run.actors(event) == ["EU"]


def test_name_after_a_title_and_its_preposition_is_the_person() -> None:
    # parsed as 'Ambassador to (Germany Mary Dawson)': the ambassador is Mary Dawson, not the US
    run = Run("US Ambassador to Germany Mary Dawson alleged, by way of example, Peru had lied.")
    event = run.one("ACCUSE")
    assert run.actors(event) == ["Mary Dawson"]


def test_the_noun_heading_an_organisations_name_is_that_organisation() -> None:
    run = Run("The National Energy Commission met in Lima on Monday. The commission rejected the request by Chile.")
    event = run.one("REJECT")
    assert run.actors(event) == ["The National Energy Commission"]  # the test helper names entities by their text


def test_an_indefinite_or_modified_noun_is_not_the_organisation_named_before() -> None:
    # 'a commission' and 'the electoral commission' are not (known to be) the one named before
    for text in ("The National Energy Commission met in Lima on Monday. A commission rejected the request by Chile.",
                 "The National Energy Commission met in Lima on Monday. The electoral commission rejected the request by Chile."):
        run = Run(text)
        assert all("Commission" not in " ".join(run.actors(e)) for e in run.of("REJECT"))

def test_a_definite_noun_for_any_organisation_is_the_organisation_the_story_goes_on_with() -> None:
    # 'the regional organisation' is no word of the name: the latest organisation that was a subject
    run = Run("The Southern Trade Alliance closed its ports to ships from Lenton on Monday. The regional bloc, "
              "which has long criticised Lenton, urged its government to free the detained sailors.")
    assert run.actors(run.one("REQUEST")) == ["The Southern Trade Alliance"]


def test_an_organisation_noun_with_its_own_qualifier_is_not_the_organisation_before() -> None:
    # 'the organisation of the protest' names its own referent; 'an organisation' is any one
    for text in ("The Southern Trade Alliance closed its ports to ships from Lenton on Monday. The organisation of the "
                 "strike urged the government to free the detained sailors.",
                 "The Southern Trade Alliance closed its ports to ships from Lenton on Monday. An organisation urged the "
                 "government to free the detained sailors."):
        run = Run(text)
        assert all("Alliance" not in " ".join(run.actors(e)) for e in run.of("REQUEST"))


# -- dates ---------------------------------------------------------------------------------------
def test_a_statement_act_is_dated_by_its_saying() -> None:
    # 'it' is Kenya, who says it: the refusal was made on Tuesday 7 March
    run = Run("Kenya said on Tuesday that it had rejected the proposal by Uganda.")
    event = run.one("REJECT")
    assert run.actors(event) == ["Kenya"]
    assert event.date == dt.date(2023, 3, 7)


def test_a_third_partys_act_is_not_dated_by_the_report() -> None:
    # Kenya reports Uganda's refusal: when Uganda refused is not said
    run = Run("Kenya said on Tuesday that Uganda had rejected the proposal.")
    event = run.one("REJECT")
    assert run.actors(event) == ["Uganda"]
    assert event.date is None


def test_a_when_clause_is_dated_by_its_main_clause() -> None:
    run = Run("Violence erupted on Saturday when thousands of people protested in Nairobi.")
    event = run.one("PROTEST")
    assert event.date == dt.date(2023, 3, 4)  # the Saturday before Thursday 9 March


def test_a_year_naming_another_event_does_not_date_this_one() -> None:
    # the year belongs to the election, not to the protest
    run = Run("Thousands of people protested in Nairobi against the results of the 2022 election.")
    event = run.one("PROTEST")
    assert event.date is None



def test_a_conjunct_with_its_own_subject_is_not_dated_by_the_first_clause() -> None:
    run = Run("Chile met Peru on Monday, but Bolivia rejected the proposal.")
    assert run.one("REJECT").date is None
    run = Run("Chile met Peru on Monday and rejected the proposal.")  # one subject: the same day
    assert run.one("REJECT").date == dt.date(2023, 3, 6)


def test_a_wire_dateline_does_not_date_the_event() -> None:
    run = Run("March 8 (Reuters) - Chile accused Peru of spying.")  # parsed with the date on the verb
    assert run.one("ACCUSE").date is None


def test_at_the_time_is_the_time_of_the_previous_sentence() -> None:
    run = Run("The border was closed on March 2. At the time, Chile accused Peru of smuggling.")
    assert run.one("ACCUSE").date == dt.date(2023, 3, 2)
    run = Run("The border was closed. At the time, Chile accused Peru of smuggling.")  # no time to refer to
    assert run.one("ACCUSE").date is None

# -- a leader's administration -------------------------------------------------------------------
def test_a_leaders_administration_is_the_country_the_title_names() -> None:
    run = Run("US President Biden met Olaf Scholz on Monday. The Biden administration has provided weapons to Ukraine.")
    event = run.one("AID")
    assert run.actors(event) == ["US"]  # the test helper names entities by their text


def test_a_leaders_administration_is_the_country_the_description_names() -> None:
    from structnews.build.extract import nlp
    from structnews.build.extract.events import extract_events
    from tests.test_events import PUBLISHED, _entities

    doc = nlp.load()("The United States is worried. The Biden administration has provided weapons to Ukraine.")
    entities, mentions = _entities(doc)
    for entity in entities:
        if entity.name == "Biden":
            entity.type, entity.description = "PERSON", "President of the United States (2021-2025)"
    names = {e.index: e.name for e in entities}
    event = next(e for e in extract_events(doc, entities, mentions, PUBLISHED) if e.type == "AID")
    assert [names[a] for a in event.actors] == ["The United States"]


def test_her_government_stays_hers() -> None:
    # a possessive pronoun names the leader the text is about, who stays the actor
    run = Run("Prime Minister Jane Doe of Norway said her government had provided weapons to Ukraine.")
    event = run.one("AID")
    assert run.actors(event) == ["Jane Doe"]


def test_officials_in_a_as_well_as_in_b_are_both_countries() -> None:
    # the parser hangs 'in Uganda' on the 'as' of 'as well as'
    run = Run("Leaders in Kenya — as well as in Uganda — have accused the Tanzanian government of overstating the threat of an invasion.")
    event = run.one("ACCUSE")
    assert run.actors(event) == ["Kenya", "Uganda"]


def test_a_call_between_both_makes_the_counterpart_an_actor_too() -> None:
    run = Run("Emmanuel Macron spoke with Olaf Scholz on Monday. The call between Emmanuel Macron and Olaf Scholz lasted an hour.")
    event = run.one("CONSULT")
    assert sorted(run.actors(event)) == ["Emmanuel Macron", "Olaf Scholz"] and run.recipients(event) == []


def test_the_one_addressed_in_a_call_takes_part_in_it() -> None:
    run = Run("French President Emmanuel Macron warned Olaf Scholz against delaying the deal in a lengthy call.")
    event = run.one("CONSULT")
    assert sorted(run.actors(event)) == ["Emmanuel Macron", "Olaf Scholz"]


def test_a_call_with_a_named_counterpart_does_not_add_the_one_warned() -> None:
    run = Run("In a call with Olaf Scholz, Emmanuel Macron warned Russia against escalating.")
    event = run.one("CONSULT")
    # both sides of the call act; Russia, the one warned, is not a party to it
    assert run.actors(event) == ["Emmanuel Macron", "Olaf Scholz"] and run.recipients(event) == []


def test_they_continues_the_previous_sentences_they() -> None:
    # the second 'They' is the first, which is the group two sentences back (the sentence
    # between has one person as its subject)
    run = Run("Emmanuel Macron and Olaf Scholz met in Paris on Monday. The Italian prime minister, Mario Draghi, "
              "sat in on the meeting as a guest. They concluded that the deal was fair. They called on Russia to stop the war.")
    event = run.one("REQUEST")
    assert sorted(run.actors(event)) == ["Emmanuel Macron", "Olaf Scholz"]
    assert run.recipients(event) == ["Russia"]


def test_they_does_not_skip_a_nearer_plural_subject() -> None:
    # 'They' may be the farmers, whom no entity names: not the leaders two sentences back
    run = Run("Emmanuel Macron and Olaf Scholz met in Paris on Monday. Thousands of farmers protested outside. "
              "They called on Russia to stop the war.")
    assert all("Emmanuel Macron" not in run.actors(e) for e in run.of("REQUEST"))


def test_the_day_of_the_statement_an_act_is_made_in_dates_it() -> None:
    run = Run("In a statement issued on Tuesday, Chile condemned the attack by Peru.")
    assert run.one("ACCUSE").date == dt.date(2023, 3, 7)


def test_a_name_modifying_a_thing_is_not_one_of_the_two_countries() -> None:
    # 'Lima' only says which talks: the two countries are Chile and Peru
    run = Run("Chile and Peru suspended the Lima talks in June. The two countries accused Bolivia of smuggling.")
    event = run.one("ACCUSE")
    assert sorted(run.actors(event)) == ["Chile", "Peru"]


def test_the_object_of_a_verb_that_addresses_no_one_is_no_party_to_the_talks() -> None:
    # 'represented' addresses nobody: the client is not a negotiator
    run = Run("Lawyer Anna Berg represented her client, Tom Reyes, in a negotiation with Harlow Bank.")
    assert all("Tom Reyes" not in run.actors(event) for event in run.events)


def test_a_directed_act_does_not_make_its_target_an_actor_through_a_linked_sentence() -> None:
    # 'B praised A's endorsement' restates A's act; B stays its recipient, not a second endorser
    run = Run("Senator Anna Berg endorsed Tom Reyes on Wednesday.\n\n"
              "Reyes praised Berg's endorsement of him on Thursday. Berg endorsed Reyes in a video.")
    for event in run.events:
        if event.type == "SUPPORT":
            assert "Tom Reyes" not in run.actors(event)


def test_a_verb_the_parser_takes_for_a_conjuncts_subject_does_not_cut_the_clause_chain() -> None:
    import spacy
    from spacy.tokens import Doc
    from structnews.build.extract.events.dating import _clause_chain

    # 'The panel met Thursday and, implying ..., recommending changes' misparsed: 'implying' as
    # the subject of the conjunct 'recommending', which is still dated by 'met ... Thursday'
    doc = Doc(spacy.blank("en").vocab,
              words=["The", "panel", "met", "Thursday", "and", "implying", "recommending", "changes"],
              heads=[1, 2, 2, 2, 2, 6, 2, 6],
              deps=["det", "nsubj", "ROOT", "npadvmod", "cc", "nsubj", "conj", "dobj"],
              pos=["DET", "NOUN", "VERB", "PROPN", "CCONJ", "VERB", "VERB", "NOUN"])
    assert [t.text for t in _clause_chain(doc[6])] == ["recommending", "met"]


def test_a_definite_plural_stands_for_the_parties_named_with_the_same_noun_before() -> None:
    run = Run("Norwegian and Swedish fishing ministers have swapped angry letters since May over the cod stocks "
              "that Norway and Sweden share.\n\nIn Tromso on Friday the ministers met for six hours.")
    event = next(e for e in run.events if e.trigger == "met")
    assert sorted(run.actors(event)) == ["Norway", "Sweden"]


def test_the_party_of_a_requests_of_phrase_made_the_request() -> None:
    # 'per request of X': X asked; X is not the one asked
    run = Run("Per request of Ostland Prime Minister Anna Berg, the King suspended parliament for five weeks.")
    event = run.one("REQUEST")
    assert run.actors(event) == ["Anna Berg"] and run.recipients(event) == []


def test_the_party_of_a_threats_of_phrase_made_the_threats() -> None:
    run = Run("Farmers said they would keep planting despite threats of the Ostland Army.")
    event = run.one("THREATEN")
    assert run.actors(event) == ["the Ostland Army"]


def test_an_of_phrase_of_another_type_stays_the_target() -> None:
    # 'the annexation of X': X is what was annexed, not who annexed
    run = Run("The annexation of Ostland in 2014 angered Westland.")
    event = run.one("COERCE")
    assert run.actors(event) == [] and run.recipients(event) == ["Ostland"]


def test_they_in_what_an_organisation_said_is_the_organisation() -> None:
    # British usage: an organisation is 'they'; the two people named before did not deliver
    run = Run("Anna Berg and Omar Diallo visited Ostland. The World Health Organization said they had delivered vaccines to Ostland on Monday.")
    event = run.one("AID")
    assert run.actors(event) == ["The World Health Organization"]


def test_the_two_leaders_far_from_any_meeting_are_the_two_of_the_lead() -> None:
    # the article is about the lead's call; twelve unrelated sentences later 'the two leaders'
    # still means its two parties
    filler = " ".join(f"Prices rose by {n} percent in the northern region." for n in range(2, 16))
    run = Run(f"Anna Berg spoke with Omar Diallo by phone on Thursday. {filler} "
              "But all that was true when the two leaders last spoke on Dec. 3.")
    last = [e for e in run.of("CONSULT") if e.date_text == "Dec. 3"]
    assert len(last) == 1 and sorted(run.actors(last[0])) == ["Anna Berg", "Omar Diallo"]


def test_the_two_leaders_are_not_guessed_when_the_lead_has_two_meetings() -> None:
    filler = " ".join(f"Prices rose by {n} percent in the northern region." for n in range(2, 16))
    run = Run(f"Anna Berg spoke with Omar Diallo on Thursday. Anna Berg also met Lena Ruiz. {filler} "
              "But all that was true when the two leaders last spoke on Dec. 3.")
    last = [e for e in run.events if e.date_text == "Dec. 3"]
    assert all(run.actors(e) == [] for e in last)


def test_government_forces_act_for_the_country_whose_government_was_named() -> None:
    run = Run("Ostland reached a deal with the government of Westland on Sunday. "
              "According to the state broadcaster, government troops began deploying along the border valley yesterday.")
    event = run.one("MOBILIZE")
    assert run.actors(event) == ["Westland"]


def test_it_in_a_relative_clause_is_the_party_that_is_the_subject_above() -> None:
    # 'Ostmark, a territory it has vowed to win back': it is Westland, the subject of 'claims'
    run = Run("Westland claims the island of Ostmark, a territory it has vowed to win back by force.")
    event = run.one("THREATEN")
    assert run.actors(event) == ["Westland"]


def test_a_group_an_organisation_modifies_is_the_organisation() -> None:
    run = Run("Taliban gunmen attacked a police base in Kunduz on Monday.")
    assert run.actors(run.one("ASSAULT")) == ["Taliban"]
    run = Run("The ODF is largely made up of VRB fighters which support the Ostland Workers' Party.")
    assert run.actors(run.one("SUPPORT")) == ["VRB"]


def test_a_relative_pronoun_misread_as_a_second_subject_is_not_an_actor() -> None:
    # the parser makes 'which' (the object of 'repatriate') a subject of 'refused' beside 'nations'
    run = Run("Norway would also take over housing detained ISIS members which, the statement said, "
              "Baltic states have refused to take back.")
    assert "ISIS" not in run.actors(run.one("REJECT"))


def test_members_a_group_is_said_to_include_act_for_it() -> None:
    # 'his critics, which include Greenpeace, blame him': Greenpeace is the one named blaming
    run = Run("His critics, which include the environmental group Greenpeace, blame Jair Bolsonaro for the fires.")
    event = run.one("ACCUSE")
    assert run.actors(event) == ["Greenpeace"] and run.recipients(event) == ["Jair Bolsonaro"]
    run = Run("His critics, including Greenpeace, blame Jair Bolsonaro for the fires.")
    assert run.actors(run.one("ACCUSE")) == ["Greenpeace"]


def test_a_spokesperson_for_a_party_acts_for_it() -> None:
    # the gold represents an unnamed person by their party: the spokesperson speaks for Ostland
    run = Run("The spokesperson for the Ostland government strongly condemned the attack.")
    assert run.actors(run.one("ACCUSE")) == ["Ostland"]
    # a 'for' phrase of other nouns names no one acting ('a plan for Ostland' is no party)
    run = Run("Officials for the region condemned the attack.")
    assert all("Ostland" not in run.actors(e) for e in run.events)


def test_a_seat_of_government_acting_stands_for_its_country() -> None:
    from structnews.build.extract.events import extract_events

    run = Run("The Kremlin has massed troops near the border. Russia denies any plan to attack.")
    for entity in run.entities:  # what the entity stage sets from the gazetteer
        entity.gazetteer_name = {"the Kremlin": "Kremlin", "Kremlin": "Kremlin", "Russia": "Russia"}.get(entity.name)
    events = extract_events(run.doc, run.entities, run.mentions, dt.date(2023, 3, 9))
    mobilize = next(e for e in events if e.type == "MOBILIZE")
    assert [run.names[i] for i in mobilize.actors] == ["Russia"]


def test_a_past_verb_misread_as_a_modifier_keeps_its_subject_and_date() -> None:
    # the parser reads 'The British relinquished control ...' as one noun phrase headed by 'control'
    run = Run("The British relinquished control of Malta to the islanders in 1964.")
    event = run.one("RETREAT")
    assert run.actors(event) == ["British"]
    assert event.date == dt.date(1964, 1, 1) and event.date_precision == "year"


def test_a_repeated_passive_act_keeps_the_agent_of_the_previous_sentence() -> None:
    # 'was further sanctioned' with no 'by': whoever levied sanctions in the sentence before
    run = Run("In 2009, the Ostland government listed Pedro Alves as a smuggler and imposed sanctions on him. "
              "He was further sanctioned in 2013 over a fraud.", dt.date(2020, 1, 5))
    later = next(e for e in run.of("SANCTION") if e.trigger == "sanctioned")
    assert run.actors(later) == ["Ostland"] and later.date == dt.date(2013, 1, 1)
    # without 'further' or 'again' a passive names no agent: none is borrowed
    run = Run("Ostland sanctioned Varnia in May. Varnia was sanctioned in June.", dt.date(2019, 9, 11))
    june = next(e for e in run.of("SANCTION") if e.date == dt.date(2019, 6, 1))
    assert run.actors(june) == []


def test_they_in_what_an_organisation_reported_is_the_organisation() -> None:
    # 'reported' gives the Red Cross's own account: 'they' who delivered the aid are the Red Cross
    run = Run("The Red Cross reported they had delivered 20 tonnes of food aid to Ostland.")
    event = run.one("AID")
    assert run.actors(event) == ["The Red Cross"] and run.recipients(event) == ["Ostland"]


def test_the_party_a_subject_met_with_acts_too() -> None:
    # 'met with' and 'attended a summit with': a joint act, both sides are actors
    run = Run("The Zanvar rebels met on Thursday with Omar Diallo, a church mediator, in Korvastad.")
    event = run.one("CONSULT")
    assert run.actors(event) == ["Zanvar", "Omar Diallo"] and run.recipients(event) == []
    run = Run("Brazil agreed with Argentina to lower tariffs.")
    assert run.actors(run.one("AGREE")) == ["Brazil", "Argentina"]


def test_a_passive_meeting_has_both_sides_acting() -> None:
    run = Run("Omar Diallo was being met by Anna Berg at the harbour gate.")
    event = run.one("CONSULT")
    assert sorted(run.actors(event)) == ["Anna Berg", "Omar Diallo"] and run.recipients(event) == []


def test_a_visit_keeps_its_host_as_the_counterpart() -> None:
    run = Run("Omar Diallo visited Anna Berg in Paris on Tuesday.")
    event = run.one("CONSULT")
    assert run.actors(event) == ["Omar Diallo"] and run.recipients(event) == ["Anna Berg"]


def _titled_run(text: str, name: str, titles: list[str]) -> tuple[list, list]:
    """Events of a text whose person ``name`` the article gives with ``titles`` (as the entity
    stage records them); the test helper gives no titles of its own."""
    from structnews.build.extract import nlp
    from structnews.build.extract.events import extract_events
    from tests.test_events import PUBLISHED, _entities

    doc = nlp.load()(text)
    entities, mentions = _entities(doc)
    for entity in entities:
        if entity.name == name:
            entity.titles = titles
    return extract_events(doc, entities, mentions, PUBLISHED), entities


def test_the_capitalised_title_is_the_person_named_with_it() -> None:
    # 'the Prime Minister' (tagged PROPN) for the Prime Minister named before
    events, entities = _titled_run("Prime Minister Anna Berg met Omar Diallo on Monday. "
                                   "That evening, the Prime Minister apologised to farmers for the fuel tax.", "Anna Berg", ["prime", "minister"])
    event = next(e for e in events if e.type == "CONCEDE")
    assert [entities[i].name for i in event.actors] == ["Anna Berg"]


def test_a_title_with_another_qualifier_is_someone_else() -> None:
    # 'the Foreign Minister' is not the Prime Minister named before
    events, entities = _titled_run("Prime Minister Anna Berg met Omar Diallo on Monday. "
                                   "That evening, the Foreign Minister apologised to farmers for the fuel tax.", "Anna Berg", ["prime", "minister"])
    event = next(e for e in events if e.type == "CONCEDE")
    assert event.actors == []


def test_a_passive_agent_described_then_named_is_the_one_named() -> None:
    # 'by a customer, suspected to be X': the customer is X
    run = Run("Guard Anna Berg was stabbed outside the depot by a customer, suspected to be 41-year-old Omar Diallo.")
    event = run.one("ASSAULT")
    assert run.actors(event) == ["Omar Diallo"] and run.recipients(event) == ["Anna Berg"]


def test_the_suspect_in_a_nominal_event_did_it() -> None:
    # 'X, the suspect in the kidnapping of Y': X kidnapped Y (the arrest of X has no named doer)
    run = Run("Omar Diallo, the suspect in the kidnapping of Anna Berg, was arrested on Monday.")
    event = run.one("ASSAULT")
    assert run.actors(event) == ["Omar Diallo"] and run.recipients(event) == ["Anna Berg"]
    assert run.actors(run.one("COERCE")) == []


def test_a_victim_in_a_nominal_event_is_not_its_doer() -> None:
    # 'victim' is no doer noun: the victim of a shooting did not shoot
    run = Run("Omar Diallo, the victim in a shooting in Lisbon, was released from hospital on Monday.")
    assert all("Omar Diallo" not in run.actors(e) for e in run.of("ASSAULT"))


def test_named_members_of_an_unnamed_subject_act() -> None:
    # 'including' hangs on the verb: it names who among the officials criticised
    run = Run("Several officials criticised Norway, including Anna Berg and Omar Diallo.")
    event = run.one("ACCUSE")
    assert run.actors(event) == ["Anna Berg", "Omar Diallo"] and run.recipients(event) == ["Norway"]


def test_members_of_an_unnamed_object_do_not_act() -> None:
    # here the countries include Norway and Chile: they were criticised, they did not criticise
    run = Run("Officials criticised several countries, including Norway and Chile.")
    assert all(not {"Norway", "Chile"} & set(run.actors(e)) for e in run.of("ACCUSE"))


def test_the_leader_of_a_coalition_acts_for_it() -> None:
    run = Run("A Norway-led coalition bombed the Zanvar Front's camp on Monday.")
    assert run.actors(run.one("ASSAULT")) == ["Norway"]
    # one token 'U.S.-led': the written form of the entity the article names
    run = Run("The U.S. sent troops. On Monday, a U.S.-led coalition bombed the Zanvar Front's camp.")
    assert run.actors(run.one("ASSAULT")) == ["U.S."]
    # a backer is not the doer: 'Russian-backed separatists' are not Russia
    run = Run("Russian-backed separatists attacked the Zanvar Front on Monday.")
    assert run.actors(run.one("ASSAULT")) == []


def test_the_other_party_to_an_agreement_acts_too() -> None:
    run = Run("On Wednesday, the Zanvar Front confirmed that it had entered into a fishing agreement with the government of Norway.")
    assert run.actors(run.one("SUPPORT")) == ["the Zanvar Front", "Norway"]
    run = Run("Norway signed a trade agreement with Chile on Monday.")
    assert run.actors(run.one("SUPPORT")) == ["Norway", "Chile"]
    # praise is directed: the one praised does not act, nor does a party of what is praised
    run = Run("Norway praised Chile on Monday for its work with Peru.")
    event = run.one("SUPPORT")
    assert run.actors(event) == ["Norway"] and run.recipients(event) == ["Chile"]


def test_the_people_of_a_country_named_as_one_side_act_for_it() -> None:
    # seventeenth session: 'the Kenyans asked' is Kenya asking (the article names Kenya)
    run = Run("Floods hit Kenya again. The Kenyans asked Uganda for emergency aid on Monday.")
    assert run.actors(run.one("REQUEST")) == ["Kenya"]


def test_a_people_without_the_article_stays_the_people() -> None:
    run = Run("Floods hit Kenya again. Kenyans asked Uganda for emergency aid on Monday.")
    assert run.actors(run.one("REQUEST")) == ["Kenyans"]


def test_the_leaders_after_a_call_of_two_are_its_two_parties() -> None:
    run = Run("President Anna Berg held a video call with President Luis Ortega on Tuesday. Officials said the call was tense. "
              "The leaders agreed that their aides would meet again.")
    assert sorted(run.actors(run.one("AGREE"))) == ["Anna Berg", "Luis Ortega"]
    # a meeting of many came after the call: 'the leaders' are not the call's two
    run = Run("President Anna Berg held a video call with President Luis Ortega on Tuesday. "
              "Leaders of twelve nations met in Lima on Wednesday. The leaders agreed to meet again in May.")
    assert all(sorted(run.actors(e)) != ["Anna Berg", "Luis Ortega"] for e in run.of("AGREE"))


def test_a_wire_dateline_is_no_party() -> None:
    # where the story was filed from and for which agency: neither acts
    run = Run("Leaders accept summit\n\nOSLO/LIMA, Feb 21 (Reuters) - President Anna Berg of Norway and President Luis Ortega "
              "of Chile have accepted a summit proposed by France, officials said on Monday.")
    assert sorted(run.actors(run.one("AGREE"))) == ["Anna Berg", "Luis Ortega"]
    run = Run("Sanctions widen\n\nLIMA (Al Jazeera) – Western governments on Wednesday widened sanctions against Chile.")
    assert [run.actors(e) for e in run.of("SANCTION")] == [[]]
    # an agency followed by a colon ends a dateline too (not a bare 'NAME:', a transcript's speaker)
    run = Run("Minister held\n\nLIMA (Reuters): Chile's former minister Ana Ruiz was arrested on Saturday on fraud charges.")
    assert run.recipients(run.one("COERCE")) == ["Ana Ruiz"]


def test_a_meeting_participle_on_the_subject_is_its_meeting() -> None:
    run = Run("President Ana Ruiz, meeting Chilean officials in Lima on Monday, said the talks went well.")
    meeting = next(e for e in run.of("CONSULT") if e.trigger == "meeting")
    assert run.actors(meeting) == ["Ana Ruiz"] and str(meeting.date) == "2023-03-06"
    run = Run("European Union foreign ministers, meeting in Brussels on Monday, said they would respond.")
    assert run.actors(run.one("CONSULT")) == ["European Union"]
    # a participle of support describing a group is no event of its own
    assert Run("Lawmakers supporting the bill argued it would cut fraud.").of("SUPPORT") == []



def test_a_refusal_of_the_demand_answers_whoever_made_it() -> None:
    run = Run("Chile demanded that Peru withdraw its troops. President Ana Ruiz of Peru rejected the demand on Friday.")
    assert run.recipients(run.one("REJECT")) == ["Chile"]
    run = Run("Chile offered talks on Monday. Peru rejected the offer.")
    assert run.recipients(run.one("REJECT")) == ["Chile"]
    # nothing of that kind reported before: no counterpart is guessed
    assert Run("Chile held drills on Monday. Peru rejected the demand.").one("REJECT").recipients == []


def test_police_in_a_fronted_country_are_that_countrys() -> None:
    run = Run("In Chile, police detained more than 200 people at the protests.")
    assert run.actors(run.one("COERCE")) == ["Chile"]
    run = Run("In Chile, the authorities banned the rallies.")
    assert run.actors(run.one("COERCE")) == ["Chile"]
    # with no place in the clause, nobody is guessed (a place after the verb: test_events_coverage)
    assert Run("Police detained 200 people at the stadium.").one("COERCE").actors == []


def test_each_side_blaming_the_other_is_both_parties() -> None:
    # 'each side ... the other' after a clash of two named parties: both accuse
    run = Run("Ostland and Varnia clashed on their border on Friday. Each side blamed the other for the fighting.")
    assert sorted(run.actors(run.one("ACCUSE"))) == ["Ostland", "Varnia"]


def test_leaders_including_named_ones_are_those_named_not_their_adjective() -> None:
    """'European leaders including A, B and C': the leaders named after 'including' take part,
    not the nationality adjective of the group."""
    run = Run("Anna Berg held a call with European leaders including Tomas Lind, Ivo Sark and Maria Ek on Monday.")
    assert set(run.actors(run.one("CONSULT"))) == {"Anna Berg", "Tomas Lind", "Ivo Sark", "Maria Ek"}


def test_a_title_right_before_a_named_person_is_that_person_however_parsed() -> None:
    """'A and U.S. President Joe Walker held ...': the parser makes 'President' the conjunct and
    hangs the name elsewhere; the title's nationality is not the party, the person is."""
    run = Run("Prime Minister Fumio Kishida and U.S. President Joe Walker held a videoconference on Friday.")
    assert run.actors(run.one("CONSULT")) == ["Fumio Kishida", "Joe Walker"]


def test_a_demand_that_a_party_act_is_made_of_that_party() -> None:
    run = Run("Norway repeated its demand that Chile withdraw its troops.")
    assert run.recipients(run.one("REQUEST")) == ["Chile"]


def test_concern_over_a_partys_activities_disapproves_of_it() -> None:
    run = Run("Norway expressed concern over Chile's growing military activities.")
    event = run.one("ACCUSE")
    assert event.mode == "disapprove" and run.recipients(event) == ["Chile"]
    assert Run("Norway expressed concern over the flooding in the north.").of("ACCUSE") == []


def test_recognising_breakaway_republics_supports_them() -> None:
    assert Run("Norway signed decrees on Monday recognising the Ostland and Vestland people's republics.").of("SUPPORT") != []


def test_a_countrys_military_rulers_act_for_it() -> None:
    run = Run("Chile's military rulers expelled the Norwegian ambassador on Monday.")
    assert run.actors(run.one("SANCTION")) == ["Chile"]


def test_a_bare_junta_is_the_state_whose_junta_was_named() -> None:
    run = Run("Chile's junta took power in May. The junta expelled the Norwegian ambassador on Monday.")
    assert run.actors(run.one("SANCTION")) == ["Chile"]


@pytest.mark.parametrize("second", ["The two agreed to work closely on trade.", "Both agreed to work closely on trade."])
def test_the_two_or_both_without_a_noun_are_the_pair_named_before(second: str) -> None:
    run = Run(f"Anna Berg and Tomas Lind met in Oslo on Monday. {second}")
    assert sorted(run.actors(run.one("AGREE"))) == ["Anna Berg", "Tomas Lind"]
