"""Event recall: events whose parties the text describes without naming them, speech acts and
nominal triggers (invented sentences; each assertion checked by hand against the PLOVER
definitions)."""

from __future__ import annotations

from tests.test_events import Run


def test_unnamed_plural_subject_of_a_meeting_keeps_the_event() -> None:
    """'the envoys met': two unnamed parties, so the meeting is an event without actors."""
    run = Run("Behind closed doors in a hotel outside Arlen, the envoys met until midnight.")
    event = run.one("CONSULT")
    assert event.actors == [] and event.recipients == [] and event.trigger == "met"


def test_plural_members_of_one_named_body_count_as_two_parties() -> None:
    """'Nordic ministers' meeting': several members of one named body meet among themselves."""
    run = Run("Mara Olsen, who chaired the Nordic Council ministers' meeting in Oslo, spoke afterwards.")
    assert [e.trigger for e in run.of("CONSULT")] == ["meeting"]


def test_a_singular_unnamed_subject_does_not_make_a_meeting() -> None:
    """One unnamed official is one party: a meeting needs two."""
    assert Run("An official met on Sunday.").of("CONSULT") == []


def test_appositive_name_is_not_counted_again_as_an_unnamed_party() -> None:
    """'The trade envoy, Luis Ortega, joined the talks': one party, not two."""
    run = Run("The Danish trade envoy, Luis Ortega, joined the talks on Tuesday.")
    assert run.of("CONSULT") == []


def test_people_and_hypothetical_unnamed_events_are_not_kept() -> None:
    """'people visiting X' names no party; a negated or hypothetical event of an unnamed group says too little."""
    assert Run("The bill would allow people visiting Norway to be removed.").of("CONSULT") == []
    assert Run("The two leaders would not negotiate in public.").of("CONSULT") == []


def test_reported_words_that_predicate_a_negative_word_are_criticism() -> None:
    """'"It is a shameful trick," X added': the speaker disapproves (ACCUSE, disapprove)."""
    run = Run('Minister Luis Ortega added, "It is a shameful publicity trick that fools no one."')
    event = run.one("ACCUSE")
    assert run.actors(event) == ["Luis Ortega"] and event.mode == "disapprove" and event.trigger == "added"


def test_a_negative_word_that_is_not_predicated_is_no_criticism() -> None:
    """'said there is consensus about the threat': the threat is a topic, not a judgement."""
    run = Run("Minister Luis Ortega said there is broad consensus about the threat.")
    assert run.of("ACCUSE") == []


def test_a_speech_act_verb_beats_the_evaluative_reading_of_said_and_is_not_embedded() -> None:
    """'X said Y warned that sanctions would be a mistake': one warning, no criticism by X, and the
    said-reading does not swallow it."""
    run = Run("Luis Ortega said Anna Berg warned that harsh sanctions would be a mistake.")
    assert run.of("ACCUSE") == []
    assert [e.trigger for e in run.of("THREATEN")] == ["warned"]


def test_we_in_a_quote_without_a_known_speaker_is_an_unnamed_side() -> None:
    """'"We have had good discussions with Chile"': our side and Chile talked."""
    run = Run('"We have had very good discussions with Chile," one official told reporters.')
    event = run.one("CONSULT")
    assert run.recipients(event) == ["Chile"] or run.actors(event) == ["Chile"]


def test_a_group_noun_modifying_an_event_noun_is_its_unnamed_party() -> None:
    """'police violence against protesters', 'the demands of the strikers': unnamed parties."""
    run = Run("Ministers in Oslo cited worsening police violence against protesters.")
    assert [e.trigger for e in run.of("ASSAULT")] == ["violence"]
    run = Run("A pay rise was one of the three demands of the strikers at the mill.")
    assert [e.trigger for e in run.of("REQUEST")] == ["demands"]


def test_a_singular_of_object_and_an_alleged_act_are_no_party_and_no_fact() -> None:
    """'the threat of military force' names no party; 'alleged police violence' may not have happened."""
    assert Run("The threat of military force remained acute.").of("THREATEN") == []
    assert Run("Students want an inquiry into alleged police violence.").of("ASSAULT") == []


