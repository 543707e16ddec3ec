"""A past-tense conjunct the parser hangs on a bare infinitive is given back to the finite verb
above it (structnews_coordination_mends): in 'X said Y must withdraw and accused Z', X accuses Z.
Tested on a parse given by hand (the misparse made on purpose) and end to end on invented text."""

from __future__ import annotations

from spacy.tokens import Doc
from structnews.build.extract import nlp
from structnews.build.extract.coordination_mends import mend_coordinations
from tests.helpers_nlp import analyse
from tests.test_events import Run

WORDS = ["Dravia", "said", "Ostland", "must", "leave", "and", "accused", "Varnia", "."]
HEADS = [1, 1, 4, 4, 1, 4, 4, 6, 1]
DEPS = ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "cc", "conj", "dobj", "punct"]
TAGS = ["NNP", "VBD", "NNP", "MD", "VB", "CC", "VBD", "NNP", "."]
POS = ["PROPN", "VERB", "PROPN", "AUX", "VERB", "CCONJ", "VERB", "PROPN", "PUNCT"]


def _doc(tags: list[str] = TAGS, deps: list[str] = DEPS) -> Doc:
    return Doc(nlp.load().vocab, words=WORDS, heads=HEADS, deps=deps, tags=tags, pos=POS)


def test_a_past_tense_conjunct_of_a_bare_infinitive_goes_to_the_finite_verb() -> None:
    mended = mend_coordinations(_doc())
    assert mended[6].head.text == "said" and mended[6].dep_ == "conj"
    assert [t.head.i for t in mended if t.i != 6] == [h for i, h in enumerate(HEADS) if i != 6]


def test_a_bare_conjunct_or_one_with_its_own_subject_stays() -> None:
    bare = mend_coordinations(_doc(tags=[*TAGS[:6], "VB", *TAGS[7:]]))  # 'must leave and accuse': both bare
    assert bare[6].head.text == "leave"
    words = ["Dravia", "said", "Ostland", "must", "leave", "and", "Varnia", "agreed", "."]
    doc = Doc(nlp.load().vocab, words=words, heads=[1, 1, 4, 4, 1, 4, 7, 4, 1],
              deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "cc", "nsubj", "conj", "punct"],
              tags=["NNP", "VBD", "NNP", "MD", "VB", "CC", "NNP", "VBD", "."], pos=POS)
    assert mend_coordinations(doc)[7].head.text == "leave"  # 'and Varnia agreed': its own subject


def test_the_accusation_and_its_quoted_word_are_the_reporters() -> None:
    text = ("Dravia, which backs the rebels, said Saturday that Ostland's forces must withdraw from the port "
            "city for a lasting truce and accused Varnia of “sabotaging” the talks.")
    run = Run(text)
    event = run.one("ACCUSE")
    assert run.actors(event) == ["Dravia"] and run.recipients(event) == ["Varnia"]
    a = analyse(text)
    assert a.speaker(a.quote("sabotaging")) == "Dravia"


SIGNAL_WORDS = ["Ruiz", "said", "that", "Ostland", "was", "trying", ",", "and", "signaled", "that", "she", "was", "ready", "."]
SIGNAL_HEADS = [1, 1, 5, 5, 5, 1, 5, 5, 5, 11, 11, 8, 11, 1]
SIGNAL_DEPS = ["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct", "cc", "conj", "mark", "nsubj", "ccomp", "acomp", "punct"]
SIGNAL_TAGS = ["NNP", "VBD", "IN", "NNP", "VBD", "VBG", ",", "CC", "VBD", "IN", "PRP", "VBD", "JJ", "."]
SIGNAL_POS = ["PROPN", "VERB", "SCONJ", "PROPN", "AUX", "VERB", "PUNCT", "CCONJ", "VERB", "SCONJ", "PRON", "AUX", "ADJ", "PUNCT"]
SIGNAL_LEMMAS = ["Ruiz", "say", "that", "Ostland", "be", "try", ",", "and", "signal", "that", "she", "be", "ready", "."]


def _signal_doc(words: list[str] = SIGNAL_WORDS, lemmas: list[str] = SIGNAL_LEMMAS) -> Doc:
    return Doc(nlp.load().vocab, words=words, heads=SIGNAL_HEADS, deps=SIGNAL_DEPS, tags=SIGNAL_TAGS, pos=SIGNAL_POS, lemmas=lemmas)


