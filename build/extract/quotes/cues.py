"""The cue of a quote: the speech verb (or noun, or 'according to') that says who spoke.

In this order of trust: a speech verb right after the quote ('..., the minister said.'), a
speech verb that governs the quote in the parse, one right before it ('He said: ...'); for a
fragment, a speech noun it completes (in :mod:`.noun_cues`); and 'according to X'.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from structnews.build.core import curated
from structnews.build.extract.quote_marks import closing_mark, opening_mark
from structnews.build.extract.quotes.context import SUBJECT_DEPS, QuoteContext

WINDOW = 16  # tokens searched after/before a quote for its cue


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Lemmas of the verbs that introduce speech ('say', 'warn'), from the cue lexicon, with the
    verbs of verdict (``verdict_verbs``: cues only for a quotation in their object, :func:`find_cue`)."""
    return curated.cue_words("verbs") | curated.cue_words("verdict_verbs")


def _in_object(cue: Token, qspan: Span) -> bool:
    """Whether a quotation lies in a verb's object phrase ('hailed a “turning point”', 'thanked
    the rescuers for their “tireless effort”'): from the quotation up to the verb, only noun-phrase and
    prepositional links, no clause ('criticized the decision, which X called a “stunt”') and no noun
    of someone else's speech ('rejected the demands for “border guarantees”')."""
    others = curated.cue_words("speech_nouns") | curated.cue_words("indirect_nouns")  # 'rejected the demands for “…”'
    tok = qspan.root
    while tok.i != cue.i:
        if tok.dep_ in {"relcl", "ccomp", "xcomp", "advcl", "acl", "csubj", "parataxis"} or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i != cue.i and tok.lemma_.lower() in others:
            return False  # the words of whoever made the demands, not of who rejects them
    return True


def is_cue(tok: Token) -> bool:
    """Whether a token is a speech verb that reports speech here."""
    if tok.lemma_.lower() in curated.cue_words("document_verbs") and tok.pos_ == "VERB":
        # 'A ministry statement read: “…”': only a document's 'read' introduces its words, also
        # through a relative pronoun ('X released a statement which read, “…”').
        texts = curated.cue_words("document_nouns") | curated.cue_words("sign_nouns")  # ('banners that read “…”')
        return any(c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in texts for c in tok.children) \
            or document_relative(tok) or _document_pronoun(tok) \
            or tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in curated.cue_words("sign_nouns")
    if tok.pos_ == "VERB" and any(f"{tok.lemma_.lower()} {c.lower_}" in curated.cue_words("phrasal_cues")
                                  for c in tok.children if c.dep_ in {"prt", "advmod"}):
        return True  # 'X shot back', 'Y fired back': a retort only with its particle
    if tok.lemma_.lower() not in speech_verbs() or tok.pos_ not in {"VERB", "AUX"}:
        return False
    other_sense = curated.cues().non_speech_objects.get(tok.lemma_.lower())
    if other_sense and any(c.dep_ == "dobj" and c.lemma_.lower() in other_sense for c in tok.children):
        return False  # 'recalled its envoy'
    if tok.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in tok.children):
        # A bare past participle modifies a noun ('the written readout', 'a widely quoted remark');
        # it reports no speech act of its own, unless it follows a quotation ('“…” tweeted Mayor
        # Ann Lind', where the parser takes the inverted verb for a modifier of the name).
        return _afterclosing_mark(tok)
    return tok.pos_ == "VERB" or tok.dep_ not in {"amod", "acl"}


def _document_pronoun(verb: Token) -> bool:
    """'X released a statement on Monday. It read, “…”': 'it' as the subject of a document verb
    stands for a document named just before (curated ``document_nouns``), in the sentence or the
    one before; 'It read like a novel' after no such noun reports nothing."""
    if not any(c.dep_ in SUBJECT_DEPS and c.lower_ == "it" for c in verb.children):
        return False
    start = verb.sent.start
    before = verb.doc[verb.doc[start - 1].sent.start if start else start : verb.i]
    return any(t.lemma_.lower() in curated.cue_words("document_nouns") and t.pos_ == "NOUN" for t in before)


