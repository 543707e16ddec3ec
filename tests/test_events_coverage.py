"""Event extraction: participles, symmetric parties, occasions of speech acts, and the triggers
added for accusations, warnings, restrictions and fighting (invented sentences).

The sentences are made up; each assertion was checked by hand against the PLOVER definitions.
"""

from __future__ import annotations

import datetime as dt

from tests.test_events import Run


def test_participle_on_the_object_takes_the_main_verb_subject() -> None:
    run = Run("Governor Mara Olsen sent a letter requesting new rules from Elena Varga.")
    event = run.one("REQUEST")
    assert run.actors(event) == ["Mara Olsen"]


def test_participle_is_dated_by_the_main_verb() -> None:
    run = Run("Attorney General Tomas Berg filed a petition on February 10, accusing Nordwave of fraud.")
    event = run.one("ACCUSE")
    assert run.actors(event) == ["Tomas Berg"]
    assert (event.date, event.date_precision) == (dt.date(2023, 2, 10), "day")
    run = Run("Foreign Minister Maria Lopez issued a statement on Monday blaming Portugal for the delay.")
    event = run.one("ACCUSE")
    assert run.actors(event) == ["Maria Lopez"] and run.recipients(event) == ["Portugal"]
    assert event.date == dt.date(2023, 3, 6)


def test_entered_into_an_agreement_is_support() -> None:
    run = Run("Norway said that it entered into an agreement on fish quotas with Chile.")
    event = run.one("SUPPORT")
    assert "Norway" in run.actors(event)


def test_fighting_between_two_parties_names_both_as_actors() -> None:
    run = Run("The conflict between Ethiopia and Eritrea began in 2021.")
    event = run.one("ASSAULT")
    assert run.actors(event) == ["Ethiopia", "Eritrea"] and run.recipients(event) == []
    assert Run("There is a conflict between its interests and its laws.").of("ASSAULT") == []


def test_call_in_which_a_warning_was_given_is_still_a_call() -> None:
    run = Run("President Ana Ruiz warned President Omar Haddad against interfering in Peru in a long call.")
    threat = run.one("THREATEN")
    assert run.actors(threat) == ["Ana Ruiz"] and run.recipients(threat) == ["Omar Haddad"]
    assert run.one("CONSULT").trigger == "call"


def test_warn_against_needs_someone_warned() -> None:
    assert Run("Doctors warned against complacency.").of("THREATEN") == []


def test_claims_with_content_are_allegations() -> None:
    run = Run("The Norwegian government claims Nordwave flies weapons to Chile.")
    assert run.one("ACCUSE").mode == "allege"
    assert Run("Norway claimed victory in the vote.").of("ACCUSE") == []  # no content clause


def test_questioning_a_named_party() -> None:
    run = Run("Senator Rosa Lind questioned Pedro Alves's authority.")
    assert run.actors(run.one("ACCUSE")) == ["Rosa Lind"]
    assert Run("Pedro Alves was questioned about the case by reporters.").of("ACCUSE") == []


def test_orders_to_shut_down_and_closures_restrict() -> None:
    run = Run("President Rodrigo Mendez ordered Radio Sol to shut down.")
    event = run.one("COERCE")
    assert run.actors(event) == ["Rodrigo Mendez"] and event.mode == "restrict"
    assert Run("The government of Peru closed schools for a week.").one("COERCE").mode == "restrict"
    assert Run("Peru ordered Chile's wine.").of("COERCE") == []


def test_joining_calls_is_a_request_not_a_phone_call() -> None:
    run = Run("Prime Minister Lena Holm joined the calls by officials asking Norway to act.")
    assert run.of("CONSULT") == []
    assert run.of("REQUEST")


def test_charges_brought_against_someone() -> None:
    run = Run("Prosecutors in Peru brought charges against Pedro Alves.")
    event = run.one("ACCUSE")
    assert run.recipients(event) == ["Pedro Alves"] and event.mode == "allege"


def test_flying_cargo_somewhere_is_no_visit() -> None:
    assert Run("The airline Nordwave flies weapons and cargo to Chile.").of("CONSULT") == []
    run = Run("President Ana Ruiz flew to Chile on Monday.")
    assert run.recipients(run.one("CONSULT")) == ["Chile"]


