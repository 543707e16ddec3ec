"""Event precision: what is not an act of its own - the content of a bill, law, demand or
agreement, a possible act named by an infinitive, a prediction naming no one, a non-event said
of no one (invented sentences; each assertion checked by hand against the PLOVER codebook and
docs/gold-events.md, "the content of a threat, demand, accusation, agreement or proposal is not
annotated separately")."""

from __future__ import annotations

from tests.test_events import Run


def test_what_a_bill_would_allow_is_its_content_not_an_act() -> None:
    """Nobody extradited or accused anyone: the bill would have let them. The march happened."""
    run = Run("Thousands marched in Lisbon against a bill that would allow Ruritania to extradite people accused of fraud.")
    assert run.of("COOPERATE") == [] and run.of("ACCUSE") == []
    assert run.one("PROTEST").trigger == "marched"


def test_a_law_allowing_an_act_is_its_content() -> None:
    assert Run("Norway proposed a law allowing Ruritania to extradite dissidents.").of("COOPERATE") == []


def test_what_demands_would_involve_is_their_content() -> None:
    """The demand is the act; the withdrawal it asks for did not happen."""
    run = Run("Moscow issued demands that would involve Canada withdrawing its troops from Latvia.")
    assert run.of("RETREAT") == []
    assert run.actors(run.one("REQUEST")) == ["Moscow"]


def test_a_past_clause_on_an_agreement_still_reports_an_act() -> None:
    """No modal: the withdrawal under the agreement took place."""
    run = Run("Latvia welcomed the agreement under which Canada withdrew its troops from Latvia in May.")
    assert run.actors(run.one("RETREAT")) == ["Canada"]


def test_an_infinitive_of_possibility_names_no_act() -> None:
    assert Run("The club started in 1975 as a place for rich countries to talk.").of("CONSULT") == []
    assert Run("Students have the right to protest in Lisbon, Anna Berg said.").of("PROTEST") == []


def test_a_prediction_naming_no_one_and_no_time_is_no_event() -> None:
    assert Run("Anna Berg said there will only be more protests.").of("PROTEST") == []
    planned = Run("Protests will be held in Lisbon on Sunday.").one("PROTEST")  # a time: a planned event
    assert planned.context == "future"


def test_a_non_event_by_no_one_named_is_not_recorded() -> None:
    assert Run("Protests were not reported in Lisbon.").of("PROTEST") == []
    assert Run("The finance minister did not make the trip to Lisbon after all.").of("CONSULT") == []
    assert Run("Kenya did not meet Uganda on Friday.").one("CONSULT").context == "negated"  # named: kept as negated


def test_what_an_agreement_allows_or_a_gerund_after_it_is_its_content() -> None:
    """'allowed deployments' and 'sending soldiers' say what the texts provide for; the agreeing did happen."""
    run = Run("An assembly denounced the memoranda between Canada and Mexico in which Canada and Mexico agreed "
              "on maritime borders and allowed Canadian army deployments in Mexico.")
    assert run.of("MOBILIZE") == []
    assert sorted(run.actors(run.one("AGREE"))) == ["Canada", "Mexico"]
    assert Run("Ministers said the agreement on sending Canadian soldiers to Mexico breaks a resolution.").of("MOBILIZE") == []


def test_a_bid_to_act_is_no_act() -> None:
    assert Run("Four cities had bid to host the peace talks.").of("CONSULT") == []


def test_a_relative_clause_asserts_what_it_says_whatever_the_modality_outside_it() -> None:
    """'the possibility of early release' does not make the group's protest possible: it happened."""
    run = Run("A court sentenced Anna Berg to ten years without the possibility of early release for throwing a brick "
              "at a group of people who were protesting against the mine.")
    assert run.one("PROTEST").context is None


def test_would_with_an_adverb_of_habit_tells_the_past() -> None:
    assert Run("Canada would sometimes attack Mexico.").one("ASSAULT").context is None
    assert Run("Canada would attack Mexico, Anna Berg said.").one("ASSAULT").context == "future"