def document_relative(verb: Token) -> bool:
    """'a statement which said', 'a letter that reads', 'banners that read': a speech verb in a
    relative clause whose relative pronoun subject stands for a document noun (curated
    ``document_nouns``) or a sign carried in public (``sign_nouns``)."""
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in curated.cue_words("document_nouns") | curated.cue_words("sign_nouns") \
        and any(c.dep_ in SUBJECT_DEPS and c.lower_ in {"which", "that"} for c in verb.children)


def _afterclosing_mark(tok: Token) -> bool:
    """The word right after a quotation's closing mark (a comma between allowed)."""
    before = [t for t in tok.doc[max(0, tok.i - 2) : tok.i] if t.text != ","]
    return bool(before) and before[-1].i >= tok.i - 2 and closing_mark(before[-1])


def is_discourse_phrase(tok: Token) -> bool:
    """'That said, …', 'Needless to say, …', 'Having said that, …': a speech verb inside a fixed
    discourse phrase (curated ``discourse_phrases``) that opens its clause and is set off by a
    comma reports nobody's words."""
    doc = tok.doc
    for phrase in curated.cue_words("discourse_phrases"):
        words = phrase.split()
        for first in range(max(tok.sent.start, tok.i - len(words) + 1), tok.i + 1):
            end = first + len(words)
            if end >= len(doc) or doc[end].text != "," or [t.lower_ for t in doc[first:end]] != words:
                continue
            before = doc[first - 1] if first > tok.sent.start else None
            if before is None or before.is_punct or before.pos_ == "CCONJ":
                return True
    return False


def cue_text(tok: Token) -> str:
    """The cue as written: the verb plus an indirect object such as 'told reporters'."""
    parts = [tok]
    for child in tok.rights:
        if child.dep_ in {"dobj", "dative"} and child.pos_ in {"NOUN", "PROPN", "PRON"} and child.i - tok.i <= 2:
            parts.append(child)
            break
    return tok.doc[parts[0].i : parts[-1].i + 1].text


