"""The kind of entity a name is, from what the article itself writes around it.

The small model types a name from its spelling and a few words of context, and on names it has
never seen (a Polish newspaper, a rock band, a Welsh village) it often guesses PERSON or ORG. The
article usually says what the thing is: 'the film Alien', 'the Kaufland chain', 'Cheltenham, a
town in ...', '40-year-old Ana Ruiz', 'Mike Hale of Pearl Jam'. :func:`kind_cue` reads one such
cue for one mention; :func:`cluster_type` lets the cues of all mentions of an entity decide its
type over the model's labels. The nouns are curated (``kind_nouns``, ``kind_head_nouns`` in
``data/curated/gazetteer.yaml``); this module only knows where they stand."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from structnews.build.core import curated
from structnews.build.extract import pronouns
from structnews.build.extract.entity_bounds import POSSESSIVES, covered_tokens
from structnews.build.extract.entity_places import place_weight, speaks, written_as_place
from structnews.build.extract.entity_spans import generic_type, last_word_type, titles
from structnews.build.extract.names import gazetteer_index

# A strong cue (a noun before the name or heading its appositive, an age) decides the type; a weak
# one (a head noun after the name) only repairs a type that is not a place or a people.
STRONG, WEAK = "strong", "weak"
_AGE = re.compile(r"(?<!\d)\d{1,3}-year-old$")
_DETERMINERS = {"the", "a", "an"}


def _value(t: object) -> str:
    return t.value if hasattr(t, "value") else str(t)


@lru_cache(maxsize=1)
def kind_head_nouns() -> dict[str, str]:
    return {k.lower(): _value(v) for k, v in curated.gazetteer().kind_head_nouns.items()}


@lru_cache(maxsize=1)
def _posting_verbs() -> frozenset[str]:
    return frozenset(v.lower() for v in curated.gazetteer().posting_verbs)


@lru_cache(maxsize=1)
def _place_generics() -> frozenset[str]:
    return frozenset(curated.gazetteer().place_generics)


@lru_cache(maxsize=1)
def _resident_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in curated.gazetteer().resident_nouns)


_HEAD_CONNECTORS = ("of", "in", "for")


def suffix_type(text: str) -> str | None:
    """The curated type a name of several words has by its last word ('Chicago Marathon': EVENT),
    or else by the word before its first 'of', 'in' or 'for', the head of the name ('University of
    Geneva': ORG, 'Ostland Prize in Physics': WORK_OF_ART)."""
    table = curated.gazetteer().type_suffixes
    kind = last_word_type(text, table)
    words = text.split()
    if kind is None and len(words) >= 3:
        k = next((i for i, w in enumerate(words) if w in _HEAD_CONNECTORS), 0)
        head = table.get(words[k - 1]) if 1 <= k < len(words) - 1 else None
        kind = None if head is None else _value(head)
    return kind


def is_body_name(text: str) -> bool:
    """Whether a name is a body's by its curated head or last word, or the gazetteer's type."""
    known = gazetteer_index().by_alias.get(text)
    words = text.split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return "ORG" in (generic_type(text), suffix_type(text), known[1] if known else None) or head in curated.gazetteer().organisation_endings


def suffixed_names(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """Names the model missed that end in a curated type suffix or typed generic word: 'the
    Ostland Wildlife Protection Act', 'Harlow Valley Police', 'the Tavi Fire and Rescue Service'.
    The name is the run of capitalised words (with 'of', 'and', 'for' inside) that ends in the
    word, touches no span already taken, and has at least two words; its type is the word's. Not
    when a capitalised word follows the word: the name (or a title) goes on past it."""
    enders = set(curated.gazetteer().type_suffixes) | {w for w, t in curated.gazetteer().name_generics.items() if t is not None}
    out = []
    busy = covered_tokens(doc, taken)
    for tok in doc:
        if tok.text not in enders or tok.i in busy or tok.i == 0:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and tok.whitespace_ and nxt.is_alpha and nxt.text[:1].isupper() and nxt.i not in busy:
            continue  # the name goes on ('Ostvale Divisional Railway Manager Ana Ruiz'): not cut it at the word
        start = tok.i
        while start > 0:
            prev = doc[start - 1]
            if prev.i in busy or "\n" in prev.text_with_ws or not prev.text_with_ws.endswith(" "):
                break
            if prev.text[:1].isupper() and (prev.is_alpha or prev.text.replace("-", "").isalnum()):
                start -= 1
            elif prev.lower_ in _NAME_CONNECTORS and start - 2 >= 0 and doc[start - 2].text[:1].isupper() and doc[start - 2].i not in busy:
                start -= 1
            else:
                break
        while start < tok.i and doc[start].lower_ in _NAME_CONNECTORS:
            start += 1
        if tok.i - start < 1 or start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].text in {"-", "‐", "‑"}:
            continue  # (a name glued to the word before it, 'ABS-CBN Corporation', is not this one)
        span = Span(doc, start, tok.i + 1)
        kind = suffix_type(span.text) or generic_type(span.text)
        if kind is not None and not any(t.pos_ == "VERB" for t in span):  # (a title-case headline's verb and object
            # are no name: 'Observers Fault Ivory Coast Vote', 'Allies from Leaving Country')
            out.append(Span(doc, start, tok.i + 1, label=kind))
            taken.append((span.start_char, span.end_char))
            busy |= set(range(start, tok.i + 1))
    return out


_NAME_CONNECTORS = {"of", "and", "for", "the"}
_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*$|^[A-Z][a-z]?$")


def hyphenated_places(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """'the Toulouse-based maker' with 'Toulouse' left untagged: a capitalised word, in no name
    found, joined by a hyphen to a curated participle of place (``place_participles``) is a place."""
    busy = covered_tokens(doc, taken)
    out = []
    for tok in doc[: len(doc) - 2]:
        # (the tagger often calls the name a noun; a capital opening a sentence says nothing: 'Home-based')
        if tok.i not in busy and (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and not tok.is_sent_start) \
                and tok.text[:1].isupper() and tok.is_alpha and _before_place_participle(doc, tok.i + 1):
            out.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
            taken.append((tok.idx, tok.idx + len(tok)))
    return out


def _before_place_participle(doc: Doc, i: int) -> bool:
    """Whether the name ending before token ``i`` is glued by a hyphen to a curated participle of
    place ('Heidelberg-based', 'Lagos-born'; ``place_participles``): the name is a place."""
    return 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and doc[i].text in ("-", "‐") and not doc[i].whitespace_ \
        and doc[i + 1].lower_ in curated.gazetteer().place_participles


def speaking_names(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """People the model left untagged where the sentence shows a person: a run of two or three
    capitalised words with an appositive headed by a person's kind noun, title or role ('Tomas
    Kubrin, a fire service spokesman,', 'Ivo Sark, the minister's eldest daughter,', 'Ana Ruiz,
    the head of the agency,'), or itself the appositive of one ('the university's chancellor,
    Pradeep Sethi'), or the subject of a speech verb quoted speaking in the first person
    singular (:func:`_speaks_in_first_person`). Not a run with a title or role word, a generic or suffix word of a name's type ('Lenton Rail Council'), a word the
    article also writes in lower case (a capitalised common noun), or one after 'the'. (Being the
    subject of 'said' alone is no such sign: news agencies and websites are too: 'Fars News said'.)"""
    nouns = curated.kind_nouns()
    _, title_words = titles()
    lower = {t.lower_ for t in doc if t.is_lower}
    busy = covered_tokens(doc, taken)
    # A person's roles: titles and person nouns, not the bodies that also speak ('the government').
    people = (title_words | curated.cue_words("person_nouns")) - curated.cue_words("institution_nouns") \
        - curated.cue_words("organisation_nouns")
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.i in busy or tok.ent_type_ or not _NAME_WORD.match(tok.text):
            continue
        start = tok.i
        while start > 0 and tok.i - start < 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].i not in busy \
                and not doc[start - 1].ent_type_ and _NAME_WORD.match(doc[start - 1].text) and doc[start - 1].whitespace_:
            start -= 1
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if start == tok.i or after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
            continue  # one word, or not the run's last word
        words = [t.lower_ for t in doc[start : tok.i + 1]]
        text = doc[start : tok.i + 1].text
        roles = title_words | set(nouns) | curated.cue_words("person_nouns")
        if any(w in roles or w in lower for w in words) or generic_type(text) or suffix_type(text) \
                or start > 0 and doc[start - 1].lower_ in _DETERMINERS:
            continue  # ('The Senate Minority Leader, Ann Lind, said': a role, not a name)
        if start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            continue  # the end of a longer name ('World Wonder Ring Stardom')
        if _person_apposition(tok, nouns, people) or _speaks_in_first_person(tok, busy):
            out.append(Span(doc, start, tok.i + 1, label="PERSON"))
            taken.append((doc[start].idx, tok.idx + len(tok)))
            busy |= set(range(start, tok.i + 1))
    return out


def lone_speaking_names(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """A one-word name the model left untagged, often tagging it a common noun ('Várnai said'),
    is a person when the article makes it the subject of a speech verb and shows a person's
    pronoun on it: somewhere the word is the subject of a clause with 'his', 'her', 'himself' or
    'herself' in it ('Várnai for his part has linked ...'). Not a word the article also writes in
    lower case, a title, role or kind word, a word after 'the', nor one glued to another
    capitalised word (a longer name's part). Being the subject of 'said' alone is no such sign
    ('Xinhua said'), nor a 'he' in the next sentence, who may be anyone: the pronoun on it is."""
    lower = {t.lower_ for t in doc if t.is_lower}
    _, title_words = titles()
    roles = title_words | set(curated.kind_nouns()) | curated.cue_words("person_nouns") \
        | curated.cue_words("institution_nouns") | curated.cue_words("organisation_nouns")
    busy = covered_tokens(doc, taken)
    verbs = curated.cue_words("verbs")

    def lone(tok) -> bool:  # noqa: ANN001 - a spaCy Token
        before = doc[tok.i - 1] if tok.i > 0 else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return (tok.is_alpha and tok.is_title and len(tok) >= 3 and not tok.ent_type_ and tok.i not in busy
                and tok.pos_ in {"PROPN", "NOUN"} and tok.lower_ not in lower and tok.lower_ not in roles
                and not (before is not None and (before.lower_ in _DETERMINERS or before.is_title and before.is_alpha))
                and not (after is not None and after.is_title and after.is_alpha))

    def gendered(tok) -> bool:  # noqa: ANN001 - a spaCy Token
        return tok.dep_ in {"nsubj", "nsubjpass"} and any(t.lower_ in _OWN_PRONOUNS for t in tok.head.subtree if t.i > tok.i)

    out: list[Span] = []
    by_word: dict[str, list] = {}
    for tok in doc:
        if lone(tok):
            by_word.setdefault(tok.text, []).append(tok)
    for word, toks in by_word.items():
        speaking = [t for t in toks if t.dep_ == "nsubj" and t.head.lemma_.lower() in verbs]
        if speaking and any(gendered(t) for t in toks):
            first = speaking[0]
            out.append(Span(doc, first.i, first.i + 1, label="PERSON"))
            taken.append((first.idx, first.idx + len(first)))
    return out


_OWN_PRONOUNS = {"his", "her", "himself", "herself"}


def _person_apposition(tok, nouns: dict[str, str], roles: set[str]) -> bool:  # noqa: ANN001 - a spaCy Token
    """The name's last word heads an appositive whose noun is a person's kind or role ('Ana Ruiz,
    the head of the agency,'), or is itself the appositive of such a lower-case noun ('the
    university's chancellor, Ana Ruiz'): the sentence says the name is a person's."""
    def personal(noun) -> bool:  # noqa: ANN001
        return noun.is_lower and noun.pos_ == "NOUN" and (nouns.get(noun.lemma_.lower()) == "PERSON" or noun.lower_ in roles
                                                          or noun.lemma_.lower() in roles)
    if any(c.dep_ == "appos" and c.i > tok.i and personal(c) for c in tok.children):
        return True
    return tok.dep_ == "appos" and tok.head.i < tok.i and personal(tok.head)


_QUOTE_MARKS = {'"', "“", "”", "„"}
_FIRST_PERSON = pronouns.words(person=1, number="singular")  # i me my


def _speaks_in_first_person(tok, busy: set[int]) -> bool:  # noqa: ANN001 - a spaCy Token
    """The name is the subject of a speech verb (curated ``verbs``) and the words it is quoted
    saying in that sentence speak of one person, 'I', 'me', 'my' ('B Tavi Rao said, "It is a
    proud moment for me"'): an organisation or an agency says 'we' or quotes someone else. Being
    the subject of 'said' alone is no sign ('Fars News said'). Not when a name the model or a
    rule found stands between it and the verb, nor when 'of'/'in' and a capitalised word follow
    it: the parser took a description for the subject ('Longtime Ostvale in the Morning writer
    Ana Ruiz said'). ``busy``: the tokens of names already found."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in curated.cue_words("verbs"):
        return False
    doc, sent = tok.doc, verb.sent
    between = doc[tok.i + 1 : verb.i]
    if any(t.ent_type_ or t.i in busy for t in between):
        return False
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in {"of", "in"} and doc[tok.i + 2].text[:1].isupper():
        return False
    inside = False
    for t in doc[sent.start : min(len(doc), sent.end + 60)]:
        if t.text in _QUOTE_MARKS:
            if inside and t.i >= sent.end:
                break  # the quotation the sentence opened is over
            inside = not inside if t.text == '"' else t.text in {"“", "„"}
            continue
        if t.i >= sent.end and not inside:
            break
        if inside and t.lower_ in _FIRST_PERSON and (t.lower_ != "i" or t.text == "I"):
            return True
    return False


def _calls_itself(span: Span) -> bool:
    """The name is the subject of a verb whose object is 'itself' ('Ostvale Linux describes itself
    as', 'Ostvale Hope calls itself'): the article speaks of a thing, not a person ('himself',
    'herself'). Only the verb's own object or a preposition's ('prides itself on')."""
    root = span.root
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = root.head
    objects = [c for c in verb.children] + [g for c in verb.children if c.dep_ == "prep" for g in c.children]
    return any(o.lower_ == "itself" and o.i > root.i for o in objects)


def _followed_by_who(span: Span) -> bool:
    """A name of two or three words right before ', who' opening its relative clause ('the
    campaign of Vitaly Koren, who was arrested'): English uses 'who' for people ('which' for
    things). Not a place or a people, nor a one-word name: British sports writing uses 'who' of
    clubs ('Ostvale, who won')."""
    return span.label_ not in {"GPE", "LOC", "NORP", "FAC"} and 2 <= len(span) <= 3 and _opens_relative(span, "who")


def _opens_relative(span: Span, pronoun: str) -> bool:
    """Whether ', <pronoun>' right after the name opens a relative clause on it."""
    doc = span.doc
    if span.end + 1 >= len(doc):
        return False
    comma, word = doc[span.end], doc[span.end + 1]
    return comma.text == "," and word.lower_ == pronoun and word.head.dep_ == "relcl" and word.head.head.i in range(span.start, span.end)


def _followed_by_which(span: Span) -> bool:
    """A name right before ', which' opening its relative clause ('Andina Copper, which is
    controlled by Canadian investors, said'): English uses 'which' for things, never for a person."""
    return _opens_relative(span, "which")


def _title_noun(tok: Token) -> bool:
    """A capitalised title a name in apposition to it holds ('Minister', 'Ambassador'; curated cue titles)."""
    return tok.pos_ in {"NOUN", "PROPN"} and tok.text[:1].isupper() and tok.lower_ in titles()[0]


def _noun_kind(tok, table: dict[str, str]) -> str | None:  # noqa: ANN001 - a spaCy Token
    """The curated kind of a lower-case common noun, by its form or lemma (also one the tagger
    took for an adjective: 'the French daily Le Petit Lenton')."""
    if not tok.is_lower or tok.pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return None
    return table.get(tok.lower_) or table.get(tok.lemma_.lower())


_EXAMPLE_PREPOSITIONS = {"like", "including"}


def _listed_kind(span: Span, nouns: dict[str, str]) -> str | None:
    """The kind a plural kind noun gives every name of the list it introduces: 'the cities Ostrel
    and Brinmoor' (the list in apposition to the noun), 'countries like Tarvia and Ostmark'. The
    first name of an apposition is :func:`kind_cue`'s noun right before it; here its conjuncts."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ == "appos" and first.i != span.root.i and first.head.i < first.i:
        noun = first.head
    elif first.dep_ == "pobj" and first.head.head.i < first.head.i and (
            first.head.lower_ in _EXAMPLE_PREPOSITIONS
            or first.head.lower_ == "as" and first.head.i > 0 and first.doc[first.head.i - 1].lower_ == "such"):
        noun = first.head.head  # 'countries like Tarvia', 'countries such as Tarvia'
    else:
        return None
    return _noun_kind(noun, nouns) if noun.tag_ in {"NNS", "NNPS"} else None


_LIST_WORDS = {"and", "or"} | POSSESSIVES


def before_known_place(span: Span) -> bool:
    """Whether a name is written as a place within a place it is followed by: 'X, Ruritania' (a
    curated or model-recognised GPE of one to three words after a comma) that ends the phrase: a
    punctuation mark or a preposition follows. Not a list ('X, Ruritania and Ostmark'), a
    possessive ('X, Ruritania's minister'), a modifier ('X, the Ruritania special envoy') or a
    clause's subject ('at Vestmark, Ruiz quietly ran')."""
    doc = span.doc
    j = span.end + 1
    if j >= len(doc) or doc[span.end].text != "," or not doc[j].text[:1].isupper():
        return False
    gpe_ends = {e.end for e in doc.ents if e.start == j and e.label_ == "GPE"}
    gpe_ends |= {j + n for n in (1, 2, 3) if j + n <= len(doc) and gazetteer_index().by_alias.get(doc[j : j + n].text, ("", ""))[1] == "GPE"}
    if not gpe_ends:
        return False
    end = max(gpe_ends)
    if end >= len(doc):
        return True
    after = doc[end]
    if after.lower_ in _LIST_WORDS or not (after.is_punct or after.pos_ == "ADP"):
        return False  # ('Ana Ruiz, Ostland's special envoy', 'for Vestmark, Ruiz successfully ran')
    if after.text == "," and end + 1 < len(doc) and (doc[end + 1].pos_ == "PROPN" or doc[end + 1].lower_ in _LIST_WORDS):
        return False  # 'X, Ruritania, Tarvia and Ostmark': a list
    return True


def kind_cue(span: Span) -> tuple[str, str] | None:
    """(type, strength) that the words around one mention give it, or None.

    - a kind noun right before it ('the film Alien', 'singer Ana Ruiz'; also before a title's
      capitalised article, 'newspaper The Hindu'), or before 'of' for a place ('the town of Bala');
    - ', <a known GPE>' after it, ending the phrase: 'Ostrel, Ruritania' (:func:`before_known_place`);
    - a plural kind noun introducing a list the name is in: 'the cities Bala and Ostrel',
      'countries like (or such as, including) Tarvia and Ostmark';
    - an age: '40-year-old Ana Ruiz' (the name is the head, not 'a 36-year-old Bala man'), or
      'Ana Ruiz, 49,';
    - the head noun of its appositive ('Bala, a town in Wales'; 'Ana Ruiz, chief executive of
      the firm'), or the noun it is the appositive of ('the boat, Conception');
    - after 'on' that a posting verb governs ('confirming on Twitter'): an ORG, the medium;
    - right after '<a person's name> of': not a person ('Mike Hale of Pearl Jam'), an ORG unless
      the model said place;
    - a hyphen and a curated participle of place right after it ('Heidelberg-based'): a place;
    - a dateline's place in capitals ('LANCASTER - '); a head noun taking it as modifier ('the Kaufland chain'): weak."""
    doc = span.doc
    nouns = curated.kind_nouns()
    if span.label_ == "GPE" and span.text.isupper() and len(span.text) > 3 and (span.start == 0 or "\n" in doc[span.start - 1].text):
        return "GPE", STRONG  # where the story was filed is a place, whatever the model makes of 'Lancaster'
    if span.label_ == "PERSON" and _calls_itself(span):
        return "ORG", STRONG
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None:
        kind = _noun_kind(before, nouns)
        if kind is None and before.text == "The" and not before.is_sent_start and span.start >= 2:
            kind = _noun_kind(doc[span.start - 2], nouns)  # 'newspaper The Hindu': a title's own article between
        if kind is not None:
            return kind, STRONG
        if (before.lower_ == "on" and before.head.pos_ == "VERB" and before.head.lemma_.lower() in _posting_verbs()
                and span.root.head.i == before.i):  # the medium itself, not 'commented on Ruiz's death'
            return "ORG", STRONG  # 'confirming on Twitter', 'wrote on Instagram'
        if before.lower_ == "of" and span.start >= 2:
            kind = _noun_kind(doc[span.start - 2], nouns)
            if kind in {"GPE", "LOC"}:
                return kind, STRONG
        if (kind := _listed_kind(span, nouns)) is not None:
            return kind, STRONG
        if _AGE.search("".join(t.text for t in doc[max(0, span.start - 5) : span.start])):  # '40-year-old' in 1 to 5 tokens
            if after is None or after.pos_ not in {"NOUN", "PROPN"} or not after.is_lower:
                return "PERSON", STRONG
    if len(span) <= 3 and _before_place_participle(doc, span.end):
        return "GPE", STRONG  # 'the Heidelberg-based company' (curated place_participles)
    if (after is not None and after.text == "," and span.end + 2 < len(doc) and doc[span.end + 1].like_num
            and doc[span.end + 1].text.isdigit() and 1 <= int(doc[span.end + 1].text) < 120
            and doc[span.end + 2].text in {",", ";"}):
        return "PERSON", STRONG
    if _followed_by_who(span):
        return "PERSON", STRONG
    if span.label_ in {"PERSON", "ORG", "NORP"} and len(span) <= 3 and before_known_place(span):
        return "GPE", STRONG  # 'a fire in Ostrel, Ruritania'
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            kind = _noun_kind(child, nouns)
            if kind is not None:
                return kind, STRONG
    if root.dep_ == "appos" and root.head.i < span.start:
        kind = _noun_kind(root.head, nouns)
        if kind is None and root.head.dep_ == "pobj" and root.head.head.lower_ in ("of", "in", "at", "for"):
            # 'the president of Namibia, Ann Lind', 'the spokesman in Kano, X': the parser often
            # hangs the apposition on the place after the preposition; the role is the noun before
            # it ('of' any kind; after 'in', 'at' or 'for' only a person's role: 'the ambassador of
            # the country in Colombia, X' is no country)
            kind = _noun_kind(root.head.head.head, nouns)
            kind = kind if root.head.head.lower_ == "of" or kind == "PERSON" else None
            kind = kind if kind is not None or not _title_noun(root.head.head.head) else "PERSON"
        if kind is None and _title_noun(root.head):
            kind = "PERSON"  # "Ireland's Minister for Enterprise, Declan Furey,": a capitalised title's holder
        if kind is not None:
            return kind, STRONG
    if (before is not None and span.start >= 2 and (before.lower_ == "of" or before.lower_ == "the" and span.start >= 3
                                                    and doc[span.start - 2].lower_ == "of")):
        owner = doc[span.start - 2] if before.lower_ == "of" else doc[span.start - 3]
        if owner.ent_type_ == "PERSON" and span.label_ == "PERSON":
            return "ORG", STRONG
    if (after is not None and len(span) == 1 and span.label_ not in {"GPE", "LOC", "FAC", "NORP", "PERSON"} and span.root.head.i == after.i
            and span.root.dep_ == "compound" and after.is_lower and after.lower_ in _resident_nouns()
            and any(t.lower_ in _DETERMINERS for t in after.lefts)):
        return "GPE", STRONG  # 'a 36-year-old Ostvale man', 'the Brinmoor residents': where they live
    if after is not None and span.label_ not in {"GPE", "NORP"} and span[-1].text not in _place_generics() and not span.text.isupper():
        # (not 'the Hawaiian Island chain': a name ending in a place's generic word is that place;
        # not an acronym, which is an organisation far more often: 'the KDKA station' is a broadcaster)
        head = after
        if after.dep_ == "compound" and after.is_lower and span.end + 1 < len(doc) and after.head.i == span.end + 1:
            head = doc[span.end + 1]  # 'the Ostvale Junction railway station': the noun the phrase is about
        kind = _noun_kind(head, kind_head_nouns())
        if kind is not None:
            return kind, WEAK
    return None


def cluster_type(spans: list[Span], etype: str, person_evidence: bool) -> str:
    """The type of an entity whose model type is ``etype``, given the cues of its mentions.

    Strong cues decide by majority (the first in the text on a tie). A person or people every
    mention of which is the object of a preposition of location is a place. Weak cues change neither a
    place or a people ('the Seattle band') nor a person the article names in full or with a title
    (``person_evidence``: 'the Musk company' is still about Musk)."""
    cues = [c for c in (kind_cue(s) for s in sorted(spans, key=lambda s: s.start)) if c is not None]
    strong = Counter(kind for kind, strength in cues if strength == STRONG)
    if strong:
        top = max(strong.values())
        return next(kind for kind, strength in cues if strength == STRONG and strong[kind] == top)
    if etype in {"PERSON", "NORP"} and not any(speaks(s) for s in spans):
        # The weight of the article's evidence over all mentions: written where places stand
        # ('tombs in Saqqa and Tuvel', 'at Ostrel', 'north of Ostrel', "Ostrel's mayor") at least
        # once in full and in half of its mentions (or twice in full in a long article), and never
        # speaking, a person is a place.
        weight = sum(place_weight(s) for s in spans)
        if weight >= 1 and (weight >= len(spans) / 2 or weight >= 2):
            return "GPE"
    if etype == "ORG" and written_as_place(spans):
        return "GPE"  # 'protests in Awasi and Katito': a town the model took for a firm
    if etype == "PERSON" and any(_followed_by_which(s) for s in spans) and not any(_followed_by_who(s) for s in spans):
        return "ORG"  # 'Andina Copper, which is controlled by ...': a body the model took for a person
    weak = [kind for kind, _ in cues]
    if weak and etype not in {"GPE", "NORP"} and not (etype == "PERSON" and person_evidence):
        return Counter(weak).most_common(1)[0][0]
    return etype


# What may stand between two names of one enumeration: 'A, B, and C', 'A and the B', 'A or B'.
_LIST_GAP = re.compile(r"^(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?$")


def first_conjunct(tok: Token) -> Token:
    """The first conjunct of the coordination a word is part of (itself when it is the first)."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _conj_head(span: Span) -> int | None:
    """A name's first conjunct, or None for a noun modifier ('Navy and Ostland banners')."""
    tok = first_conjunct(span.root)
    return None if tok.dep_ in {"compound", "amod", "nmod", "poss"} else tok.i


def listed_places(members: list[list[Span]], types: list[str], settled: list[bool]) -> list[str]:
    """Types after reading enumerations of places: 'crews from Dolgellau, Harlech, Barmouth and
    Bala', where the model calls the towns it does not know PERSON or ORG.

    ``members``: the mentions of each entity; ``types``: their types so far; ``settled``: whether
    the article itself shows the type (a curated name, a title, a kind cue, or several mentions
    the model labelled alike). In a list of three names or more (or two joined by 'and'/'or'),
    when every settled entity is of one place type (GPE or LOC), an unsettled entity mentioned
    only there (once in the article) takes that type. People and organisations are not spread
    this way: 'talks between Ana Ruiz and Vestmark' mixes kinds as often as not."""
    spans = sorted((s for spans in members for s in spans), key=lambda s: s.start_char)
    if not spans:
        return types
    owner = {(s.start_char, s.end_char): i for i, spans_ in enumerate(members) for s in spans_}
    text = spans[0].doc.text
    groups: list[list[tuple[int, int, int]]] = [[(spans[0].start_char, spans[0].end_char, owner[(spans[0].start_char, spans[0].end_char)])]]
    for prev, cur in zip(spans, spans[1:], strict=False):
        item = (cur.start_char, cur.end_char, owner[(cur.start_char, cur.end_char)])
        # One enumeration: only list punctuation between the names, and the parser joins them ('conj').
        if _LIST_GAP.match(text[prev.end_char : cur.start_char]) and _conj_head(cur) == _conj_head(prev) is not None:
            groups[-1].append(item)
        else:
            groups.append([item])
    out = list(types)
    for group in groups:
        ids = [i for _, _, i in group]
        joined_by_and = len(group) == 2 and "," not in text[group[0][1] : group[1][0]]
        if len(set(ids)) < 2 or (len(group) < 3 and not joined_by_and):
            continue
        last = next(s for s in spans if s.start_char == group[-1][0])
        # two settled places or more make a list of places, whatever follows it ('Niger, Mali and Burkina Faso left')
        places = len({i for i in ids if settled[i] and types[i] in {"GPE", "LOC"}}) >= 2
        if last.end < len(last.doc) and last.doc[last.end].tag_ in {"VBD", "VBZ", "VBP", "MD"} and not places:  # a finite verb
            continue  # 'In Ostrel, Tellow and Brinmoor said': the parser often joins a place to the speakers
        kinds = {types[i] for i in ids if settled[i]}
        if len(kinds) != 1 or not kinds <= {"GPE", "LOC"}:
            continue
        kind = kinds.pop()
        for i in ids:
            # Not an acronym ('the US, IGAD and the AU') nor an organisation's name of several words
            # ('Ostland and the Royal Naval College'): the model is right about those far more often.
            name = members[i][0].text
            if (not settled[i] and (len(members[i]) == 1 or places) and types[i] not in {"NORP", "GPE", "LOC"} and not name.isupper()
                    and not (types[i] == "ORG" and len(name.split()) > 1)):
                out[i] = kind
    return out
