"""Mend a coordination the parser hangs on the wrong verb.

In 'Dravia said that Ostland must withdraw and accused Varnia of sabotage' the small model makes
'accused' a conjunct of 'withdraw', the bare verb under 'must' in the reported clause, so the
accusation is read as Ostland's. A verb in the past tense or the third person ('accused',
'blames') cannot be coordinated with a bare infinitive ('must withdraw', 'to withdraw'): it is
the conjunct of the finite verb the infinitive's clause hangs from ('said', 'wants'), and shares
its subject. Both the quotes (the cue 'accused' is Dravia's) and the events (Dravia accuses) read
the parse, so the mend is made once, here, as a pipeline component after the parser.

Only a conjunct with no subject or auxiliary of its own is moved ('and Varnia agreed' keeps its
place), only from a bare verb with a modal or 'to' that is a reported or controlled clause
(``ccomp``, ``xcomp``), and only to a finite verb before it. The past participle and the
ambiguous present ('VBP', a bare form mis-tagged as often) are left alone.

The same holds for a speech act set off by ', and' after the words it reports: in 'X said on
Tuesday that Ostland was trying to drag Lenton into a war, and signaled that she was ready to
talk' the model makes 'signaled' a conjunct of 'trying', inside what X said, so Ostland signals.
A finite speech verb (curated cue ``verbs`` and ``indirect_verbs``) with no subject of its own,
after a comma and 'and' (or after a quotation closing right before 'and': 'said Y was “running
out of arguments” and called the charge ...'), whose clause hangs in the reported clause (with a
subject of its own) of an earlier speech verb, is that speech verb's conjunct.

And for a verb joined to a reported copula about a thing: in 'X said the situation was serious
but urged Ostland to pull back' (or '... were a real threat and called on Y to ...') the model
makes 'urged' a conjunct of 'was', so the situation urges. A finite conjunct with no subject of
its own, on a copula that a speech verb reports and whose subject is a thing (a common noun with
no entity type that is no person, institution or actor noun of the curated lists), is the speech
verb's conjunct; a party or a person as the copula's subject keeps the parse ('X said the soldiers
were tired but shelled the village': the soldiers). The same holds for another reported verb whose
subject is such a thing or 'it' ('X said it depended on Ostland and accused Y of lying') when the
conjunct is a speech verb.

And for two titled names joined by 'and': in 'Ostland Deputy Minister Ivo Sark and Dravian Deputy
Secretary of State Ana Ruiz held talks' the model makes 'Sark' a modifier of 'Ruiz' (and the title
'Secretary' a conjunct of 'Sark'), so only Ruiz holds the talks. A person's name (the model's PERSON)
that modifies a later person's name and has the 'and' between them as its own coordinator is the
first conjunct: it takes the later name's head and label, the later name becomes its conjunct, and
a word between them that the model made its conjunct modifies the later name.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from structnews.build.core import curated
from structnews.build.extract.doc_copy import rehead
from structnews.build.extract.quote_marks import closing_mark

FINITE_TAGS = frozenset({"VBD", "VBZ"})  # past tense and third person: never a bare infinitive's mate
FINITE_HOSTS = frozenset({"VBD", "VBZ", "VBP"})
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass"})
_CLIMB = 4  # verbs climbed from the infinitive to the finite verb its clause hangs from


def _finite_host(bare: Token) -> Token | None:
    """The finite verb a modal or 'to' infinitive's reported or controlled clause hangs from."""
    if bare.tag_ != "VB" or bare.dep_ not in ("ccomp", "xcomp"):
        return None
    if not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in bare.children):
        return None
    host = bare.head
    for _ in range(_CLIMB):
        if host.tag_ in FINITE_HOSTS:
            return host
        if host.dep_ not in ("ccomp", "xcomp") or host.head.i == host.i:
            return None
        host = host.head
    return None


def _reporting_host(verb: Token, speech: frozenset[str]) -> Token | None:
    """The finite speech verb whose reported clause (with a subject of its own) holds ``verb``."""
    tok = verb
    for _ in range(_CLIMB):
        host = tok.head
        if host.i == tok.i:
            return None
        if tok.dep_ == "ccomp" and host.lemma_.lower() in speech and host.tag_ in FINITE_HOSTS \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return host
        if tok.dep_ not in ("ccomp", "conj", "xcomp", "advcl"):
            return None
        tok = host
    return None


def _reported_about_a_thing(clause: Token, conjunct: Token) -> bool:
    """A copula reported by an earlier finite speech verb ('said the situation was serious') whose
    subject is a thing: no entity type, no person, institution or actor noun. Or another reported
    verb whose subject is such a thing or 'it' ('said it depended on Ostland and accused Y'), when
    the conjunct is a speech verb or an event verb of the curated lexicon, which a thing does not
    do (and which 'it' for the speaker's own country does either way)."""
    if clause.dep_ != "ccomp" or clause.head.i == clause.i or clause.head.i > clause.i \
            or clause.head.tag_ not in FINITE_HOSTS or clause.head.lemma_.lower() not in curated.cue_words("verbs"):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    people = curated.cue_words("person_nouns") | curated.cue_words("institution_nouns") | curated.kind_nouns_of("PERSON") \
        | frozenset(curated.event_lexicon().actor_nouns)
    if clause.lemma_ != "be":
        if conjunct.lemma_.lower() not in curated.cue_words("verbs"):
            return False  # ('said the blast killed ten and injured twelve': the blast injured; only a speech act is the speaker's)
        return bool(subjects) and all(s.lower_ == "it" or s.pos_ == "NOUN" and not s.ent_type_ and s.lemma_.lower() not in people
                                      for s in subjects)
    return bool(subjects) and all(s.pos_ == "NOUN" and not s.ent_type_ and s.lemma_.lower() not in people for s in subjects)


