"""'The government' the article never says whose: the one country the article is about
(home_country, seventeenth session); invented texts, through the whole entity stage (the
gazetteer's capitals come from it). A purpose ('rallies aimed at overthrowing a regime')
is no act (events.context)."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events


THURSDAY = dt.date(2023, 3, 9)


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.actors, e.recipients) for e in named_events(text, THURSDAY)]


def _bans(text: str) -> list[list[str]]:
    return [actors for kind, actors, _ in _events(text) if kind == "COERCE"]


def test_the_government_of_an_article_about_one_country_is_that_country() -> None:
    assert _bans("Portugal's economy shrank for a third year. Unions in Portugal called a general strike. "
                 "The government banned all public gatherings on Tuesday.") == [["Portugal"]]


def test_a_demonym_counts_for_its_country() -> None:
    assert _bans("Portuguese unions called a general strike in Portugal. Portuguese teachers joined them. "
                 "The government banned all public gatherings on Tuesday.") == [["Portugal"]]


def test_an_article_about_two_countries_has_no_home() -> None:
    assert _bans("Portugal and Spain held talks on water. Portugal and Spain still disagree. "
                 "The government banned all public gatherings on Tuesday.") == [[]]


def test_a_country_named_once_is_not_enough() -> None:
    assert _bans("Unions in Portugal called a general strike. "
                 "The government banned all public gatherings on Tuesday.") == [[]]


def test_a_capital_alone_is_not_a_government() -> None:
    assert _bans("Nairobi hosted a festival. Crowds filled Nairobi's streets for days. "
                 "The government banned all public gatherings on Tuesday.") == [[]]


def test_a_government_the_article_names_wins_over_the_home_country() -> None:
    assert _bans("Portugal's economy shrank. Unions in Portugal met. Portugal asked the government of Spain "
                 "for help. The government banned all public gatherings on Tuesday.") == [["Spain"]]


def test_a_purpose_is_not_an_attack() -> None:
    found = _events("Thousands marched in Portugal. Portugal's police watched. "
                    "During the rallies aimed at overthrowing the government of Portugal, many shops stayed shut.")
    assert [kind for kind, _, _ in found if kind == "ASSAULT"] == []


def test_an_office_nobody_named_holds_is_the_home_country() -> None:
    assert _bans("Portugal's economy shrank for a third year. Unions in Portugal called a general strike. "
                 "The prime minister banned all public gatherings on Tuesday.") == [["Portugal"]]


def test_an_office_someone_named_holds_is_not_the_home_country() -> None:
    # the holder named earlier, out of the title window, is still the holder: not the country
    assert _bans("Prime Minister Ana Costa took office in Portugal in May. Portugal's economy shrank. Unions "
                 "in Portugal called a strike. Teachers joined them. Doctors joined them. Nurses joined them too. "
                 "The prime minister banned all public gatherings on Tuesday.") != [["Portugal"]]


def test_towns_the_gazetteer_does_not_know_do_not_outnumber_their_country() -> None:
    # Tarvela and Osmont are towns of the story (invented: no gazetteer entry), named as often as
    # Portugal; they are places in it, not rival countries, so the government is still Portugal's
    assert _bans("Portugal's truckers blocked roads around Tarvela and Osmont. Police in Tarvela and Osmont "
                 "cleared the roads in Portugal. The government banned all public gatherings on Tuesday.") == [["Portugal"]]



def test_a_place_the_gazetteer_does_not_know_can_still_be_home() -> None:
    # an invented state (or one the gazetteer leaves out, 'Niger'): with no known place leading,
    # the place named most often is still the story's country
    assert _bans("Unions in Ostravia called a general strike. Teachers in Ostravia joined them. "
                 "The government banned all public gatherings on Tuesday.") == [["Ostravia"]]
