"""Event dates: which time expression of a sentence dates which event, on invented sentences.

Each test states the date that matters, worked out by hand from the publication date of the
test helper (Thursday 9 March 2023) or the one given."""

from __future__ import annotations

import datetime as dt

from tests.test_events import Run


def test_a_deadline_is_not_the_date_of_the_event() -> None:
    # 'until Thursday' is the deadline given, not the day anything happened
    run = Run("The dockers' union had given the port owners until Thursday to withdraw the layoff plan.")
    assert all(e.date is None for e in run.events), [(e.trigger, e.date_text) for e in run.events]


def test_a_day_counted_from_another_event_is_not_counted_from_publication() -> None:
    # 'the day before the rally' is the day before the rally, which this sentence does not date;
    # read as 'the day before' publication it would be Monday 14 December, which is wrong
    run = Run("Thousands of farmers rallied outside the High Court of Ostland, which dismissed, the day before "
              "the rally, an appeal brought by Varnia.", dt.date(2020, 12, 15))
    assert run.events, "the rally and the dismissal are events"
    assert all(e.date is None for e in run.events), [(e.trigger, e.date_text) for e in run.events]


def test_a_day_of_the_session_an_event_happened_during_dates_it() -> None:
    # 'during Monday's session': the protest happened at that session, Monday 6 March
    run = Run("Members of the Ostland Parliament protested loudly during Monday's final session.", dt.date(2023, 3, 11))
    event = run.one("PROTEST")
    assert event.date == dt.date(2023, 3, 6) and event.date_precision == "day"


def test_a_day_of_an_earlier_event_still_dates_nothing() -> None:
    # 'after last Monday's vote': the vote's day, not the protest's
    run = Run("Members of the Ostland Parliament protested loudly after Monday's vote.", dt.date(2023, 3, 11))
    assert run.one("PROTEST").date is None


def test_another_acts_day_does_not_date_the_noun_it_acts_on() -> None:
    # Friday 11 December is when Ostland suspended the talks; the talks began before (and, cut by
    # the suspension, are no record of their own since the thirty-first session)
    run = Run("Ostland on Friday suspended the talks with Westland.", dt.date(2020, 12, 15))
    assert run.one("SANCTION").date == dt.date(2020, 12, 11)
    assert run.of("CONSULT") == []
    # walking out of talks: the walk-out is Friday's, the talks went on before it (a walk-out
    # halts the negotiation, SANCTION by docs/gold-events.md, since lexicon v87)
    walked = Run("Ostland on Friday walked out of the talks with Westland.", dt.date(2020, 12, 15))
    assert walked.one("SANCTION").date == dt.date(2020, 12, 11)
    assert walked.one("CONSULT").date is None


def test_a_meeting_an_act_happened_at_shares_its_day() -> None:
    # the clash happened in the call: 'last week' dates both (month precision, March 2023)
    run = Run("Anna Berg and Omar Diallo clashed in a phone call last week over Ostland's rhetoric.")
    consult = run.one("CONSULT")
    assert (consult.date, consult.date_precision) == (dt.date(2023, 3, 1), "month")


def test_a_simple_past_day_without_a_year_is_before_publication() -> None:
    # published 6 December 2020: 'On Jan. 31, X left' is 31 January 2020, not 2021 (though nearer)
    run = Run("On Jan. 31, Ostland left the customs union it had joined in 1995.", dt.date(2020, 12, 6))
    assert run.one("SANCTION").date == dt.date(2020, 1, 31)


def test_a_future_day_without_a_year_is_still_after_publication() -> None:
    run = Run("Ostland will leave the bloc on Jan. 31.", dt.date(2020, 12, 6))
    assert run.one("SANCTION").date == dt.date(2021, 1, 31)