def test_a_speech_verb_after_comma_and_goes_back_to_the_speech_verb_it_follows() -> None:
    # 'Ruiz said that Ostland was trying ..., and signaled that she was ready': Ruiz signals
    mended = mend_coordinations(_signal_doc())
    assert mended[8].head.text == "said" and mended[8].dep_ == "conj"


def test_a_conjunct_after_comma_and_that_is_no_speech_verb_stays() -> None:
    # guard: 'Ostland was trying ..., and attacked ...' reports what Ostland did
    words = [*SIGNAL_WORDS[:8], "attacked", *SIGNAL_WORDS[9:]]
    lemmas = [*SIGNAL_LEMMAS[:8], "attack", *SIGNAL_LEMMAS[9:]]
    assert mend_coordinations(_signal_doc(words, lemmas))[8].head.text == "trying"


def test_the_signal_is_dated_by_the_speech_it_goes_on_with() -> None:
    run = Run("Lenton's foreign minister Ana Ruiz said on Tuesday that France was stalling the border talks, and "
              "signaled that she was ready to compromise.")
    event = run.one("AGREE")
    assert run.actors(event) == ["Ana Ruiz"]
    assert event.date is not None and event.date.weekday() == 1  # the Tuesday she said it


def _copula_doc(subject: str, subject_tag: str = "NN") -> Doc:
    # 'Dravia said the <subject> was serious but urged Varnia': the misparse the mend is for, by hand
    words = ["Dravia", "said", "the", subject, "was", "serious", "but", "urged", "Varnia", "."]
    return Doc(nlp.load().vocab, words=words, heads=[1, 1, 3, 4, 1, 4, 4, 4, 7, 1],
               deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "cc", "conj", "dobj", "punct"],
               tags=["NNP", "VBD", "DT", subject_tag, "VBD", "JJ", "CC", "VBD", "NNP", "."],
               pos=["PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "CCONJ", "VERB", "PROPN", "PUNCT"],
               lemmas=["Dravia", "say", "the", subject.rstrip("s"), "be", "serious", "but", "urge", "Varnia", "."])


def test_a_conjunct_of_a_reported_copula_about_a_thing_goes_to_the_speech_verb() -> None:
    assert mend_coordinations(_copula_doc("situation"))[7].head.text == "said"


def test_a_conjunct_of_a_reported_copula_about_people_stays() -> None:
    # 'said the soldiers were tired but shelled the village': the soldiers shelled
    assert mend_coordinations(_copula_doc("soldiers", "NNS"))[7].head.text == "was"


