"""A document's 'it read,' after the body released it, a speaker's 'he added' after he quoted someone else's
description in the same sentence, and a named body with a possessor; invented sentences."""

from __future__ import annotations

from helpers_nlp import analyse


def test_it_read_with_a_comma_speaks_for_the_body_that_released_the_statement() -> None:
    """'X released a statement ... It read, “…”': 'it' is the statement (a document noun named
    just before), whose issuer speaks; as with 'It read:'."""
    a = analyse("The Ostland Tennis Federation released a statement addressing the arrest. "
                "It read, “The federation condemns violence in every form.”")
    assert a.speaker(a.direct("The federation condemns")) == "Ostland Tennis Federation"


def test_it_read_after_no_document_is_no_cue() -> None:
    """'It read' after no document noun reports nobody's words through 'read'."""
    a = analyse("The Ostland Tennis Federation met on Monday. It read, “The federation condemns violence in every form.”")
    assert all(q.cue != "read" for q in a.quotes)


def test_he_added_goes_on_with_the_speaker_not_the_person_he_described() -> None:
    """'He said Y is “…”; however, “…”, he added': Y is inside the words 'said' reports, so the
    next 'he' is still the one who said them."""
    a = analyse("Prime Minister Oleg Honchar offered his resignation on Friday. He said Tomas Zelen is "
                "“an example of openness”; however, “I came to this office to do my job,” he added.")
    assert a.speaker(a.direct("I came to this office")) == "Oleg Honchar"


def test_a_person_whose_words_come_before_the_cue_stays_the_speaker() -> None:
    """A guard for the rule above: 'Y concurred: “…”, he argued' (the parser may hang Y's clause on
    'argued', after Y) still gives Y; only words reported by a cue before the person are passed over."""
    a = analyse("“The conflict is theirs, not ours,” said Ana Ruiz. Tomas Berg concurred: "
                "“Our troops should come home from every base abroad,” he argued.")
    assert a.speaker(a.direct("Our troops should")) == "Tomas Berg"


def test_a_named_body_speaks_not_its_owner() -> None:
    """"X's State Department asked ...": the subject is a named organisation, so its possessor is
    not the speaker (a person's possessive on a common noun still may be: 'X's spokesman')."""
    a = analyse('Tomas Berg won the election in May. Berg\'s State Department urged any "outside power" to keep away.')
    assert a.speaker(a.direct("outside power")) == "State Department"