def test_a_day_followed_by_a_clause_of_after_is_that_day() -> None:
    # published Sunday 6 December 2020: 'will meet ... on Sunday after a week of silence' meets
    # that Sunday; 'Sunday after' is no day counted from anything
    run = Run("The Ostland envoy will meet her Westland counterpart in Bergen on Sunday after a week of silence.",
              dt.date(2020, 12, 6))
    event = run.one("CONSULT")
    assert event.date == dt.date(2020, 12, 6) and event.context == "future"


def test_a_day_the_parser_runs_into_a_reason_after_it_is_that_day() -> None:
    # published Thursday 9 March 2023; the model's DATE entity is 'Monday after weeks': the
    # reason ('after weeks of protests') is no part of the day
    run = Run("President Tomas Berg resigned on Monday after weeks of protests.")
    assert run.one("RETREAT").date == dt.date(2023, 3, 6)


def test_a_reported_demand_by_modal_is_dated_by_the_saying() -> None:
    # 'said yesterday ... should leave': the demand was made by saying it, on Sunday 22 September
    run = Run("Yesterday, Mayor Anna Berg of Varna said if the aim is clean air, then trucks "
              "should leave the old town.", dt.date(2019, 9, 23))
    event = run.one("REQUEST")
    assert run.actors(event) == ["Anna Berg"]
    assert event.date == dt.date(2019, 9, 22) and event.date_text == "Yesterday"


def test_a_year_on_an_event_noun_under_another_noun_dates_nothing() -> None:
    # 'chances in the 2020 election': the election's year, not the pressure's ('in' hangs from
    # the noun 'chances', not from a verb whose clause it would set)
    run = Run("The charge stemmed from allegations Anna Berg tried to pressure the Ostland government to launch "
              "an investigation, in order to help Berg's chances in the 2020 presidential election.", dt.date(2019, 12, 21))
    assert run.one("REQUEST").date is None


def test_the_time_of_what_a_request_asks_for_does_not_date_the_request() -> None:
    # June is when the harbour is to be closed; the request itself is undated here
    run = Run("Yesterday, the governor announced she will comply with a request of Mayor Anna Berg "
              "to close the harbour for parts of June and July.", dt.date(2019, 8, 29))
    event = run.one("REQUEST")
    assert run.actors(event) == ["Anna Berg"] and event.date is None


def test_the_day_a_source_spoke_does_not_date_the_event() -> None:
    # Thursday 26 December is when the police gave the toll; the gunman struck on Tuesday night
    # (a storm's deaths would be no ASSAULT: tests/test_events_precision.py)
    run = Run("A gunman struck a wedding party in Varna on Tuesday night, killing nine according to the Ostland police on Thursday.",
              dt.date(2019, 12, 28))
    event = run.one("ASSAULT")
    assert event.date_text != "Thursday"


def test_since_after_a_superlative_names_an_earlier_time_not_this_events() -> None:
    # 'the first ... since 1976' and 'the deadliest attack since ... August 2018': the times of
    # earlier events; the assault inside the 'since' phrase keeps its own month
    run = Run("Anna Berg was the first mayor to refuse to sign the pledge since 1976.", dt.date(2019, 10, 10))
    assert run.one("REJECT").date is None
    run = Run("It was the deadliest attack on Ostland since a rebel assault in Westland in August 2018.", dt.date(2019, 1, 24))
    attack, assault = sorted(run.of("ASSAULT"), key=lambda e: e.trigger_start)
    assert attack.date is None
    assert (assault.date, assault.date_precision) == (dt.date(2018, 8, 1), "month")


def test_since_without_a_comparison_still_dates_the_event() -> None:
    run = Run("Ostland has imposed sanctions on Westland since 2011.", dt.date(2019, 1, 24))
    assert run.one("SANCTION").date == dt.date(2011, 1, 1)


def test_the_time_of_the_means_dates_the_act() -> None:
    # 'killing a shopkeeper by stabbing him in 2016': the stabbing is the killing
    run = Run("Omar Diallo confessed to killing a shopkeeper by stabbing him in 2016.", dt.date(2019, 9, 30))
    event = run.one("ASSAULT")
    assert (event.date, event.date_precision) == (dt.date(2016, 1, 1), "year")


