"""Speakers in political coverage: abbreviated titles ('Gov.', 'Rep.') stand for the office a later
'the governor' names, a party member written 'the Kentucky Republican' is the person introduced
with that party and state, a candidate's campaign speaks for the candidate even through 'her',
retorts with a particle ('shot back') are cues, and a gendered office title says the person's
gender (invented sentences and names; every expected speaker checked by hand against
docs/gold-quotes.md: a description resolves to the person the article names with it)."""

from __future__ import annotations

import pytest
from helpers_nlp import analyse


def test_the_governor_is_the_person_titled_gov() -> None:
    a = analyse('Gov. Marta Quell faced state Sen. Ivo Sark in a debate on Tuesday.\n\n'
                'Sark said the budget was broken. The governor countered that the plan would leave "a huge hole" in it.')
    assert a.speaker(a.direct("a huge hole")) == "Marta Quell"


def test_the_congresswoman_is_the_person_titled_rep() -> None:
    a = analyse("Rep. Dana Holm lost the recount by 212 votes, but the four-term congresswoman said she "
                "was not ready to concede.")
    assert a.speaker(a.quote("she was not ready")) == "Dana Holm"


def test_a_retort_with_its_particle_is_a_cue() -> None:
    """Without the cue the quote goes on with the speaker before."""
    a = analyse('Gov. Marta Quell faced state Sen. Ivo Sark in a debate on Tuesday.\n\n'
                '"We will cut taxes for everyone," Sark said.\n\n'
                '"That is simply not a serious plan," Quell shot back.')
    assert a.speaker(a.direct("That is simply not")) == "Marta Quell"


def test_her_campaign_speaks_for_the_candidate() -> None:
    a = analyse('Dana Holm trailed by 300 votes on Wednesday.\n\n'
                'In a statement, her campaign said every lawful ballot "deserves to be counted."')
    assert a.speaker(a.direct("deserves to be counted")) == "Dana Holm"


def test_a_gendered_office_title_keeps_she_off_the_man() -> None:
    """Nothing else tells the genders apart: 'Congresswoman' does."""
    a = analyse('Congresswoman Marta Quell debated Councilman Ivo Sark on Tuesday.\n\n'
                '"We will cut taxes for everyone," Sark said.\n\n'
                '"Nonsense, and you know it," she replied.')
    assert a.speaker(a.direct("Nonsense, and you know it")) == "Marta Quell"


def test_the_state_and_party_pick_the_member() -> None:
    a = analyse('Sen. Lyle Brandt (R-Ky.) and Sen. Ruth Okoro (D-Maine) met on Monday.\n\n'
                'The Kentucky Republican said the other side was "refusing to even sit at the table."\n\n'
                '"Nobody here is happy with it," the Maine Democrat said.')
    assert a.speaker(a.direct("refusing to even sit")) == "Lyle Brandt"
    assert a.speaker(a.direct("Nobody here is happy")) == "Ruth Okoro"


def test_a_party_member_introduced_by_the_party_word() -> None:
    a = analyse('Republican Sen. Lyle Brandt met Gov. Ruth Okoro, a Democrat, on Monday.\n\n'
                '"We are close to a deal," the Republican said.')
    assert a.speaker(a.direct("We are close to a deal")) == "Lyle Brandt"


def test_no_member_of_that_party_leaves_the_speaker_unnamed() -> None:
    """Not the party itself: a person nobody introduced as a Republican is unknown."""
    a = analyse('Sen. Ruth Okoro (D-Maine) met reporters on Monday.\n\n'
                '"We are close to a deal," the Republican said.')
    assert a.speaker(a.direct("We are close to a deal")) is None


def test_that_was_x_names_the_speaker_even_with_a_later_quotation() -> None:
    """The next paragraph names who spoke before its own quoted fragment, which is someone else's."""
    a = analyse('"I will not let him rewrite my record."\n\n'
                'That was Gov. Marta Quell, minutes into the debate, answering a statement in which her '
                'challenger, Ivo Sark, had accused her of "four years of broken promises."')
    assert a.speaker(a.direct("I will not let him")) == "Marta Quell"
    assert a.speaker(a.direct("four years of broken")) == "Ivo Sark"


