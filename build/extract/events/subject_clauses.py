"""Where a verb's doer is when its own clause names none the plain way: the named members of an
unnamed plural subject ('officials, including A and B'), and a statement act set off after a
reported clause ('..., blaming Y'). Read by ``participants`` (and ``dating``)."""

from __future__ import annotations

from spacy.tokens import Token
from structnews.build.extract.events.lexicon import lexicon
from structnews.build.extract.events.parse import OBJECT_DEPS, unique
from structnews.build.extract.events.referents import ArticleState

PARTY_OR_PERSON = frozenset({"PERSON", "GPE", "ORG", "NORP"})  # who can be a party to an event


def included_members(verb: Token, art: ArticleState) -> list[int]:
    """'multiple officials pressured X not to do Y, including A and B': the named members of an
    unnamed plural subject, from an 'including' phrase the parser hangs on the clause's verb or a
    verb it controls. Not when an object is itself an unnamed plural ('criticised several
    countries, including A': A is one of the countries)."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    if any(c.dep_ in OBJECT_DEPS and c.tag_ == "NNS" and art.ents.at(c) is None for v in verbs for c in v.children):
        return []
    return unique([e for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "including"
                   for e in art.pobj_entities(c) if art.types.get(e) in PARTY_OR_PERSON])


def set_off_from_content(participle: Token) -> bool:
    """Whether a participle after a comma hangs from a reported content clause ('X acknowledged
    that its army had shot the plane down, blaming Y'): the parser attaches it to the last verb,
    but a statement act ('blaming', 'urging'; curated ``statement_types``) reports what the
    speaker did while saying it (and when), not part of what was said."""
    content = participle.head
    statement = {t.value for t in lexicon().raw.statement_types}  # 'blaming', not 'killing' (the content's result)
    if not any(e.type.value in statement for e in lexicon().by_key.get((participle.lemma_.lower(), "VERB"), ())):
        return False
    return (participle.dep_ == "advcl" and participle.tag_ == "VBG" and content.dep_ == "ccomp"
            and content.head.pos_ in ("VERB", "AUX") and content.i < participle.i
            and participle.i > 0 and participle.doc[participle.i - 1].text == ",")


def headline_co_subjects(verb: Token, subjects: list[Token], art: ArticleState) -> list[int]:
    """'India, China rush rescue teams', 'DR Congo, M23 rebels agree': a headline joins its doers
    with a comma where a sentence writes 'and'. The parser makes the first a modifier of the verb
    ('India' as npadvmod) or the second an apposition to the first ('rebels' appos 'Congo'); both
    are doers. Only in the headline, and only names of parties (or a noun a name modifies): in a
    sentence, 'X, Y's leader, said' is one doer described twice."""
    if not subjects or verb.idx >= art.headline_end:
        return []
    found: list[int] = []
    first = min(s.left_edge.i for s in subjects)
    doc = verb.doc
    for child in verb.children:  # 'India , China rush': the name before the subject's comma
        if child.dep_ in ("npadvmod", "dep", "nsubj") and child not in subjects and child.i < first \
                and doc[child.i + 1].text == "," and child.i + 2 == first:
            found.extend(e for e in art.phrase_entities(child) if art.types.get(e) in PARTY_OR_PERSON)
    for subject in subjects:  # 'DR Congo , M23 rebels agree'
        for child in subject.children:
            if child.dep_ == "appos" and doc[child.left_edge.i - 1].text == ",":  # its own names, not the head it is set to
                found.extend(e for t in child.subtree if (e := art.ents.at(t)) is not None and art.types.get(e) in PARTY_OR_PERSON)
    return unique(found)
