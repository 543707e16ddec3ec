"""Event recall on unseen text, round 2: event nouns after 'grant', the parser's appositive for a
second object, passives that keep the event noun, same-type events that name no one, and the
codebook classes of lexicon v25 (invented sentences; each assertion checked by hand against the
PLOVER definitions)."""

from __future__ import annotations

from structnews.build.extract.events.parse import governing_verb, is_second_object, verb_lemma
from tests.test_events import Run, nlp


def test_granting_someone_a_pardon_is_a_release_by_the_granter() -> None:
    """'granted X a full pardon': 'grant' is a light verb, its subject pardons, its indirect object
    is pardoned (RETREAT release), as 'X pardoned Y'."""
    run = Run("President Anna Lind granted Tom Reyes a full pardon on Tuesday.")
    event = run.one("RETREAT")
    assert event.mode == "release" and event.trigger == "pardon"
    assert run.actors(event) == ["Anna Lind"] and run.recipients(event) == ["Tom Reyes"]


def test_a_second_object_parsed_as_an_appositive_of_a_long_name_is_still_the_object() -> None:
    """With a three-word name the parser hangs 'a full and unconditional pardon' on the name as an
    appositive; it is the verb's object all the same."""
    doc = nlp.load()("Lind granted Marta Ilse Kovac a full and unconditional pardon.")
    pardon = next(t for t in doc if t.lower_ == "pardon")
    if pardon.dep_ == "appos":  # the misparse this rule is for (a right parse needs no rule)
        assert is_second_object(pardon) and governing_verb(pardon).lower_ == "granted"
    run = Run("President Anna Lind granted Marta Ilse Kovac a full and unconditional pardon.")
    event = run.one("RETREAT")
    assert run.actors(event) == ["Anna Lind"] and run.recipients(event) == ["Marta Ilse Kovac"]


def test_an_appositive_that_describes_a_person_is_no_second_object() -> None:
    """'met X, a former governor': a description, with the verb's own object; no second object."""
    doc = nlp.load()("Lind gave Tom Reyes, a former governor, the award.")
    assert not any(is_second_object(t) for t in doc)


def test_a_passive_that_keeps_the_event_noun_makes_its_subject_the_recipient() -> None:
    """'X was granted clemency': X is the one released."""
    run = Run("Tom Reyes was granted clemency after serving ten years in prison.")
    event = run.one("RETREAT")
    assert event.trigger == "clemency" and run.recipients(event) == ["Tom Reyes"] and event.actors == []


def test_commuting_a_sentence_is_a_release() -> None:
    """'X's sentence was commuted' (codebook: RETREAT release); 'commuted to work' is no event."""
    assert [e.type for e in Run("Governor Anna Lind commuted the sentence of Tom Reyes on Friday.").events] == ["RETREAT"]
    assert [e.type for e in Run("His sentence was commuted after nine years behind bars.").events] == ["RETREAT"]
    assert Run("Tom Reyes commuted to work by train in Oslo.").events == []


def test_two_same_type_events_naming_no_one_keep_one_record() -> None:
    """'strikers clashed with riot police and hurled bottles': both ASSAULT, neither names an entity;
    one record is kept (the earlier trigger), not none."""
    run = Run("The strikers clashed with riot police and hurled bottles.")
    assert [e.trigger for e in run.of("ASSAULT")] == ["clashed"]


def test_admitting_or_regretting_a_wrong_concedes_but_a_neutral_admission_does_not() -> None:
    """Codebook CONCEDE: an admission of responsibility or an expression of regret for a mistake."""
    run = Run("Anna Lind acknowledged her government had mistakenly shot down the aircraft.")
    assert [e.trigger for e in run.of("CONCEDE")] == ["acknowledged"]
    assert run.actors(run.one("CONCEDE")) == ["Anna Lind"]
    assert [e.trigger for e in Run("Anna Lind deeply regrets this tragic mistake.").of("CONCEDE")] == ["regrets"]
    assert Run("Anna Lind acknowledged the economy was weak.").of("CONCEDE") == []
    assert Run("Anna Lind regrets leaving Oslo.").of("CONCEDE") == []


