"""Read a headline's present-tense verb that the parser took for a plural noun.

A headline reports in the present tense without articles ('EU fines Lumora 1.8 billion euros',
'Bangladesh seals border', 'Centre lifts ban on rice exports'), and the small model often reads
the verb's '-s' form as a plural noun: a modifier of the word after it ('seals' compound of
'border'), the subject of a later word ('lifts' nsubj of 'ban'), a bare adverbial noun. The parse
around it is then wrong as a whole, not only the tag (:mod:`verb_tag_mends` mends a root noun whose
subject and object the parse already has). The event of the headline, often the story's main one,
was lost.

A plural noun in the headline whose bare form is a verb (the model's or the event lexicon's) and that stands where a verb would - right
after a name or a noun for a party that can be its subject ('Irish regulator', not 'Sudan peace'), before a word that can open its object
(or a particle of the lexicon's reading of the verb: 'lands in'), with no determiner, possessive, adjective
or number of its own (those the parser hangs on it past a noun right before it are the subject's:
'Peru's president pardons') - is tried as a verb: the headline is parsed again with each such word
written as 'will' + its bare form ('EU will fine Lumora ...'), which no parser reads as a noun.
When every word so tried comes out as a verb with a subject before it and an object or complement
after it, the headline takes that parse (the inserted words left out, their dependants hung on the
verb) and each word is tagged a present-tense verb with its bare form as lemma. Otherwise nothing
changes: 'Gaza talks stall' (a verb follows) and 'the fines' (a determiner) are never tried.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from structnews.build.core import curated
from structnews.build.extract.doc_copy import model_parser, rehead
from structnews.build.extract.verb_tag_mends import NAME_TYPES

HEADLINE_WORDS = 25  # a first paragraph longer than this is body text, not a headline
SUBJECT_POS = frozenset({"PROPN", "NOUN"})
SUBJECT_NAMES = frozenset({"GPE", "ORG", "PERSON"})  # names that can act, whatever their tag (not NORP: 'Russian strikes')
OBJECT_START_POS = frozenset({"PROPN", "DET", "NUM", "SYM", "ADJ", "NOUN", "PRON"})
OWN_MODIFIERS = frozenset({"det", "poss", "amod", "nummod", "case"})
COMPLEMENT_DEPS = frozenset({"dobj", "dative", "prep", "xcomp", "ccomp", "prt", "attr", "oprd"})
# The model components that give the parse; the variant needs nothing else.
PARSE_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def headline_end(text: str) -> int:
    """End of the article's headline: its first paragraph when that reads as one (a single short
    line without a final full stop, question or exclamation mark); 0 when there is none."""
    end = text.find("\n\n")
    first = text[:end].strip() if end > 0 else ""
    if not first or "\n" in first or len(first.split()) > HEADLINE_WORDS:
        return 0
    return 0 if first.rstrip("\"'’”)").endswith((".", "!", "?")) else end


def bare_form(word: str) -> str:
    """The bare form of a verb's '-s' form: 'fines' -> 'fine', 'readies' -> 'ready',
    'pushes' -> 'push', 'seals' -> 'seal'."""
    lower = word.lower()
    if lower.endswith("ies") and len(lower) > 4:
        return word[:-3] + "y"
    if lower.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    return word[:-1]


@lru_cache(maxsize=1)
def _actor_words() -> frozenset[str]:
    """Nouns for a party that can act (curated: the events' ``actor_nouns``, the cues'
    ``person_nouns``, ``organisation_nouns``, ``organisation_kinds`` and ``institution_nouns``):
    'regulator', 'court', 'charity', 'junta'."""
    cues = curated.cues()
    words = [*curated.event_lexicon().actor_nouns, *cues.person_nouns, *cues.organisation_nouns, *cues.organisation_kinds,
             *cues.institution_nouns]
    return frozenset(w.lower() for w in words)


@lru_cache(maxsize=1)
def _trigger_particles() -> dict[str, frozenset[str]]:
    """The event lexicon's verbs, each with the particles of its readings ('land' -> 'in'): the verbs
    are tried though the model's tables lack them ('rebuff'), and 'US envoy lands in Beirut' opens the
    verb's phrase with a particle, where a noun's phrase would not need it."""
    out: dict[str, set[str]] = {}
    for entry in curated.event_lexicon().triggers:
        if entry.pos == "VERB":
            out.setdefault(entry.lemma.lower(), set()).update(p.lower() for p in entry.particles)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _noun_plurals() -> frozenset[str]:
    """'-s' words headlines use as nouns (curated ``headline_noun_plurals``): never tried."""
    return frozenset(w.lower() for w in curated.cues().headline_noun_plurals)


def _can_act(token: Token) -> bool:
    """A name, or a noun for a party ('Irish regulator fines X': curated ``actor_nouns``,
    ``person_nouns``, ``organisation_nouns`` and ``organisation_kinds``); not 'Sudan peace talks restart'."""
    return token.pos_ == "PROPN" or token.ent_type_ in NAME_TYPES or token.lemma_.lower() in _actor_words()


def _candidates(doc: Doc, end: int, is_verb: Callable[[str], bool]) -> list[Token]:
    """Plural nouns of the headline standing where a present-tense verb would, whose bare form is
    a verb ('leaders' is tried as nothing)."""
    found = []
    for token in doc:
        if token.idx >= end:
            break
        if token.tag_ != "NNS" or not token.lower_.endswith("s") or token.i == 0 or token.i + 1 >= len(doc):
            continue
        before, after = doc[token.i - 1], doc[token.i + 1]
        opens = after.pos_ in OBJECT_START_POS or after.is_title or after.is_upper and len(after) > 1 or after.lower_ in _trigger_particles().get(bare_form(token.lower_).lower(), ())
        subject_pos = before.pos_ in SUBJECT_POS or before.ent_type_ in SUBJECT_NAMES  # 'Mali expels': a name the tagger made an adjective
        if not subject_pos or not _can_act(before) or after.idx >= end or not opens:
            continue  # (a capitalised word or an acronym is a name, whatever the tagger made of it)
        if token.lower_ in _noun_plurals() or not is_verb(bare_form(token.lower_)):
            continue
        subject_head = before.head.i == token.i and before.dep_ in ("compound", "nmod", "nsubj")
        if not subject_head and any(c.dep_ in OWN_MODIFIERS for c in token.children):
            continue  # 'heavy fines', 'three strikes'; not 'Peru's president pardons' (the subject's own)
        found.append(token)
    return found


def _variant(doc: Doc, end: int, tried: list[Token], parse: Callable[[str], Doc]) -> tuple[Doc, list[int]] | None:
    """The headline parsed with each tried word as 'will' + its bare form, and the index in it of
    every headline token; None when the words do not come out one for one."""
    words, positions, text = [], [], ""
    tried_at = {t.i for t in tried}
    for token in doc:
        if token.idx >= end:
            break
        if token.i in tried_at:
            words.append("will")
            text += "will "
            word = bare_form(token.text)
        else:
            word = token.text
        words.append(word)
        text += word + token.whitespace_
        positions.append(len(words) - 1)
    variant = parse(text.rstrip())
    if len(variant) != len(words) or any(v.text != w for v, w in zip(variant, words)):
        return None
    return variant, positions


def _verb_read(variant: Doc, at: int) -> bool:
    """Whether the variant's word is a verb with a subject before it and an object or complement after."""
    verb = variant[at]
    return (verb.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.i < at for c in verb.children)
            and any(c.dep_ in COMPLEMENT_DEPS and c.i > at for c in verb.children))


