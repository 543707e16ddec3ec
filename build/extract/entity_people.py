"""People's names within one article: which person a shorter form of a name is ('Van Halen',
'John Kuol', 'Kuol' after 'John Kuol Deng'; 'Kelen' after 'Tomas Kelen' whatever the model
called either), and the full name of a person known by one word. :mod:`.entities` calls these
while and after it clusters an article's spans."""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc, Span
from structnews.build.core import curated
from structnews.build.extract import pronouns
from structnews.build.extract.entity_bounds import POSSESSIVES
from structnews.build.extract.entity_places import place_weight, town_with_region
from structnews.build.extract.home_country import capitals
from structnews.build.extract.entity_spans import generic_type, titles
from structnews.build.extract.entity_types import is_body_name, suffix_type
from structnews.build.extract.names import INITIAL, is_subsequence


def surname_owner(clusters: list[dict], span: Span) -> int | None:
    """'Van Halen' or 'García Márquez' alone after 'Eddie Van Halen', 'Gabriel García Márquez': a
    surname of several words joins the latest person introduced before it whose longer name ends
    with it (a first name, not an initial, before it), whatever the case of a particle ('De
    Blasio', 'Van Biljon' alone, 'Bill de Blasio', 'Leon van Biljon' in full)."""
    words = span.text.split()
    folded = [w.casefold() for w in words]  # 'De Blasio' for 'Bill de Blasio': a particle is capitalised alone
    owners = [i for i, c in enumerate(clusters) if c["type_hint"] == "PERSON" and not c["gaz"]
              and any(len(m.text.split()) > len(words) and [w.casefold() for w in m.text.split()[-len(words):]] == folded
                      and not INITIAL.match(m.text.split()[-len(words) - 1]) and m.start_char < span.start_char
                      for m, _ in c["members"])]
    if owners:
        return owners[-1]
    # 'John Kuol' after 'John Kuol Deng': the first words of one longer name written before it (a
    # given name and a middle or clan name, used without the family name).
    owners = [i for i, c in enumerate(clusters) if c["type_hint"] == "PERSON" and not c["gaz"]
              and any(len(m.text.split()) > len(words) and m.text.split()[: len(words)] == words
                      and not INITIAL.match(words[-1]) and m.start_char < span.start_char for m, _ in c["members"])]
    if owners:
        return owners[0] if len(set(owners)) == 1 else None
    # 'Pedro R. Pierluisi Urrutia' after 'Pedro Pierluisi': a longer full name holding, in order and
    # initials aside, one earlier full name with the same first word (a second family name added).
    plain = [w for w in words if not INITIAL.match(w)]
    owners = [i for i, c in enumerate(clusters) if len(plain) >= 3 and c["type_hint"] == "PERSON" and not c["gaz"]
              and any(2 <= len(short := [w for w in m.text.split() if not INITIAL.match(w)]) < len(plain) and short[0] == plain[0]
                      and is_subsequence(short, plain) and m.start_char < span.start_char for m, _ in c["members"])]
    return owners[0] if len(set(owners)) == 1 else None


def names_a_group(span: Span) -> bool:
    """'Houthi' in 'Houthi officials' or 'Houthi rebel leaders', which the model calls an
    organisation, a people or a place: a one-word name modifying a plural noun names the group those
    people belong to, not a person whose family name it also is ('Abdul-Malik al-Houthi')."""
    root = span.root
    return (len(span) == 1 and span.label_ in {"ORG", "NORP", "GPE"} and root.dep_ in {"compound", "amod", "nmod"}
            and root.head.pos_ == "NOUN" and root.head.tag_ == "NNS" and root.head.i > root.i)


def complete_surnames(clusters: list[dict], persons: list[int], lower_nouns: set[str]) -> None:
    """'Cosmonaut Alexei Leonov dies' when the model tagged only the later 'Leonov': a person known
    only by one word is written with the untagged proper noun right before that word as their full
    name (not a title, not a common noun the article writes in lower case, not a sentence's first
    word), which becomes a mention, replacing the bare surname where the model tagged it."""
    _, title_words = titles()
    for i in persons:
        c = clusters[i]
        if c["gaz"] or any(len(m.text.split()) > 1 for m, _ in c["members"]):
            continue
        word = c["members"][0][0].text
        doc = c["members"][0][0].doc
        own = {m.start: k for k, (m, _) in enumerate(c["members"])}
        for tok in doc:
            if tok.text != word or tok.i == 0:
                continue
            prev = doc[tok.i - 1]
            if (prev.pos_ != "PROPN" or not prev.is_alpha or not prev.text[:1].isupper() or prev.is_sent_start
                    or prev.ent_type_ or prev.lower_ in title_words or prev.lower_ in lower_nouns or not prev.whitespace_):
                continue
            full = Span(doc, prev.i, tok.i + 1, label="PERSON")
            if tok.i in own:
                c["members"][own[tok.i]] = (full, "rule")
            elif not tok.ent_type_:
                c["members"].append((full, "rule"))


