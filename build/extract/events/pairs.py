"""Who 'the two leaders', 'both sides' and, after a meeting of two, 'the leaders' are.

News writes the parties of a call or a meeting again as a pair: 'X spoke with Y on Tuesday ...
The two leaders agreed to meet again.' The pair is the two people (or parties) named just
before, else the two parties of the article's latest two-party CONSULT event (collected as the
events are extracted, sentence by sentence). Kept apart from :mod:`.referents`, whose
:class:`~.referents.ArticleState` holds the lookups these methods read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token
from structnews.build.extract.events.parse import clause_verb

if TYPE_CHECKING:
    from structnews.build.extract.events.referents import EntityLookup

PAIR_WINDOW = 12  # 'the two leaders' looks back this many sentences for the last two-party meeting
LEAD_SENTENCES = 3  # ... else to a two-party meeting in the article's lead (headline and first sentences)


class PairReferents:
    """The pair readings of :class:`~.referents.ArticleState` (a mixin: it reads the state's
    sentence offsets, entity lookup, curated pair nouns and the meetings found so far)."""

    sent_starts: list[int]
    consult_pairs: list[tuple[int, tuple[int, int]]]
    consults: list[int]
    ents: EntityLookup
    pair_person_nouns: frozenset[str]
    pair_party_nouns: frozenset[str]

    def _sent_index(self, token: Token) -> int:
        raise NotImplementedError

    def _named(self, start: int, end: int, persons_only: bool) -> list[list[int]]:
        raise NotImplementedError

    def _addresser(self, token: Token) -> list[int]:
        """Who addresses the pair when it is an object: the subject of its verb (or of the verb
        that verb is coordinated to). 'X condemned the shelling of Y and urged both sides to
        talk': X is not one of the two sides it urges, so X and Y are not the pair."""
        if token.dep_ in ("nsubj", "nsubjpass"):
            return []
        verb = clause_verb(token.head)
        for holder in (verb, verb.head if verb.dep_ == "conj" else None):
            subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")] if holder is not None else []
            if subjects:  # a name, or the owner of a body ('X's foreign ministry'), not a description to resolve
                heads = [t for s in subjects for t in (s, *(c for c in s.children if c.dep_ in ("poss", "compound")))]
                return [e for t in heads if (e := self.ents.at(t)) is not None]
        return []

    def is_pair(self, token: Token) -> bool:
        """'the two leaders', 'both sides', 'each side (accusing the other)', a subject 'the two' or
        'both' with no noun, and a bare 'the leaders' (see :meth:`is_bare_pair`)."""
        lemma = token.lemma_.lower()
        if token.dep_ in ("nsubj", "nsubjpass") and (token.lower_ == "both" and not list(token.children)
                                                      or token.lower_ == "two" and [c.lower_ for c in token.children] == ["the"]):
            return True  # 'The two agreed to ...', 'Both agreed to ...': a pair written without its noun
        if lemma not in self.pair_person_nouns and lemma not in self.pair_party_nouns:
            return False
        return any(
            (c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet") and c.lower_ in ("both", "each"))
            for c in token.children
        ) or self.is_bare_pair(token)

    def is_bare_pair(self, token: Token) -> bool:
        """'the leaders', 'the ministers': a definite plural of a person noun with nothing else
        to it, which after a call or meeting of two stands for its two parties."""
        return (token.tag_ == "NNS" and token.lemma_.lower() in self.pair_person_nouns
                and [c.lower_ for c in token.children] == ["the"])  # not 'the leaders of X, Y and Z'

    def pair(self, token: Token, persons_only: bool) -> list[int]:
        """The two people (or parties) 'the two leaders' / 'both sides' stand for: exactly two named
        earlier in the sentence, else (if none is) exactly two in the previous sentence (besides
        the ones named before them in this one: 'X urged the two sides'), else the
        two of the latest two-party CONSULT event. A bare 'the leaders' is only the latter, and only
        when that meeting is the article's latest ('X and Y spoke by phone on Tuesday. ... The
        leaders agreed to meet again'; after a summit of many, 'the leaders' are its many)."""
        index = self._sent_index(token)
        if self.is_bare_pair(token):
            latest = [i for i in self.consults if i <= index]
            return self._last_pair(index, persons_only, since=latest[-1]) if latest else []
        start = self.sent_starts[max(0, index - 1)]
        here = self._named(self.sent_starts[index], token.idx, persons_only)
        addresser = set(self._addresser(token))
        for group in here:  # exactly two in this sentence
            if len(group) == 2 and not addresser & set(group):
                return group
        if any(len(group) > 2 for group in here) or index == 0:
            return []
        own = {e for group in here for e in group}  # 'X urged the two sides ...': X is not one of them
        for group in self._named(start, token.idx, persons_only):  # with the previous sentence
            if len(group) == 2:
                return group
            if len(rest := [e for e in group if e not in own]) == 2 and own:
                return rest
        return self._last_pair(index, persons_only)

    def _last_pair(self, index: int, persons_only: bool, since: int | None = None) -> list[int]:
        """'the two leaders' when no two are named nearby: the two parties of the article's
        latest two-party meeting or call, within PAIR_WINDOW sentences (they are who it is about);
        beyond it, those of a two-party meeting in the article's lead (its first LEAD_SENTENCES
        sentences), which is what the whole article is about ('X spoke with Y ...' and, twenty
        sentences on, 'when the two leaders last spoke'). ``since``: only a meeting of that
        sentence, the article's latest, counts."""
        def fits(pair: tuple[int, int]) -> bool:
            return not persons_only or all(self.ents.types.get(e) == "PERSON" for e in pair)

        for sent_index, pair in reversed(self.consult_pairs):
            if index - sent_index > PAIR_WINDOW:
                break
            if since is not None and sent_index != since:
                continue
            if sent_index <= index and fits(pair):
                return list(pair)
        if since is not None:
            return []
        lead = [pair for sent_index, pair in self.consult_pairs if sent_index < LEAD_SENTENCES and fits(pair)]
        return list(lead[0]) if lead and len({frozenset(p) for p in lead}) == 1 else []