def _closed_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a quotation closes in doc[start:end] that did not open there: the words before
    ``start`` were inside it. A title quoted whole between a subject and its verb ('Ann Lind of
    “Have no fear”, a charity, told ...') opens and closes there and leaves the subject outside."""
    depth = 0
    for t in doc[start:end]:
        if closing_mark(t):
            if depth == 0:
                return True
            depth -= 1
        elif opening_mark(t):
            depth += 1
    return False


# Dashes the parser sometimes makes a verb's subject ('… made public ― Trump boasted').
DASHES = frozenset({"—", "―", "–", "-", "--"})


def _phrase_after_quote(verb: Token) -> Token | None:
    """'“…,” Harlow police Chief Ann Lind said': the words between a closing quotation mark and the
    verb are its subject, however the parser hung them (often on a verb inside the quotation).
    The head of that phrase (its first word whose head lies outside it), if it is a noun."""
    doc = verb.doc
    close = next((t.i for t in reversed(doc[max(0, verb.i - 12) : verb.i]) if closing_mark(t)), None)
    if close is None or close + 1 >= verb.i:
        return None
    phrase = doc[close + 1 : verb.i]
    if phrase[0].text == "," and len(phrase) > 1 and phrase[1].text[:1].isupper() and not any(t.is_punct for t in phrase[1:]):
        phrase = phrase[1:]  # '“…”, Ostland coach Ana Ruiz said': the comma after the mark (logical punctuation)
    if phrase[0].is_punct:
        return None  # '“Have no fear”, a charity, told …': the mark closed a title inside the phrase
    misread = [t for t in phrase if t.pos_ in {"VERB", "AUX"} and not t.text[:1].isupper()]
    if misread and all(t.tag_ in {"VB", "VBP"} for t in misread) and phrase[0].text[:1].isupper() and phrase[-1].pos_ == "PROPN":
        return phrase[-1]  # 'Ostland coach Ana Ruiz said': a title the tagger read as a verb; the name ends the phrase
    if misread or any(t.is_quote or t.text in {".", "!", "?"} for t in phrase):
        return None  # a clause of its own, not a name with its titles and apposition
    for tok in phrase:
        if not phrase.start <= tok.head.i < phrase.end and tok.pos_ in {"PROPN", "NOUN", "PRON"}:
            return tok
        if not phrase.start <= tok.head.i < phrase.end and tok.pos_ == "ADJ" and phrase[0].lower_ == "the":
            return tok  # '“…,” the 45-year-old said': an adjective standing for a person
    # A capitalised word the tagger took for a verb heads the phrase ('Tulsa police Chief Ann
    # Lind said'): the name is its last proper noun.
    if not phrase[0].text[:1].isupper():
        return None  # 'to the US over Russia's concerns, saying': no name before the verb
    return next((t for t in reversed(phrase) if t.pos_ == "PROPN"), None)


def _name_in_fronted_participle(verb: Token, quoted: Sequence[bool]) -> Token | None:
    """'Calling it “a stunt”, Ann Lind of “Speak Up”, a charity, told Reuters …': after a fronted
    participle ending in a quotation, the parser may hang the subject as an apposition inside
    the participle's clause. The last proper noun in apposition there is the subject."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.i < verb.i and child.tag_ == "VBG":
            names = [t for t in child.subtree if t.dep_ == "appos" and t.pos_ == "PROPN" and not quoted[t.i]]
            if names:
                return names[-1]
    return None


def subject_of(verb: Token, in_quote: Sequence[bool] | None = None, *, passive_hearer: bool = False) -> Token | None:
    """The subject of a speech verb: its own, one it shares with the verb it hangs from, the noun
    a participle modifies, or a name after an inverted cue ('said Samuel Charap'). With
    ``in_quote`` (the article's quoted tokens), a subject inside a quotation is nobody's: 'X
    reported that “many stores are selling out”, and called it …' climbs past the quoted verb
    the parser hangs 'called' from to the verb that governs the quotation. With ``passive_hearer``
    (a direct quotation's cue), the subject of a passive speech verb with no agent is whom the
    words were said to or about ('Lenton was called the “jewel of the north”', 'she was asked,
    “…?”'), not the speaker: there is none. ('He was quoted as saying' is no speech verb.)"""
    doc = verb.doc
    quoted = in_quote if in_quote is not None else [False] * len(doc)
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        # 'He was told by Minister Ann Lind of “…”': the passive subject heard it; the agent spoke.
        # So for any passive speech verb: 'the flu was declared a “pandemic” by the agency'.
        # The parser may hang 'by' on the quoted predicate rather than on the verb: then the first
        # 'by' of the verb's phrase whose object is a name.
        agent = next((c for c in verb.children if c.dep_ == "agent"), None) or next(
            (t for t in verb.subtree if t.i > verb.i and t.lower_ == "by" and t.dep_ == "prep" and not quoted[t.i]
             and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in t.children)), None)
        speaker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if speaker is not None and not quoted[speaker.i]:
            return speaker
    if passive_hearer and verb.lemma_.lower() in speech_verbs() and any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) \
            and not any(c.dep_ == "agent" for c in verb.children):
        return None  # 'X, according to a local paper, was called the “jewel of the coast”': X shares the subject, not the words
    subjects = []
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and not quoted[child.i]:
            if child.i < verb.i and _closed_between(doc, child.i + 1, verb.i):
                continue  # a word of the quotation the parser took for the subject ('“… Full panic mode,” said X')
            if child.text in DASHES or child.i > verb.i and any(t.is_quote for t in doc[verb.i + 1 : child.i]):
                continue  # a dash, or a word of a title quoted after the verb ('said on “Fox and Friends”')
            subjects.append(child)
    if len(subjects) > 1:  # 'X on Saturday (Oct 2) rejected': a word in brackets (closed before the verb) is no subject
        subjects = [s for s in subjects if s.i > verb.i or (b := [t.text for t in doc[s.i : verb.i]]).count(")") <= b.count("(")] or subjects
    if subjects:
        # The parser sometimes splits one subject phrase into two subjects: a title and the name
        # ('said study co-author Ann Lind', 'Early opponent MP Ann Lind said'). The name is the
        # speaker; between two names, the one next to the verb ('Member of parliament Ann Lind').
        chosen = min(subjects, key=lambda s: (s.pos_ != "PROPN", abs(s.i - verb.i)))
        if _conveyed_object(chosen, verb):
            return subject_of(verb.head, in_quote)
        return chosen
    after_quote = _phrase_after_quote(verb)
    if after_quote is not None:
        return after_quote
    shown = _shown_saying(verb, quoted)
    if shown is not None:
        return shown
    relayed = _relayed_person(verb, quoted)
    if relayed is not None:
        return relayed
    if verb.dep_ == "xcomp" and verb.tag_ == "VB":
        # 'The backlash led Ann Lind to express “…”', 'they asked Lind to say': the object of the
        # verb above an infinitive is who does the infinitive's act, not that verb's subject.
        # Only a name, a personal pronoun or a person noun: 'used this to predict', 'requires
        # consent to confirm' name no doer.
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and not quoted[c.i]), None)
        if obj is not None and (obj.pos_ == "PROPN" or obj.lower_ in {"him", "her", "them", "me", "us"}
                                or obj.lemma_.lower() in curated.cue_words("person_nouns")):
            return obj
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.dep_ == "ccomp" and not quoted[verb.head.i] \
            and verb.head.head.i != verb.head.i and verb.head.head.lemma_.lower() in speech_verbs():
        # 'She stated the vote would not be fair, saying she expected “…”': the parser hangs the
        # participle on the reported clause, whose subject ('the vote') says nothing; the one
        # saying is the subject of the speech verb that reports that clause.
        return subject_of(verb.head.head, in_quote)
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and not quoted[verb.head.i] and verb.head.head.i != verb.head.i \
            and verb.head.head.lemma_.lower() in speech_verbs() \
            and any(c.dep_ in {"nsubj", "expl"} and c.lower_ in {"it", "there"} for c in verb.head.children):
        # 'X acknowledged that it had been a hard day but said “…”': the parser joins 'said' to
        # the reported clause, whose 'it' says nothing; the one saying is the reporting verb's.
        return subject_of(verb.head.head, in_quote)
    if verb.dep_ in {"conj", "advcl", "xcomp", "pcomp"} and verb.head.i != verb.i \
            or verb.dep_ == "advmod" and verb.pos_ == "ADV" and verb.head.i != verb.i and any(c.dep_ == "advcl" for c in verb.children):
        # (through an adverb that holds the infinitive: 'X had gone so far as to predict that ...')
        return subject_of(verb.head, in_quote)
    fronted = _name_in_fronted_participle(verb, quoted)
    if fronted is not None:
        return fronted
    if quoted[verb.i] and verb.dep_ == "ccomp" and verb.head.i != verb.i and not quoted[verb.head.i]:
        return subject_of(verb.head, in_quote)  # a quoted clause: the verb it is reported by
    if verb.dep_ in {"amod", "acl"} and verb.head.i > verb.i and verb.head.pos_ in {"NOUN", "PROPN"} \
            and _afterclosing_mark(verb):
        # '“…” tweeted Mayor of Lenton Ann Lind': an inverted cue parsed as the modifier of the
        # name, or of a title that itself modifies the name.
        head = verb.head
        while head.dep_ in {"nmod", "compound"} and head.head.i > head.i and head.head.pos_ in {"NOUN", "PROPN"}:
            head = head.head
        return head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}:
        if _conveyed_object(verb.head, verb):
            return subject_of(verb.head.head, in_quote)
        # A participle modifying its source: 'a statement saying ...', 'US rhetoric saying ...'.
        return verb.head
    # Inverted attribution: 'said Samuel Charap' may parse the name as an object; right after a
    # quotation ('“...,” asked one journalist') a common noun there is the speaker too.
    before = [t for t in verb.doc[max(0, verb.i - 2) : verb.i] if t.text != ","]
    inverted = bool(before) and before[-1].is_quote and before[-1].i >= verb.i - 2
    for child in verb.rights:
        if child.dep_ in {"dobj", "attr", "npadvmod"} and (child.pos_ == "PROPN" or inverted and child.pos_ == "NOUN"):
            return child
    return None