def test_characterising_something_negatively_is_criticism() -> None:
    run = Run('Senator Tom Lind called Maria Lopez\'s budget deal "lousy" on Monday.')
    event = run.one("ACCUSE")
    # the possessor of the thing criticised is the target (the test helper keeps the "'s")
    assert run.actors(event) == ["Tom Lind"] and [r.removesuffix("'s") for r in run.recipients(event)] == ["Maria Lopez"]
    assert event.mode == "disapprove"
    run = Run("Minister Ana Ruiz described the Peruvian plan as a threat to peace.")
    assert run.actors(run.one("ACCUSE")) == ["Ana Ruiz"]


def test_characterising_something_positively_is_praise() -> None:
    run = Run("President Ana Ruiz described the talks with Chile as a positive development.")
    assert run.actors(run.one("SUPPORT")) == ["Ana Ruiz"]
    assert run.of("ACCUSE") == []


def test_naming_or_calling_someone_is_no_characterisation() -> None:
    assert Run('President Omar Haddad called the operation "Spring Shield".').of("ACCUSE") == []
    run = Run("Mr Haddad called President Biden on Monday.")
    assert run.of("ACCUSE") == [] and run.one("CONSULT").mode == "phone"


def test_two_titled_names_misparsed_as_one_chain_are_both_subjects() -> None:
    """The parser sometimes hangs 'US President A and Turkish President B' as one compound chain
    (A an appositive of the first title, B's title its conjunct); both still spoke."""
    from spacy.tokens import Doc, Span
    from structnews.build.extract import nlp
    from structnews.build.extract.drafts import LocalEntity, MentionDraft
    from structnews.build.extract.events import extract_events

    words = ["US", "President", "Mark", "Stone", "and", "Turkish", "President", "Ali", "Demir", "spoke", "on", "the", "phone", "."]
    heads = [1, 8, 3, 1, 3, 6, 3, 8, 9, 9, 9, 12, 10, 9]
    deps = ["compound", "compound", "compound", "appos", "cc", "amod", "conj", "compound", "nsubj", "ROOT", "prep", "det", "pobj", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "CCONJ", "ADJ", "PROPN", "PROPN", "PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    tags = ["NNP", "NNP", "NNP", "NNP", "CC", "JJ", "NNP", "NNP", "NNP", "VBD", "IN", "DT", "NN", "."]
    lemmas = ["US", "President", "Mark", "Stone", "and", "turkish", "President", "Ali", "Demir", "speak", "on", "the", "phone", "."]
    spaces = [True] * 12 + [False, False]
    doc = Doc(nlp.load().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    doc.ents = [Span(doc, 2, 4, "PERSON"), Span(doc, 7, 9, "PERSON")]
    entities = [LocalEntity(0, "Mark Stone", "PERSON", "mark stone", ["Mark Stone"]),
                LocalEntity(1, "Ali Demir", "PERSON", "ali demir", ["Ali Demir"])]
    mentions = [MentionDraft(0, doc[2].idx, doc[3].idx + 5, "Mark Stone", 0, "model"),
                MentionDraft(1, doc[7].idx, doc[8].idx + 5, "Ali Demir", 0, "model")]
    events = extract_events(doc, entities, mentions, dt.date(2023, 3, 9))
    consult = [e for e in events if e.type == "CONSULT"]
    assert len(consult) == 1 and sorted(consult[0].actors) == [0, 1]


def test_purpose_clause_is_dated_by_the_gathering() -> None:
    run = Run("Trade ministers of Peru and Chile gathered in Lima on Wednesday to discuss tariffs.")
    event = run.one("CONSULT")
    assert sorted(run.actors(event)) == ["Chile", "Peru"] and event.date == dt.date(2023, 3, 8)


def test_day_of_another_event_noun_is_not_the_trigger_date() -> None:
    run = Run("The bill was suspended by Hong Kong after last week's protests.")
    assert run.one("CONCEDE").date is None  # last week dates the protests, not the suspension
    run = Run("Norway and Chile will meet on Monday, before Friday's vote.")
    assert run.one("CONSULT").date == dt.date(2023, 3, 13)


def test_following_day_counts_from_the_previous_sentence() -> None:
    run = Run("Ministers from Greece and Egypt met in Cairo on Wednesday. Turkey denounced the meeting the following day.")
    assert run.one("ACCUSE").date == dt.date(2023, 3, 9)
    assert Run("Turkey denounced Greece the following day.").one("ACCUSE").date is None  # nothing to count from


def test_a_period_something_went_on_through_is_no_date() -> None:
    run = Run("The president has blamed Norway for unrest in various cities throughout 2022.")
    assert run.one("ACCUSE").date is None


def test_the_government_is_the_country_whose_government_was_named() -> None:
    run = Run("Chile's government met Peru on Monday. The government later criticized Bolivia.")
    assert run.actors(run.one("ACCUSE")) == ["Chile"]
    run = Run("The government of Peru closed its borders. To curb the disease, authorities prohibited travel.")
    # two measures in two sentences, naming no victim: two records (curated separate_act_types), both Peru's
    assert [run.actors(e) for e in run.of("COERCE")] == [["Peru"], ["Peru"]]
    # no government named before: 'the government' stays unresolved
    assert run.actors(Run("The government criticized Bolivia.").one("ACCUSE")) == []


def test_infinitive_tagged_as_noun_is_still_the_verb_and_dated_by_the_decision() -> None:
    run = Run("Citing the rigged vote, the Nordic Council agreed on Monday to sanction Omar Diallo and his generals.")
    event = run.one("SANCTION")
    assert run.recipients(event) == ["Omar Diallo"]
    # 'on Monday' hangs from the past 'agreed': the Monday before publication, not the next one
    assert event.date == dt.date(2023, 3, 6)


def test_date_modifying_another_noun_is_not_the_event_date() -> None:
    run = Run("Norway imposed sanctions on Belarus over an Aug. 9 election.")
    assert all(e.date is None for e in run.of("SANCTION"))


def test_members_named_with_such_as_are_the_counterparts() -> None:
    run = Run("Norway criticized allies such as Germany and France.")
    assert run.recipients(run.one("ACCUSE")) == ["Germany", "France"]
    watched = Run("Norway met officials as Germany watched.")  # 'as' alone names no member
    assert [watched.recipients(e) for e in watched.of("CONSULT")] == [[]]  # (a meeting with unnamed officials)


def test_the_two_leaders_are_those_of_the_last_two_party_meeting() -> None:
    run = Run("Antony Blinken spoke with Sergey Lavrov on Tuesday. The call lasted 30 minutes. "
              "Officials said little. Later, the two top diplomats agreed they should speak again.")
    assert sorted(run.actors(run.one("AGREE"))) == ["Antony Blinken", "Sergey Lavrov"]
    # without an earlier two-party meeting nothing is guessed
    run = Run("Officials said little. Later, the two top diplomats agreed they should speak again.")
    assert run.of("AGREE") == [] or run.actors(run.one("AGREE")) == []


def test_negated_acceptance_is_a_rejection() -> None:
    run = Run("President Ana Ruiz did not accede to the demands from Chile.")
    event = run.one("REJECT")
    assert run.actors(event) == ["Ana Ruiz"] and event.context is None  # the refusal happened
    assert Run("The league said its board would not consider requests from clubs.").one("REJECT").context is None
    run = Run("Norway did not accept the offer from Chile.")
    assert run.of("AGREE") == [] and len(run.of("REJECT")) == 1
    assert Run("Norway accepted the offer from Chile.").of("REJECT") == []


def test_nobody_in_particular_is_no_event() -> None:
    assert Run("Not everybody agreed the town should build a new stadium.").of("AGREE") == []
    assert Run("Twelve states have signed it, but only a few have ratified the water treaty.").of("SUPPORT") == []
    assert Run("The treaty was rejected.").one("REJECT").actors == []  # a passive without agent is still kept


def test_event_noun_modifying_another_noun_is_no_event() -> None:
    assert Run("The Red Guard is the largest fighting unit in the northern alliance, Norway said.").of("ASSAULT") == []
    assert Run("Norway cited assassination plots against dissidents in Chile.").of("ASSAULT") == []
    run = Run("Officials said Russia had completed a troop build-up near Ukraine.")
    assert run.one("MOBILIZE")  # 'build-up' written with a hyphen is one word


def test_a_visit_needs_a_visitor() -> None:
    assert Run("Anyone living in or visiting Lisbon will pay the new water tax.").of("CONSULT") == []
    assert Run("Airlines announced restrictions on flying to Cuba.").of("CONSULT") == []
    run = Run("President Ana Ruiz visited Chile on Monday.")
    event = run.one("CONSULT")
    assert run.actors(event) == ["Ana Ruiz"] and run.recipients(event) == ["Chile"]


def test_harm_without_an_assailant_is_no_assault() -> None:
    assert Run("A road accident killed cyclist Tom Reyes on June 3.").of("ASSAULT") == []
    assert Run("Three people were killed in a car crash in Ohio.").of("ASSAULT") == []
    assert Run("Gunmen killed five soldiers in Mali.").of("ASSAULT")


def test_first_person_in_a_direct_quote_is_its_speaker() -> None:
    from structnews.build.extract.drafts import QuoteDraft
    from structnews.build.extract.events import extract_events

    text = '"We are asking Chile to release the prisoners," Senator Rosa Lind said.'
    run = Run(text)
    assert run.actors(run.one("REQUEST")) == []  # without the quote, 'we' is no one
    lind = next(e.index for e in run.entities if e.name == "Rosa Lind")
    quote = QuoteDraft(0, text.index(",") + 2, text[: text.index(",") + 2], "direct", False, lind, "Rosa Lind",
                       "said", "explicit", 0, 1.0)
    events = extract_events(run.doc, run.entities, run.mentions, dt.date(2023, 3, 9), [quote])
    request = [e for e in events if e.type == "REQUEST"]
    assert len(request) == 1 and [run.names[i] for i in request[0].actors] == ["Rosa Lind"]


def test_warnings_against_and_vows_of_force_are_threats() -> None:
    run = Run("Peru sent Bolivia a blunt written warning against building the dam.")
    assert run.actors(run.one("THREATEN")) == ["Peru"]
    run = Run("Chile vowed on Friday to use force if the reef was not handed back.")
    assert run.actors(run.one("THREATEN")) == ["Chile"]


def test_a_capital_acting_stands_for_its_country() -> None:
    from structnews.build.extract.events import extract_events

    run = Run("Moscow issued written demands for security guarantees. Russia wants answers.")
    for entity in run.entities:  # what the entity stage sets from the gazetteer
        entity.gazetteer_name = {"Moscow": "Moscow", "Russia": "Russia"}.get(entity.name)
    events = extract_events(run.doc, run.entities, run.mentions, dt.date(2023, 3, 9))
    request = next(e for e in events if e.type == "REQUEST")
    assert [run.names[i] for i in request.actors] == ["Russia"]


def test_crowds_gathering_and_taking_to_the_streets_protest() -> None:
    assert Run("Thousands of protesters gathered around the police headquarters on Friday.").one("PROTEST").mode == "demo"
    assert Run("Thousands took to the streets of Lima on Sunday.").one("PROTEST")
    assert Run("The protesters, who have filled downtown streets for weeks, want answers.").one("PROTEST")
    assert Run("Lawmakers gathered in the chamber.").of("PROTEST") == []
    assert Run("She took her son to the street market.").of("PROTEST") == []


def test_noun_with_a_participle_and_agent_plays_its_verb() -> None:
    run = Run("New sanctions imposed by the European Union took effect.")
    assert run.actors(run.one("SANCTION")) == ["the European Union"]
    assert Run("New sanctions took effect.").of("SANCTION") == []  # nobody imposed them here


def test_a_reported_must_is_a_demand() -> None:
    run = Run("Chile must pay for its crimes, Peru said.")
    event = run.one("REQUEST")
    assert event.mode == "demand" and run.actors(event) == ["Peru"] and run.recipients(event) == ["Chile"]
    run = Run("Speaking in Bergen, Trade Minister Anna Berg insisted that every fishing boat must carry a tracker.")
    assert run.actors(run.one("REQUEST")) == ["Anna Berg"]
    assert Run('"I must answer you directly," Boris Johnson said.').of("REQUEST") == []  # the speaker's own duty
    assert Run("Police said he must have known about the plan.").of("REQUEST") == []  # an inference
    assert Run("Travellers must show a passport at the border.").of("REQUEST") == []  # a rule, not a statement


def test_a_reported_we_must_demands_only_what_the_speakers_side_wants_from_others() -> None:
    """'we must get our money back' asks others for it; 'we must stand together' exhorts the speaker's own
    side (curated ``claim_verbs``, lexicon v55). Before, both were demands."""
    assert Run('"As citizens we must stand together," Mara Velden wrote on Monday.').of("REQUEST") == []
    run = Run('"We must get our deposits back from the Ostrian bank," Mara Velden told reporters on Monday.')
    assert run.actors(run.one("REQUEST")) == ["Mara Velden"]


def test_joining_someone_in_an_act_makes_both_actors() -> None:
    run = Run("Germany joined France in condemning the attack.")
    assert run.actors(run.one("ACCUSE")) == ["Germany", "France"]


def test_agreeing_on_a_fact_is_no_agreement_to_act() -> None:
    """'agreed that the harbour was too small' shares a view; 'agreed that the talks would
    continue' commits to an act (curated plan_content, lexicon v55). Before, both were AGREE."""
    assert Run("Norway and Kenya agreed that the harbour was too small.").of("AGREE") == []
    run = Run("Norway and Kenya agreed that the talks would continue in May.")
    assert run.actors(run.one("AGREE")) == ["Norway", "Kenya"]


def test_a_question_reports_no_event() -> None:
    """An interviewer's question names acts without reporting them. Before, the conflict in it was
    an attack between the two countries."""
    assert Run("Who started the war between Norway and Kenya, in your view?").events == []
    assert Run('"Why did Norway attack Kenya?" Mara Velden asked on Monday.').of("ASSAULT") == []
    run = Run("Norway attacked Kenya on Monday. Why did it happen?")
    assert run.actors(run.one("ASSAULT")) == ["Norway"]


def test_voting_against_is_rejection_and_raising_funds_for_a_party_is_aid() -> None:
    """Lexicon v55: 'voted against X' (REJECT); 'raised funds for X' (AID, economic) needs X named."""
    run = Run("Senator Mara Velden voted against the Kenyan budget in 2002.")
    assert run.actors(run.one("REJECT")) == ["Mara Velden"]
    run = Run("The Kesh Rotary Club raised funds for the Red Cross last year.")
    event = run.one("AID")
    assert run.recipients(event) == ["the Red Cross"] and event.mode == "economic"
    assert Run("The Kesh Rotary Club raises money every year.").of("AID") == []


def test_a_court_ruling_an_act_unlawful_with_a_predicate_is_a_rejection() -> None:
    """'ruled the tax unlawful' (an object predicate, lexicon v55) as 'ruled that the tax was unlawful'."""
    run = Run("The Supreme Court of Kenya ruled the harbour tax unlawful on Monday.")
    assert run.actors(run.one("REJECT")) == ["The Supreme Court"]
    assert Run("The Supreme Court of Kenya ruled the harbour tax lawful on Monday.").of("REJECT") == []


def test_a_stated_refusal_to_agree_is_a_rejection() -> None:
    run = Run("Ostland's foreign minister said on Monday that Ostland would not agree to any concessions.")
    assert run.of("AGREE") == [] and run.actors(run.one("REJECT")) == ["Ostland"]
    assert Run('"We cannot agree to that," Ana Ruiz said.').one("REJECT").context is None
    # not agreed yet is no refusal
    assert Run("Ostland and Dravia have not agreed on a date for the talks.").of("REJECT") == []


def test_a_promise_coordinated_with_a_warning_is_made() -> None:
    # 'warned' makes what it reports possible only; the promise joined to it is not its content
    run = Run("In Lima, President Ana Ruiz warned that Chile could attack Peru and promised additional military assistance.")
    event = run.one("AGREE")
    assert run.actors(event) == ["Ana Ruiz"] and event.context is None
    assert Run("Ana Ruiz warned that Chile could attack Peru and seize the port.").of("ASSAULT") == []


def test_halting_a_certification_is_a_sanction() -> None:
    run = Run("Norway on Tuesday halted the certification of the Chilean gas pipeline.")
    assert run.actors(run.one("SANCTION")) == ["Norway"]


def test_a_call_up_of_reservists_is_a_mobilisation_not_a_call() -> None:
    run = Run("President Ana Ruiz ordered the call-up of military reservists aged 18 to 60.")
    assert run.of("CONSULT") == [] and run.actors(run.one("MOBILIZE")) == ["Ana Ruiz"]


def test_a_called_off_meeting_did_not_take_place() -> None:
    for verb in ("called off", "cancelled"):
        run = Run(f"Norway on Tuesday {verb} a planned meeting with Chile.")
        assert run.of("CONSULT") == [] and run.one("SANCTION").mode == "cancel"


def test_troops_arriving_are_deployed_not_visiting() -> None:
    run = Run("Chilean troops began arriving in Peru for military exercises.")
    assert run.of("CONSULT") == [] and run.actors(run.one("MOBILIZE")) == ["Chilean"]  # the people's adjective, as Run shows it
    run = Run("President Ana Ruiz arrived in Chile on Monday.")
    assert run.one("CONSULT").mode == "visit"


def test_closing_airspace_to_another_states_aircraft_is_a_sanction() -> None:
    run = Run("Canada closed its airspace to Chilean airlines on Sunday.")
    assert run.of("COERCE") == [] and run.actors(run.one("SANCTION")) == ["Canada"]
    assert Run("Police closed the border crossing on Monday.").of("SANCTION") == []


def test_a_consequence_stated_for_another_partys_act_is_a_threat() -> None:
    run = Run("Chile would pay a high price if it used force against Peru, President Ana Ruiz told reporters.")
    event = run.one("THREATEN")
    assert run.actors(event) == ["Ana Ruiz"] and run.recipients(event) == ["Chile"]
    run = Run("President Ana Ruiz said Norway would respond with measures if Chile kept up its drills.")
    assert run.recipients(run.one("THREATEN")) == ["Chile"]
    # a forecast with no party's act as its condition, or a consequence with no condition, threatens no one
    assert Run("President Ana Ruiz said prices would rise if the harvest failed.").of("THREATEN") == []
    assert Run("President Ana Ruiz said Chile would pay a high price.").of("THREATEN") == []


def test_a_promised_response_is_a_threat_and_an_assurance_of_support_support() -> None:
    run = Run("Chile's foreign ministry promised a strong and painful response to the decision.")
    assert run.of("AGREE") == [] and run.actors(run.one("THREATEN")) == ["Chile"]
    run = Run("President Ana Ruiz assured President Luis Ortega of Norway's unwavering support.")
    assert run.recipients(run.one("SUPPORT")) == ["Luis Ortega"]
    assert Run("President Ana Ruiz assured reporters that the talks would go on.").of("SUPPORT") == []


def test_forces_put_on_standby_mobilise_and_forces_clashing_fight() -> None:
    run = Run("Chile said on Monday that it was putting forces on standby.")
    assert run.one("MOBILIZE").trigger == "putting"
    run = Run("Chilean and Peruvian forces clashed near the border town on Monday.")
    assert sorted(run.actors(run.one("ASSAULT"))) == ["Chilean", "Peruvian"]  # Run shows the adjectives


def test_a_weapons_fire_kills_by_attack_a_blaze_by_accident() -> None:
    run = Run("A Chilean soldier was killed by sniper fire near the border on Sunday.")
    assert run.recipients(run.one("ASSAULT")) == ["Chilean"]  # Run shows the adjective
    assert Run("Two people were killed by a fire in the market.").of("ASSAULT") == []


def test_warships_sailing_somewhere_are_moved_there() -> None:
    run = Run("Four Chilean warships sailed into the Pacific on Tuesday.")
    assert run.actors(run.one("MOBILIZE")) == ["Chilean"]  # Run shows the adjective
    assert Run("The cruise ship sailed into the harbour on Tuesday.").of("MOBILIZE") == []


def test_restrictive_measures_on_a_party_and_sanctions_targeting_it_sanction_it() -> None:
    run = Run("The European Union imposed restrictive measures on Norway on Monday.")
    event = run.one("SANCTION")
    assert run.actors(event) == ["The European Union"] and run.recipients(event) == ["Norway"]
    run = Run("The European Union adopted a package of sanctions targeting Norway on Monday.")
    assert run.recipients(run.one("SANCTION")) == ["Norway"]
    # measures against no party (a government's own economy) sanction no one
    assert Run("The government imposed economic measures to curb inflation.").of("SANCTION") == []


def test_weapons_launched_at_a_party_internet_suspended_and_help_requested_from_a_body() -> None:
    run = Run("Peru said it had launched drones at Chile on Monday.")
    assert run.actors(run.one("ASSAULT")) == ["Peru"] and run.one("ASSAULT").trigger == "launched"
    assert Run("The company launched a new phone on Monday.").of("ASSAULT") == []
    assert Run("Chile suspended mobile internet across the country.").one("COERCE").mode == "censor"
    run = Run("President Ana Ruiz requested help from the African Union in April.")
    assert run.recipients(run.one("REQUEST")) == ["the African Union"]


def test_an_envoy_ordered_to_leave_is_expelled_and_troops_brought_home_withdraw() -> None:
    run = Run("Chile on Monday ordered Peru's ambassador to leave the country within 72 hours.")
    event = run.one("SANCTION")
    assert event.mode == "expel" and run.actors(event) == ["Chile"] and run.recipients(event) == ["Peru"]
    assert run.of("REQUEST") == []
    # an order to anyone else to leave is a demand
    assert Run("Chile ordered the protesters to leave the square.").of("SANCTION") == []
    run = Run("Norway said on Thursday that it would bring its troops home.")
    assert run.actors(run.one("CONCEDE")) == ["Norway"]  # a declared withdrawal (docs/gold-events.md)
    run = Run("Norway began airlifting 1,000 soldiers to the province last Friday.")
    assert run.actors(run.one("MOBILIZE")) == ["Norway"]


def test_suspended_transactions_with_a_party_and_an_invitation_from_it() -> None:
    run = Run("Chile suspended all commercial transactions with Peru on Monday.")
    assert run.recipients(run.one("SANCTION")) == ["Peru"]
    run = Run("Chile rejected an invitation from Peru to attend the summit.")
    assert run.recipients(run.one("REJECT")) == ["Peru"]


def test_police_who_detained_a_number_of_people_did_so_where_the_clause_says() -> None:
    # 'people' counted is an unnamed target: the arrest stays once its doer is known
    run = Run("Chilean police reported that they had detained 240 people at the rallies on Sunday.")
    assert run.actors(run.one("COERCE")) == ["Chilean"]  # Run shows the adjective
    run = Run("Police opened fire on protesters in Santiago on Monday.")
    assert run.actors(run.one("ASSAULT")) == ["Santiago"]  # a capital stands for its country in the build


def test_crowds_storming_a_building_riot_and_supporters_act_for_their_leader() -> None:
    run = Run("Supporters of cleric Ivo Sark stormed the parliament building on Saturday.")
    event = run.one("PROTEST")
    assert event.mode == "riot" and run.actors(event) == ["Ivo Sark"] and run.of("ASSAULT") == []
    # an armed party storming a compound attacks it
    assert Run("Troops stormed the rebel compound on Monday.").of("PROTEST") == []
    assert Run("Troops stormed the rebel compound on Monday.").one("ASSAULT").trigger == "stormed"
    run = Run("Farmers and protesters blocked roads in several southern regions on Monday.")
    assert run.one("PROTEST").mode == "obstruct"
    assert Run("Police blocked roads to the capital on Monday.").of("PROTEST") == []


def test_police_in_a_by_phrase_act_where_the_clause_says() -> None:
    run = Run("In Chile, former president Ana Ruiz was detained by police on Wednesday.")
    event = run.one("COERCE")
    assert run.actors(event) == ["Chile"] and run.recipients(event) == ["Ana Ruiz"]
    # no place: nobody is guessed
    assert Run("Former president Ana Ruiz was detained by police on Wednesday.").one("COERCE").actors == []


def test_diplomatic_complaints_and_stated_consequences() -> None:
    run = Run("Chile lodged a strong protest with Peru on Monday.")
    assert run.recipients(run.one("ACCUSE")) == ["Peru"]
    run = Run("Chile summoned the Peruvian ambassador on Monday.")
    assert run.actors(run.one("ACCUSE")) == ["Chile"] and run.recipients(run.one("ACCUSE")) == ["Peruvian"]  # Run shows the adjective
    assert Run("The judge summoned the witness on Monday.").of("ACCUSE") == []
    run = Run("Chile said it reserved the right to respond to the attack.")
    assert run.actors(run.one("THREATEN")) == ["Chile"]
    assert Run("Chile said it would hold the rebels accountable for the attack.").one("THREATEN").trigger == "hold"


def test_military_aircraft_flying_over_a_place_are_a_show_of_force() -> None:
    run = Run("Chilean fighter jets flew over the disputed islands on Tuesday.")
    assert run.one("MOBILIZE").trigger == "flew"
    assert Run("Chilean transport planes flew aid to the islands on Tuesday.").of("MOBILIZE") == []
    # a leader carried by a helicopter is no show of force
    assert Run("President Ana Ruiz flew above the rally on her helicopter on Tuesday.").of("MOBILIZE") == []
