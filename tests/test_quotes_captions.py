"""Direct quotes: a scraped photo caption between a speaker and 'he said' does not capture the
pronoun (build/extract/quotes/captions.py, curated ``caption_credits``); invented sentences."""

from __future__ import annotations

from helpers_nlp import analyse
from structnews.build.extract import nlp
from structnews.build.extract.quotes.captions import is_caption


def test_a_caption_with_an_agency_credit_is_stepped_over():
    a = analyse('Addressing the senate on Tuesday, Prime Minister Tevita Lolo defended the fishing deal.\n'
                'Governor Ruth Ebner greets Mayor Karl Ebner at the opening of the new port in Lirra. (AP)\n'
                'He said the deal had been negotiated in the open.\n'
                '"We have nothing to hide from our neighbours," he told the senate.')
    # (Checked by hand: without the caption test the chain gives Ruth Ebner.)
    assert a.speaker(a.direct("We have nothing to hide")) == "Tevita Lolo"


def test_caption_lines_are_recognised_by_credit_or_opening():
    text = ('Mayor Ann Lind opens the bridge. (Reuters: Tom Berg)\nA photo of the old bridge.\n'
            'The senator, Jo Hart (D), spoke first.\nThe bridge opened on Monday.')
    doc = nlp.load()(text)
    flags = [is_caption(text, s) for s in doc.sents]
    assert flags[0] and flags[1] and not flags[-1]
    assert not any(is_caption(text, s) for s in doc.sents if "Jo Hart" in s.text)