def test_sanctions_held_by_a_named_party_are_in_force() -> None:
    """'the subject of Norwegian sanctions since 2011' / 'Chile's sanctions': a SANCTION; bare 'sanctions' is not."""
    run = Run("Nordwave has been the subject of Chile's sanctions since 2011.")
    assert [e.trigger for e in run.of("SANCTION")] == ["sanctions"]
    assert Run("Sanctions were discussed at length in Oslo.").of("SANCTION") == []


def test_a_refusal_stated_as_a_negation_is_kept_for_unnamed_parties() -> None:
    """'The judges would not consider requests': the negated phrase is the refusal itself (REJECT)."""
    run = Run("The judges said they would not consider further requests from the defence.")
    assert [e.trigger for e in run.of("REJECT")] == ["consider"]


def test_the_crime_named_in_a_charge_is_no_separate_attack() -> None:
    """'a charge of murder against X': an accusation's content, not an ASSAULT; 'in charge of' is no charge."""
    run = Run("A charge of murder against Tomas Berg carries a life sentence.")
    assert run.of("ASSAULT") == []
    assert Run("Tomas Berg is in charge of the ministry of defence of Chile.").of("ACCUSE") == []


def test_a_restatement_with_the_same_word_and_no_party_joins_the_record() -> None:
    """'Chile threatened Peru ...' then 'The officials threatened the region': one threat, linked.
    ('The measures threaten the region' is a danger, no threat: tests/test_events_precision.py.)"""
    run = Run("Chile threatened Peru with new tariffs on Monday.\n\nThe officials threatened the region, analysts said.")
    threats = run.of("THREATEN")
    assert len(threats) == 1 and len(threats[0].linked_sentences) == 1


def test_an_event_noun_said_to_happen_is_kept_without_parties() -> None:
    """'Violence broke out', 'talks continue', 'discussions are underway': events, though unnamed."""
    run = Run("Violence broke out on Saturday near the main square of Lima.")
    assert [e.trigger for e in run.of("ASSAULT")] == ["Violence"]
    assert [e.trigger for e in Run("Discussions are underway for an exchange of prisoners.").of("CONSULT")] == ["Discussions"]
    assert [e.trigger for e in Run("Norway is pessimistic, but talks continue.").of("CONSULT")] == ["talks"]


def test_an_event_noun_merely_mentioned_stays_out() -> None:
    """'Talks are important' says nothing happened; a possible resumption is hypothetical."""
    assert Run("Talks are important for the region.").events == []
    assert Run("Talks might resume if the weather improves.").events == []


def test_an_offer_of_cooperation_is_agree_an_offer_of_goods_or_views_is_not() -> None:
    """'offered talks' / 'offered to mediate' promise cooperation; 'offer flights' and 'offered his
    assessment' do not."""
    assert [e.trigger for e in Run("Norway offered talks to Chile on Monday.").of("AGREE")] == ["offered"]
    assert [e.trigger for e in Run("Norway offered to mediate between Chile and Peru.").of("AGREE")] == ["offered"]
    assert Run("Nordwave and Skyline both offer flights to Lima.").of("AGREE") == []
    assert Run("Anna Berg offered her own grim assessment of Chile.").of("AGREE") == []


def test_a_headline_announcing_a_planned_act_joins_the_body_record() -> None:
    """Headline 'Norway announces withdrawal of the fishing bill' and a body sentence saying the
    government will withdraw it: one CONCEDE record, the headline linked."""
    run = Run("Norway announces withdrawal of fishing bill\n\nOn Monday, Anna Berg announced that Norway will withdraw the fishing bill.")
    concede = run.of("CONCEDE")
    assert len(concede) == 1 and len(concede[0].linked_sentences) == 1


def test_conceding_nothing_is_a_negated_concession() -> None:
    """'has conceded nothing': the concession did not happen (negated; dropped when no one is named)."""
    assert [e.context for e in Run("Anna Berg said Chile has conceded nothing.").of("CONCEDE")] == ["negated"]
    assert Run('"They have conceded nothing," one protester said.').of("CONCEDE") == []


def test_complaints_that_concerns_were_ignored_are_criticism() -> None:
    """'the responses had ignored Chile's main concerns', 'its demands were being ignored': ACCUSE;
    'ignored the noise' is not."""
    run = Run("Anna Berg said the written responses from Norway had ignored Chile's main security concerns.")
    assert [e.trigger for e in run.of("ACCUSE")] == ["ignored"]
    assert Run("Anna Berg said Chile's most pressing demands were being ignored.").of("ACCUSE") != []
    assert Run("Anna Berg ignored the noise from the street.").of("ACCUSE") == []


