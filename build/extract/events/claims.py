"""Who did an attack the article reports without its doer: the party that claimed it.

'A car bomb exploded outside the base on Monday ... The X Front claimed responsibility for the
attack.' The claim is no event of its own in PLOVER; it names the actor of the attacks reported
before it. A claiming verb (curated ``responsibility_verbs``: claim, accept) with a responsibility
noun (``responsibility_nouns``: responsibility, credit) or an attack noun (``claimed_nouns``) as its
object, or a speaker saying it did the attack ('X said it carried out the bombing'), makes its subject the actor of
every attack (``claimed_types``) with no actor reported from a few sentences before the claim to
the sentence after it, headline included."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from structnews.build.core import curated
from structnews.build.extract.drafts import EventDraft
from structnews.build.extract.events.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token
    from structnews.build.extract.events.referents import ArticleState

REACH_BEFORE = 6  # sentences before the claim whose attacks it can name the doer of
REACH_AFTER = 1


def _claims_deed(verb: Token, claimed: frozenset[str]) -> bool:
    """'claimed responsibility for the attack', 'claimed the bombing': a claiming verb with a
    responsibility noun or an attack noun (``claimed``) as its object."""
    return verb.lemma_.lower() in lexicon().raw.responsibility_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in claimed for c in verb.children)


def _owns_deed(speech: Token) -> bool:
    """'X said it carried out the attack', 'X said they were behind the bombing': a verb of saying
    whose clause has a pronoun for subject (the speaker itself) doing an attack noun (curated
    ``deed_verbs`` with ``claimed_nouns`` as object, or 'be behind' one)."""
    raw = lexicon().raw
    if speech.lemma_.lower() not in curated.cue_words("verbs"):
        return False
    for clause in speech.children:
        if clause.dep_ != "ccomp" or any(c.dep_ == "neg" for c in clause.children):
            continue
        if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"it", "they", "we"} for c in clause.children):
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj" and clause.lemma_.lower() in raw.deed_verbs]
        objects += [o for c in clause.children if c.dep_ == "prep" and c.lower_ == "behind" and clause.lemma_.lower() == "be"
                    for o in c.children if o.dep_ == "pobj"]
        if any(o.lemma_.lower() in raw.claimed_nouns for o in objects):
            return True
    return False


def claimants(art: ArticleState) -> list[tuple[int, list[int]]]:
    """(sentence index, claiming parties) of each claim of responsibility in the article."""
    raw = lexicon().raw
    claimed = frozenset({*raw.responsibility_nouns, *raw.claimed_nouns})
    found: list[tuple[int, list[int]]] = []
    for index, sent in enumerate(art.sents):
        for verb in sent:
            if verb.pos_ != "VERB" or not (_claims_deed(verb, claimed) or _owns_deed(verb)):
                continue
            if any(c.dep_ == "neg" for c in verb.children):
                continue  # 'no group has claimed responsibility'
            parties = [e for c in verb.children if c.dep_ == "nsubj" for e in art.phrase_entities(c)]
            if parties:
                found.append((index, parties))
    return found


def claimed_acts(events: list[EventDraft], art: ArticleState, headline_end: int) -> None:
    """Give each claimed attack with no actor its claimant (see the module docstring), in place."""
    claims = claimants(art)
    if not claims:
        return
    claimed = {t.value for t in lexicon().raw.claimed_types}
    for event in events:
        if event.actors or event.type not in claimed:
            continue
        index = bisect.bisect_right(art.sent_starts, event.sentence_start) - 1
        near = [parties for at, parties in claims if at - REACH_BEFORE <= index <= at + REACH_AFTER]
        parties = claims[0][1] if event.sentence_start < headline_end else near[0] if near else []  # a headline's: the first claim
        event.actors = [p for p in dict.fromkeys(parties) if p not in event.recipients]
