"""A person's grammatical gender, from the article's own words, so that 'she said' does not go on
with the man named last.

The small model knows no genders and no first names, and a list of first names would be a list of
guesses about people. The article says it: a gendered title or honorific before the name ('Mr',
'Queen'; curated ``gendered_titles``), a noun of kin the name is in apposition with ('her father,
Luis X'; curated ``gendered_nouns``), or the person speaking of themselves in a clause they are
the subject of ('Ann Lind said she was willing', 'Ivo Sark has said he won't'), when nobody else
was named before them since the sentence before (else the pronoun may be that other person). An entity the
evidence gives both genders, or none, has no gender, and every pronoun may refer to it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

from spacy.tokens import Doc, Token
from structnews.build.core import curated
from structnews.build.extract import pronouns
from structnews.build.extract.drafts import LocalEntity, MentionDraft

# 'he' -> masculine, 'she' -> feminine, from the one table of pronoun forms.
_SUBJECT_PRONOUNS = {f.word: f.gender for f in pronouns.FORMS
                     if f.word in pronouns.HE_SHE_SUBJECT and f.case == "subject" and f.gender in pronouns.PERSONAL_GENDERS}
# Verbs whose clausal complement the subject speaks or thinks about themselves in.
_COMPLEMENTS = {"ccomp", "xcomp"}


def person_genders(doc: Doc, entities: list[LocalEntity], mentions: list[MentionDraft],
                   mention_of_token: Mapping[int, MentionDraft]) -> dict[int, str]:
    """The gender of each person entity (by index) the article's evidence settles one way only."""
    votes: dict[int, Counter[str]] = defaultdict(Counter)
    titled = curated.cues().gendered_titles
    for ent in entities:
        if ent.type != "PERSON":
            continue
        for gender, words in titled.items():
            if set(ent.titles) & set(words):
                votes[ent.index][gender] += 1
    claims: list[tuple[int, str, frozenset[int]]] = []  # (speaker, the gender its pronoun says, people named before)
    nouns = {w: gender for gender, words in curated.cues().gendered_nouns.items() for w in words}
    for m in mentions:
        if entities[m.entity].type != "PERSON":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        for noun in _apposed_nouns(root):
            if noun.lemma_.lower() in nouns:
                votes[m.entity][nouns[noun.lemma_.lower()]] += 1
        if root.dep_ != "nsubj":
            continue
        # The pronoun could be anyone named just before ('X resigned. Y said he had misled ...'):
        # only a speaker with nobody else named since the previous sentence speaks of themselves.
        since = doc[root.sent.start - 1].sent.start if root.sent.start > 0 else 0
        for clause in root.head.children:
            if clause.dep_ not in _COMPLEMENTS:
                continue
            for sub in clause.children:
                gender = _SUBJECT_PRONOUNS.get(sub.lower_)
                if gender is None or sub.dep_ not in {"nsubj", "nsubjpass"}:
                    continue
                others = frozenset(o.entity for t in range(since, root.i) if (o := mention_of_token.get(t)) is not None
                                   and o.entity != m.entity and entities[o.entity].type == "PERSON")
                claims.append((m.entity, gender, others))
    # A claim with others named before counts once each of them is known to be of the other gender
    # ('Ana Ruiz said she ... Ivo Sark, who met Ruiz, said he ...': he is not Ruiz).
    for _ in range(2):
        settled = _settled(votes)
        for entity, gender, others in claims:
            if not others or all(settled.get(o) not in (None, gender) for o in others):
                votes[entity][gender] += 1
        claims = [c for c in claims if c[2] and not all(settled.get(o) not in (None, c[1]) for o in c[2])]
    return _settled(votes)


def _apposed_nouns(root: Token) -> list[Token]:
    """The common nouns a name stands in apposition to ('Her coach and father, Luis X': coach,
    father) or that stand in apposition to it ('Ivo Sark, her husband,')."""
    out = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        out += [root.head, *(c for c in root.head.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
    return out


def _settled(votes: Mapping[int, Counter[str]]) -> dict[int, str]:
    """The entities whose votes name one gender only."""
    return {e: next(iter(c)) for e, c in votes.items() if len(c) == 1}


def agrees(genders: Mapping[int, str], entity: int | None, pronoun: str) -> bool:
    """Whether a he/she pronoun may refer to the entity: no gender known, or the pronoun's."""
    if entity is None:
        return True
    gender = genders.get(entity)
    wanted = _SUBJECT_PRONOUNS.get(pronoun.lower())
    return gender is None or wanted is None or gender == wanted