def _shown_saying(verb: Token, quoted: Sequence[bool]) -> Token | None:
    """'The ad uses footage of Ann Lind asking, “…”', 'a video of Ann Lind saying “…”': a participle
    right after a name that is the object of 'of' has that name as its doer (the footage shows her
    speaking); the parser hangs the participle on the verb or the noun above, whose subject ('the
    ad') or head ('video') only carries the words."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    name = verb.doc[verb.i - 1]
    while name.dep_ in {"compound", "flat"} and name.head.i == name.i + 1:
        name = name.head
    if name.i != verb.i - 1 or name.pos_ != "PROPN" or name.dep_ != "pobj" or name.head.lower_ != "of" or quoted[name.i]:
        return None
    return name


def relays_as_saying(verb: Token) -> bool:
    """'Reuters cited Ann Lind as saying ...': the relay verb (curated ``relay_verbs``) is no cue of
    its own; the 'as saying' under it is, with the person quoted as its source. Only a speech verb
    under 'as': 'Lind cited the audit as preventing it' is Lind's own claim, 'cited' its cue."""
    return verb.lemma_.lower() in curated.cue_words("relay_verbs") and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and g.lemma_.lower() in speech_verbs() for g in c.children)
        for c in verb.children)


def _relayed_person(verb: Token, quoted: Sequence[bool]) -> Token | None:
    """'Reuters quoted Ann Lind as saying “…”', 'Ann Lind was quoted by the paper as saying': a
    medium relays the words (curated ``relay_verbs``); the person quoted, the relay verb's object
    or passive subject, spoke them, so the relay's own subject is not the speaker."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    # The parser may hang 'as' on a verb of a clause between the person and 'as' ('cited X, head
    # of a network which was related to Y, as saying'): the nearest relay verb above it.
    relay = next((a for a in prep.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in curated.cue_words("relay_verbs")), None)
    if relay is None:
        return None
    return next((c for c in relay.children if c.dep_ in {"dobj", "nsubjpass"} and c.i < prep.i and not quoted[c.i]), None)


def _conveyed_object(noun: Token, participle: Token) -> bool:
    """'The mayor posted her reasons online, saying “…”': a common noun right after a speech verb
    that the parser made the subject (or head) of the participle that follows is what that verb
    conveyed, not a source; the speaker is the speech verb's subject. Not a document ('released
    a statement saying'), nor a noun naming a body ('US rhetoric saying'). So is the occasion a
    verb's subject held (curated ``occasion_nouns``: 'delivered a speech declaring herself the
    “mayor of safe streets”', 'gave a news conference saying'), whatever the verb."""
    verb = noun.head if participle.dep_ == "acl" else participle.head
    if not (participle.tag_ == "VBG" and participle.dep_ in {"acl", "advcl"} and noun.pos_ == "NOUN"
            and verb.i < noun.i < participle.i and not noun.ent_type_ and verb.head.i != participle.i):
        return False
    if noun.dep_ == "dobj" and noun.lemma_.lower() in curated.cue_words("occasion_nouns") and verb.pos_ == "VERB":
        return True
    return (is_cue(verb) and noun.lemma_.lower() not in curated.cue_words("document_nouns")
            and not any(c.dep_ in {"compound", "nmod"} or c.dep_ == "poss" and c.ent_type_ for c in noun.children))