def test_the_time_of_coordinated_means_dates_the_act() -> None:
    # 'during Monday's session' hangs from 'holding', the second means: Monday 9 September
    run = Run("Members of the Ostland Parliament protested by shouting and holding signs during Monday's final session.",
              dt.date(2019, 9, 11))
    assert run.one("PROTEST").date == dt.date(2019, 9, 9)


def test_the_time_of_the_event_an_act_happened_in_dates_it() -> None:
    run = Run("Two soldiers were killed by Ostland rebels in an attack that happened on June 27.", dt.date(2019, 7, 8))
    killed = [e for e in run.of("ASSAULT") if e.trigger == "killed"]
    assert killed and all(e.date == dt.date(2019, 6, 27) for e in killed)


def test_a_request_in_an_adjunct_came_before_the_clauses_act() -> None:
    # the council suspended the newspaper yesterday; the request came earlier and is undated here
    run = Run("Per request of Varna Mayor Anna Berg, the regional council suspended the city newspaper for two weeks yesterday.",
              dt.date(2019, 9, 11))
    assert run.one("REQUEST").date is None
    run = Run("Anna Berg met Omar Diallo on Monday at the request of Westland.", dt.date(2019, 9, 11))
    assert run.one("CONSULT").date == dt.date(2019, 9, 9) and run.one("REQUEST").date is None


def test_a_request_the_clause_makes_is_dated_by_it() -> None:
    run = Run("Anna Berg made the request on Monday.", dt.date(2019, 9, 11))
    assert run.one("REQUEST").date == dt.date(2019, 9, 9)


def test_a_clause_opened_by_after_does_not_make_the_day_relative() -> None:
    # 'on July 24 after she failed ...': 'after' opens a clause, July 24 is the day she resigned
    run = Run("Vell became club captain after Maria Tosk resigned on July 24 after she failed to "
              "win a single match.", dt.date(2019, 9, 11))
    event = run.one("RETREAT")
    assert event.date == dt.date(2019, 7, 24)


def test_a_day_after_on_misread_as_a_modifier_dates_the_verb() -> None:
    # the parser makes 'Sunday' a modifier of 'Presidents'; the signing was on Sunday 8 September
    # 2019, and the meeting it took place at is not dated by it
    run = Run("Leaders of the union's member states met in Varna for a summit where on Sunday Presidents "
              "Pedro Alves of Ostland and Maria Tosk of Varnia signed the trade agreement.", dt.date(2019, 9, 11))
    assert run.one("SUPPORT").date == dt.date(2019, 9, 8)
    assert all(e.date is None for e in run.of("CONSULT"))


def test_a_range_of_years_dates_no_single_event() -> None:
    # 'from 2013 to 2019' says over which years the seizures went on: no one date, not 2013
    run = Run("A report noted that customs officers seized 300 ivory tusks from 2013 to 2019.", dt.date(2020, 6, 11))
    assert run.events and all(e.date is None for e in run.events), [(e.trigger, e.date_text) for e in run.events]


def test_a_fronted_time_dates_both_coordinated_acts() -> None:
    # 'In 2007,' stands before the subject of both 'labeled' and 'levied': the sanctions are of 2007
    run = Run("In 2007, the Ostland government labeled the Alves bank a money launderer and levied sanctions against its owners.",
              dt.date(2020, 1, 5))
    sanction = run.one("SANCTION")
    assert sanction.date == dt.date(2007, 1, 1) and sanction.date_precision == "year"
    # a time after the first verb is still only that verb's ('rejected, on Friday, a lawsuit filed by X')
    run = Run("Ostland rejected, on Friday, a lawsuit filed by Varnia.", dt.date(2019, 9, 11))
    assert all(e.date is None for e in run.of("ACCUSE"))


