"""Wrongs reported through what a party says: 'The ministry said the rebels had shelled three villages'.

News reports most accusations with a plain verb of saying whose content is the wrong itself, not
with 'accuse' or 'blame'. A speech verb's content clause that says, as a fact, that a party other
than the speaker did a wrongful or hostile act is an allegation against that party (PLOVER ACCUSE,
mode allege). What counts as wrongful is curated data (``data/curated/events.yaml``):

- the content's verb has a reading of one of ``wrong_act_types`` ('shelled', 'detained');
- or it is one of ``wrong_verbs`` ('lied', 'rigged', 'violated');
- or its object, predicate or manner is one of ``wrong_words`` ('committed fraud', 'acted
  illegally', 'treats the law with contempt');
- or its predicate is one of ``culprit_words`` over such an act ('was behind the attack').

Not an allegation: content that is denied or only supposed ('said the rebels had not shelled',
'said they could attack', 'asked whether X lied'); a hostile act told in plain narration with its
source after it ('Gunmen ambushed a convoy, a spokesman said', 'X shelled Y, according to Z'):
that is how news cites a source, unless the words judge the act themselves ('lied', 'illegally');
and - settled when participants are found - an
act the speaker reports of itself ('said it had detained 40 people'), or one whose doer is no
named party. The reported act stays an event of its own: the speech verb's reading does not embed
its content (it is a ``fallback`` reading).

This module reads the parse and the lexicon's word lists (as sets built once per process,
:func:`.lexicon.lexicon_set`); which verbs are hostile is decided by the caller (the trigger
readings live in :mod:`.triggers`), so that the lexicon's own conditions choose a word's reading.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token
from structnews.build.extract.events.lexicon import lexicon_set
from structnews.build.extract.events.parse import xcomp_chain

# Marks and words that make a content clause an open question or a condition, not an assertion.
_QUESTION_MARKS = frozenset({"whether", "if"})
_QUESTION_TAGS = frozenset({"WRB", "WP", "WDT"})
# Prepositions whose object is the manner of an act ('with contempt', 'in violation of'), not what
# it is about or taken as ('investigating the shooting as terrorism', 'fighting against corruption').
_MANNER_PREPS = frozenset({"with", "in"})


@dataclass(frozen=True)
class ReportedWrong:
    """A content clause alleging a wrong: its verb and the phrases naming who did it."""

    clause: Token
    doers: tuple[Token, ...]
    judged: bool = False  # a negative judgement of the doer ('He was a dictator'), not a wrong done


def content_clauses(verb: Token) -> list[Token]:
    """The clauses a speech verb reports: its content clause ('said (that) X did Y') and, when the
    words come first ('"X lied," Y said', the saying hung on them), the clause it comments on."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    head = verb.head
    if verb.dep_ in ("parataxis", "ccomp") and head.i < verb.i and head.pos_ in ("VERB", "AUX") and not clauses:
        clauses.append(head)
    out: list[Token] = []
    for clause in clauses:  # 'said X shelled Y and detained Z': each coordinated verb is said too
        out.append(clause)
        out.extend(c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    return out


def opens_a_question(clause: Token, *, any_wh: bool = False) -> bool:
    """Whether a clause is an open question or a condition: marked by 'whether' or 'if', or opened
    by a wh-word that is not its subject ('said why X did it'; 'said who did it' states that
    someone did). With ``any_wh``, any wh-word of the clause makes it one ('asked who did it')."""
    for child in clause.children:
        if child.dep_ == "mark" and child.lower_ in _QUESTION_MARKS:
            return True
        if child.tag_ in _QUESTION_TAGS and (any_wh or child.i < clause.i and child.dep_ not in ("nsubj", "nsubjpass")):
            return True
    return False


def is_asserted(clause: Token) -> bool:
    """Whether a content clause states its act as a fact: not negated ('had not shelled'), not
    under a modal ('could attack', 'would lie'), not a condition or question ('whether X lied'),
    and neither is any verb it completes or is joined to (``xcomp_chain``, up to four verbs, the
    verbs proper: 'did not try to rig')."""
    for verb in xcomp_chain(clause, longest=4, to_noun=False):
        if opens_a_question(verb) or any(
            c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.tag_ == "MD") for c in verb.children
        ):
            return False
    return True


