"""Cue choice after a quote: a negated speech verb after it ('Haskins did not reply') says nobody
spoke, so the verb before the quote ('Thorne fired back:') is its cue; an 'as' clause with an
object of its own ('as Brussels urges caution') says something else, unlike 'as X put it' or 'as
X told reporters'. Invented sentences; each speaker decided by reading the text."""

from __future__ import annotations

import pytest

from helpers_nlp import analyse


def test_a_negated_verb_after_a_quote_is_not_its_cue() -> None:
    a = analyse("Senator Beverly Haskins accused Julian Thorne of profiteering.\n\n"
                "Thorne fired back: “Got caught doing what, Senator? Every sale was licensed.” "
                "Haskins did not reply directly, but her office released a list of sales.")
    assert a.speaker(a.direct("Got caught")) == "Julian Thorne"


def test_an_as_clause_with_its_own_object_is_not_the_cue() -> None:
    a = analyse("Minister insists veterinary deal is ‘days away’ as Brussels urges caution\n\n"
                "Trade Secretary Oliver Harcourt said on Monday the deal was close.")
    assert a.speaker(a.direct("days away")) != "Brussels"


@pytest.mark.parametrize("tail", ["as Ann Lind put it on Monday", "as Ann Lind told reporters on Monday"])
def test_as_x_put_it_still_attributes(tail: str) -> None:
    a = analyse(f"The plan is “a disaster,” {tail}.")
    assert a.speaker(a.direct("a disaster")) == "Ann Lind"