def test_a_supposed_or_possible_speech_act_was_not_made() -> None:
    assert Run("If Canada asks Mexico to withdraw its troops, Norway will respond.").of("REQUEST") == []
    assert Run("Canada could demand that Mexico withdraw its troops, Anna Berg said.").of("REQUEST") == []
    assert Run("Canada demanded that Mexico withdraw its troops.").one("REQUEST").context is None


def test_an_exercised_power_to_act_is_the_act() -> None:
    """'exercised their right to reject it' did reject; 'the right to protest' is only a right."""
    run = Run("The tariff plan died when Kenya and Uganda exercised their right to reject it.")
    event = run.one("REJECT")
    assert sorted(run.actors(event)) == ["Kenya", "Uganda"] and event.context is None


def test_a_month_and_a_day_inside_it_can_date_one_event() -> None:
    """'killed in March 1975' restates 'the 1975 assassination': one record; other months stay apart."""
    run = Run("Anna Berg remains in prison over the 1975 assassination of Omar Diallo.\n\n"
              "Omar Diallo was killed in March 1975 during a visit to the harbour.", )
    records = run.of("ASSAULT")
    assert len(records) == 1 and len(records[0].linked_sentences) == 1
    assert len(Run("Canada attacked Mexico in May 2019.\n\nCanada attacked Mexico on May 3, 2019.").of("ASSAULT")) == 1
    assert len(Run("Canada attacked Mexico in May 2019.\n\nCanada attacked Mexico on June 3, 2019.").of("ASSAULT")) == 2


def test_a_participle_with_a_determiner_is_a_label() -> None:
    assert Run("The magistrate ordered the accused remain in jail until Friday.").of("ACCUSE") == []


def test_an_act_one_is_eligible_or_ready_to_do_is_not_done() -> None:
    assert Run("Anna Berg is eligible to appeal.").of("REQUEST") == []


def test_a_danger_is_no_threat_but_a_group_threatening_is() -> None:
    assert Run("The villagers' lives were seriously threatened.").of("THREATEN") == []
    assert Run("The patient's life is threatened by the infection.").of("THREATEN") == []
    assert Run("Protesters threatened to storm the building.").one("THREATEN").trigger == "threatened"
    assert Run("Canada threatened Mexico with sanctions.").one("THREATEN").actors != []


def test_deaths_in_an_accident_or_a_storm_are_no_attack() -> None:
    """The clause the killing hangs from, a 'when' clause, or the storm's kind named with it is the cause."""
    assert Run("A bus crashed in Lisbon, killing seven people.").of("ASSAULT") == []
    assert Run("A block of flats collapsed in Porto, killing eleven people.").of("ASSAULT") == []
    assert Run("At least four people were killed when a helicopter crashed into a hillside.").of("ASSAULT") == []
    assert Run("Typhoon Tembin, which killed 600 people in 2013, hit the region.").of("ASSAULT") == []
    assert Run("Canadian soldiers entered the village, killing seven people.").one("ASSAULT").trigger == "killing"


def test_an_interview_by_the_articles_own_outlet_is_no_consultation() -> None:
    """'X spoke with <the outlet>' reports the interview behind the article; with another party it is talk."""
    from structnews.build.extract.events import extract_events
    from tests.test_events import PUBLISHED, _entities

    def consults(text: str, publisher: str) -> list[str]:
        run = Run(text)
        entities, mentions = _entities(run.doc)
        return [e.trigger for e in extract_events(run.doc, entities, mentions, PUBLISHED, None, publisher) if e.type == "CONSULT"]

    text = "Anna Berg spoke with Reuters on Friday about her campaign."
    assert consults(text, "Reuters") == []
    assert consults(text, "Daily Planet") == ["spoke"]
    assert consults("Anna Berg spoke with Omar Diallo on Friday.", "Reuters") == ["spoke"]


def test_an_offer_or_concession_only_supposed_is_not_made() -> None:
    """Statement-type acts (AGREE, CONCEDE, SUPPORT ...) are done by saying them: a supposed one was not said."""
    run = Run("There was little chance that Canada would offer any concessions, Anna Berg said.")
    assert run.of("AGREE") == [] and run.of("CONCEDE") == []
    assert Run("Anna Berg said Canada would offer concessions to Mexico.").one("AGREE").context == "future"