def test_the_following_day_counts_from_the_last_day_named_a_few_sentences_back() -> None:
    # the sentence in between names no day: 'the following day' is the day after Monday 9 September
    run = Run("Health ministers of Ostland and Varnia met in Lusk on Monday to discuss vaccines. The ministers "
              "agreed to hold another meeting in spring. The following day, Marovia denounced the results of the talks.",
              dt.date(2019, 9, 11))
    assert run.one("ACCUSE").date == dt.date(2019, 9, 10)


def test_an_event_that_only_describes_a_person_is_not_dated_by_that_persons_clause() -> None:
    # Friday 20 November is the day of the release; the shooting happened months before
    run = Run("Ann Berg, the suspect in a shooting at a bakery in Varna, was released on bail on Friday.",
              dt.date(2020, 11, 22))
    (shooting,) = [e for e in run.events if e.trigger == "shooting"]
    assert shooting.date is None, shooting.date_text
    # the event noun as the clause's own argument is still dated by it
    run = Run("Talks between Ostland and Varna were held in Geneva on Friday.", dt.date(2020, 11, 22))
    assert run.one("CONSULT").date == dt.date(2020, 11, 20)


def test_an_event_a_week_before_the_reported_one_is_counted_back() -> None:
    # published Thursday 9 March 2023: Friday is 3 March, a week before it 24 February
    run = Run("Anna Berg posted a message on Friday. This comes a week after she attended a summit with Omar Diallo.")
    event = run.one("CONSULT")
    assert (event.date, event.date_precision) == (dt.date(2023, 2, 24), "day")


def test_days_after_count_back_from_the_sentences_own_day() -> None:
    # 'The announcement on Friday came two days after X met Y': the meeting was on Wednesday 1 March
    run = Run("The announcement on Friday came two days after Anna Berg met Omar Diallo in Lisbon.")
    assert run.one("CONSULT").date == dt.date(2023, 3, 1)


def test_an_act_in_a_clause_on_another_thing_is_not_counted() -> None:
    # the troops were massed on the border at another time than the meeting 'one day after'
    run = Run("The call on Tuesday came one day after a tense meeting where Norway and Chile traded "
              "accusations over the border, where Chile has massed troops.")
    assert run.one("ACCUSE").date == dt.date(2023, 3, 6)
    assert all(e.date is None for e in run.of("MOBILIZE"))


def test_a_main_clause_that_acts_does_not_borrow_an_earlier_day() -> None:
    # 'She resigned a week after ...': the resignation is not dated, so neither is the summit
    run = Run("Anna Berg posted a message on Friday. She resigned a week after she attended a summit with Omar Diallo.")
    assert all(e.date is None for e in run.of("CONSULT"))


def test_a_statement_participle_after_reported_content_is_the_speakers_act() -> None:
    # the parser hangs 'accusing' on 'attacked'; it is Norway's accusation, made on Monday (6 March)
    run = Run("Norway said on Monday that Chile had attacked its embassy, accusing Chile of lying.")
    event = run.one("ACCUSE")
    assert run.actors(event) == ["Norway"] and event.date == dt.date(2023, 3, 6)


def test_a_result_participle_after_reported_content_stays_in_the_content() -> None:
    # 'killing' is what the attack did, not something Norway did while speaking
    run = Run("Norway said on Monday that Chile had attacked its embassy, killing Anna Berg.")
    killing = next(e for e in run.of("ASSAULT") if e.trigger == "killing")
    assert run.actors(killing) == ["Chile"] and killing.date is None


def test_earlier_or_later_in_the_day_is_the_day_the_text_is_at() -> None:
    # the sentence before is at Tuesday 7 March: 'later in the day' and 'the same day' are that Tuesday
    run = Run("Ostland and Dravia held talks on Tuesday. Later in the day, Ostland recalled its ambassador from Dravia.")
    assert str(run.one("SANCTION").date) == "2023-03-07"
    run = Run("Ostland and Dravia held talks on Tuesday. The same day, Ostland recalled its ambassador from Dravia.")
    assert str(run.one("SANCTION").date) == "2023-03-07"
    # with no day before it, 'earlier in the day' is the day of publication (Thursday 9 March) ...
    run = Run("Earlier in the day, an Ostland court ordered the Tulva Mining Company to compensate ten workers.")
    assert str(run.one("REQUEST").date) == "2023-03-09"
    # ... and 'that day' names no day at all
    assert Run("Ostland recalled its ambassador from Dravia that day.").one("SANCTION").date is None