def test_a_verbal_clash_over_an_issue_is_criticism_and_repeated_claims_are_allegations() -> None:
    run = Run("Chile and Peru clashed angrily over the fishing crisis at the meeting in Lima.")
    assert sorted(run.actors(run.one("ACCUSE"))) == ["Chile", "Peru"]
    run = Run("Anna Berg repeated her claims that Norway felt threatened by an encroaching Sweden.")
    assert [e.trigger for e in run.of("ACCUSE")] == ["claims"] and run.of("THREATEN") == []


def test_an_event_noun_that_went_on_or_resulted_is_kept() -> None:
    """'led to violent clashes', 'after six months of fighting': the event happened."""
    run = Run("Last spring, quarrels over grazing land led to violent clashes among herders.")
    assert [e.trigger for e in run.of("ASSAULT")] == ["clashes"]
    run = Run("The farms were abandoned after six months of fighting in the hills.")
    assert [e.trigger for e in run.of("ASSAULT")] == ["fighting"]


def test_a_counted_group_is_the_unnamed_target_of_an_arrest() -> None:
    """'riot officers detained 248 fans': a COERCE whose parties are unnamed."""
    run = Run("Ferry staff watched as riot officers detained 248 fans on the quay.")
    assert [e.trigger for e in run.of("COERCE")] == ["detained"]


def test_a_proposal_of_text_is_no_offer_of_cooperation() -> None:
    """'proposed language calling for X' is no AGREE; 'proposed talks' and 'proposed to meet' are."""
    assert Run("Norway proposed language for the resolution on Friday.").of("AGREE") == []
    assert [e.trigger for e in Run("Norway proposed talks with Chile.").of("AGREE")] == ["proposed"]


def test_claiming_a_wrong_is_an_allegation_claiming_victory_is_not() -> None:
    run = Run("Anna Berg has claimed widespread voter fraud in Chile.")
    assert [e.trigger for e in run.of("ACCUSE")] == ["claimed"]
    assert Run("Anna Berg claimed victory in Chile on Sunday.").of("ACCUSE") == []


def test_demands_that_list_their_content_are_reported() -> None:
    """'The unions' demands include a wage rise' reports the demands; 'the demands are sweeping' only names them."""
    run = Run("The Chilean unions' demands include a wage rise and shorter hours.")
    assert [e.trigger for e in run.of("REQUEST")] == ["demands"]
    assert Run("The Chilean unions' demands are sweeping.").of("REQUEST") == []


def test_legal_challenges_are_accusations() -> None:
    run = Run("Anna Berg made various legal challenges against Chile.")
    event = run.one("ACCUSE")
    assert run.actors(event) == ["Anna Berg"] and run.recipients(event) == ["Chile"]
    assert Run("Anna Berg made various challenges to the team in Chile.").of("ACCUSE") == []


def test_an_agreement_concluded_in_the_passive_is_support() -> None:
    """'a treaty with Chile, which had been agreed under Anna Berg': SUPPORT, not a promise (AGREE)."""
    run = Run("Norway left a treaty with Chile, which had been agreed under President Anna Berg.")
    assert [e.trigger for e in run.of("SUPPORT")] == ["agreed"] and run.of("AGREE") == []


def test_a_rule_or_a_document_as_the_only_subject_is_no_actor() -> None:
    """'The new policy prohibits all flights', 'A report alleged ...': a standing rule or a text, no act."""
    assert Run("The new policy prohibits all flights to the islands.").of("COERCE") == []
    assert Run("A report alleged fireworks were used.").of("ACCUSE") == []


def test_a_reported_should_addressed_to_others_is_a_request() -> None:
    """'X said foreign powers should leave the region': an appeal; not a complaint in the passive,
    a question, or what 'we' should do."""
    run = Run("President Anna Berg said foreign powers should leave the region.")
    assert run.actors(run.one("REQUEST")) == ["Anna Berg"]
    assert Run("Anna Berg said Chile should not be left out of the talks.").of("REQUEST") == []
    assert Run('"Why should Chile trust Norway?" asked Anna Berg.').of("REQUEST") == []
    assert Run("Anna Berg said we should leave the region.").of("REQUEST") == []