def test_two_titled_names_joined_by_and_are_two_conjuncts() -> None:
    # the model reads 'Orlov' as a modifier of 'Bennett' and 'Secretary' as Orlov's conjunct
    words = ["Pavel", "Orlov", "and", "Deputy", "Secretary", "Laura", "Bennett", "held", "talks", "."]
    heads = [1, 6, 1, 4, 1, 6, 7, 7, 7, 7]
    deps = ["compound", "nmod", "cc", "compound", "conj", "compound", "nsubj", "ROOT", "dobj", "punct"]
    doc = Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, ents=["B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"])
    mended = mend_coordinations(doc)
    assert (mended[1].dep_, mended[1].head.text) == ("nsubj", "held")
    assert (mended[6].dep_, mended[6].head.text) == ("conj", "Orlov")
    assert mended[4].head.text == "Bennett"
    # a name that only modifies another, with no 'and' of its own, stays ('Ivo Sark's aide Laura Bennett')
    doc = Doc(nlp.load().vocab, words=words, heads=[1, 6, 4, 4, 6, 6, 7, 7, 7, 7],
              deps=["compound", "nmod", "cc", "compound", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
              ents=["B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"])
    assert mend_coordinations(doc)[1].head.text == "Bennett"


def test_both_titled_envoys_hold_the_talks() -> None:
    run = Run("Chilean Deputy Foreign Minister Pavel Orlov and Norwegian Deputy Secretary of State Laura Bennett held talks in Geneva on Monday.")
    assert sorted(run.actors(run.one("CONSULT"))) == ["Laura Bennett", "Pavel Orlov"]


def test_an_act_joined_to_a_reported_verb_about_it_is_the_speakers() -> None:
    # the model makes 'accused' a conjunct of 'depended', whose subject 'it' accuses nobody
    run = Run("President Ana Ruiz said it depended on Chile and accused Peru of lying.")
    assert run.actors(run.one("ACCUSE")) == ["Ana Ruiz"]
    # a person as the reported subject keeps the parse: the soldiers shelled
    run = Run("President Ana Ruiz said the soldiers waited and shelled the village.")
    assert all(run.actors(e) != ["Ana Ruiz"] for e in run.of("ASSAULT"))


def test_a_name_in_apposition_inside_a_fronted_phrase_is_the_subject() -> None:
    # the model hangs the name on 'shop' and leaves 'said' without a subject (structnews_subject_mends)
    a = analyse('"I do not trust her," Marsh said.\n\nAcross the street at a coffee shop, Darnell Hughes, 34, a software '
                'engineer, said he had already made his choice. He was voting for the mayor, he said, because "the '
                'alternative is unthinkable."')
    assert a.speaker(a.direct("the alternative")) == "Darnell Hughes"


def test_a_verb_read_as_a_participle_after_a_relative_clause_gets_its_subject() -> None:
    # the model makes the name the root and 'offered' a participle on it (structnews_subject_mends)
    text = "Sark, who visited Lenton on Thursday, offered to host talks."
    offered = next(t for t in nlp.load()(text) if t.lower_ == "offered")
    assert (offered.dep_, offered.tag_, offered.head.dep_) == ("ROOT", "VBD", "ROOT")
    run = Run("Dravian President Ivo Sark, who visited Lenton on Thursday, offered to host talks.")
    assert run.actors(run.one("AGREE")) == ["Ivo Sark"]
    # a true participle phrase keeps its reading: 'backed by X' has an agent and no complement
    doc = nlp.load()("The rebels, who control the north, backed by Lenton.")
    assert next(t for t in doc if t.lower_ == "backed").dep_ == "acl"


def test_a_speech_act_right_after_a_closing_quotation_goes_to_the_reporting_verb() -> None:
    """'Ana said Ivo was “tired” and called the charge false': the model joins 'called' to the
    reported 'was'; after the quoted words closing before 'and' it is Ana's second act."""
    words = ["Ana", "said", "Ivo", "was", "“", "tired", "”", "and", "called", "the", "charge", "false", "."]
    heads = [1, 1, 3, 1, 3, 3, 3, 3, 3, 10, 8, 8, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "punct", "acomp", "punct", "cc", "conj", "det", "dobj", "oprd", "punct"]
    tags = ["NNP", "VBD", "NNP", "VBD", "``", "JJ", "''", "CC", "VBD", "DT", "NN", "JJ", "."]
    pos = ["PROPN", "VERB", "PROPN", "AUX", "PUNCT", "ADJ", "PUNCT", "CCONJ", "VERB", "DET", "NOUN", "ADJ", "PUNCT"]
    lemmas = ["Ana", "say", "Ivo", "be", "“", "tired", "”", "and", "call", "the", "charge", "false", "."]
    mended = mend_coordinations(Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas))
    assert mended[8].head.text == "said" and mended[8].dep_ == "conj"


def test_a_speech_verb_after_comma_but_goes_back_to_the_speech_verb() -> None:
    """', but accused' as ', and accused': the accusation and its quoted words are the speaker's,
    not those of the party named inside what the speaker said."""
    text = ('Kremlin spokesman Yegor Malenkov said on Monday that Moscow was "open to continuing the dialogue" '
            'with Berlin, but accused the German government of "taking orders from Washington."')
    run = Run(text)
    assert run.actors(run.one("ACCUSE")) == ["Yegor Malenkov"]
    a = analyse(text)
    assert a.speaker(a.quote("taking orders")) == "Yegor Malenkov"


def test_a_speech_verb_after_a_reported_finding_goes_to_the_speaker() -> None:
    """'said the pullback showed that X had "..." and called on NATO': the model hangs 'called' on
    'had', the first mend lifts it to the reporting-like 'showed', whose subject is a thing: it is
    the speaker's call."""
    run = Run('Russian presidential aide Konstantin Yermolov said the pullback showed that Moscow had "nothing to hide" '
              'and called on NATO to reduce its presence.')
    assert run.actors(run.one("REQUEST")) == ["Konstantin Yermolov"]


def test_a_second_reported_speech_verb_after_and_is_the_speakers() -> None:
    """'said the sanctions were illegal and warned that ...': the model makes 'warned' a second
    clause of 'said' with no subject; it is the speaker's warning."""
    run = Run("Ministry spokeswoman Vera Lisitsyna said the sanctions were illegal and warned that Moscow "
              "was preparing further countermeasures.")
    assert run.actors(run.one("THREATEN")) == ["Vera Lisitsyna"]