def _reporting(ctx: QuoteContext, cue: Token) -> Token:
    """The verb that reports a quotation found under ``cue``: the speech verb whose content
    clause ``cue`` is, when ``cue`` only says what will or would be done ('X told Y that Moscow
    would respond with “…” measures': X's words, no reply of Moscow's yet); else ``cue``."""
    if cue.dep_ == "ccomp" and is_cue(cue.head) and not ctx.in_quote[cue.head.i] and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children):
        return cue.head
    return cue


def _ascend_to_cue(ctx: QuoteContext, qspan: Span) -> Token | None:
    """A speech verb that governs the quote in the parse (at most six steps up), or one set in a
    governing clause as an aside ('would, she added, “…”')."""
    inside = set(range(qspan.start, qspan.end))
    for tok in qspan:
        if tok.head.i in inside or tok.head.i == tok.i:
            continue
        node = tok.head
        for _ in range(6):
            if ctx.in_quote[node.i] and node.i not in inside:
                break
            if is_cue(node) and node.i not in inside:
                return _reporting(ctx, node)
            # 'The union would, she added, block “every ferry”': a speech verb set in the clause
            # as an aside reports the clause.
            aside = next((c for c in node.children if c.dep_ == "parataxis" and is_cue(c) and c.i not in inside
                          and not ctx.in_quote[c.i]), None)
            if aside is not None:
                return aside
            infinitive = _speech_infinitive(node, qspan.start)
            if infinitive is not None:
                return infinitive
            if node.head.i == node.i:
                break
            node = node.head
    return None


