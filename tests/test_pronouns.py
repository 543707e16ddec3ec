"""The shared pronoun classes and subject chain (build/extract/pronouns.py), without a parse."""

from __future__ import annotations

from structnews.build.extract import pronouns
from structnews.build.extract.pronouns import SubjectChain


def test_classes_are_taken_from_one_table_by_feature():
    assert pronouns.HE_SHE == {"he", "him", "his", "she", "her", "hers"}
    assert pronouns.HE_SHE_SUBJECT == {"he", "she"}
    assert pronouns.THEY == {"they", "them", "their", "theirs"}
    assert pronouns.PLURAL_SUBJECT == {"they", "we"}
    assert pronouns.IT == {"it", "its"}
    assert pronouns.RELATIVE_SUBJECT == {"who", "which", "that"}
    assert pronouns.RELATIVE == pronouns.RELATIVE_SUBJECT | {"whom"}


def test_us_and_me_are_not_excluded_from_antecedents_because_they_are_also_names():
    # lower-cased, 'US' and 'ME' are 'us' and 'me': a subject 'the US' must still be an antecedent
    assert "us" not in pronouns.NON_ANTECEDENTS and "me" not in pronouns.NON_ANTECEDENTS
    assert {"he", "they", "it", "this", "there"} <= pronouns.NON_ANTECEDENTS


def test_chain_gives_the_latest_antecedent_of_a_kind_before_the_pronoun():
    chain: SubjectChain[str] = SubjectChain()
    chain.add(0, 0, "person", "Vogt")
    chain.add(5, 0, "party", "Ruritania")
    chain.add(12, 1, "person", "Berg")
    chain.add(20, 2, "group", "both sides")
    assert chain.latest(13, "person").referent == "Berg"
    assert chain.latest(12, "person").referent == "Vogt"  # not itself: only what comes before
    assert chain.latest(30, "party").referent == "Ruritania"
    assert chain.latest(30, "person", since_sentence=2) is None  # outside the window
    assert chain.latest(30, "group", where=lambda a: a.sentence == 1) is None
