"""Where an indirect quote's content starts and ends, where the parse alone would mislead
(used by ``indirect.py``).

PolNeAR-style attribution marks the whole stretch a source is reported to have said: both parts
around a cue inside it ('Though A, he said, B'), but not a sentence of the writer's own before a
semicolon, a contrast the writer adds ('..., but B'), or the occasion of the speech act ('denied
the report in an interview'). The parser also hangs some 'that' clauses on the addressee as
relative clauses ('told a meeting of elders that few people knew ...').
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token
from structnews.build.core import curated
from structnews.build.extract.datelines import dateline_spans
from structnews.build.extract.quotes.context import SUBJECT_DEPS, QuoteContext

_COMPLETE = {"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "nsubjpass", "auxpass"}  # a clause with nothing missing
_CONTRAST = {"but", "yet", "although", "though", "while", "whereas"}


def misparsed_complement(verb: Token) -> list[Token]:
    """'told a meeting of elders that few people knew the river': the parser takes the
    'that' clause for a relative clause of the object, but a relative 'that' would be its subject
    or object, not a conjunction ('mark') before a clause with a subject and an object or
    complement of its own (nothing missing: 'the reporters that he had met' lacks its object)."""
    for obj in verb.rights:
        if obj.dep_ not in {"dobj", "dative"}:
            continue
        for node in obj.subtree:
            if node.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children) \
                    and any(c.dep_ in SUBJECT_DEPS and c.lower_ != "that" for c in node.children) \
                    and any(c.dep_ in _COMPLETE for c in node.children):
                return [node]
    return []


def occasion(prep: Token, preps: Collection[str]) -> bool:
    """Whether a prepositional phrase (one of ``preps``) after a cue's object tells when or where
    it was said ('in an interview', 'at the forum', 'during the debate', 'in July'): its object
    is a date or time or a curated noun of an occasion or a document ('in a ruling'), not 'in
    response to the flood'."""
    if prep.dep_ != "prep" or prep.lower_ not in preps:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    return obj.ent_type_ in {"DATE", "TIME"} or obj.lemma_.lower() in curated.cue_words("occasion_nouns") | curated.cue_words("document_nouns")


def since_break(left: list[Token], cue: Token) -> list[Token]:
    """The part before a cue from after the last ';' or ':' before the cue: what comes before is a
    sentence of its own ('A; B, officials said, C')."""
    if not left:
        return left
    start = max([left[0].i] + [t.i + 1 for t in cue.doc[left[0].i : cue.i] if t.text in {";", ":"}])
    return [t for t in left if t.i >= start]


def opens_contrast(part: list[Token]) -> bool:
    """Whether a part after a cue opens with a contrast ('..., but B'): B is the writer's."""
    words = [t for t in part if not t.is_punct]
    return bool(words) and words[0].lower_ in _CONTRAST


def both_parts(left: list[Token], right: list[Token], continuing: bool = False) -> list[Token] | None:
    """The stretch over a cue inside the content; None when either part is empty or the second
    opens with a contrast ('A, according to X, but B'). With ``continuing``, the second part must
    go on with the first's clause or be joined to it by 'and' ('A, according to X, and B'), not be
    a new clause ('rose 2.1 metres according to X, it was ...')."""
    words = [t for t in right if not t.is_punct]
    if not words or not any(not t.is_punct for t in left) or opens_contrast(right):
        return None
    if continuing and words[0].lower_ != "and" and any(t.dep_ in SUBJECT_DEPS for t in words):
        return None
    return list(left[0].doc[left[0].i : right[-1].i + 1])


def closes_bracket(toks: list[Token]) -> bool:
    """Whether the last token is a ')' that closes a '(' opened inside the content ('the
    Lenton Farmers' Union (LFU)'): dropping it as trailing punctuation would leave the
    bracket open."""
    if toks[-1].text != ")":
        return False
    opened = sum(1 for t in toks[:-1] if t.text == "(") - sum(1 for t in toks[:-1] if t.text == ")")
    return opened > 0


_NONRESTRICTIVE = {"which", "who", "whom", "whose"}
ASIDE_MARKS = {",", "–", "—", "--"}


def without_trailing_aside(toks: list[Token]) -> list[Token]:
    """The content without a comment the writer adds after a comma or dash at its end: a non-restrictive
    relative clause ('..., which opened in May') or an appositive ('..., the harbour's
    director'). The source is not reported to have said it. An appositive opened by an adverb of
    focus (curated ``focus_adverbs``: '..., especially its handling of the storms') elaborates
    the content and stays."""
    if not toks:
        return toks
    ids = {t.i for t in toks}
    last = toks[-1].i
    for t in toks:
        if t.dep_ not in {"relcl", "appos"} or t.head.i not in ids or t.head.i >= t.i:
            continue
        before = t.left_edge.i - 1
        if before not in ids or t.doc[before].text not in ASIDE_MARKS or t.right_edge.i < last - 1:
            continue
        if t.dep_ == "relcl" and t.left_edge.lower_ not in _NONRESTRICTIVE:
            continue
        if t.dep_ == "appos" and t.left_edge.lower_ in curated.cue_words("focus_adverbs"):
            continue  # '..., especially its handling of the storms' elaborates the object: not an aside
        return [x for x in toks if x.i < before]
    return toks


