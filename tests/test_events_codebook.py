"""Event lexicon v23: the PLOVER codebook's classes per type, and the parse shapes behind missed
nominal and coordinated triggers (invented sentences; each expectation checked by hand against
the codebook's definitions and modes)."""

from __future__ import annotations

import pytest

from tests.test_events import Run

# (sentence, type, trigger): one reading per codebook class the lexicon lacked before v23.
FOUND = [
    # ASSAULT: firearms, crowd-control weapons (CAMEO 175), primitive weapons, explosives,
    # destruction, abduction, beating, execution, forcible ouster
    ("Police fired a live round at a student in Norvik on Tuesday.", "ASSAULT", "fired"),
    ("Soldiers opened fire on villagers near Dalmora on Monday.", "ASSAULT", "opened"),
    ("Gunmen gunned down Mayor Lina Varga outside her home.", "ASSAULT", "gunned down"),
    ("Riot police used water cannon and tear gas against marchers in Norvik.", "ASSAULT", "used"),
    ("Youths threw stones and petrol bombs at the Norvik police station.", "ASSAULT", "threw"),
    ("Militants detonated a bomb outside the Dalmora courthouse.", "ASSAULT", "detonated"),
    ("Rioters torched the offices of the Norvik Gazette.", "ASSAULT", "torched"),
    ("Troops destroyed homes in the village of Dalmora.", "ASSAULT", "destroyed"),
    ("Soldiers stormed the rebel base outside Norvik.", "ASSAULT", "stormed"),
    # (a civilian crowd storming a building is a violent riot, PROTEST mode riot: events lexicon v65)
    ("Supporters of Omar Diallo stormed the parliament in Norvik.", "PROTEST", "stormed"),
    ("Pirates hijacked a tanker owned by Norvik Shipping.", "ASSAULT", "hijacked"),
    ("Police beat the protesters with batons in Norvik.", "ASSAULT", "beat"),
    ("The Dalmora government executed three dissidents on Monday.", "ASSAULT", "executed"),
    ("Rebels took twelve aid workers hostage in Dalmora.", "ASSAULT", "took"),
    ("An army coalition ousted President Omar Diallo in 2004.", "ASSAULT", "ousted"),
    ("The bus was rammed into a checkpoint by a car bomb in Dalmora.", "ASSAULT", "rammed"),
    ("Omar Diallo drove a van into a crowd outside the Norvik stadium.", "ASSAULT", "drove"),
    ("A Norvik patrol boat hit two Dalmora trawlers with a water cannon near the reef.", "ASSAULT", "hit"),
    ("Riot officers in Dalmora fired tear gas to break up a student march on Sunday.", "COERCE", "break up"),
    ("Norvik soldiers began rounding up officials of the ousted Dalmora cabinet overnight.", "COERCE", "rounding up"),
    ("Norvik border guards pushed back asylum seekers at the Dalmora crossing.", "COERCE", "pushed back"),
    ("Dalmora snapped trade relations with Norvik after the border clash.", "SANCTION", "snapped"),
    # COERCE: restricting institutions, banning organisations, censorship, blockades, lockdowns
    ("King Harald of Norvik suspended parliament for five weeks.", "COERCE", "suspended"),
    ("The Dalmora government banned the Freedom Party in May.", "COERCE", "banned"),
    ("Dalmora outlawed the opposition party of Omar Diallo.", "COERCE", "outlawed"),
    ("Authorities in Dalmora shut down the internet on Monday.", "COERCE", "shut down"),
    ("The Norvik government imposed a blockade on the port of Dalmora.", "COERCE", "blockade"),
    ("Rebels captured the town of Dalmora on Monday.", "COERCE", "captured"),
    ("The Norvik government placed the capital under lockdown on Monday.", "COERCE", "lockdown"),
    ("Norvik locked down the capital on Monday.", "COERCE", "locked down"),
    ("Norvik imposed a national security law on Dalmora.", "COERCE", "law"),
    # SANCTION: leaving organisations, reducing relations and aid
    ("Norvik quit the trade alliance in March.", "SANCTION", "quit"),
    ("Norvik downgraded relations with Dalmora.", "SANCTION", "downgraded"),
    ("Norvik closed its embassy in Dalmora.", "SANCTION", "closed"),
    ("Norvik stopped aid to Dalmora in June.", "SANCTION", "stopped"),
    ("Norvik imposed tariffs on steel from Dalmora.", "SANCTION", "tariffs"),
    # ACCUSE: objections (disapprove), legal action (allege), investigations
    ("President Omar Diallo opposed Chancellor Anna Berg's plan.", "ACCUSE", "opposed"),
    ("Lawyers for Norvik filed a motion in federal court on Friday.", "ACCUSE", "motion"),
    ("Norvik filed a lawsuit against Dalmora on Monday.", "ACCUSE", "lawsuit"),
    ("A grand jury indicted Mayor Lina Varga on Monday.", "ACCUSE", "indicted"),
    ("Norvik held Dalmora responsible for the attack.", "ACCUSE", "held"),
    ("Minister Ali Tamim attributed the bombing to the Freedom Front.", "ACCUSE", "attributed"),
    ("Norvik opened an investigation into the Dalmora Mining Company.", "ACCUSE", "investigation"),
    ("Prosecutors announced an inquiry into Mayor Lina Varga.", "ACCUSE", "inquiry"),
    # REJECT: refused funding and help, ruling out
    ("The Norvik parliament denied funding for Dalmora's project.", "REJECT", "denied"),
    ("Chancellor Anna Berg ruled out talks with Dalmora.", "REJECT", "ruled out"),
    # REQUEST: orders to a party, insisting on something, an act at a party's request
    ("Judge Lina Varga ordered Dalmora Mining to pay compensation.", "REQUEST", "ordered"),
    ("Dalmora insisted on a meeting with Norvik.", "REQUEST", "insisted on"),
    ("Norvik sought an apology from Dalmora.", "REQUEST", "sought"),
    ("The troops returned at the Dalmora government's request in 2014.", "REQUEST", "request"),
    # PROTEST: pickets, walkouts
    ("Teachers picketed the Norvik education ministry on Monday.", "PROTEST", "picketed"),
    ("Protesters blocked access to the Norvik airport on Monday.", "PROTEST", "blocked"),
    ("Opposition lawmakers walked out of the Norvik parliament.", "PROTEST", "walked out"),
    # MOBILIZE: police units (codebook mode police)
    ("Norvik deployed riot police to the border with Dalmora.", "MOBILIZE", "deployed"),
    # AID: economic and military aid to a recipient
    ("Norvik granted a loan to Dalmora.", "AID", "granted"),
    ("Norvik armed the rebels of the Freedom Front.", "AID", "armed"),
    ("Norvik sent masks and ventilators to Dalmora on Monday.", "AID", "sent"),
    # COOPERATE: cooperation with a party, joint operations
    ("Norvik troops are there in cooperation with Dalmora forces.", "COOPERATE", "cooperation with"),
    ("Norvik teamed up with Dalmora to fight piracy.", "COOPERATE", "teamed up"),
    # AGREE: expressed willingness
    ('"We stand ready to help," Chancellor Anna Berg said.', "AGREE", "stand"),
    ("Dalmora expressed its willingness to negotiate with Norvik.", "AGREE", "willingness"),
    # SUPPORT: seconding, thanking, appreciating, expressing support
    ("The proposal was seconded by Chancellor Anna Berg.", "SUPPORT", "seconded"),
    ("President Omar Diallo thanked Norvik for its help.", "SUPPORT", "thanked"),
    ("Norvik expressed support for Dalmora's bid.", "SUPPORT", "support"),
    # CONCEDE: giving in, reversing a decision
    ("The Dalmora government gave in to the strikers.", "CONCEDE", "gave in"),
    ("Dalmora reversed its decision on the mine.", "CONCEDE", "reversed"),
    ("Dalmora complied with the demands of Norvik on Monday.", "CONCEDE", "complied with"),
    ("The Dalmora government bowed to pressure from Norvik.", "CONCEDE", "bowed to"),
    ('Senator Lina Varga called the plan "a power grab".', "ACCUSE", "called"),
    # RETREAT: leaving territory, ceding it, exchanging prisoners, disarming, returning property
    ("Norvik troops left Dalmora in 2011.", "RETREAT", "left"),
    ("Norvik handed over control of the port to Dalmora.", "RETREAT", "handed over"),
    ("Norvik and Dalmora exchanged prisoners on Monday.", "RETREAT", "exchanged"),
    ("The Freedom Front rebels laid down their arms in Dalmora.", "RETREAT", "laid down"),
    ("The Freedom Front rebels disarmed in Dalmora on Monday.", "RETREAT", "disarmed"),
    ("Norvik returned the seized land to Dalmora.", "RETREAT", "returned"),
    # street clashes with police, tear gas, impeachment, subpoenas, court filings, endorsements
    ("Protesters clashed with police in Norvik on Sunday.", "ASSAULT", "clashed"),
    ("The House impeached President Omar Diallo on Wednesday.", "ACCUSE", "impeached"),
    ("The Norvik Senate issued a subpoena to Dalmora Mining on Friday.", "ACCUSE", "subpoena"),
    ("Dalmora filed an appeal against the ruling of Judge Lina Varga.", "ACCUSE", "appeal"),
    ("Dalmora filed a petition against Norvik at the court.", "ACCUSE", "petition"),
    ("Norvik announced its endorsement of Omar Diallo on Monday.", "SUPPORT", "endorsement"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), FOUND)
