"""What a speech verb's content clause says, as trigger conditions need it: a bare subjunctive
('insisted that the ministry repay': a demand), a named party in it ('claimed that X flies
fighters': an allegation against X) and a condition ('said X would pay a price if it invaded': a
threat). Read by ``triggers``."""

from __future__ import annotations

from spacy.tokens import Token
from structnews.build.extract.events.lexicon import lexicon
from structnews.build.extract.events.parse import CONDITIONAL_MARKS, lemma_set


def mandative_content(verb: Token) -> bool:
    """Whether the verb's content clause is a bare subjunctive with its own subject: 'insisted that the
    ministry repay' (the base form, no modal, no tense: VB, or VBP after a past verb), 'insisted that he
    be released' (a bare 'be')."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue
        auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i]
        if auxes:
            if all(a.tag_ == "VB" and a.lemma_.lower() == "be" for a in auxes):
                return True
            continue
        if clause.lemma_.lower() == "be" and clause.tag_ != "VB":
            continue  # 'insisted that its soldiers are innocent': a statement of fact
        if clause.tag_ == "VB" or (clause.tag_ == "VBP" and verb.tag_ == "VBD" and _singular_subject(clause)):
            return True  # 'insisted that the ministry repay'; not 'insisted that the talks remain on track'
    return False


def _singular_subject(clause: Token) -> bool:
    """Whether a clause's subject is third person singular, so that a base-form verb after it can
    only be a subjunctive ('the ministry repay'); after a plural subject the same form is the
    present tense of a statement ('the talks remain on track')."""
    for child in clause.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child.tag_ in ("NN", "NNP") or child.lower_ in ("he", "she", "it")
    return False


def content_names_a_party(verb: Token) -> bool:
    """Whether the verb's content clause has a name as its subject or predicate: 'claimed that it
    is the United States that ...', 'claims Mahan flies fighters' (not 'claims he would be okay'),
    a passive whose agent is a name or a government ('claimed protesters were sent by the
    government'), or a negative judgement ('claimed he was wrongfully imprisoned')."""
    raw = lexicon().raw
    negative = set(raw.negative_words)
    bodies = set(raw.state_body_nouns) | set(raw.leader_body_nouns)
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if lemma_set(t for t in clause.subtree if t.dep_ != "amod") & negative:
            return True  # 'claimed he was wrongfully imprisoned': a wrong alleged ('claiming this would
            # curb illegal logging' names a kind of thing, alleges nothing)
        agents = [p for c in clause.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        for arg in [*(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "attr")), *agents]:
            named = ("PERSON", "ORG", "GPE", "NORP")
            if arg.ent_type_ in named or any(c.ent_type_ in named for c in arg.children if c.dep_ in ("compound", "poss", "amod")):
                return True
            if arg.pos_ == "PROPN":
                return True
            if arg in agents and arg.lemma_.lower() in bodies:
                return True  # 'said the rioters were paid by the ministry': an act alleged of a state body
    return False


def conditional_content(verb: Token) -> bool:
    """Whether the verb's content clause holds a condition: 'said Ostland would pay a high price if
    it used force', 'Ostland would respond if the drills went on, X told reporters' (the content
    written first)."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if any(t.dep_ == "mark" and t.lower_ in CONDITIONAL_MARKS and t.head.dep_ == "advcl" for t in clause.subtree):
            return True
    return False
