"""Guards against over-reach of the eighth session's rules, from a review of them: each text is
one where an earlier form of a rule did the wrong thing (checked by the reviewer by running it),
and the assertion is what a reader of the sentence expects. Names and places are invented."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import analyse
from structnews.build.extract import nlp
from structnews.build.extract.events import extract_events
from structnews.build.extract.quotes.speakers import CONFIDENCE
from structnews.build.ingest.clean import clean
from structnews.schema.quotes import Attribution


def test_said_he_about_someone_named_before_gives_the_speaker_no_gender() -> None:
    a = analyse("Opposition leader Ivo Sark resigned on Monday. Prime Minister Ana Ruiz said he had misled "
                "parliament.\n\n\"We will act,\" she said.")
    assert a.speaker(a.direct("We will act")) == "Ana Ruiz"


def test_an_unnamed_source_inside_a_report_keeps_its_words() -> None:
    a = analyse('Interior Minister Ivo Sark said a police spokesman had described the attack as "cowardly and senseless".')
    quote = a.direct("cowardly and senseless")
    assert quote.speaker_entity is None and quote.attribution == "unnamed"


def test_the_head_of_another_body_is_not_the_minister_just_named() -> None:
    a = analyse('Foreign Minister Ana Ruiz said Ostland would send troops to Lenton.\n'
                '"We are ready to leave within a week," the head of the army said.')
    assert a.speaker(a.direct("We are ready")) is None


def test_a_company_followed_by_he_is_no_person() -> None:
    a = analyse("Lentgas said gas deliveries to Ostland would resume on Monday. He said the pipeline had been "
                "repaired, a spokesman told reporters.")
    assert all(e.type != "PERSON" for e in a.entities if e.name == "Lentgas")


def test_a_route_between_two_places_is_two_names() -> None:
    a = analyse("The Paris-to-London train was delayed on Monday.")
    assert {"Paris", "London"} <= {e.name for e in a.entities}


def test_a_bracketed_aside_with_a_slash_is_no_caption() -> None:
    text = "Exports fall\n\nExports fell in the first two months of the year (Jan/Feb)\n\nThe ministry said so."
    assert "first two months" in clean(text).text


def test_the_new_coerce_verbs_need_people_as_their_object() -> None:
    for text in ("The Lenton ministry pushed back the deadline for asylum applications to June.",
                 "Lenton police had rounded up stray dogs near the minister's home."):
        doc = nlp.load()(text)
        a = analyse(text)
        events = extract_events(doc, a.entities, a.mentions, dt.date(2024, 3, 15), a.quotes)
        assert [e.type for e in events if e.type == "COERCE"] == [], text


def test_a_headline_echo_has_the_echo_confidence() -> None:
    a = analyse("World\n\nOstland signs water treaty with Lenton, but 'hard' talks go on\n\n"
                "Lenton's water minister Ivo Sark signed the treaty on Tuesday.\n\n"
                "Sark, who led the talks for two years, called them \"hard\" but fair.")
    # The section label over the headline ("World") is dropped by the cleaner: the headline is paragraph 0.
    headline = next(q for q in a.quotes if q.kind == "direct" and q.paragraph_index == 0)
    assert headline.attribution == "echo" and headline.confidence == CONFIDENCE[Attribution.echo]


def test_a_quoted_title_after_a_verb_of_verdict_is_nobodys_words() -> None:
    a = analyse('Ivo Sark dismissed a report in the "Lenton Herald" as false.')
    assert [q for q in a.quotes if q.kind == "direct"] == []
