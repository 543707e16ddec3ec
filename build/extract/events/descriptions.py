"""Named people behind an unnamed description: 'a prisoner, suspected to be X' and 'X, the
suspect in a shooting' (see the package docstring, step 3).

News often names a doer only through a description: the agent of a passive is 'a man,
identified as X', or the doer of a nominal event is the one an appositive calls 'the suspect in'
it. Both are read from the parse; the verbs and nouns that carry them are curated
(``identity_verbs``, ``perpetrator_nouns`` in data/curated/events.yaml)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from structnews.build.extract.events.referents import ArticleState

PERSON_OR_GROUP = frozenset({"PERSON", "ORG"})


def identified_as(noun: Token, art: ArticleState) -> list[int]:
    """'a prisoner, suspected to be X', 'a man identified as X', 'a gunman, believed to be X':
    the person or group a description's identity clause names (curated ``identity_verbs``)."""
    verbs = frozenset(art.lex.raw.identity_verbs)
    found: list[int] = []
    for clause in noun.children:
        if clause.dep_ != "acl" or clause.lemma_.lower() not in verbs:
            continue
        named = [a for x in clause.children if x.dep_ == "xcomp" and x.lemma_ == "be"
                 for a in x.children if a.dep_ == "attr"]
        named += [p for x in clause.children if x.dep_ == "prep" and x.lower_ == "as"
                  for p in x.children if p.dep_ == "pobj"]
        found.extend(e for a in named for e in art.phrase_entities(a) if art.types.get(e) in PERSON_OR_GROUP)
    return found


def perpetrator_of(noun: Token, art: ArticleState) -> list[int]:
    """'X, the suspect in a shooting', 'the gunman in the attack, X': a nominal event in a
    phrase of a noun for its doer (curated ``perpetrator_nouns``) was done by whom that noun
    stands for."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "of", "behind", "for"):
        return []
    doer = prep.head
    if doer.pos_ != "NOUN" or doer.lemma_.lower() not in frozenset(art.lex.raw.perpetrator_nouns):
        return []
    return [e for e in art.phrase_entities(doer) if art.types.get(e) in PERSON_OR_GROUP]


def is_definite_title(token: Token, title_words: frozenset[str]) -> bool:
    """'the president', 'the Prime Minister' (capitalised, the parser's PROPN): a definite noun
    that may stand for a titled person named before."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.lower_.rstrip(".") in title_words)


def led_by(noun: Token, art: ArticleState) -> list[int]:
    """'a Saudi-led coalition', 'the Norway-led mission', 'a delegation led by X': the party that
    leads a body (curated ``leading_participles``) acts for it when the body itself is no entity."""
    participles = frozenset(art.lex.raw.leading_participles)
    found = [e for c in noun.children if c.dep_ == "amod" and c.lower_ in participles
             for m in c.children if m.dep_ in ("npadvmod", "compound", "nmod")
             for e in art.phrase_entities(m) if art.types.get(e) in ("GPE", "ORG", "NORP", "PERSON")]
    found.extend(e for c in noun.children if c.dep_ == "acl" and c.lower_ in participles  # 'a delegation led by X'
                 for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                 for e in art.phrase_entities(p) if art.types.get(e) in ("GPE", "ORG", "NORP", "PERSON"))
    for c in noun.children:  # 'a U.S.-led coalition': one token, the party a written form of an entity
        prefix, dash, suffix = c.text.rpartition("-")
        if c.dep_ == "amod" and dash and prefix and suffix.lower() in participles:
            found.extend(e.index for e in art.ents.entities if prefix in (e.name, *e.surface_forms)
                         and e.type in ("GPE", "ORG", "NORP"))
    return found


def loyal_to(noun: Token, art: ArticleState) -> list[int]:
    """'a mob loyal to X', 'forces loyal to X': an unnamed group whose allegiance (curated
    ``allegiance_adjectives``) the phrase gives acts for that party."""
    adjectives = frozenset(art.lex.raw.allegiance_adjectives)
    return [e for a in noun.children if a.dep_ == "amod" and a.lemma_.lower() in adjectives
            for p in a.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
            for e in art.pobj_entities(p) if art.types.get(e) in ("GPE", "ORG", "NORP", "PERSON")]


def followers_of(noun: Token, art: ArticleState) -> list[int]:
    """'supporters of X', 'followers of X' (curated ``follower_nouns``, plural): the group acts for
    the party it follows, as the gold gives it."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in art.lex.raw.follower_nouns:
        return []
    return [e for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for e in art.pobj_entities(p) if art.types.get(e) in ("GPE", "ORG", "NORP", "PERSON")]


def office_holder(token: Token, found: list[int], art: ArticleState) -> list[int]:
    """'Ostland's prime minister', 'the Ostland president': the person the article named before
    with that title ('Prime Minister Ann Lind', qualifying words such as 'prime' included), when
    the country the phrase names is the one they head (:mod:`.leaders`), or when they are the only
    one so titled and the article does not say which country they head (nor calls them another
    people's: :func:`foreign_holder`). Otherwise the country."""
    word = token.lower_.rstrip(".")
    if len(found) != 1 or art.types.get(found[0]) != "GPE" or word not in art.title_words:
        return found
    qualifiers = frozenset(c.lower_ for c in token.children if c.dep_ in ("compound", "amod") and c.lower_ in art.title_words)
    # not one named earlier in the same sentence: 'Prime Minister X spoke with Norway's prime
    # minister' writes the counterpart so because it is someone else
    in_sentence = set(art.ents.titled_persons(token, token.sent.start_char, qualifiers))
    holders = sorted(set(art.ents.titled_persons(token, 0, qualifiers)) - in_sentence)
    heads = [p for p in holders if art.leaders.country(p) == found[0]]
    if not heads and len(holders) == 1 and art.leaders.country(holders[0]) is None and not foreign_holder(token, holders[0], art):
        heads = holders
    if len(heads) != 1:
        return found
    art.pronoun_used = True  # a description resolved: lower confidence
    return heads


def foreign_holder(token: Token, person: int, art: ArticleState) -> bool:
    """'the Australian prime minister' is not the 'Japanese Prime Minister X' named before: the
    title's nationality adjective and the one written before the person's name are different
    peoples (read where the article names neither country, so no office maps to one)."""
    mine = _nationalities(list(token.lefts), art)
    if not mine:
        return False
    doc = token.doc
    for m in art.ents.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.entity == person else None
        theirs = _nationalities(list(doc[max(0, span.start - 4) : span.start]), art) if span is not None else set()
        if theirs and not theirs & mine:
            return True
    return False


def _nationalities(tokens: list[Token], art: ArticleState) -> set[int]:
    """The peoples (NORP entities) among ``tokens``."""
    return {e for t in tokens if (e := art.ents.at(t)) is not None and art.types.get(e) == "NORP"}