def middle_name_owner(clusters: list[dict], persons: list[int], word: str) -> int | None:
    """'Kuol' alone after 'John Kuol Deng': a word inside exactly one person's full name (not its
    first or last word, not an initial) is that person, as Spanish and South Sudanese names are
    often shortened (:func:`middle_words`)."""
    return next((i for i, words in middle_words(clusters, persons).items() if word in words), None)


def middle_words(clusters: list[dict], persons: list[int]) -> dict[int, set[str]]:
    """'Villacís said' after 'Andrés Villacís Moreno': the capitalised words inside a person's full
    name (not its first or last word, not an initial) that no other person's name has, by person.
    Spanish and Portuguese names are shortened to the father's surname, the middle one of three,
    which the model often leaves untagged when written alone (the ones it tags join their person
    through :func:`middle_name_owner`)."""
    owners: dict[str, set[int]] = {}
    for i in persons:
        for m, _ in clusters[i]["members"]:
            for word in m.text.split()[1:-1]:
                if word[:1].isupper() and not INITIAL.match(word):
                    owners.setdefault(word, set()).add(i)
    out: dict[int, set[str]] = {}
    for word, who in owners.items():
        if len(who) == 1:
            out.setdefault(next(iter(who)), set()).add(word)
    return out


def spelling_variant_owner(clusters: list[dict], persons: list[int], word: str) -> int | None:
    """'Porntida' after 'Pornthida Saelim', 'Mohamed' after 'Mohammed Karimi': a one-word name
    one letter away from the first or last word of exactly one person's full name is that person,
    spelt another way (transliterations vary within one article, and typos happen). Words of at
    least six letters only: 'Lind' and 'Lina' are two people."""
    if len(word) < 6 or not word.isalpha():
        return None
    folded = word.casefold()
    owners = {i for i in persons for m, _ in clusters[i]["members"]
              if len(w := [x.casefold() for x in m.text.split() if x.isalpha()]) > 1
              and any(Levenshtein.distance(folded, x, score_cutoff=1) <= 1 for x in (w[0], w[-1]))}
    return owners.pop() if len(owners) == 1 else None


_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "into", "across", "outside", "inside"})


def lone_name_owners(members: list[list[Span]], types: list[str], curated_: list[bool]) -> dict[int, int]:
    """'Kelen said' after 'Tomas Kelen' when the model called the full name an organisation and
    the surname a place, so that no rule of the clustering joined them: once the article's types
    are settled, an entity written only as the last words ('Kelen', 'Varga Kelen'), the first
    word or a middle word (a father's surname: 'Salcedo' of 'Rodrigo Salcedo Vera') of exactly
    one person's full name is that person. Not a curated entity ('Washington'
    beside 'George Washington'), not an organisation or a product (the company 'Dell' beside its
    founder 'Michael Dell'), not a word written after a place preposition ('in Jackson') nor a town
    of a region ('Allen, Texas').
    Returns entity index -> the person's entity index."""
    persons = [i for i, t in enumerate(types) if t == "PERSON" and any(len(m.text.split()) >= 2 for m in members[i])]
    out: dict[int, int] = {}
    for j, spans in enumerate(members):
        texts = {m.text for m in spans}
        if j in persons or curated_[j] or len(texts) != 1:
            continue
        words = texts.pop().split()
        if types[j] == "PRODUCT" or types[j] == "ORG" and len(words) < 2:
            continue  # (the company 'Dell' beside 'Michael Dell'; a double surname, 'Ixcot Barrios', is the person's)
        if not all(w[:1].isupper() and not INITIAL.match(w) for w in words) or any(
                m.start > 0 and m.doc[m.start - 1].lower_ in _PLACE_PREPOSITIONS or town_with_region(m) for m in spans):
            continue
        owners = {i for i in persons for m in members[i] if len(full := m.text.split()) > len(words)
                  and (full[-len(words):] == words or len(words) == 1 and (full[0] == words[0] or words[0] in full[1:-1]))}
        if len(owners) == 1:
            out[j] = owners.pop()
    return out


# The model's types of a day, a time or a number, which owns no leader or body ('Sunday’s Grand
# Final'); its other types are no evidence (it calls countries FAC or WORK_OF_ART at times).
_NOT_OWNERS = {"DATE", "TIME", "ORDINAL", "CARDINAL"}