def test_codebook_class_is_found(text: str, type_: str, trigger: str) -> None:
    run = Run(text)
    assert trigger in [e.trigger for e in run.of(type_)], [(e.type, e.trigger) for e in run.events]


# (sentence, type): the conditions keep the other reading of the same word out.
NOT_FOUND = [
    ("The company fired its chief executive on Monday.", "ASSAULT"),  # dismissal, not a weapon
    ("A long heatwave hit the Norvik wheat farms this summer.", "ASSAULT"),  # weather, no weapon
    ("The meeting of Norvik and Dalmora ministers broke up after an hour.", "COERCE"),  # a meeting ending, not a crowd dispersed
    ("The Dalmora finance ministry pushed back against the budget forecasts.", "COERCE"),  # a rebuttal, no migrants
    ("In its dispute with Omar Diallo, Dalmora used the force of public opinion rather than the courts.", "ASSAULT"),  # opinion, not violence
    ("Many homes in Dalmora were destroyed by the storm on Monday.", "ASSAULT"),  # no assailant
    ("Homes in Dalmora have been destroyed, the Red Cross said.", "ASSAULT"),  # no assailant named
    ("The Norvik parliament outlawed the death penalty in 1990.", "COERCE"),  # a law, not repression
    ("The fish lives in kelp, as opposed to the open sea near Dalmora.", "ACCUSE"),  # a comparison
    ("Polls showed support for Omar Diallo at one percent.", "SUPPORT"),  # a poll, not an act
    ("Chancellor Anna Berg reversed course the next day.", "CONCEDE"),  # a change of mind, not a concession
    ("Voters in Dalmora want Omar Diallo to run for the Senate.", "REQUEST"),  # a wish
    ("Ministers clashed over the budget of Dalmora.", "ASSAULT"),  # a verbal clash, no police or crowd
    ("Dalmora complied with the law of Norvik.", "CONCEDE"),  # obeying a law concedes nothing to anyone
    ("Ali Tamim attributed his success to Norvik.", "ACCUSE"),  # credit, not blame for an attack
    ("Omar Diallo drove his car into Norvik on Monday.", "ASSAULT"),  # a drive, no crowd
    ("Krill swarm under the pack ice each spring, providing food for whales and seals.", "AID"),  # nature
    ("Omar Diallo gave an interview in Norvik on Monday.", "CONCEDE"),  # 'in' a place, not giving in
    ("The roof of the Norvik station caved in on Monday.", "CONCEDE"),  # a collapse
    ("Omar Diallo walked out of the Norvik hospital on Monday.", "PROTEST"),  # leaving a hospital
    ("Norvik police have ruled out terrorism in the Dalmora fire.", "REJECT"),  # a hypothesis excluded
    ("Omar Diallo insisted on his innocence in Norvik.", "REQUEST"),  # an assertion
    ("Norvik reinforced its position on the Dalmora treaty.", "MOBILIZE"),  # a political stance
    ("Fans stormed the court after Norvik won the final.", "ASSAULT"),  # sport
    ("Omar Diallo was injured by falling debris in Norvik.", "ASSAULT"),  # an accident
    ("Lina Varga returned the body of Omar Diallo to his family in Norvik.", "RETREAT"),  # no property of a party
    ("Norvik Airlines stopped flights to Dalmora because of the virus.", "SANCTION"),  # a carrier's decision
    ("Protesters blocked access to the Norvik airport on Monday.", "COERCE"),  # protesters obstruct, no censorship
    ("Omar Diallo disarmed a gunman inside a Norvik bakery.", "RETREAT"),  # disarming someone else
    ("After the death of Omar Diallo, the Norvik parliament was suspended indefinitely.", "COERCE"),  # a recess
    ("Two senators, Lina Varga and Omar Diallo, opposed both articles of the resolution.", "ACCUSE"),  # a vote
    ("The Norvik parliament passed a law on pensions in Dalmora.", "COERCE"),  # a law passed, not imposed
    ("Norvik used the money to build schools in Dalmora.", "ASSAULT"),  # no crowd-control weapon
    ("Dalmora beat Norvik 3-1 in the final.", "ASSAULT"),  # sport
    ("The Norvik cabinet executed its plan to cut taxes.", "ASSAULT"),  # a plan carried out
    ("Norvik threw a party for Chancellor Anna Berg.", "ASSAULT"),  # no weapon thrown
    ("Voters ousted Mayor Lina Varga in the election.", "ASSAULT"),  # an election, not a coup
    ("The Norvik court suspended the sentence of Lina Varga.", "COERCE"),  # no institution closed
    ("Chancellor Anna Berg left Dalmora on Monday.", "RETREAT"),  # a trip, not troops
    ("The attack left twenty soldiers dead in Dalmora.", "RETREAT"),  # a result, not a withdrawal
    ("She sent the police a timetable for the parade.", "MOBILIZE"),  # the police receive a plan
    ("On Friday, the Joint Task Force Operation Iron Shield released a statement about Dalmora.", "COOPERATE"),  # a name
    ("Norvik reiterated its willingness to use its veto against Dalmora.", "AGREE"),  # a threat
    ("Norvik sent Dalmora written answers to Omar Diallo's requests.", "REQUEST"),  # earlier requests
]