def _speech_infinitive(verb: Token, before: int) -> Token | None:
    """'Lind went on to say he ... because they had “…”': the parser hangs the quote's clause on
    'went' beside the infinitive 'to say' rather than under it. A speech verb in a 'to'
    infinitive of the verb, before the quote, is then the quote's cue."""
    for child in verb.children:
        if child.dep_ in {"xcomp", "advcl"} and child.i < before and child.tag_ == "VB" and is_cue(child) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return child
    return None


def _window_cue(ctx: QuoteContext, qspan: Span, after: bool) -> Token | None:
    doc = ctx.doc
    step = 1 if after else -1
    i = qspan.end if after else qspan.start - 1
    seen = 0
    quote_sentence = ctx.sent_of[qspan.end - 1 if after else qspan.start]
    while 0 <= i < len(doc) and seen < WINDOW:
        tok = doc[i]
        if ctx.in_quote[i] or "\n" in tok.text:
            break
        if after and ctx.sent_of[i] != quote_sentence:
            # spaCy often starts a new sentence at '” Price said.'; accept that sentence only when it
            # begins right at the closing mark, and only its first few tokens.
            sent = ctx.sents[ctx.sent_of[i]]
            if ctx.sent_of[i] > quote_sentence + 1 or sent.start_char - qspan.end_char > 3 or i - sent.start > 6:
                break
        if not after and tok.is_sent_start and i != qspan.start - 1 and seen > 0:
            # The cue must be in the quote's own sentence when it comes first.
            if is_cue(tok):
                return tok
            break
        if is_cue(tok) and tok.lemma_.lower() in curated.cue_words("adjacent_only_verbs") and not _next_to(ctx, tok, qspan):
            pass  # 'as the investigation continued': not next to the quote, no report of it
        elif is_cue(tok):
            if after and (any(c.dep_ == "neg" for c in tok.children) or _as_clause_with_object(tok)):
                # '“…” Haskins did not reply': no one said it; '‘days away’ as Brussels urges
                # caution': an 'as' clause with its own object says something else, unlike 'as X put it'
                return None
            if after and ctx.sent_of[i] != quote_sentence and (_opens_quote_after(ctx, tok) or _own_content(ctx, tok)):
                # '“A.” She also said “B.”': the next sentence's verb introduces B; '“A.” The
                # ministry said a change would need approval': it reports its own content.
                return None
            return tok
        if tok.text in {".", "!", "?"} or after and tok.text == ";":
            break  # the writer's sentence ends: '“…”. The defendants claimed' names no speaker of it,
            # nor does the next clause's verb: 'X called it an “interesting” case; Y said “…”'
        if after and tok.dep_ == "mark" and tok.lower_ != "as":
            break  # a new clause ('“…” while X wrote …'); 'as X put it' still attributes the quote
        if not after and tok.dep_ in SUBJECT_DEPS | {"expl"} and not ctx.in_quote[tok.head.i] and not is_cue(tok.head):
            # The subject of another clause ('..., Moscow issued demands for “...”'): a speech
            # verb further back belongs to that earlier clause, not to this quote.
            break
        i += step
        seen += 1
    return None