def _accusation_after_a_report(token: Token, speech: frozenset[str]) -> Token | None:
    """'The border service said Tajik troops had fired mortars and accused Dushanbe of ...': the
    model hangs 'accused' (often tagged a participle, as if sharing 'had') on the reported verb,
    so the troops accuse. An accusation, an urging, a demand, a vow or a denial joined by a bare
    'and' or 'but', with no subject or auxiliary of its own, after a reported clause in the past
    perfect (or in the simple past after 'said') that is no speech act itself, is the reporting
    verb's conjunct (curated ``reporter_acts``)."""
    if token.lemma_.lower() not in curated.cue_words("reporter_acts") or token.tag_ not in ("VBD", "VBN") or token.i < 1:
        return None
    if token.doc[token.i - 1].lower_ not in ("and", "but") or any(c.dep_ in _OWN_SUBJECT for c in token.children):
        return None
    reported = token.head
    perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in reported.children)
    if reported.lemma_.lower() in speech or not (perfect or reported.tag_ == "VBD" and reported.lemma_.lower() != "be"):
        return None  # (a reported copula is _reported_about_a_thing's question: about a thing or about people)
    host = _reporting_host(reported, speech)
    if host is None or host.i > reported.i or host.tag_ != "VBD":
        return None
    # a simple past after a plain 'said' too ('said dozens remained in prison and urged X'); what a
    # source 'reported' may go on with its subject's own acts ('reported X issued warrants and demanded')
    return host if perfect or host.lemma_.lower() == "say" else None


def _second_reported_verbs(doc: Doc, speech: frozenset[str]) -> list[tuple[int, int, str]]:
    """'X said the sanctions were illegal and warned that ...': the model makes 'warned' a second
    clause reported by 'said', with no subject, though 'and' joins it to the first: a finite speech
    verb with no subject of its own, the second clausal complement of a speech verb, right after
    'and' or 'but', is that speech verb's conjunct (X warned). ``speech``: the curated speech verbs."""
    changes: list[tuple[int, int, str]] = []
    for token in doc:
        if token.dep_ != "ccomp" or token.tag_ not in FINITE_TAGS or token.lemma_.lower() not in speech or token.i < 1:
            continue
        host = token.head
        if host.i > token.i or host.lemma_.lower() not in speech or any(c.dep_ in _OWN_SUBJECT for c in token.children):
            continue
        if doc[token.i - 1].lower_ in ("and", "but") and any(c.dep_ == "ccomp" and c.i < token.i for c in host.children):
            changes.append((token.i, host.i, "conj"))
    return changes


def _joined_names(doc: Doc) -> list[tuple[int, int, str]]:
    """Re-headings for 'Name1 and <titles> Name2' read as one name (see the module docstring)."""
    ends = {ent.end - 1: ent for ent in doc.ents if ent.label_ == "PERSON"}
    changes: list[tuple[int, int, str]] = []
    for end, ent in ends.items():
        token = doc[end]
        head = token.head
        if token.dep_ not in ("nmod", "compound") or head.i <= end or head.i not in ends or head.dep_ == "ROOT":
            continue
        second = ends[head.i]
        between = doc[end + 1:second.start]
        if not any(t.lower_ == "and" and t.head.i == end and t.dep_ == "cc" for t in between):
            continue
        changes.append((end, head.head.i, head.dep_))
        changes.append((head.i, end, "conj"))
        changes.extend((t.i, head.i, "compound") for t in between if t.dep_ == "conj" and t.head.i == end)
    return changes


@Language.component("structnews_coordination_mends")
def mend_coordinations(doc: Doc) -> Doc:
    """Re-head each finite conjunct of a bare infinitive to the finite verb above it (see the
    module docstring). Returns the doc unchanged when there is nothing to mend."""
    changes: list[tuple[int, int, str]] = []
    speech = curated.cue_words("verbs") | curated.cue_words("indirect_verbs")
    for token in doc:
        if token.dep_ == "conj" and token.pos_ == "VERB" and (found := _accusation_after_a_report(token, speech)) is not None:
            changes.append((token.i, found.i, "conj"))
            continue
        if token.dep_ != "conj" or token.tag_ not in FINITE_TAGS or token.pos_ != "VERB":
            continue
        if any(c.dep_ in _OWN_SUBJECT for c in token.children):
            continue
        host = _finite_host(token.head)
        if host is not None and host.i < token.head.i:
            changes.append((token.i, host.i, "conj"))
            continue
        if _reported_about_a_thing(token.head, token):
            changes.append((token.i, token.head.head.i, "conj"))
            continue
        if token.i >= 2 and doc[token.i - 1].lower_ in ("and", "but") and (doc[token.i - 2].text == "," or closing_mark(doc[token.i - 2])):
            host = _reporting_host(token.head, speech) if token.lemma_.lower() in speech else None
            if host is not None and host.i < token.head.i:
                if _reported_about_a_thing(host, token):  # 'said the pullback showed that X had "..." and called on Y'
                    host = host.head
                changes.append((token.i, host.i, "conj"))
    changes.extend(_second_reported_verbs(doc, speech))
    changes.extend(_joined_names(doc))
    return rehead(doc, changes) if changes else doc
