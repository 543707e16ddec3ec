"""'The police' with its article is the state's police, as a bare 'police' is (curated
``state_body_nouns``): the country of the place its clause names ('in raids in X'), else the
country the story is about. Not the army or the military: in a civil war 'the army' is a party
of its own. Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events
from tests.test_events import Run

KENYA = ("Kenya's opposition called for nationwide protests against the new tax law. Opposition leaders in Kenya "
         "said the law would hurt the poor. ")


def test_the_police_firing_on_a_crowd_are_the_story_s_country() -> None:
    run = Run(KENYA + "In the capital, the police fired tear gas at hundreds of demonstrators on Tuesday.")
    attack = run.one("ASSAULT")
    assert run.actors(attack) == ["Kenya"]
    assert run.recipients(attack) == []  # the crowd is unnamed; the country is not its own target


def test_the_police_detaining_people_in_a_capital_are_its_country_s() -> None:
    # two countries named as often: the story has no one country, but the raids' capital says whose police
    # (the whole entity stage: the gazetteer knows Chisinau as Moldova's capital)
    events = named_events("Moldova expelled a Russian diplomat on Tuesday. Russia called the move hostile. Moldova said "
                          "Russia had funded a vote-buying scheme. The police detained four people in Chisinau on Monday.",
                          dt.date(2024, 3, 8))
    assert [e.actors for e in events if e.type == "COERCE"] == [["Moldova"]]


def test_the_army_stays_unowned() -> None:
    # 'the army' against a militia in a civil war is a party of its own, not simply the state
    run = Run("Sudan's civil war entered its second year. The Sudanese army fought the RSF militia across "
              "Darfur. The army said it had repelled an attack on El Fasher on Sunday.")
    assert all(run.actors(e) != ["Sudan"] for e in run.of("ASSAULT") if e.trigger in ("repelled", "attack"))


def test_the_police_firing_in_a_clash_keep_the_clash_s_day() -> None:
    # one attack reported twice in one sentence: the clash (dated, no named party) gives way to
    # the police's firing (a party, no date of its own) and gives it its Monday (2 December 2013)
    events = named_events("Tarsk's opposition vowed to bring down the government of Tarsk. Protesters regrouped "
                          "outside the ministry in Tarsk on Monday and clashed with the police there, who then fired tear gas.",
                          dt.date(2013, 12, 3))
    assert [(e.trigger, e.date) for e in events if e.type == "ASSAULT"] == [("fired", "2013-12-02")]