def _as_clause_with_object(verb: Token) -> bool:
    """'as Brussels urges caution': a verb opened by 'as' with an object or complement of its own
    other than 'it' ('as X put it') or a hearer ('as X told reporters': a name, a pronoun or a
    curated ``person_nouns`` noun)."""
    hearers = curated.cue_words("person_nouns")
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
        and any(c.dep_ in ("dobj", "xcomp", "ccomp") and c.lower_ != "it" and c.pos_ not in ("PROPN", "PRON")
                and c.lemma_.lower() not in hearers for c in verb.children)


def _next_to(ctx: QuoteContext, verb: Token, qspan: Span) -> bool:
    """Whether only punctuation and the verb's own subject stand between ``verb`` and the quote:
    'She continued, “…”', '“…,” Ann Lind continued.' (curated ``adjacent_only_verbs``, which
    report speech only so placed)."""
    lo, hi = (verb.i + 1, qspan.start) if verb.i < qspan.start else (qspan.end, verb.i)
    subject = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    return all(t.is_punct or t.is_space or t.i in subject for t in ctx.doc[lo:hi])


def _own_content(ctx: QuoteContext, verb: Token) -> bool:
    """Whether a speech verb has its own reported clause after it, outside any quotation
    ('The ministry said a change would need approval'): such a verb does not attribute the
    quotation that ended before its sentence. A noun object reports its own content too ('“…”
    The survey showed a gap between ...', 'The ministry announced a change of plan'), unless
    it is whom the words were said to ('“…” The minister told the court', '“…” It urged people to
    …'; curated ``hearer_verbs``, ``person_nouns``) or a bare noun ('“…” Lind said this')."""
    if any(c.dep_ == "ccomp" and c.i > verb.i and not ctx.in_quote[c.i] for c in verb.children):
        return True
    if verb.lemma_.lower() in curated.cue_words("hearer_verbs"):
        return False  # 'urged people to ...', 'told the court': the object heard the words
    return any(c.dep_ == "dobj" and c.i > verb.i and c.pos_ == "NOUN" and not ctx.in_quote[c.i]
               and c.lemma_.lower() not in curated.cue_words("person_nouns") and len(list(c.subtree)) >= 3
               for c in verb.children)


def _opens_quote_after(ctx: QuoteContext, verb: Token) -> bool:
    """Whether a quotation starts within a few words after ``verb`` with nothing but
    punctuation, adverbs and its object before it ('said: “…', 'also told the court “…')."""
    for tok in ctx.doc[verb.i + 1 : verb.i + 6]:
        if ctx.in_quote[tok.i]:
            return True
        if tok.text in {".", "!", "?"}:
            return False  # '“A?” Lind asked. “B.”': the quotation after the full stop is a new one
        if tok.is_punct or tok.is_space or tok.pos_ in {"ADV", "DET", "NOUN", "PROPN", "ADP"}:
            continue
        if tok.lower_ == "that" or is_cue(tok):
            continue  # 'He continued by noting that “…”': a chain of report verbs before its own quote
        return False
    return False


def find_cue(ctx: QuoteContext, qspan: Span) -> Token | None:
    """The speech verb of a quote: right after it, governing it in the parse, or right before it;
    a verb of verdict only when the quote is in its object."""
    cue = _find_cue(ctx, qspan)
    if cue is not None and cue.lemma_.lower() in curated.cue_words("verdict_verbs") and (
            not _in_object(cue, qspan) or all(t.text[:1].isupper() for t in qspan if t.is_alpha)):
        return None  # ('dismissed a report in the “Lenton Herald”': a name in quotation marks, nobody's words)
    return cue


