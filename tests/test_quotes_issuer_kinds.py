"""Direct quotes: a document named by the kind of body that issued it ('a ministry statement said')
and a publication introduced with its kind before its name ('the news site X reported ... the site
said'); invented sentences (build/extract/quotes/kind_issuer.py, speakers._publication)."""

from __future__ import annotations

from helpers_nlp import analyse


def _direct(a, startswith: str):
    found = [q for q in a.quotes if q.kind == "direct" and q.text.startswith(startswith)]
    assert len(found) == 1, [q.text for q in a.quotes if q.kind == "direct"]
    return found[0]


def test_a_ministry_statement_speaks_for_the_ministry_named_before():
    a = analyse('The Interior Ministry of Belmar rejected the claims on Monday. “No officer acted outside the law,” '
                'a ministry statement said.')
    assert a.speaker(_direct(a, "No officer acted")) == "Interior Ministry of Belmar"


def test_a_kind_no_organisation_of_the_article_holds_stays_unattributed():
    a = analyse('Two men were arrested in Lenton on Friday. “Both men were armed,” a police statement said.')
    assert a.speaker(_direct(a, "Both men were armed")) is None


def test_the_site_is_the_news_site_named_after_its_kind():
    a = analyse('The harbour firm Veltra apologised on Tuesday. The news site Portside reported that a backup '
                'server had been left open. “Anyone could download the files,” the site said.')
    assert a.speaker(_direct(a, "Anyone could download")) == "Portside"