def test_a_month_in_last_year_dates_the_event_in_that_year() -> None:
    run = Run("Ivo Sark resigned as harbour master of Tulva in November last year after weeks of criticism.")
    event = run.one("RETREAT")
    assert str(event.date) == "2022-11-01" and event.date_precision == "month"


def test_a_minister_speaking_for_her_country_dates_its_stated_refusal() -> None:
    # Ana Ruiz is Norway's foreign minister: the refusal is made by her saying it, on Monday 6 March
    run = Run("Norway's Foreign Minister Ana Ruiz said on Monday that Norway would never accept the demands of Chile.")
    event = run.one("REJECT")
    assert run.actors(event) == ["Norway"] and str(event.date) == "2023-03-06"
    # an agreement of both sides that she reports was made at their talks, not by her statement
    run = Run("Norway's Foreign Minister Ana Ruiz said on Monday that Norway and Chile agreed to hold more talks.")
    assert [e.date for e in run.of("AGREE")] == [None]


def test_a_pledge_announced_on_a_day_was_made_that_day() -> None:
    # 'announced on Monday that it would give': the pledge (AGREE) was made on Monday 6 March, a fact
    run = Run("Norway announced on Monday that it would give Chile 50 million dollars in military aid.")
    event = run.one("AGREE")
    assert run.actors(event) == ["Norway"] and str(event.date) == "2023-03-06" and event.context is None
    # aid said to come, with nobody stating it, stays a future act
    assert Run("Norway will give Chile more military aid.").one("AGREE").context == "future"


def test_overnight_is_the_night_before_publication() -> None:
    # published Thursday 9 March 2023: the night before publication ended that morning, and the
    # guideline's example (seed article 004, 'a shooting ... overnight') dates it on the publication day
    run = Run("Ostland said Dravian forces shelled the village of Tulva overnight, wounding two soldiers.")
    assert str(run.one("ASSAULT").date) == "2023-03-09"
    # 'after an overnight session' names no night: the talks are undated
    assert Run("Norway and Chile ended their talks after an overnight session in Lima.").one("CONSULT").date is None


def test_a_time_after_two_verbs_sharing_a_subject_dates_both() -> None:
    # 'on Monday' closes 'killed ... and arrested ...': both acts were on Monday 6 March
    run = Run("Ostland's army killed three Varnian fighters and arrested five students in Tulva on Monday.")
    assert {e.type: str(e.date) for e in run.events} == {"ASSAULT": "2023-03-06", "COERCE": "2023-03-06"}
    # each verb with its own time keeps it (the killing on Sunday 5 March)
    run = Run("Ostland's army killed three Varnian fighters on Sunday and arrested five students in Tulva on Monday.")
    assert {e.type: str(e.date) for e in run.events} == {"ASSAULT": "2023-03-05", "COERCE": "2023-03-06"}


def test_a_time_after_a_clause_set_off_by_a_comma_dates_that_clause_only() -> None:
    # 'had urged X ..., and sent Y last week': the urging is an earlier act, undated
    run = Run("Chile had urged Norway to reject the accord, and sent its foreign minister to Oslo for talks last week.")
    assert [e.date for e in run.of("REQUEST")] == [None]


def test_a_weekday_something_is_set_for_is_the_coming_one() -> None:
    # published Thursday 9 March 2023: a strike called 'for Friday' is set for Friday 10 March
    run = Run("The Ostland dockers' union called a nationwide strike for Friday and asked shops to close.")
    assert str(run.one("PROTEST").date) == "2023-03-10"