def possessed_name_type(span: Span) -> str | None:
    """The type of a name written after a name's possessive ('Nigeria’s Ada Obi', 'Lenton’s
    National Assembly'), or None when the span is no such name. The news writes a leader after the
    country or body they lead: two to four capitalised proper nouns, no title among them and no
    longer name going on, are a person, unless the last word is a body's or a place's (a curated
    generic or suffix word, or one of ``organisation_endings``: 'National Assembly', 'Ashanti
    Region')."""
    doc = span.doc
    owner = doc[span.start - 2] if span.start >= 2 else None
    if owner is None or doc[span.start - 1].text not in POSSESSIVES or owner.pos_ != "PROPN" or owner.ent_type_ in _NOT_OWNERS:
        return None  # the owner a named country, body or person, not 'Sunday’s Grand Final'
    if not 2 <= len(span) <= 4 or (span.end < len(doc) and doc[span.end].pos_ == "PROPN"):
        return None
    _, title_words = titles()
    if len(span[-1]) == 1 or not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.lower_ not in title_words for t in span):
        return None  # ('Xbox Series X' ends in a letter; a middle initial, 'Ada N Obi', is a name's)
    kind = generic_type(span.text) or suffix_type(span.text)
    return kind or ("ORG" if span[-1].text in curated.gazetteer().organisation_endings else "PERSON")


def possessed_names(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """Names the model missed after a name's possessive (:func:`possessed_name_type`), untagged.
    Each one found is added to ``taken``, as the other finders of missed names do."""
    out: list[Span] = []
    for tok in doc:
        if tok.text not in POSSESSIVES:
            continue
        j = tok.i + 1
        while j < len(doc) and j - tok.i <= 4 and doc[j].pos_ == "PROPN":
            j += 1
        span = Span(doc, tok.i + 1, j)
        kind = possessed_name_type(span) if j - tok.i >= 3 else None
        if kind is None or any(span.start_char < te and ts < span.end_char for ts, te in taken):
            continue
        out.append(Span(doc, span.start, span.end, label=kind))
        taken.append((span.start_char, span.end_char))
    return out


def people_over_curated(spans: list[tuple[Span, str | None, str]]) -> list[tuple[Span, str | None, str]]:
    """'Kanye West ... West accused his wife': a one-word curated alias of a name written with 'the'
    ('West' for the West) that is the family name of a person the article names in full, written
    without 'the' before it, is that person ('the West' stays the West). So is a curated capital
    written where no place stands ('Joseph Muscat ... Muscat, speaking at a rally': not Oman's
    capital; 'In Muscat' stays the city). A country's name ('Jordan', 'Chad') may be meant bare, so
    it is left to the curated entry."""
    surnames = {span.text.split()[-1] for span, gaz, _ in spans
                if gaz is None and span.label_ == "PERSON" and len(span.text.split()) >= 2}
    capital_of = capitals()
    out = []
    for span, gaz, method in spans:
        if gaz is not None and (gaz.startswith("the ") or gaz in capital_of and place_weight(span) == 0) \
                and " " not in span.text and span.text in surnames \
                and (span.start == 0 or span.doc[span.start - 1].lower_ != "the"):
            span, gaz = Span(span.doc, span.start, span.end, label="PERSON"), None
        out.append((span, gaz, method))
    return out


def says_he_or_she(span: Span) -> Span:
    """'Nadia Okonjo-Breen, who chairs the board, said she was disappointed': a name of two or
    three capitalised words the model typed a body or a place is a person when it is the subject
    of a speech verb (curated ``verbs``) whose reported clause has 'he' or 'she' for its subject,
    with no other name between: a body or a place never says 'she'. Not a name that is a body's
    by its curated head or last word (:func:`.entity_types.is_body_name`: 'Ostland Water Board')."""
    if span.label_ not in {"ORG", "GPE", "FAC", "LOC", "NORP"} or not 2 <= len(span.text.split()) <= 3:
        return span
    if not all(w[:1].isupper() for w in span.text.split()) or is_body_name(span.text):
        return span
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in curated.cue_words("verbs"):
        return span
    if any(t.ent_type_ for t in span.doc[span.end : verb.i]):
        return span
    reported = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(s.lower_ in pronouns.HE_SHE_SUBJECT for c in reported for s in c.children if s.dep_ in ("nsubj", "nsubjpass")):
        return Span(span.doc, span.start, span.end, label="PERSON")
    return span


def subject_name(span: Span) -> bool:
    """A name opening its sentence as the subject ('Azman, a former economist, rejected ...',
    'Azman said'): a proper noun followed by a comma or a finite verb, which a common word that
    opens a sentence ('Grace periods ...') rarely is."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return span[0].pos_ == "PROPN" and after is not None and (after.text == "," or after.tag_ in ("VBD", "VBZ", "MD"))