def _find_cue(ctx: QuoteContext, qspan: Span) -> Token | None:
    adjacent = _window_cue(ctx, qspan, after=True)
    if adjacent is not None and any(t.dep_ == "cc" for t in ctx.doc[qspan.end : adjacent.i]) and _own_content(ctx, adjacent):
        # 'He called the plan “a good start” and added that ...': a verb joined after the
        # quote with its own reported clause starts a new report; the quote is the speech verb's
        # that governs it from before, when there is one.
        governing = _ascend_to_cue(ctx, qspan)
        adjacent = None if governing is not None and governing.i < qspan.start else adjacent
    if adjacent is not None and ctx.sent_of[adjacent.i] != ctx.sent_of[qspan.start]:
        # 'X argued the country needs “bold leadership.” Y argued against ...': a quotation
        # ending a sentence whose speech verb governs it is that verb's, not the next sentence's
        governing = _ascend_to_cue(ctx, qspan)
        adjacent = None if governing is not None and governing.i < qspan.start else adjacent
    if adjacent is not None and adjacent.i - qspan.end <= 4 and adjacent.tag_ in {"VBD", "VBZ", "VBP"}:
        return adjacent  # '“...,” the ministry said.' beats any verb the parse hangs the quote on
    before = _window_cue(ctx, qspan, after=False)
    # Its adjuncts may stand between: 'Sark saying during the council debate last month, “…”'.
    adjuncts = {t.i for c in before.rights if c.dep_ in {"prep", "npadvmod"} for t in c.subtree} if before is not None else set()
    if before is not None and all(t.is_punct or t.is_space or t.head.i == before.i and t.dep_ == "dobj" and t.lower_ == "it"
                                  or t.i in adjuncts and not ctx.in_quote[t.i] and t.pos_ not in {"VERB", "AUX"}
                                  for t in ctx.doc[before.i + 1 : qspan.start]):
        # '..., Vogt boasted, “…”', 'as Vogt put it, “…”': a speech verb separated from the quote by
        # punctuation alone (and its object 'it') is its cue, even when the parse hangs the quote
        # on an earlier clause's verb.
        return _reporting(ctx, before)
    return _ascend_to_cue(ctx, qspan) or adjacent or before


def according_source(according: Token) -> Token | None:
    """X of 'according to X'. The parser sometimes gives 'to' two objects when a place or a title
    comes before a name ('according to Lenton Senator Ann Lind': 'Lenton' under 'to', 'Lind' under
    'according' as its object or even its subject); with no punctuation between them they are one
    phrase, whose head is the last."""
    doc = according.doc
    if according.lower_ != "according" or according.i + 1 >= len(doc) or doc[according.i + 1].lower_ != "to":
        return None
    objects = sorted((c for c in (*doc[according.i + 1].children, *according.children)
                      if c.dep_ == "pobj" or c.i > according.i + 1 and c.dep_ in {"nsubj", "dobj", "appos"} and c.pos_ in {"NOUN", "PROPN"}),
                     key=lambda c: c.i)
    if not objects or objects[0].dep_ != "pobj":
        return None
    last = objects[0]
    for obj in objects[1:]:
        if any(t.is_punct or t.pos_ in {"CCONJ", "ADP", "VERB", "AUX"} for t in doc[last.i + 1 : obj.i]):
            break
        last = obj
    return last


def according_to_source(ctx: QuoteContext, qspan: Span) -> Token | None:
    """X of an 'according to X' in the quotation's sentence, however far before it: 'According to
    X, the secretary of the dealers' association, costs have risen because of “…”' (an apposition
    and a clause may put more than ``WINDOW`` tokens between them)."""
    doc = ctx.doc
    lo = min(max(0, qspan.start - WINDOW), doc[qspan.start].sent.start)
    hi = min(len(doc), qspan.end + WINDOW)
    for tok in doc[lo:hi]:
        if tok.lower_ == "according" and not ctx.in_quote[tok.i] \
                and ctx.sent_of[tok.i] in {ctx.sent_of[qspan.start], ctx.sent_of[qspan.end - 1]}:
            source = according_source(tok)
            if source is not None:
                return source
    return None
