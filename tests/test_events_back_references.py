"""'The talks came after ...': an event noun with a definite determiner or a possessive pronoun,
naming no one, takes up an event reported in the last few sentences; its sentence is linked to
that record instead of being dropped. Invented sentences."""

from __future__ import annotations

from tests.test_events import Run

MEETING = "Ostland and Dravia held talks in Vienna on Monday."


def _sentence_of(run: Run, fragment: str) -> tuple[int, int]:
    text = run.doc.text
    start = text.index(fragment)
    sent = next(s for s in run.doc.sents if s.start_char <= start < s.end_char)
    return sent.start_char, sent.start_char + len(sent.text.rstrip())


def test_a_definite_event_noun_links_its_sentence_to_the_earlier_record() -> None:
    run = Run(MEETING + " The talks came after months of border clashes. Their meeting lasted two hours.")
    event = run.one("CONSULT")
    assert sorted(run.actors(event)) == ["Dravia", "Ostland"]
    assert event.linked_sentences == [_sentence_of(run, "The talks came"), _sentence_of(run, "Their meeting")]


def test_an_indefinite_noun_or_a_far_antecedent_links_nothing() -> None:
    run = Run(MEETING + " Talks are the only way to end the dispute, analysts say.")
    assert run.one("CONSULT").linked_sentences == []
    filler = " ".join(f"Farmers in the valley planted {crop} this spring." for crop in ("wheat", "rye", "barley", "oats", "maize"))
    run = Run(f"{MEETING} {filler} The talks came after months of border clashes.")
    assert run.one("CONSULT").linked_sentences == []