def test_asking_a_question_is_no_request() -> None:
    """'Asked whether X planned to meet Y, Z said ...': a question; 'asked Chile to leave' is a request."""
    run = Run("Asked whether Anna Berg planned to meet Luis Ortega, spokesman Omar Diallo said a meeting remained possible.")
    assert run.of("REQUEST") == []
    assert [e.trigger for e in Run("Norway asked Chile to withdraw its envoy.").of("REQUEST")] == ["asked"]


def test_a_meeting_noun_with_a_named_counterpart_has_an_unsaid_host() -> None:
    """'ends with an official lunch with the prime minister of Peru': Peru met someone the sentence leaves unsaid."""
    run = Run("Thursday ends with an official lunch with the prime minister of Peru.")
    event = run.one("CONSULT")
    assert run.recipients(event) + run.actors(event) == ["Peru"]


def test_a_temporal_clause_under_an_open_question_is_a_fact() -> None:
    """'ask whether prices have fallen since Sweden quit the union': the departure happened;
    'whether Sweden will quit the union' is open."""
    run = Run("Analysts ask whether fish prices have fallen since Sweden quit the union in March.")
    assert [(e.trigger, e.context) for e in run.of("SANCTION")] == [("quit", None)]
    assert Run("Whether Sweden will quit the union is not yet known.").of("SANCTION") == []


def test_a_summons_to_act_is_a_request() -> None:
    """'Chile and Peru were openly called to join': a REQUEST with them as recipients."""
    run = Run("Chile and Peru were openly called to join the project.")
    assert sorted(run.recipients(run.one("REQUEST"))) == ["Chile", "Peru"]


def test_an_announced_initiative_is_an_offer() -> None:
    run = Run("President Anna Berg announced a new peace initiative for the Baltic.")
    assert run.actors(run.one("AGREE")) == ["Anna Berg"]


def test_orders_that_make_something_mandatory_and_shutdowns_are_coercion() -> None:
    run = Run("The government of Chile made vaccination mandatory for children.")
    assert [e.trigger for e in run.of("COERCE")] == ["made"]
    run = Run("On May 5, the government of Chile ordered a two-week shutdown of the railways.")
    assert [e.trigger for e in run.of("COERCE")] == ["shutdown"]
    assert Run("Anna Berg made the trip to Chile in May.").of("COERCE") == []


def test_a_hearing_held_is_an_investigation() -> None:
    run = Run("The Senate of Chile held a hearing on the broadcaster Nordwave on February 24.")
    assert [e.mode for e in run.of("ACCUSE")] == ["investigate"]


def test_the_doer_of_an_infinitive_counts_for_its_conditions() -> None:
    """'border forces began deploying along X': 'forces' is the military word 'deploy' needs."""
    run = Run("Ostland border forces began deploying along the river near Varna on Friday.")
    assert [e.trigger for e in run.of("MOBILIZE")] == ["deploying"]
    assert Run("Nordwave began deploying new software in Varna.").of("MOBILIZE") == []


def test_a_plea_made_to_someone_is_a_request() -> None:
    """'X made a plea to the council again': the preposition hangs on 'made'."""
    run = Run("Anna Berg made a plea to Chile once again on Friday.")
    assert run.actors(run.one("REQUEST")) == ["Anna Berg"]


def test_an_event_noun_introduced_with_its_doer_after_during_is_no_back_reference() -> None:
    """'during the martial law declared by General X in 1981': a COERCE of its own."""
    run = Run("The museum closed during the martial law declared by General Anna Berg in 1981.")
    assert [e.trigger for e in run.of("COERCE")] == ["law"]
    assert Run("Prices rose during the martial law.").of("COERCE") == []


def test_signing_an_agreement_is_one_event() -> None:
    """'Anna Berg and Luis Ortega signed the Nordic Trade Agreement': the verb and its object noun are one SUPPORT."""
    run = Run("On Sunday, Presidents Anna Berg and Luis Ortega signed the Andean Free Trade Area (AFTA) agreement in Lima.")
    assert len(run.of("SUPPORT")) == 1