def mend_headline_verbs(doc: Doc, parse: Callable[[str], Doc], is_verb: Callable[[str], bool]) -> Doc:
    """The doc with its headline's verbs read as nouns parsed as verbs (see the module docstring);
    ``parse`` parses a text with the model's own components, ``is_verb`` tells a verb's bare form
    (the model's lemmatizer tables). Unchanged when nothing is tried or the variant does not
    confirm every tried word."""
    end = headline_end(doc.text)
    if not end:
        return doc
    tried = _candidates(doc, end, is_verb)
    if not tried:
        return doc
    found = _variant(doc, end, tried, parse)
    if found is None:
        return doc
    variant, positions = found
    if not all(_verb_read(variant, positions[t.i]) for t in tried):
        return doc
    original = {v: i for i, v in enumerate(positions)}
    roots = sum(1 for i in range(len(positions)) if doc[i].dep_ == "ROOT")
    if sum(1 for v in variant if v.dep_ == "ROOT") != roots:
        return doc  # the variant joins or splits the headline's sentences: keep the model's reading
    changes = []
    for i, v in enumerate(positions):
        head = variant[v].head
        if head.i not in original:  # an inserted 'will': its dependants hang on its verb
            head = head.head
        changes.append((i, original[head.i] if head.i in original else i, variant[v].dep_))
    out = rehead(doc, changes)
    for token in tried:
        word = out[token.i]
        word.tag_, word.pos_, word.lemma_ = "VBZ", "VERB", bare_form(token.text).lower()
    return out


@Language.factory("structnews_headline_verbs")
def make_headline_verbs(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component; the variant headline is parsed by the pipeline's own model components."""
    parse = model_parser(nlp, PARSE_COMPONENTS)

    lemmatizer = nlp.get_pipe("lemmatizer")
    # the model's own verb list, and the event lexicon's verbs it lacks ('rebuff', 'readmit')
    verbs = frozenset(lemmatizer.lookups.get_table("lemma_index")["verb"]) | frozenset(_trigger_particles())

    return lambda doc: mend_headline_verbs(doc, parse, verbs.__contains__)