def only_elaboration_after(sent: Span, phrase_start: int, phrase_end: int) -> bool:
    """Whether what follows an attribution phrase inside a sentence ('CONTENT, according to X,
    more than twice what ...') only elaborates the content's last words: the sentence's verb
    comes before the phrase and nothing after it hangs on that verb but a clause with no 'and'
    or 'but' (the parser's conjunct). The content is then the sentence up to the phrase."""
    root = sent.root
    on_root = [t for t in sent.doc[phrase_end + 1 : sent.end] if t.head.i == root.i and not t.is_punct]
    return root.i < phrase_start and root.pos_ in {"VERB", "AUX"} and all(t.dep_ == "conj" for t in on_root)


_ADDRESSEES = {"me", "you", "him", "her", "us", "them"}  # 'told him would ...' names whom, not what


def subject_taken_for_object(verb: Token, clause: Token) -> Token | None:
    """The object of the cue that is really the subject of its complement clause: 'reported two
    bridges were damaged', 'indicated the senator was encouraged to withdraw', 'announced classes
    for every school in the district would be cancelled', 'demanded the minister resign'. Without
    'that', the parser often takes the clause's subject for the cue's object and leaves the clause
    with no subject of its own; a clause with a subject, a conjunction ('that') or an expletive keeps
    its parse, and a dash, colon or semicolon between them ('told the crowd: go home') means the
    clause stands apart."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.i < clause.i), None)
    if obj is None or obj.right_edge.i >= clause.left_edge.i or obj.lower_ in _ADDRESSEES:
        return None
    if clause.pos_ not in {"VERB", "AUX"} or any(c.dep_ in SUBJECT_DEPS | {"expl", "mark", "csubj"} for c in clause.children):
        return None
    if any(t.dep_ in SUBJECT_DEPS for t in verb.doc[clause.left_edge.i : clause.i]):
        return None  # 'told our reporter a transponder will broadcast ...': the subject hangs on an auxiliary
    if any(t.text in {":", ";", "—", "–", "--"} for t in verb.doc[obj.right_edge.i + 1 : clause.left_edge.i]):
        return None
    before = verb.doc[clause.left_edge.i - 1]
    if not before.whitespace_ and not before.is_punct and not clause.left_edge.is_punct:
        return None  # a word the tokenizer split ('protégés' garbled in its encoding) is no clause
    return obj


def named_apposition(ctx: QuoteContext, source: Token, end: int, sent_end: int) -> tuple[Token, int] | None:
    """'According to the Lenton mayor, Ana Varga, police were ...': a person's name set off by
    commas right after a source named by its role is that source's name, not the start of the
    content (the parser hangs it on the content's verb). Returns the name's last token (the
    source) and the index of the comma after it (where the phrase now ends)."""
    doc = source.doc
    if source.pos_ != "NOUN" or end + 2 >= sent_end or doc[end + 1].text != ",":
        return None
    mention = ctx.mention_of_token.get(end + 2)
    if mention is None or ctx.entities[mention.entity].type != "PERSON":
        return None
    last = end + 2
    while last + 1 < sent_end and ctx.mention_of_token.get(last + 1) is mention:
        last += 1
    if last + 1 >= sent_end or doc[last + 1].text != "," or doc[end + 2].idx != mention.start:
        return None
    subjects = [t for t in doc[end + 2 : last + 1] if t.dep_ in SUBJECT_DEPS]
    if subjects and not any(c.dep_ in SUBJECT_DEPS and c.i > last + 1 for c in subjects[0].head.children):
        # 'According to the report, Ana Varga, the mayor, had left': she is the content's subject;
        # not when the verb has another subject after her ('..., Ana Varga, police were ...').
        return None
    return doc[last], last + 1


def reason_after(verb: Token, content_end: int) -> list[Token]:
    """'said the claim was hypocritical, because the party had ...': a 'because' clause after the
    content that the parser hangs on the cue is the reason the source gave, part of what was said
    (a concession, '..., although ...', stays the writer's: :func:`concession`)."""
    for c in verb.rights:
        if c.dep_ == "advcl" and c.left_edge.i > content_end and any(g.dep_ == "mark" and g.lower_ == "because" for g in c.children) \
                and all(t.text not in {";", ":"} for t in verb.doc[content_end + 1 : c.left_edge.i]):
            return list(verb.doc[content_end + 1 : c.right_edge.i + 1])
    return []


def coordinated_object(verb: Token, tok: Token) -> bool:
    """Whether ``tok`` (a 'cc' or 'conj' the parser hangs on the cue after its object) joins a
    second object to the first: 'mentioned higher fees and forcing banks to ...' (a gerund
    where the cue is no gerund, with no subject: not a second predicate 'mentioned A and left'),
    'cited the delays and the costs' (a noun). The 'cc' counts when the conjunct it opens does."""
    conj = tok
    if tok.dep_ == "cc":
        conj = next((c for c in verb.rights if c.dep_ == "conj" and c.i > tok.i), None)
        if conj is None or not all(t.is_punct for t in verb.doc[tok.i + 1 : conj.left_edge.i]):
            return False
    if any(c.dep_ in SUBJECT_DEPS for c in conj.children):
        return False
    return conj.pos_ in {"NOUN", "PROPN"} or conj.tag_ == "VBG" and verb.tag_ != "VBG"


_CONCESSIVE = {"although", "though", "while", "whereas"}


def concession(c: Token) -> bool:
    """An adverbial clause of concession set off by a comma ('..., although he once more
    declined to ...'): the writer's contrast, not content."""
    return c.dep_ == "advcl" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == "," \
        and any(g.dep_ == "mark" and g.lower_ in _CONCESSIVE for g in c.children)


_CIRCUMSTANCE_PREPS = {"in", "at", "during", "on", "after", "before", "since", "until", "amid", "throughout", "via"}  # see occasion
_CLAUSE_BREAKS = {",", ";", ":", "--", "—", "–"}


def object_end(verb: Token, last: Token) -> Token:
    """Where an object's content ends: the parser often hangs the object's own modifiers on the
    verb ('cited his endorsements from 88 generals', 'described crass behavior by the host'), so
    the content runs over the verb's next dependents up to a comma or dash, a coordinated or
    reported clause, an adverbial clause of its own, an adverb, the partner of a talk ('discussed
    the budget with the mayor') or the occasion ('in an interview', see :func:`occasion`)."""
    for c in verb.rights:
        if c.i <= last.i:
            continue
        if c.dep_ == "cc" and coordinated_object(verb, c):
            continue
        if c.dep_ == "conj" and coordinated_object(verb, c):
            last = c.right_edge
            continue
        if (c.dep_ in {"conj", "cc", "punct", "parataxis", "ccomp", "dep", "npadvmod", "advmod"}
                or occasion(c, _CIRCUMSTANCE_PREPS)  # when and where it was said
                or c.dep_ == "prep" and c.lower_ == "with"  # whom it was discussed with: 'with the mayor'
                or verb.doc[c.left_edge.i - 1].text in _CLAUSE_BREAKS
                or c.dep_ == "advcl" and any(g.dep_ in SUBJECT_DEPS | {"mark"} for g in c.children)):
            break
        last = c.right_edge
    return last


def time_after_cue(verb: Token, clause: Token) -> set[int]:
    """'X said on Tuesday it had recalled its envoy': with no 'that', the parser hangs the time
    of the saying on the reported clause. A phrase right after the cue, before the clause's
    subject, holding a date or a time, is when it was said, not part of what was said; set off
    by a comma it opens the content ('she thinks by the end of May, the works will be done')."""
    subject = next((g for g in clause.children if g.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return set()
    return {t.i for c in clause.children
            if c.dep_ in {"prep", "npadvmod"} and c.left_edge.i == verb.i + 1 and c.i < subject.i
            and any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)
            and not any(t.is_punct for t in verb.doc[c.right_edge.i + 1 : subject.left_edge.i])
            for t in c.subtree}


def past_dateline(ctx: QuoteContext, toks: list[Token]) -> list[Token]:
    """'KANDY, Sri Lanka — A fire damaged a temple on Monday, police said': the content starts
    after the wire dateline, which says where the story was filed, not what the source said."""
    if ctx.datelines is None:
        ctx.datelines = dateline_spans(ctx.text)  # once per article
    if not toks or not ctx.datelines or toks[0].idx >= ctx.datelines[-1][1]:
        return toks
    return [t for t in toks if not any(s <= t.idx < e for s, e in ctx.datelines)]


def manner_absolute(verb: Token, clause: Token) -> bool:
    """'X said, her voice breaking': an '-ing' phrase with no subject, auxiliary or conjunction of
    its own, set off by a comma after the verb, tells how something was said, not what (the
    tagger may take its '-ing' word for a noun)."""
    gerund = clause.tag_ == "VBG" or clause.pos_ == "NOUN" and clause.lower_.endswith("ing")
    return clause.i > verb.i and gerund and verb.doc[clause.left_edge.i - 1].text == "," \
        and not any(g.dep_ in SUBJECT_DEPS | {"aux", "mark"} for g in clause.children)