@pytest.mark.parametrize(("text", "type_"), NOT_FOUND)
def test_ambiguous_word_keeps_its_other_reading(text: str, type_: str) -> None:
    run = Run(text)
    assert run.of(type_) == [], [(e.type, e.trigger) for e in run.events]


def test_coordinated_verbs_share_their_object() -> None:
    """'fired and landed a rubber bullet': the bullet is the object of both verbs."""
    run = Run("Guards fired and landed a rubber bullet on a farmer near Dalmora on Sunday.")
    assert [e.trigger for e in run.of("ASSAULT")] == ["fired"]


def test_conjoined_objects_each_satisfy_the_object_condition() -> None:
    """'used batons and tear gas': the second object counts too."""
    run = Run("Riot police used batons and tear gas against marchers in Norvik.")
    assert [e.trigger for e in run.of("ASSAULT")] == ["used"]


def test_a_placed_and_dated_attack_noun_is_kept_without_a_named_party() -> None:
    """'a note saying an attack that morning on a depot outside X ...': the attack is reported as
    happening at a place and on a day, so it is an event though nobody is named."""
    run = Run("On Thursday, the army put out a note saying an attack that morning on a fuel depot outside Dalmora wounded nobody.")
    event = run.one("ASSAULT")
    assert event.trigger == "attack" and run.location(event) == "Dalmora"


