"""A consequence stated for the future or under a condition is a threat (event lexicon v73):
'Moscow would respond', 'any incursion would be met with a firm response', 'this will not go
unanswered'. Worded without its doer, it is the threat of whoever states it: the speaker of the
quote it is in, or the subject of the speech verb whose content holds it. A past reply ('has not
responded to the offer') or a grievance that 'went unanswered' is none, and does not swallow the
offer or the call it is about. Invented sentences; each event decided by reading the text."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import analyse, named_events
from structnews.build.extract import nlp
from structnews.build.extract.events import extract_events

PUBLISHED = dt.date(2026, 3, 25)


def _events(text: str) -> list[tuple[str, list[str]]]:
    """(type, actors) with the quote stage run first, so a quote's speaker is known."""
    a = analyse(text)
    names = {e.index: e.name for e in a.entities}
    return [(e.type, [names[i] for i in e.actors])
            for e in extract_events(nlp.load()(a.text), a.entities, a.mentions, PUBLISHED, a.quotes)]


@pytest.mark.parametrize("text", [
    '"Any incursion would be met with a firm response," Defence Minister Ana Ruiz said.',
    "Defence Minister Ana Ruiz said any incursion would be met with a firm response.",
    '"This will not go unanswered," Defence Minister Ana Ruiz said.',
])
def test_a_consequence_worded_without_its_doer_is_the_speakers_threat(text: str) -> None:
    assert _events(text) == [("THREATEN", ["Ana Ruiz"])]


def test_a_party_that_would_respond_threatens() -> None:
    events = named_events("Russia's foreign ministry spokeswoman Vera Lisitsyna said Moscow would respond.", PUBLISHED)
    assert [e.type for e in events] == ["THREATEN"]


@pytest.mark.parametrize(("text", "kind"), [
    ("North Korea has not responded to Seoul's offer of talks.", "AGREE"),
    ("Armenia's call for peacekeepers to reopen the corridor went unanswered for several days.", "REQUEST"),
])
def test_a_past_reply_is_no_threat_and_keeps_what_it_answers(text: str, kind: str) -> None:
    assert [e.type for e in named_events(text, PUBLISHED)] == [kind]


def test_a_reply_to_questions_is_no_threat() -> None:
    assert named_events("The ministry said it would respond to questions from reporters on Friday.", PUBLISHED) == []
