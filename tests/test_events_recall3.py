"""Event recall on unseen text, round 3: the codebook classes of lexicon v27 (court rulings,
postponed elections, troops put to a task, surrender, release from detention, a party's defence,
charges without 'with'), directed acts on a described but unnamed person, and an impersonal 'it
was agreed' (invented sentences; each assertion checked by hand against the PLOVER definitions,
each new reading with a sentence where the same word must stay silent)."""

from __future__ import annotations

from structnews.build.extract.drafts import LocalEntity, MentionDraft
from structnews.build.extract.events import extract_events
from tests.test_events import PUBLISHED, Run, _entities, nlp


def _types(text: str) -> list[str]:
    return [e.type for e in Run(text).events]


def test_a_court_ruling_against_an_act_is_a_rejection() -> None:
    """'ruled against the mayor's ban', 'ruled (that) X lacked the power', 'struck down the
    order': a court refusing an act (REJECT); a ruling that upholds, or ruling a country, is not."""
    run = Run("The Dalmora High Court ruled against the mayor's ban on street markets.")
    assert run.one("REJECT").trigger == "ruled against"
    run = Run("The Dalmora High Court ruled Mayor Anna Berg lacked the power to close the markets.")
    assert run.one("REJECT").trigger == "ruled"
    assert Run("A federal judge in Texas struck down the order on Monday.").one("REJECT").trigger == "struck down"
    assert "REJECT" not in _types("The Ohio Supreme Court ruled that Smith's order was lawful.")
    assert "REJECT" not in _types("The Vargas family ruled Norvia for four decades.")
    assert "REJECT" not in _types("The storm struck down power lines across Ohio.")


def test_postponing_an_election_restricts_it() -> None:
    """'delayed the election', 'postponed its referendum': COERCE restrict, as the
    suspension of a parliament; delaying a flight or a report is no event."""
    run = Run("Mayor Anna Berg delayed the municipal election by three months.")
    event = run.one("COERCE")
    assert event.mode == "restrict" and event.trigger == "delayed" and run.actors(event) == ["Anna Berg"]
    assert Run("Norvia postponed its referendum on Tuesday.").one("COERCE").trigger == "postponed"
    assert "COERCE" not in _types("Norvia Airlines delayed its flights on Tuesday.")
    assert "COERCE" not in _types("The Norvian ministry postponed the report until May.")


def test_troops_put_to_a_task_are_mobilized() -> None:
    """'using the army to guard the border', 'called in the army': MOBILIZE troops; using a
    budget, or calling in a plumber, is not."""
    run = Run("Dalmora has been using the army to guard the border crossings.")
    event = run.one("MOBILIZE")
    assert event.mode == "troops" and run.actors(event) == ["Dalmora"]
    assert Run("Governor Tom Smith called in the army after the riots.").one("MOBILIZE").trigger == "called in"
    assert "MOBILIZE" not in _types("Dalmora has been using the new budget to guard the border crossings.")
    assert "MOBILIZE" not in _types("Tom Smith called in a plumber on Monday.")


def test_giving_oneself_up_to_the_authorities_is_a_retreat() -> None:
    """'turned himself in', 'surrendered to police': the suspect yields (RETREAT); turning in a
    report, or surrendering a passport, is no yielding of the person."""
    run = Run("Omar Diallo turned himself in at a police station in Dalmora on Sunday.")
    assert run.one("RETREAT").trigger == "turned himself in" and run.actors(run.one("RETREAT")) == ["Omar Diallo"]
    assert Run("Mark Jones surrendered to police in Leeds on Saturday.").one("RETREAT").trigger == "surrendered to"
    assert "RETREAT" not in _types("Mark Jones turned in his report on Saturday.")
    assert "RETREAT" not in _types("Mark Jones surrendered his passport to police on Saturday.")


def test_release_from_detention_is_a_release() -> None:
    """'was released from a jail', 'released on bail': RETREAT release; released from hospital,
    or releasing a statement, is not."""
    event = Run("Omar Diallo was released from prison on Sunday after two years.").one("RETREAT")
    assert event.mode == "release" and event.trigger == "released from"
    assert Run("Mark Jones was released on bail on Friday.").one("RETREAT").mode == "release"
    assert "RETREAT" not in _types("Mark Jones was released from hospital on Friday.")
    assert "RETREAT" not in _types("Mark Jones released a statement on Friday.")


def test_coming_to_a_party_s_defence_is_support() -> None:
    """'came to X's defence': SUPPORT; coming to a town is a trip, no support."""
    assert "SUPPORT" in _types("Several opposition parties came to Omar Diallo's defence after the vote.")
    assert "SUPPORT" not in _types("Several opposition parties came to Dalmora for the congress.")