def test_an_unplaced_attack_noun_without_a_party_is_not_kept() -> None:
    """'an attack' with neither a named party nor a place and date is a generic mention."""
    assert Run("An attack would be a disaster, the statement said.").of("ASSAULT") == []


def test_unnamed_group_subject_of_a_lawsuit_keeps_it() -> None:
    """'mayors from nine cities filed a lawsuit': an unnamed group sues."""
    run = Run("On Tuesday, mayors from nine cities filed a lawsuit against the fuel tax.")
    assert [e.trigger for e in run.of("ACCUSE")] == ["lawsuit"]


def test_a_passive_split_by_a_time_phrase_keeps_its_subject() -> None:
    """'A car bomb was on Thursday rammed into X': parsed as 'bomb was' + an adverbial 'rammed',
    the subject of 'was' is still what was rammed (a vehicle bomb: ASSAULT)."""
    run = Run("A car bomb was on Thursday rammed into a police depot near Dalmora.")
    assert [e.trigger for e in run.of("ASSAULT")] == ["rammed"]


def test_a_simple_past_verb_parsed_as_a_modifier_is_a_verb() -> None:
    """'The British relinquished control of X': the parser made 'relinquished' an adjective of
    'control'; a simple past after a noun phrase is the clause's verb (RETREAT)."""
    run = Run("The British relinquished control of the islands to Dalmora in 1997.")
    assert [e.trigger for e in run.of("RETREAT")] == ["relinquished"]