def test_denying_an_accusation_rejects_it_but_denying_a_fact_does_not() -> None:
    run = Run("Anna Lind denied the accusation on Monday.")
    assert [e.trigger for e in run.of("REJECT")] == ["denied"]
    assert Run("Anna Lind denied that the meeting was long.").of("REJECT") == []


def test_poisoning_a_person_is_an_assault_but_food_poisoning_is_not() -> None:
    event = Run("Tom Reyes was poisoned with a nerve agent in Oslo.").one("ASSAULT")
    assert event.mode == "unconventional"
    assert Run("Tom Reyes was treated for food poisoning in Oslo.").of("ASSAULT") == []
    assert Run("The chemicals poisoned the river near Oslo.").of("ASSAULT") == []


def test_a_person_airlifted_for_treatment_is_aided() -> None:
    run = Run("Tom Reyes was airlifted from Oslo to Berlin for treatment.")
    assert run.recipients(run.one("AID")) == ["Tom Reyes"]
    assert Run("The company airlifted the machines from Oslo to Berlin.").of("AID") == []


def test_bringing_down_an_aircraft_is_an_assault_but_shooting_down_a_proposal_is_not() -> None:
    """'shot down a passenger jet', 'downed a helicopter' (codebook ASSAULT); 'shot down the
    proposal' rejects an idea, no assault."""
    run = Run("The Norvian army had shot down a passenger jet near Lisbon.")
    assert [(e.trigger, e.mode) for e in run.of("ASSAULT")] == [("shot down", "heavy-weapons")]
    assert [e.trigger for e in Run("Rebels downed a military helicopter near Lisbon on Monday.").of("ASSAULT")] == ["downed"]
    assert Run("Anna Lind shot down the proposal of Tom Reyes.").of("ASSAULT") == []


def test_a_relative_pronoun_object_stands_for_its_antecedent() -> None:
    """'new rules, which the council dropped': the rules were dropped (CONCEDE, as
    'scrapped'); 'dropped the new song' is no concession."""
    run = Run("The council of Tarsia unveiled new parking rules, which the council dropped after a month.")
    assert [e.trigger for e in run.of("CONCEDE")] == ["dropped"]
    assert Run("The band dropped the new song in Lisbon.").of("CONCEDE") == []


def test_a_technical_fault_acknowledged_is_no_admission() -> None:
    """'acknowledged faults with the system' explains a failure; it concedes nothing to a party."""
    assert Run("Anna Lind acknowledged faults with the radio system on board.").of("CONCEDE") == []


def test_the_subject_of_a_victim_verb_is_the_target_of_the_event_noun() -> None:
    """'X survived a mortar attack': X was attacked (recipient), not the attacker; 'X launched an
    attack' keeps X as the actor."""
    run = Run("In 2017 Tom Reyes survived a mortar attack that wrecked his convoy.")
    event = run.one("ASSAULT")
    assert run.recipients(event) == ["Tom Reyes"] and event.actors == []
    run = Run("Anna Lind launched an attack on Tarsia.")
    assert run.actors(run.one("ASSAULT")) == ["Anna Lind"]


def test_staged_and_waged_reach_the_light_verbs_despite_the_lemmatizer() -> None:
    """The model lemmatizes 'staged' as 'stag' and 'waged' as 'wag'; curated lemma_fixes put them
    right, so the subject of 'staged an attack' and 'waged war' is counted as the doer."""
    assert verb_lemma(nlp.load()("The rebels staged an attack.")[2]) == "stage"
    assert [e.trigger for e in Run("The rebels staged an attack on a checkpoint near Aden.").of("ASSAULT")] == ["attack"]
    run = Run("The Norvian army waged war on Tarsia.")
    assert [e.trigger for e in run.of("ASSAULT")] == ["war"]