def test_a_passive_charge_without_with_is_an_accusation_and_holds_its_content() -> None:
    """'was charged for allegedly supplying weapons': ACCUSE allege, and what the charge
    alleges (the supplying) is its content, no AID event; a price charged is no accusation."""
    run = Run("A Dalmora shopkeeper was charged for allegedly supplying weapons to Omar Diallo.")
    assert run.one("ACCUSE").mode == "allege"
    assert "AID" not in [e.type for e in run.events]
    assert "ACCUSE" not in _types("Ohio Airlines charged passengers for extra bags on Monday.")


def test_a_directed_act_on_a_described_person_is_kept() -> None:
    """'police arrested a woman', 'the FBI arrested two suspects', 'police shot a teenager': the
    target is a person the text leaves unnamed, the event is kept (the gold's recipients []);
    an act on a thing with nobody named stays out, except approval of it ('praised the plan':
    SUPPORT of whoever made it, curated approval_verbs)."""
    run = Run("Dalmora police arrested a woman on Sunday over the theft of a painting.")
    assert run.one("COERCE").mode == "arrest" and run.recipients(run.one("COERCE")) == []
    assert Run("The FBI arrested a suspect in Ohio.").one("COERCE").trigger == "arrested"
    assert Run("Ohio police shot a teenager on Friday.").one("ASSAULT").mode == "firearms"
    assert _types("The FBI praised the plan.") == ["SUPPORT"]
    assert "COERCE" not in _types("The FBI seized the initiative.")
    # a sanction is between parties: 'banned teenagers from night clubs' sanctions no one
    assert "SANCTION" not in _types("The Norvian government banned teenagers from night clubs.")


def test_an_impersonal_agreement_is_no_support() -> None:
    """'it was agreed (that) a curfew would be imposed': the decision's content is the act, no
    SUPPORT (a concluded agreement) of its own; 'the treaty, which had been agreed' still is."""
    assert "SUPPORT" not in _types("At the cabinet session it was agreed that a curfew would be imposed from Monday.")
    assert "SUPPORT" in _types("The treaty, which had been agreed under Tom Smith, was signed in Paris.")


def test_a_people_asked_to_act_is_a_counterpart() -> None:
    """'asked all Norvians to stay home': a people in the plural, whose country the text
    may not name and that is no entity of the article, is the addressee of the request (as 'asked
    200 people to leave'); 'asked the plan to ...' has no addressee."""
    def events(text: str) -> list[str]:
        doc = nlp.load()(text)
        entities, mentions = _entities(doc)
        keep = [e for e in entities if e.type != "NORP"]  # the people is no entity here
        index = {e.index: i for i, e in enumerate(keep)}
        keep = [LocalEntity(index[e.index], e.name, e.type, e.key, e.surface_forms) for e in keep]
        mentions = [MentionDraft(index[m.entity], m.start, m.end, m.text, m.sentence_index, m.method)
                    for m in mentions if m.entity in index]
        return [e.type for e in extract_events(doc, keep, mentions, PUBLISHED)]
    assert "REQUEST" in events("Senator Tom Smith asked all Americans to stay home on Monday.")
    assert "REQUEST" not in events("Senator Tom Smith asked the new plan to stay home on Monday.")


def test_not_until_a_time_reports_the_act_as_done() -> None:
    """'didn't endorse Anna Berg until July': the endorsement happened, in July (no denial); without a
    time ('until the demands are met') the negation stands."""
    run = Run("Tom Smith didn't endorse Anna Berg until July.")
    assert run.one("SUPPORT").context is None
    run = Run("Tom Smith will not endorse Anna Berg until the demands are met.")
    assert run.one("SUPPORT").context == "negated"


def test_a_required_act_in_the_subjunctive_is_no_event() -> None:
    """'ordered that the plan be accepted', 'insisted that Jones be arrested': what someone
    required, not what was done; 'said Jones was arrested' is a report of the act."""
    assert "AGREE" not in _types("Judge Anna Berg ordered that the Dalmora offer be accepted by Friday.")
    assert "COERCE" not in _types("Tom Smith insisted that Mark Jones be arrested at once.")
    assert Run("Tom Smith said Mark Jones was arrested on Monday.").one("COERCE").context is None


