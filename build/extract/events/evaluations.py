"""Whether a characterisation criticises or praises: the curated evaluative words of the phrase
('called the deal "lousy"', 'described X as a threat'), and - when none is there - the journalist's
quotation marks around the speaker's own words for it ('called the ruling "a gag order"'), which
report a judgement, as a plain name ('called it Spring Shield') does not. Read by ``triggers``."""

from __future__ import annotations

from spacy.tokens import Token
from structnews.build.core import curated
from structnews.build.extract.events.lexicon import lexicon
from structnews.build.extract.events.parse import lemma_set, trigger_window
from structnews.build.extract.quote_marks import closing_mark, opening_mark
from structnews.schema.curated import EventTrigger

# Dependents that carry what a clause says of its subject ('it is a sham', 'it was unrealistic').
PREDICATE_DEPS = frozenset({"attr", "acomp", "oprd"})
# Dependents of a naming verb that hold the name or judgement given ('called it "a farce"').
_NAMING_DEPS = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp"})
_SINGLE_OPENING = frozenset({"‘", "'"})
_SINGLE_CLOSING = frozenset({"’", "'"})


def evaluation_holds(entry: EventTrigger, token: Token) -> bool:
    """Whether the phrase of a reading with an ``evaluation`` judges the way the reading says."""
    raw = lexicon().raw
    words = raw.negative_words if entry.evaluation == "negative" else raw.positive_words
    window = trigger_window(token)
    if entry.fallback:  # what the reported words predicate: 'it is a sham', 'demands are unrealistic'
        window = [t for t in window if t.dep_ in PREDICATE_DEPS or (t.dep_ in ("amod", "conj") and t.head.dep_ in PREDICATE_DEPS)]
        return bool(lemma_set(window) & set(words))
    praise = set(raw.positive_words)
    if entry.evaluation == "positive" and _judgements(token):
        # praise is said of the thing named, not of someone in it: 'called the death "the cruel
        # murder of a brave reporter"' is no praise
        return bool(lemma_set([t for p in _judgements(token) for t in _core(p)]) & praise)
    if lemma_set(window) & set(words):
        return True
    # 'called the ruling "a gag order"': a quoted judgement with no word of praise is a criticism
    return entry.evaluation == "negative" and quoted_judgement(token) and not (
        lemma_set([t for p in _judgements(token) for t in _core(p)]) & (praise | set(raw.plain_words)))


def _judgements(verb: Token) -> list[Token]:
    """The heads of what a naming verb says its object is: 'called the deal [a mistake]',
    'described it as [unacceptable]' (empty for other verbs)."""
    if verb.lemma_.lower() not in curated.cue_words("naming_verbs") and not any(c.lower_ == "as" for c in verb.children):
        return []
    phrases = [c for c in verb.children if c.dep_ in _NAMING_DEPS and c.lower_ not in ("what", "which", "it", "that")]
    # the model may hang the judgement on the object: 'called the trial [‘a farce’]' (appos)
    phrases += [a for c in verb.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "appos"]
    return phrases + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ != "punct"]


def _core(phrase: Token) -> list[Token]:
    """A phrase without its prepositional and clausal dependents: 'the cruel murder' of 'the cruel
    murder of a brave reporter'."""
    out, stack = [], [phrase]
    while stack:
        current = stack.pop()
        out.append(current)
        stack.extend(c for c in current.children if c.dep_ not in ("prep", "relcl", "acl", "advcl", "ccomp", "punct"))
    return out


def quoted_judgement(verb: Token) -> bool:
    """Whether a naming verb ('call', 'brand', 'describe ... as') gives its object a judgement
    written between quotation marks: 'called the trial ‘a farce’', 'calling the fine "unjustified"';
    not a quoted proper name ('called it "Operation Dawn"'), and not in a free relative that is a
    verb's object ('restore what it called "full sovereignty"'), which names what that verb acts on."""
    if verb.head.pos_ in ("VERB", "AUX") and verb.dep_ != "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("what", "which") for c in verb.children):
        return False  # 'restore what it called "full sovereignty"': the journalist only distances itself from a
        # word for what the verb above acts on (not 'walked out in protest at what she called "arrogance"', the
        # protest's reason, nor 'two staff it described as "undeclared intelligence officers"')
    for phrase in _judgements(verb):
        tokens = list(phrase.subtree)
        words = [t for t in tokens if t.is_alpha]
        if not words or all(t.is_title or t.pos_ == "PROPN" for t in words if t.pos_ != "DET"):
            continue  # a name, not a judgement
        doc = verb.doc
        first, last = tokens[0].i, tokens[-1].i
        before = doc[first - 1] if first > 0 else None
        inside = [t for t in tokens if opening_mark(t) or t.text in ("‘",)]
        if inside or (before is not None and (opening_mark(before) or before.text in _SINGLE_OPENING)):
            return True
    return False
