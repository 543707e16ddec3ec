"""'“…”, Dunmore coach Peter Walsh said': a comma after the closing mark (logical punctuation,
usual outside the US) and a title the tagger read as a verb (seventeenth session, cues.
_phrase_after_quote). The small English model mis-tags such a title only for some names, so the
parse is written out here as the model produced it for a real sentence of this shape (every
word invented): the mark tagged as an opening one, the title as a present-tense verb, no subject
on 'said'."""

from __future__ import annotations

from spacy.tokens import Doc
from structnews.build.extract import nlp
from structnews.build.extract.quotes.cues import subject_of

WORDS = ['"', "We", "are", "pleased", '"', ",", "Dunmore", "coach", "Peter", "Walsh", "said", "."]
SPACES = [False, True, True, False, False, True, True, True, True, True, False, False]
TAGS = ["``", "PRP", "VBP", "JJ", "``", ",", "NNP", "VBP", "NNP", "NNP", "VBD", "."]
POS = ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "VERB", "PROPN", "PROPN", "VERB", "PUNCT"]
HEADS = [2, 2, 10, 2, 10, 10, 7, 5, 9, 7, 10, 10]
DEPS = ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "nsubj", "prep", "compound", "dobj", "ROOT", "punct"]


def _doc(words: list[str] = WORDS, spaces: list[bool] = SPACES, tags: list[str] = TAGS, pos: list[str] = POS,
         heads: list[int] = HEADS, deps: list[str] = DEPS) -> Doc:
    return Doc(nlp.load().vocab, words=words, spaces=spaces, tags=tags, pos=pos, heads=heads, deps=deps)


def test_the_name_after_a_misread_title_is_the_subject() -> None:
    doc = _doc()
    subject = subject_of(doc[10])
    assert subject is not None and subject.text == "Walsh"


def test_a_comma_then_an_apposition_names_no_subject() -> None:
    # '“Fair Play”, a charity, said': the mark closed a title; the phrase is an apposition
    words = ['"', "Fair", "Play", '"', ",", "a", "charity", ",", "said", "."]
    doc = _doc(words, [False, True, False, False, True, True, False, True, False, False],
               ["``", "NNP", "NNP", "''", ",", "DT", "NN", ",", "VBD", "."],
               ["PUNCT", "PROPN", "PROPN", "PUNCT", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"],
               [2, 2, 8, 2, 8, 6, 4, 8, 8, 8],
               ["punct", "compound", "dep", "punct", "punct", "det", "appos", "punct", "ROOT", "punct"])
    assert subject_of(doc[8]) is None