def test_a_participle_modifier_stays_an_adjective() -> None:
    """'the rejected proposal', 'a threatened invasion': participles (VBN) describe, they report nothing."""
    assert Run("The rejected proposal of Omar Diallo came back to Dalmora.").of("REJECT") == []
    assert Run("A threatened invasion of Dalmora worried Norvik.").of("THREATEN") == []


def test_a_lot_of_requests_takes_the_light_verb() -> None:
    """'making a lot of requests': 'a lot of' holds the event noun, which takes the light verb."""
    run = Run("Dalmora is making a lot of requests to Norvik.")
    assert [e.trigger for e in run.of("REQUEST")] == ["requests"]


def test_an_order_to_shut_down_is_one_coercion_not_also_a_demand() -> None:
    """'ordered Norvik Broadcasting to shut down': the reading whose required word is present (COERCE,
    'shut') beats the shape-only reading of the same word (REQUEST, 'ordered X to')."""
    run = Run("Citing unpaid licence fees, Dalmora ordered Norvik Broadcasting to shut down.")
    assert [e.type for e in run.events] == ["COERCE"]


def test_a_resignation_carried_out_is_retreat_and_one_said_to_come_is_concede() -> None:
    """Codebook: RETREAT covers resignations carried out; CONCEDE 'declarations (but not
    implementations) of ... withdrawals'. 'stepped down on July 24' is RETREAT (resign); 'will
    resign on August 2' and 'troops will leave' are declarations (CONCEDE, no mode)."""
    run = Run("Governor Omar Diallo stepped down on Friday.")
    event = run.one("RETREAT")
    assert event.mode == "resign" and run.of("CONCEDE") == []
    run = Run("Governor Omar Diallo announced he will resign on August 2.")
    event = run.one("CONCEDE")
    assert event.trigger == "resign" and event.mode is None and run.of("RETREAT") == []
    run = Run("Norvik troops will leave Dalmora next month.")
    assert [e.trigger for e in run.of("CONCEDE")] == ["leave"] and run.of("RETREAT") == []