def test_counting_on_someone_to_act_and_a_deadline_are_requests() -> None:
    run = Run('Anna Berg wrote, "I count on Chile to act with restraint."')
    assert [run.recipients(e) for e in run.of("REQUEST")] == [["Chile"]]
    run = Run("The Chilean unions had given Norway until Thursday to withdraw the bill.")
    event = run.one("REQUEST")
    assert run.recipients(event) == ["Norway"] and event.mode == "demand"
    assert Run("Anna Berg gave Chile a book on Thursday.").of("REQUEST") == []


def test_an_announced_withdrawal_is_a_concession() -> None:
    run = Run("On Sunday, Norway announced a full withdrawal of its peacekeepers from the island.")
    assert run.actors(run.one("CONCEDE")) == ["Norway"]


def test_a_warning_that_targets_will_widen_is_a_threat() -> None:
    run = Run('Spokesman Luis Ortega said, "We warn Norway that the list of our targets will grow."')
    assert [run.recipients(e) for e in run.of("THREATEN")] == [["Norway"]]


def test_a_denied_speech_act_is_no_event_a_denied_agreement_is_negated() -> None:
    """'"I never threaten my rivals," X said' makes no threat; 'could not agree' is a negated AGREE."""
    assert Run('Anna Berg also said, "I never threaten my rivals."').of("THREATEN") == []
    run = Run("Anna Berg and Luis Ortega could not agree on a shared fishing quota.")
    assert [e.context for e in run.of("AGREE")] == ["negated"]


def test_citing_a_wrong_is_an_allegation_and_the_wrong_is_its_content() -> None:
    """'X cited the government's repression of journalists as his reason': ACCUSE, no COERCE."""
    run = Run("In her resignation, Anna Berg cited the Chilean government's repression of journalists as her reason.")
    assert run.actors(run.one("ACCUSE")) == ["Anna Berg"] and run.of("COERCE") == []
    assert Run("Anna Berg cited the weather in Chile as her reason.").of("ACCUSE") == []


def test_an_unnamed_institution_is_a_party() -> None:
    """'After a committee hearing was conducted on March 3': the committee (no entity) held it."""
    run = Run("After a committee hearing was conducted on March 3, the airline kept flying.")
    assert [e.mode for e in run.of("ACCUSE")] == ["investigate"]


def test_police_speaking_with_a_suspect_investigate_rather_than_consult() -> None:
    run = Run("Oslo police spoke with Anna Berg as a suspect on Monday.")
    assert [e.mode for e in run.of("ACCUSE")] == ["investigate"] and run.of("CONSULT") == []
    assert run.of("ACCUSE") and Run("Anna Berg spoke with Luis Ortega on Monday.").of("ACCUSE") == []


def test_agreeing_to_a_material_act_is_that_act_agreeing_to_talk_stays() -> None:
    """'have now agreed to sanction X' is a SANCTION, no AGREE; 'agreed to meet again' keeps its AGREE."""
    run = Run("Denmark and Finland have now agreed to sanction Luis Ortega, whose junta seized power in May.")
    assert run.of("AGREE") == [] and run.of("SANCTION") != []
    run = Run("Anna Berg and Luis Ortega agreed to meet again in Lima.")
    assert run.of("AGREE") != [] and run.of("CONSULT") != []


def test_cooperation_said_to_come_is_a_promise() -> None:
    """'Anna Berg and Luis Ortega will be working together on the transition': AGREE (intent), not COOPERATE."""
    run = Run("Anna Berg and Luis Ortega will be working together on the transition.")
    assert run.of("COOPERATE") == [] and run.of("AGREE") != []
    run = Run("Anna Berg and Luis Ortega worked together on the transition last year.")
    assert run.of("COOPERATE") != [] and run.of("AGREE") == []


def test_two_coordinated_acts_of_one_type_are_two_events_but_one_meeting_stays_one() -> None:
    """'rejected the appeal and later vetoed a bill': two REJECT acts;
    'Anna Berg met Luis Ortega and discussed the border': one encounter."""
    run = Run("Sweden rejected the mayor's appeal for a recount and later vetoed a bill on the same issue.")
    assert sorted(e.trigger for e in run.of("REJECT")) == ["rejected", "vetoed"]
    run = Run("Anna Berg met Luis Ortega in Lima and discussed the border with him.")
    assert len(run.of("CONSULT")) == 1