def test_an_apposition_with_a_country_possessive_describes_the_person() -> None:
    """'Moradi, Iran's top diplomat,' carries the role; the foreign secretary who spoke before
    him (also a top diplomat by office) does not speak here."""
    a = analyse('The words came from British Foreign Secretary Tom Bexley, who chaired a meeting on Saturday.\n\n'
                'The UK foreign secretary said he had spoken with his Iranian counterpart, Ali Moradi, and told '
                'him the seizure was "unacceptable."\n\n'
                'Moradi, Iran\'s top diplomat, wrote on Twitter that Britain had started "this game" first.\n\n'
                '"London should release our ship first," the top diplomat wrote.')
    assert a.speaker(a.direct("London should release our ship")) == "Ali Moradi"


def test_an_official_of_a_leader_s_administration_is_unnamed() -> None:
    """The leader names the body the official serves, not the speaker."""
    a = analyse('President Marta Quell met her Chilean counterpart on Monday.\n\n'
                '"We made real progress," a senior Quell administration official said.')
    assert a.speaker(a.direct("We made real progress")) is None


def test_a_body_s_possessive_office_and_a_head_of_state_resolve() -> None:
    """'NATO's secretary general' is definite like 'the secretary general'; 'the head of state' is
    the president, 'the envoy' the ambassador (curated role_titles)."""
    a = analyse('NATO Secretary-General Dana Holm met ministers in Brussels on Monday.\n\n'
                '"We are ready for dialogue," NATO\'s secretary general said.\n\n'
                'Chilean President Omar Diallo spoke to reporters in Santiago.\n\n'
                '"We did not start this," the head of state said.\n\n'
                'Peruvian Ambassador Ivo Sarkany was summoned.\n\n'
                '"This is hysteria," the envoy said.')
    assert a.speaker(a.direct("We are ready for dialogue")) == "Dana Holm"
    assert a.speaker(a.direct("We did not start this")) == "Omar Diallo"
    assert a.speaker(a.direct("This is hysteria")) == "Ivo Sarkany"


def test_a_fragment_in_what_a_state_would_do_is_the_reporter_s() -> None:
    """'would respond with', 'would continue' say what a state will do; the words are the
    speaker's who says so, not the state's (no reply has been made)."""
    a = analyse('Deputy Minister Ivo Sarkany spoke on Monday.\n\n'
                'Sarkany told a newspaper that Chile would respond to the alliance with "technical" measures.\n\n'
                'Minister Dana Holm said Chile would continue gas supplies "in full."')
    assert a.speaker(a.direct("technical")) == "Ivo Sarkany"
    assert a.speaker(a.direct("in full")) == "Dana Holm"


@pytest.mark.parametrize(("cue", "expected"), [
    ("the Republican nominee said", "Dale Brandt"), ("the presumptive Republican nominee said", "Dale Brandt"),
    ("the Democratic front-runner said", "Jane Harper"), ("the Democratic senator said", "Jane Harper"),
])
def test_a_role_qualified_by_a_party_is_the_one_introduced_with_that_party(cue: str, expected: str) -> None:
    a = analyse("DES MOINES (AP) - Democrat Jane Harper leads Republican Dale Brandt by four points in the latest poll.\n\n"
                f'"We are not done yet," {cue}.')
    assert [a.speaker(q) for q in a.quotes] == [expected]


def test_a_party_role_with_no_member_introduced_falls_back_to_the_office_holder() -> None:
    # nobody is introduced as a Liberal: 'the Liberal leader' is the leader named in apposition
    a = analyse("The opposition Liberal Party voted against the budget. Its leader, Greta Holm, said it would fail.\n\n"
                '"He is wrong," the Liberal leader said.')
    assert [a.speaker(q) for q in a.quotes if q.kind == "direct"] == ["Greta Holm"]