def doers(clause: Token) -> list[Token]:
    """Who did the content's act: its subject, or a passive's 'by' agent (a passive without one
    names no doer); a verb coordinated without a subject shares its first verb's."""
    if clause.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return []  # a headline's passive without its 'was' ('X says Y poisoned with Z'): Y suffered it
    current = clause
    for _ in range(3):
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in current.children)
        if passive:
            return [p for c in current.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:
            return subjects
        if current.dep_ not in ("conj", "xcomp") or current.head.i == current.i:
            return []
        current = current.head
    return []


def _words(tokens: list[Token]) -> set[str]:
    return {w for t in tokens for w in (t.lemma_.lower(), t.lower_)}


def _predicate_words(verb: Token) -> list[Token]:
    """The words of a verb's object, predicate and manner ('committed war crimes', 'was corrupt',
    'acted illegally', 'with utter contempt'): the heads of those phrases and their modifiers,
    not the clauses under them."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "acomp", "oprd", "advmod"):
            out.append(child)
            out.extend(c for c in child.children if c.dep_ in ("amod", "compound", "advmod"))
        elif child.dep_ == "prep" and child.lower_ in _MANNER_PREPS:
            out.extend(p for p in child.children if p.dep_ == "pobj")
    return out


def _culprit_acts(verb: Token, culprits: frozenset[str]) -> list[Token]:
    """The acts a culprit predicate makes the subject the doer of: 'was behind the attack',
    'was responsible for the bombing', 'is guilty of fraud'."""
    acts: list[Token] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in culprits:
            acts.extend(p for p in child.children if p.dep_ == "pobj")
        elif child.dep_ in ("acomp", "attr") and child.lemma_.lower() in culprits:
            acts.extend(p for prep in child.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj")
    return acts


def _act_verbs(clause: Token) -> list[Token]:
    """The verbs that say what the content's subject did: the clause's own, the one it tries or
    begins ('was trying to rig'), and its means ('is trying, by holding a gun, intimidating X'):
    a subjectless participle or 'by' clause under them, two levels down. A negated one states no
    act ('had promised not to escalate')."""
    verbs = [clause]
    frontier = [clause]
    for _ in range(2):
        found = []
        for verb in frontier:
            for child in verb.children:
                if child.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "neg") for c in child.children):
                    continue
                if child.dep_ == "xcomp" or (child.dep_ == "advcl" and child.tag_ == "VBG"):
                    found.append(child)
            found.extend(p for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
                         for p in c.children if p.dep_ == "pcomp" and p.pos_ == "VERB")
        verbs.extend(found)
        frontier = found
    return verbs


def culprits(clause: Token) -> list[Token]:
    """The party a predicate noun makes the doer of the subject's act: 'the fire was X's doing',
    'the crash is the fault of X' (curated ``culprit_nouns``): the possessor or 'of' object."""
    out: list[Token] = []
    predicates = [c for c in clause.children if c.dep_ == "attr"]
    # 'was "likely" X's doing': the parser may hang the noun on the hedging adjective
    predicates += [n for c in clause.children if c.dep_ == "acomp" for n in c.children if n.pos_ == "NOUN"]
    for attr in (c for c in predicates if c.lemma_.lower() in lexicon_set("culprit_nouns")):
        out.extend(c for c in attr.children if c.dep_ == "poss")
        out.extend(p for c in attr.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")
    return out


def is_wrongful(clause: Token, hostile: Callable[[Token], bool]) -> bool:
    """Whether the content clause's act is wrongful or hostile (see the module docstring).
    ``hostile(token)``: the token has a reading of one of the lexicon's ``wrong_act_types``."""
    place_preps, wrong_words = lexicon_set("location_preps"), lexicon_set("wrong_words")
    for verb in _act_verbs(clause):
        if hostile(verb):
            return True
        if verb.lemma_.lower() in lexicon_set("wrong_verbs") and not any(
            c.dep_ == "prep" and c.lower_ in place_preps for c in verb.children
        ):  # 'lied to voters', not 'the town lies on the river'
            return True
        if _words(_predicate_words(verb)) & wrong_words:
            return True
        acts = _culprit_acts(verb, lexicon_set("culprit_words"))
        if any(hostile(a) for a in acts) or _words(acts) & wrong_words:
            return True
    return False


def reported_wrong(verb: Token, hostile: Callable[[Token], bool]) -> ReportedWrong | None:
    """The first content clause of a speech verb that alleges a wrong as a fact and names who did
    it; None when the verb reports no such thing."""
    for clause in content_clauses(verb):
        if not is_asserted(clause):
            continue
        if verb.tag_ in ("VBZ", "VBP") and hostile(clause) and not any(
            c.dep_ in ("dobj", "aux", "auxpass") for c in clause.children
        ):  # a headline's passive without its 'was' ('X says Y poisoned with Z', 'Y killed'): Y suffered it
            continue
        if clause.i < verb.i and not _evaluative(clause) and not any(
                t.is_quote for t in clause.doc[clause.sent.start : verb.i]):
            continue  # 'Gunmen ambushed a convoy, killing nine, a spokesman said': the source of a report, no allegation
        if (wrong := _alleged(clause, hostile)) is not None:
            return wrong
    return None


def _evaluative(clause: Token) -> bool:
    """Whether a clause says its act is wrong in its own words ('lied', 'rigged', 'illegally',
    'was X's doing'), not only what was done ('shelled', 'detained'): reported in plain narration
    with its source after it, a hostile act is news, not an allegation."""
    return bool(culprits(clause)) or is_wrongful(clause, lambda _token: False)


def _alleged(clause: Token, hostile: Callable[[Token], bool], judged: bool = False) -> ReportedWrong | None:
    """What an asserted clause alleges, the one test of a speech verb's content and of a quote's
    words: the party a culprit predicate names ('the fire was X's doing'), else its doers when
    its act is wrongful; with ``judged``, else its subject when it is judged ('He was a dictator')."""
    if blamed := culprits(clause):
        return ReportedWrong(clause, tuple(blamed))
    who = doers(clause)
    if who and is_wrongful(clause, hostile):
        return ReportedWrong(clause, tuple(who))
    if judged and who and is_judged(clause):
        return ReportedWrong(clause, tuple(who), judged=True)
    return None


def _top_clauses(span_start: int, span_end: int, sent: list[Token]) -> list[Token]:
    """The highest verbs of the part of a sentence a quote covers: the verbs whose head lies
    outside it (or the sentence's root), with the verbs coordinated to them."""
    inside = [t for t in sent if span_start <= t.idx < span_end]
    top = [t for t in inside if t.pos_ in ("VERB", "AUX") and (
        t.dep_ == "ROOT" or not span_start <= t.head.idx < span_end)]
    return top + [c for t in top for c in t.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]


def quoted_wrongs(
    sent: list[Token], said: list[tuple[int, int, int]], hostile: Callable[[Token], bool],
) -> list[tuple[int, ReportedWrong]]:
    """Wrongs alleged inside attributed quotes of a sentence: (speaker, the clause alleging it),
    for each quote (``said``: start, end, speaker entity) whose highest clause in the sentence
    states a wrong done by someone, as a fact ('"Ostland shelled our homes," she said', or the
    next sentence of her quote, which has no verb of saying)."""
    if not sent:
        return []
    first, last = sent[0].idx, sent[-1].idx
    found: list[tuple[int, ReportedWrong]] = []
    for start, end, speaker in said:
        if end <= first or start > last:
            continue
        # a report told first, its source after it, in no quotation marks: 'X attacked Y, according to Z'
        sourced = not any(t.is_quote for t in sent if start - 2 <= t.idx <= end + 1) and not any(
            t.pos_ in ("VERB", "AUX") for t in sent if t.idx < start)
        for clause in _top_clauses(start, end, sent):
            if sourced and not _evaluative(clause) and not is_judged(clause):
                continue
            if is_asserted(clause) and (wrong := _alleged(clause, hostile, judged=True)) is not None:
                found.append((speaker, wrong))
                break  # one allegation per quote and sentence
    return found


def is_judged(clause: Token) -> bool:
    """Whether a clause predicates a negative judgement of its subject ('He was a dictator', 'the
    council is corrupt'): one of the lexicon's ``negative_words`` as its predicate noun or adjective."""
    words = [t for c in clause.children if c.dep_ in ("attr", "acomp", "oprd")
             for t in (c, *(m for m in c.children if m.dep_ in ("amod", "compound")))]
    return bool(_words(words) & lexicon_set("negative_words"))
