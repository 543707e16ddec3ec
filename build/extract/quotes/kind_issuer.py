"""The issuer of a document named only by the kind of body that issued it: 'a ministry statement
said', 'a police report said', 'a company letter reads'.

The body is not named in the phrase, but the article has named it before ('the Interior Ministry
denied the account. “…,” a ministry statement said.'): the organisation named earlier whose name
holds the compound noun speaks, as 'the ministry' would stand for it. Nothing when no organisation
of the article holds that word, so a ministry statement in an article naming no ministry stays
unattributed.

An 'it' after such a quote ('“…,” the report said. It warned that …') goes on with the body the
document spoke for (:func:`document_it`); a definite document nobody introduced was issued by
whoever made it just before ('The ministry stated … The statement specified', :func:`issued_by_verb`).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token
from structnews.build.core import curated
from structnews.build.extract.drafts import MentionDraft, QuoteDraft
from structnews.build.extract.org_refs import organisation_named_before, organisation_words
from structnews.build.extract.quotes.context import QuoteContext, Speaker
from structnews.schema.quotes import Attribution


@lru_cache(maxsize=1)
def _documents() -> frozenset[str]:
    cues = curated.cues()
    return frozenset(cues.document_nouns) | frozenset(cues.body_documents)


def issuer_by_kind(ctx: QuoteContext, doc_noun: Token) -> MentionDraft | None:
    """The organisation a singular document noun's common-noun compound ('ministry' in 'a ministry
    statement') stands for: the one named before it whose name holds that word; else None."""
    if doc_noun.lemma_.lower() not in _documents() or doc_noun.tag_ in {"NNS", "NNPS"}:
        return None
    kinds = [c for c in doc_noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < doc_noun.i
             and c.i not in ctx.mention_of_token and not ctx.in_quote[c.i]]
    if len(kinds) != 1:
        return None
    return organisation_named_before(kinds[0], ctx.mentions, organisation_words(ctx.entities))


def document_it(ctx: QuoteContext, tok: Token, previous: list[tuple[QuoteDraft, Speaker]]) -> Speaker | None:
    """'“…,” the report said. It warned that “…”': an 'it' that no named body of the chain
    explains goes on with the speaker of the quote just before when that speaker is an
    organisation or a state (a report, a statement or a ministry speaking for it), never a person:
    only from the sentence that ends the quote or the next one, and not past another noun subject
    in between ('…, and a union sent a letter. It said …' is the letter)."""
    if not previous:
        return None
    draft, prev = previous[-1]
    if prev.entity is None or ctx.entities[prev.entity].type not in {"ORG", "GPE"}:
        return None
    at = ctx.doc.char_span(draft.start, draft.end, alignment_mode="expand")
    if at is None or at.end > tok.i or ctx.sent_of[tok.i] - ctx.sent_of[at.end - 1] > 1:
        return None
    speech = curated.cue_words("verbs")
    if any(t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in {"NOUN", "PROPN"} and not ctx.in_quote[t.i]
           and t.head.lemma_.lower() not in speech for t in ctx.doc[at.end : tok.i]):  # (not the quote's own cue's subject)
        return None
    return Speaker(prev.entity, tok.text, None, Attribution.pronoun)


def issued_by_verb(ctx: QuoteContext, doc_noun: Token) -> Token | None:
    """'The ministry stated: “…” The statement specified that …': a definite document nobody
    introduced as such was issued by the subject of the latest verb of its making in this or the
    three sentences before (curated ``document_makers``: 'statement' <- 'state', 'declaration' <-
    'declare'), outside quotations."""
    makers = curated.cues().document_makers.get(doc_noun.lemma_.lower())
    if not makers:
        return None
    si = ctx.sent_of[doc_noun.i]
    for tok in reversed(ctx.doc[ctx.sents[max(0, si - 3)].start : doc_noun.i]):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in makers and not ctx.in_quote[tok.i]:
            subj = next((c for c in tok.children if c.dep_ == "nsubj" and not ctx.in_quote[c.i]), None)
            if subj is not None:
                return subj
    return None