def test_a_strike_on_a_target_carried_out_is_an_assault_but_a_strike_on_monday_is_not() -> None:
    run = Run("Norvian forces carried out a strike on a base near Aden.")
    assert [e.type for e in run.events] == ["ASSAULT"]
    assert Run("Workers at the factory launched a strike on Monday in Lisbon.").of("ASSAULT") == []


def test_a_protest_lodged_with_a_government_is_a_complaint_not_a_demonstration() -> None:
    run = Run("The foreign ministry of Chile lodged a formal protest with Peru on Monday.")
    assert [(e.type, e.mode) for e in run.events] == [("ACCUSE", "disapprove")]
    assert [e.type for e in Run("Thousands staged a protest in Lisbon against the law.").events] == ["PROTEST"]


def test_taking_someone_into_custody_is_an_arrest() -> None:
    run = Run("The police took Anna Lind into custody on Friday.")
    event = run.one("COERCE")
    assert event.mode == "arrest" and run.recipients(event) == ["Anna Lind"]
    assert Run("Anna Lind took the children into the garden.").of("COERCE") == []


def test_a_claim_that_a_government_did_something_is_an_allegation() -> None:
    """'claimed the looters were hired by the government': an act alleged of a state body
    (ACCUSE allege); a claim about a post office's letters alleges nothing of a party."""
    run = Run("Anna Lind has claimed the looters were hired by the government.")
    assert [(e.trigger, e.mode) for e in run.of("ACCUSE")] == [("claimed", "allege")]
    assert Run("Anna Lind claimed the letters were sent by the post office.").of("ACCUSE") == []
    assert Run("Anna Lind claimed the weather would be fine.").of("ACCUSE") == []


def test_a_plot_or_conspiracy_to_kill_is_no_killing() -> None:
    """'a plot to kill X', 'plotted to kill X', 'conspiracy to murder X': no one was killed (the
    curated hypothetical cues); 'killed X in a plot' did kill."""
    assert Run("Tom Reyes was sanctioned in 2011 over a plot to kill the ambassador of Chile, Anna Lind.").of("ASSAULT") == []
    assert Run("Tom Reyes plotted to kill Anna Lind.").of("ASSAULT") == []
    assert Run("Tom Reyes was convicted of conspiracy to murder Anna Lind.").of("ASSAULT") == []
    assert [e.trigger for e in Run("Tom Reyes killed Anna Lind in a plot.").of("ASSAULT")] == ["killed"]


def test_the_infinitive_to_is_no_particle() -> None:
    """'conspiracy to commit fraud' is no commitment (AGREE needs 'commit to'); 'committed to talks' is."""
    assert Run("Tom Reyes was convicted of conspiracy to commit fraud.").of("AGREE") == []
    assert [e.trigger for e in Run("Chile committed to talks with Peru.").of("AGREE")] == ["committed to"]


def test_a_second_object_after_a_description_of_the_person_is_the_event() -> None:
    """'granted X, formerly the city's director of parks, a full pardon': the parser reads X as the
    object and the pardon as an appositive of the description; X is pardoned all the same."""
    run = Run("President Anna Lind granted Tom Reyes, formerly the city's director of parks, a full and unconditional pardon.")
    event = run.one("RETREAT")
    assert run.actors(event) == ["Anna Lind"] and run.recipients(event) == ["Tom Reyes"]


def test_a_passive_attack_by_an_unnamed_group_keeps_its_unnamed_target() -> None:
    """'were injured on Friday after being attacked by protesters': someone was attacked (the passive says
    so), by a group the text does not name; 'the plan was attacked by critics' names no group."""
    run = Run("Two cameramen were injured on Friday after being attacked by protesters.")
    assert [e.trigger for e in run.of("ASSAULT")] == ["attacked"]
    assert Run("The plan was attacked by critics in parliament.").of("ASSAULT") == []
    assert Run("The protesters attacked.").of("ASSAULT") == []
