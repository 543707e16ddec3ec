"""Who an act is aimed at or comes from, beyond the trigger's own subject and object.

Three shapes put the counterpart elsewhere: the subject of the words a request or an allegation
reports ('demanded that X halt', 'claimed X spoofed e-mails'), the owner of what an act is done to
('rejected X's demands', 'froze the assets of X'), and the giver of what a party receives ('X won
the support of Y', 'X received military aid from Y': the verb's subject, curated ``receipt_verbs``,
is the counterpart and Y acts). A threat or a refusal is aimed at whom the act it names would
have been for ('threatened to impose sanctions on X', 'refused to send arms to X'); the phrases
with the preposition a type takes ('sanctions on X') are read here too. :mod:`.participants`
decides when each applies."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token
from structnews.build.extract.events.lexicon import lexicon_set
from structnews.build.extract.events.parse import CONDITIONAL_MARKS, OBJECT_DEPS, SUBJECT_DEPS

if TYPE_CHECKING:
    from structnews.build.extract.events.referents import ArticleState

# The phrases that name who gave: 'the support of Y', 'aid from Y'.
GIVER_PREPS = frozenset({"from", "of"})


def content_subjects(verb: Token, art: ArticleState, alleged: bool = False) -> list[int]:
    """Subjects of a request's content clauses ('demanded that A halt ... and that B freeze', 'the demand that A halt'); of an allegation's, only an
    act's doer ('claimed X spoofed e-mails'), no passive's patient, no state's subject ('claimed X was the last')."""
    found: list[int] = []
    deps = frozenset({"nsubj"}) if alleged else SUBJECT_DEPS
    clauses = [c for c in verb.children if c.dep_ == "ccomp" or c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    while clauses:
        clause = clauses.pop(0)
        if not (alleged and clause.lemma_ in ("be", "have")):
            found.extend(e for c in clause.children if c.dep_ in deps for e in art.phrase_entities(c))
        clauses.extend(c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    return found


def object_owners(verb: Token, art: ArticleState) -> list[int]:
    """'rejected X's demands', 'froze the assets of X': the owner of what is acted on is the
    counterpart. An act condemned or protested names its doer ('condemned the seizure of the boat
    by X', 'protested the detention of its citizens by X', 'protested the presence of X's / Xian
    warships'): the doer, before the act's patient."""
    found: list[int] = []
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS or (child.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in verb.children)):
            found.extend(possessors(child, art))
            if not found:  # the act's doer: 'by X' on the act's noun, or on the verb, which has a subject of its own
                found.extend(e for holder in (child, *([verb] if child.dep_ in OBJECT_DEPS and _has_subject(verb) else []))
                             for e in _prep_entities(holder, "by", art))
            if not found and child.lemma_.lower() in art.lex.raw.answered_nouns:
                found.extend(_prep_entities(child, "from", art))  # 'rejected an invitation from X': its maker
            if not found:
                found.extend(_prep_entities(child, "of", art))
            if not found:  # 'the presence of Xian warships': whose the things are
                found.extend(e for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                             for p in c.children if p.dep_ == "pobj"
                             for m in p.children if m.dep_ in ("amod", "compound", "poss") and art.ents.at(m) is not None
                             for e in art.phrase_entities(m))
            if not found:  # 'rejected the Xian proposal': the nation its adjective names
                found.extend(e for m in _adjectives(child) if art.ents.at(m) is not None for e in art.phrase_entities(m))
            if not found:  # 'rejected a European Commission proposal', 'vetoed a U.S. resolution': the body
                found.extend(e for m in child.children if m.dep_ == "compound" and (e := art.ents.at(m)) is not None
                             and e != art.ents.at(child) and _compound_owner(e, art))  # not the object's own name's word
            if not found:  # 'condemned the attack': the doer of the attack told before
                found.extend(act_doers(child, art))
    return found


def _compound_owner(entity: int, art: ArticleState) -> bool:
    """A name that, compounded on a thing, says whose it is: an organisation or a state the
    gazetteer knows ('a U.S. resolution'), not a town ('the Doha proposal' is made there)."""
    kind = art.types.get(entity)
    return kind == "ORG" or kind == "GPE" and bool(art.ents.entities[entity].gazetteer_name) and entity not in art.ents.place_country


ACT_REACH = 5  # sentences: how far back 'the attack' looks for the attack it takes up


def act_doers(noun: Token, art: ArticleState) -> list[int]:
    """'X expelled three diplomats. Y said the expulsions were a provocation', 'Y condemned the
    attack': a definite event noun ('the', 'this', 'these') that names no one takes up the latest
    act of a type the noun can report, told in the last ``ACT_REACH`` sentences, and its doers
    are whom a judgement of it is aimed at. Only acts of curated ``judged_act_types`` (a
    'non-interference' in the text of an agreement is no judgement of its signers)."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those") for c in noun.children):
        return []
    kinds = {entry.type.value for entry in art.lex.by_key.get((noun.lemma_.lower(), "NOUN"), ()) if entry.type in lexicon_set("judged_act_types")}
    index = art.sentence_index(noun.sent)
    for sent_index, kind, actors in reversed(art.acts):
        if index - sent_index > ACT_REACH:
            break
        if kind in kinds and sent_index < index:
            return list(actors)
    return []


def judged_owners(noun: Token, art: ArticleState) -> list[int]:
    """Whose a judged thing is ('X's new fees are unacceptable', 'the Xian fees are illegal', 'the
    decision of X is regrettable'): a judgement of a party's act or policy is aimed at the party.
    Its possessive, its 'by' or 'of' phrase, else a named modifier (a nationality's country is
    found later, :mod:`.countries`)."""
    found = possessors(noun, art) or _prep_entities(noun, "by", art) or _prep_entities(noun, "of", art)
    if not found:
        found = [e for m in (*_adjectives(noun), *(c for c in noun.children if c.dep_ == "compound"))
                 if art.ents.at(m) is not None for e in art.phrase_entities(m)]
    return found or act_doers(noun, art)  # ('the expulsions were a provocation': who expelled)


def _prep_entities(holder: Token, prep: str, art: ArticleState) -> list[int]:
    """The parties named in the holder's phrases with this preposition ('by X', 'of X')."""
    return [e for c in holder.children if c.dep_ == "prep" and c.lower_ == prep for e in art.pobj_entities(c)]


def _adjectives(noun: Token) -> list[Token]:
    """A noun's adjectives, also those on its compound ('the Xian harbour fees')."""
    return [m for holder in (noun, *(c for c in noun.children if c.dep_ == "compound"))
            for m in holder.children if m.dep_ == "amod"]


def possessors(noun: Token, art: ArticleState) -> list[int]:
    """Whose a thing is: the parties its possessive names ("X's demands" -> X)."""
    return [e for c in noun.children if c.dep_ == "poss" for e in art.phrase_entities(c)]


def _prep_objects(holders: list[Token], preps: list[str] | tuple[str, ...], labels: tuple[str, ...] = ("prep",)) -> list[Token]:
    """The objects of the holders' phrases with these prepositions ('into X's finances': 'finances')."""
    return [o for holder in holders for p in holder.children if p.dep_ in labels and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj"]


def prep_object_owners(holders: list[Token], preps: tuple[str, ...], art: ArticleState) -> list[int]:
    """'a probe into X's finances', 'criticism of X's policy': the owner of what the holders'
    prepositions (these ones) look into is the counterpart."""
    return [e for o in _prep_objects(holders, preps) for e in possessors(o, art)]


def judged_in_phrases(holder: Token, preps: list[str], art: ArticleState) -> list[int]:
    """'disappointed by X's conduct', 'by the ruling of the X Authority': whose is the act that the
    holder's prepositions (these ones, or the passive 'by') name: its possessive or 'by' phrase,
    or an organisation in its 'of' phrase (a person or place there is what the act was done to:
    'the killing of Y', 'the invasion of Y')."""
    found: list[int] = []
    for act in _prep_objects([holder], preps, ("prep", "agent")):
        found += possessors(act, art) or _prep_entities(act, "by", art) or [
            e for o in _prep_objects([act], ("of",)) if (e := art.ents.at(o)) is not None and art.ents.types.get(e) == "ORG"]
    return found


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" for c in verb.children)


def givers(noun: Token, verb: Token, art: ArticleState) -> list[int]:
    """The parties named in a 'from'/'of' phrase of the received noun, else in a 'from' phrase of
    the verb that receives it ('received aid last year from Y')."""
    found = [e for c in noun.children if c.dep_ == "prep" and c.lower_ in GIVER_PREPS for e in art.pobj_entities(c)]
    return found or [e for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for e in art.pobj_entities(c)]


def prep_recipients(token: Token, preps: list[str], art: ArticleState) -> tuple[list[int], list[int]]:
    """(recipients, 'between' participants) from a token's prepositional children."""
    recipients: list[int] = []
    between: list[int] = []
    children = list(token.children)
    for child in token.children:  # "talked, including with X": the preposition under 'including'
        if child.dep_ == "prep" and child.lower_ in ("including", "notably", "especially"):
            children.extend(c for c in child.children if c.dep_ == "prep")
    for child in children:
        if child.dep_ not in ("prep", "dative", "agent") or child.lower_ not in preps:
            continue
        if child.lower_ in ("between", "among"):
            between.extend(art.pobj_entities(child))
        else:
            recipients.extend(art.pobj_entities(child))
    return recipients, between


def _complement_targets(trigger: Token, art: ArticleState, preps: list[str]) -> list[int]:
    """Whom the act a trigger's infinitive names is aimed at ('threatened to impose sanctions on X',
    'refused to send arms to X', 'the refusal to meet X's demands'): the infinitive's named object,
    its phrases with these prepositions, else the owner of its object ('the licence of X')."""
    found: list[int] = []
    for verb in (c for c in trigger.children if c.dep_ == "xcomp" or (
            c.dep_ == "acl" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))):
        objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        found.extend(e for c in objects for e in art.phrase_entities(c))
        found.extend(prep_recipients(verb, preps, art)[0] or [e for c in objects for e in prep_recipients(c, preps, art)[0]]
                     or object_owners(verb, art))  # 'to impose sanctions on X' may hang 'on X' on the object
    return found


def refusal_targets(trigger: Token, art: ArticleState) -> list[int]:
    """Whom a refusal is aimed at, when the trigger itself names no one: the target of the act
    refused ('refused to deliver weapons to X', 'X's demands', 'declined to meet X')."""
    return _complement_targets(trigger, art, ["to", "with"])


def threat_targets(verb: Token, art: ArticleState) -> list[int]:
    """Whom a threat is against: 'vowed retaliation against X', 'threatened to impose sanctions on X'."""
    found: list[int] = []
    for obj in (c for c in verb.children if c.dep_ in OBJECT_DEPS):
        found.extend(prep_recipients(obj, ["against", "on"], art)[0])
    found.extend(_complement_targets(verb, art, ["on", "against", "to"]))
    if not found:  # 'warned that X would face severe costs', 'X will have to pay a price': whom the consequence falls on
        consequence = set(art.lex.raw.consequence_verbs)
        found.extend(e for c in verb.children if c.dep_ == "ccomp" and (c.lemma_.lower() in consequence or c.lemma_ == "have" and any(
                         x.dep_ == "xcomp" and x.lemma_.lower() in consequence for x in c.children))
                     and any(a.dep_ == "aux" and a.lower_ in {"will", "would", "'ll"} for a in c.children)
                     for subj in c.children if subj.dep_ == "nsubj" for e in art.phrase_entities(subj))
    if not found:  # 'threatened new sanctions if X did not free the prisoners': the party the condition is on
        clauses = [verb, *(c for c in verb.children if c.dep_ == "ccomp")]  # ('said it would respond if X ...')
        found.extend(e for h in clauses for c in h.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children)
                     for subj in c.children if subj.dep_ == "nsubj" for e in art.phrase_entities(subj))
    return found