def test_brokering_a_ceasefire_is_mediation() -> None:
    run = Run("Norway brokered a holiday cease-fire along the front between Chile and Peru.")
    event = run.one("CONSULT")
    assert event.mode == "third-party" and "Norway" in run.actors(event)
    assert Run("Anna Berg brokered the sale of her house in Lima.").of("CONSULT") == []


def test_a_sanctions_list_someone_holds_is_in_force() -> None:
    run = Run("Luis Ortega was not on Norway's sanctions list of 40 names.")
    assert [e.trigger for e in run.of("SANCTION")] == ["list"]
    assert Run("Luis Ortega was not on Norway's guest list.").of("SANCTION") == []


def test_rejecting_a_measure_denounces_it_rejecting_a_proposal_refuses_it() -> None:
    run = Run('Minister Anna Berg wrote: "I strongly reject the new Norwegian blockade measure."')
    assert [e.mode for e in run.of("ACCUSE")] == ["disapprove"] and run.of("REJECT") == []
    run = Run("Anna Berg rejected the proposal from Norway.")
    assert run.of("REJECT") != [] and run.of("ACCUSE") == []


def test_a_coercive_act_its_doer_says_is_possible_is_a_threat() -> None:
    """'Anna Berg said she might impose sanctions on Chile': THREATEN (mode sanction), not a feared SANCTION."""
    run = Run("Anna Berg said she might impose sanctions on Chile.")
    event = run.one("THREATEN")
    assert run.actors(event) == ["Anna Berg"] and run.recipients(event) == ["Chile"] and event.mode == "sanction"
    assert run.of("SANCTION") == []
    assert Run("Analysts said Norway might impose sanctions on Chile.").of("THREATEN") == []


def test_a_declared_state_of_emergency_is_coercion() -> None:
    run = Run("On Monday, with riots spreading, Anna Berg declared a nationwide state of emergency.")
    assert run.actors(run.one("COERCE")) == ["Anna Berg"]


def test_a_claim_is_an_allegation_only_against_someone_or_of_a_wrong() -> None:
    """'claimed that it is Norway that is stoking the unrest' and 'claimed he was unjustly
    jailed' allege; 'claimed that the bridge was a vital part of the economy' does not."""
    assert Run("Anna Berg has claimed that it is Norway that is stoking the unrest in the port.").of("ACCUSE") != []
    assert Run("The prisoner Luis Ortega claimed he was unjustly jailed.").of("ACCUSE") != []
    assert Run("Anna Berg also claimed that the new bridge was a vital part of the city's economy.").of("ACCUSE") == []


def test_speech_act_nouns_with_their_content_report_acts_though_unnamed() -> None:
    """'despite calls for a ceasefire, the militia stayed': someone called for it (REQUEST);
    a bare 'calls' names nothing."""
    run = Run("Despite calls for a ceasefire, the Chilean militia has made no move to withdraw.")
    assert [e.trigger for e in run.of("REQUEST")] == ["calls for"]
    assert Run("The calls were long.").of("REQUEST") == []


def test_an_unresolved_we_or_they_keeps_no_event_in_first_person_text() -> None:
    # interview answers: private talk, not consultations between parties
    run = Run("“We were talking about the budget a lot in those years,” she said.\n\n"
              "“They talk to me every week, and we discuss everything.”")
    assert [e for e in run.events if e.type == "CONSULT"] == []


def test_codebook_verbs_of_ramming_dispersing_pardoning_and_defying() -> None:
    assert [e.type for e in Run("A man rammed a truck into the crowd in Harlow on Friday.").events] == ["ASSAULT"]
    assert [e.type for e in Run("Police dispersed the protesters with tear gas on Sunday.").events] == ["COERCE"]
    run = Run("President Anna Lind pardoned Tom Reyes on Tuesday.")
    event = run.one("RETREAT")
    assert run.actors(event) == ["Anna Lind"] and run.recipients(event) == ["Tom Reyes"]
    assert [e.type for e in Run("Thousands of people defied the curfew in Harlow on Saturday.").events] == ["REJECT"]
    # not what the ship did to the pier, nor defying expectations
    assert Run("The ship rammed into the pier. The new model defied expectations.").events == []
