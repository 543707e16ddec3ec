"""Wider vocabulary for the verbal types (events.yaml v32-v33): words and shapes of ordinary news
prose for ACCUSE, REQUEST, REJECT, THREATEN, AGREE, SUPPORT, CONSULT and CONCEDE (invented
sentences; each new reading with a sentence where the same word must stay silent)."""

from __future__ import annotations

from tests.test_events import Run


def _types(text: str) -> list[str]:
    return [e.type for e in Run(text).events]


def test_a_preposition_the_parser_hung_on_the_object_is_the_verbs_particle() -> None:
    """'charged a man with stalking': the parser attaches 'with' to 'man'; it is still the
    verb's 'charge X with' (an accusation), while 'charged the batteries' stays silent."""
    run = Run("Norvian police charged a 24-year-old man with stalking a state lawmaker on Monday.")
    assert run.one("ACCUSE").trigger.startswith("charged")
    assert "ACCUSE" not in _types("Norvian engineers charged the batteries of the Dalmora rover on Monday.")


def test_conditional_warnings_and_stated_retaliation_are_threats() -> None:
    """'warned X it would hit back ... if', 'cautioned X that ... a robust response', 'will respond
    decisively'; a warning about the weather stays silent."""
    run = Run("The European Union warned Washington it would hit back with new duties if the steel tariffs stayed.")
    assert run.recipients(run.one("THREATEN")) == ["Washington"]
    run = Run("Dalmora's president cautioned Norvia that any incursion would face a robust response.")
    assert run.actors(run.one("THREATEN")) == ["Dalmora"]
    assert "THREATEN" not in _types("Norvian forecasters warned that heavy rain would fall on Dalmora on Monday.")


def test_refusals_in_phrasal_verbs() -> None:
    """'brushed aside demands', 'said no to a request'; 'brushed the dust aside' is no refusal."""
    assert Run("Norvia's president brushed aside demands for an independent inquiry.").one("REJECT").trigger == "brushed aside"
    assert Run("Dalmora said no to a request from Norvia to move the match.").one("REJECT").trigger == "said no to"
    assert "REJECT" not in _types("Dalmora's president said the match would be moved to Norvia.")


def test_support_and_concession_idioms() -> None:
    """'threw his weight behind X', 'upgraded their relationship to a partnership', 'lifted its veto',
    'accepted the opposition's demand' (yielding: CONCEDE, not AGREE)."""
    run = Run("Former president Anna Berg threw her weight behind Omar Diallo's campaign.")
    assert run.one("SUPPORT").trigger.startswith("threw")
    assert "SUPPORT" not in _types("Anna Berg threw the ball to Omar Diallo.")
    assert Run("Norvia lifted its veto on the Dalmora aid package on Monday.").one("CONCEDE").trigger == "lifted"
    types = _types("Norvia's government accepted the opposition's demand for an independent electoral commission on Monday.")
    assert "CONCEDE" in types and "AGREE" not in types


def test_readiness_to_negotiate_is_agreement_by_the_one_ready() -> None:
    """'said it was ready to discuss X with Y': a stated willingness to negotiate (AGREE), its actor
    the subject of 'was ready'; actual talks stay CONSULT, and 'prepared to impose sanctions' names
    no sanction imposed."""
    run = Run("Norvia said it was ready to discuss a new programme with Dalmora.")
    assert run.actors(run.one("AGREE")) == ["Norvia"] and "CONSULT" not in _types(run.doc.text)
    run = Run("Norvia and Dalmora negotiated for three days in Geneva.")
    assert run.one("CONSULT") and "AGREE" not in _types("Norvia and Dalmora negotiated for three days in Geneva.")
    assert "SANCTION" not in _types("Washington is prepared to impose sanctions on any company that helps Dalmora.")


def test_a_warning_addressed_to_a_named_party_is_a_threat() -> None:
    """'warned X that it would not tolerate ...'; a warning with no addressee ('warned that prices
    would rise') is a prediction."""
    run = Run("Norvia warned Dalmora that it would not tolerate further incursions.")
    assert run.recipients(run.one("THREATEN")) == ["Dalmora"]
    assert "THREATEN" not in _types("Norvian economists warned that prices would rise in Dalmora next year.")


def test_a_protest_addressed_to_a_party_is_a_complaint() -> None:
    """'protested to X over Y' is a diplomatic complaint (ACCUSE) against X; crowds protesting stay PROTEST."""
    run = Run("Norvia's foreign ministry protested to Dalmora over the seizure of a fishing boat.")
    assert run.recipients(run.one("ACCUSE")) == ["Dalmora"]
    assert "ACCUSE" not in _types("Thousands of people protested in Dalmora against the new law.")


def test_admitting_a_wrong_is_a_concession_not_naming_a_technical_fault() -> None:
    """'acknowledged that the government had got the timing wrong' concedes; 'acknowledged faults
    with the system as possible explanations' describes a machine."""
    run = Run("Norvia's minister Anna Berg acknowledged that the government had got the timing of the reform wrong.")
    assert run.actors(run.one("CONCEDE")) == ["Anna Berg"]
    assert "CONCEDE" not in _types("Anna Berg and Omar Diallo acknowledged faults with the Norvian radar system as possible explanations.")


def test_a_subjunctive_content_is_a_demand() -> None:
    """'insisted that X repay', 'insists X withdraw', 'asked that X be released': what someone is to
    do; 'insisted that it had done nothing wrong' is a denial, 'insists the rebels want peace' a claim."""
    run = Run("Norvia insists Dalmora withdraw its troops from the border")
    assert run.one("REQUEST").trigger.startswith("insists") and run.recipients(run.one("REQUEST")) == ["Dalmora"]
    assert Run("Anna Berg insisted that Omar Diallo be released.").one("REQUEST").mode == "demand"
    assert "REQUEST" not in _types("Anna Berg insisted that Norvia had done nothing wrong.")
    assert "REQUEST" not in _types("Anna Berg insists the Dalmoran rebels want peace.")
    assert "REQUEST" in _types("Anna Berg asked that the Dalmora court dismiss the case.")
    # a present tense after a plural subject, or 'are', states a fact: no demand
    assert "REQUEST" not in _types("Norvia insisted that its soldiers are innocent.")
    assert "REQUEST" not in _types("Anna Berg insisted that the talks remain on track.")
    assert "REQUEST" not in _types("The Dalmoran minister insisted that the grants remain legal.")
