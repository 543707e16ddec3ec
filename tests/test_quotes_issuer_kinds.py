"""Direct quotes: a document named by the kind of body that issued it ('a ministry statement said')
and a publication introduced with its kind before its name ('the news site X reported ... the site
said'), and a document only seen by a newspaper; invented sentences (build/extract/quotes/kind_issuer.py,
speakers._publication, speakers._phrase_issuer)."""

from __future__ import annotations

from helpers_nlp import analyse


def test_a_ministry_statement_speaks_for_the_ministry_named_before():
    a = analyse('The Interior Ministry of Belmar rejected the claims on Monday. “No officer acted outside the law,” '
                'a ministry statement said.')
    assert a.speaker(a.direct("No officer acted")) == "Interior Ministry of Belmar"


def test_a_kind_no_organisation_of_the_article_holds_stays_unattributed():
    a = analyse('Two men were arrested in Lenton on Friday. “Both men were armed,” a police statement said.')
    assert a.speaker(a.direct("Both men were armed")) is None


def test_the_site_is_the_news_site_named_after_its_kind():
    a = analyse('The harbour firm Veltra apologised on Tuesday. The news site Portside reported that a backup '
                'server had been left open. “Anyone could download the files,” the site said.')
    assert a.speaker(a.direct("Anyone could download")) == "Portside"


def test_a_newspaper_that_saw_a_report_is_not_its_speaker():
    # curated receiver_participles: the agent of 'seen by' / 'obtained by' got the document.
    a = analyse('The bridge was inspected in March. The inspection report, seen by the newspaper Nord Posten, '
                'said the cables showed “signs of corrosion.”')
    assert a.speaker(a.direct("signs of corrosion")) is None
    b = analyse('A report obtained by the Daily Courier said the shafts were “close to collapse.”')
    assert b.speaker(b.direct("close to collapse")) is None


def test_the_agent_of_a_participle_that_makes_the_document_still_issues_it():
    a = analyse('A letter written by Mayor Ann Lind said the town was “out of money.”')
    assert a.speaker(a.direct("out of money")) == "Ann Lind"