def test_a_request_with_its_infinitive_addresses_whoever_is_its_object() -> None:
    """'encouraging foreign banks to stop lending', 'told drivers to use another road':
    the infinitive after the object says a request was addressed, named or not; without the
    infinitive ('asked the question again') there is none."""
    run = Run("Norvia has been encouraging foreign banks to stop lending to Dalmora.")
    assert run.actors(run.one("REQUEST")) == ["Norvia"] and run.one("REQUEST").recipients == []
    assert "REQUEST" not in _types("Tom Smith asked the question again on Monday.")


def test_an_unresolved_personal_pronoun_object_is_a_described_target() -> None:
    """'questioned them for six hours': a person acted on whom the sentence does not name (ACCUSE
    investigate needs a counterpart); 'questioned the figures' is doubt about no one."""
    assert "ACCUSE" in _types("The police questioned them for six hours on Sunday.")
    assert "ACCUSE" not in _types("The police questioned the figures on Monday.")


def test_no_request_to_people_at_large_or_to_a_pronoun() -> None:
    """'asked people to light candles', 'I asked them to paint the stage' (an interview): no party is
    addressed; a request needs a named, counted or described addressee."""
    assert "REQUEST" not in _types("Mayor Tom Smith asked people to light candles for the victims.")
    assert "REQUEST" not in _types('"I asked them to paint the stage blue," Anna Berg said.')


def test_an_event_noun_modifying_measures_is_the_event() -> None:
    """'imposed new lockdown measures': the measures are the lockdown (container noun 'measure');
    'security measures' hold no event word."""
    event = Run("Norvia imposed new lockdown measures in Belgrade on Monday.").one("COERCE")
    assert event.mode == "restrict" and event.trigger == "lockdown"
    assert _types("Norvia imposed new security measures in Belgrade on Monday.") == []


def test_a_court_blocking_an_order_and_an_appeal_of_a_ruling() -> None:
    """'blocked the order' (a court refusing an act: REJECT, as 'ruled against'); 'appealed the
    ruling' (a legal challenge: ACCUSE allege, as 'filed an appeal'); 'appealed to X for help'
    stays a request, 'blocked the road' a protest."""
    assert Run("A federal judge in Ohio blocked the order on Monday.").one("REJECT").trigger == "blocked"
    assert Run("Tom Smith appealed the ruling on Monday.").one("ACCUSE").mode == "allege"
    assert _types("Tom Smith appealed to Anna Berg for help.") == ["REQUEST"]
    assert _types("Protesters blocked the road to the airport.") == ["PROTEST"]


def test_a_negative_word_that_only_names_a_kind_of_thing_alleges_nothing() -> None:
    """'claiming this would curb illegal logging': 'illegal' modifies a noun, no wrong is
    alleged of anyone; 'claimed the election was illegal' alleges one."""
    run = Run("Mayor Anna Berg closed the border crossings, claiming this would curb illegal logging.")
    assert "ACCUSE" not in [e.type for e in run.events]
    assert Run("Tom Smith claimed the election was illegal.").one("ACCUSE").mode == "allege"


def test_the_act_a_reported_must_demands_is_its_content() -> None:
    """'said Norvia must withdraw its troops': one REQUEST (demand); the withdrawal was demanded,
    not made, so no RETREAT of its own."""
    run = Run("Anna Berg said Norvia must withdraw its troops.")
    assert [e.type for e in run.events] == ["REQUEST"] and run.events[0].mode == "demand"


def test_a_name_given_in_the_passive_is_no_phone_call() -> None:
    """'is often called a walking jewel': a name, no call; 'called X on Monday' is one."""
    assert _types("The Norvik beetle is often called a walking jewel for its colours.") == []
    assert Run("Anna Berg called Omar Diallo on Monday.").one("CONSULT").mode == "phone"


def test_a_bare_participle_threat_with_no_doer_is_a_danger() -> None:
    """'When threatened, the lizard sheds its tail': no one threatens (doer_types); 'when threatened
    by Norvia' names the doer."""
    assert _types("When threatened, the Norvik lizard sheds its tail.") == []
    assert "THREATEN" in _types("When threatened by Norvia, Anna Berg called for help.")


def test_a_crash_in_a_when_clause_on_the_time_word_is_an_accident() -> None:
    """'were killed yesterday, when a cargo plane crashed' (the parser hangs the 'when' clause on
    'yesterday'): harm without an assailant; 'when gunmen attacked a bus' keeps the killing."""
    text = "Nine people were killed in Dalmora yesterday, when a cargo plane crashed near the harbour."
    assert "ASSAULT" not in _types(text)
    assert "ASSAULT" in _types("Nine people were killed in Dalmora yesterday, when gunmen attacked a bus.")
