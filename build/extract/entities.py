"""Named entities of one article: spaCy's spans, cleaned, completed and clustered.

Within an article, "President Maria T. Alvarez", "Ms. Alvarez" and "Alvarez’s" become one
entity: titles and possessives are trimmed from spans, surnames attach to the full name they
abbreviate, acronyms to the name they abbreviate, and curated aliases ("Kiev" for "Kyiv") to
their gazetteer entry. The type of a cluster is decided by agreement across its mentions.
Mentions spaCy missed are added when their exact surface form is already known (method
``rule``), which is how a model's inconsistent tagging of the same name is repaired.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token
from structnews.build.core import curated
from structnews.build.extract.drafts import LocalEntity, MentionDraft
from structnews.build.extract.entity_aliases import declared_aliases, known_as_aliases
from structnews.build.extract.entity_spans import (
    joins_listed_names,
    acronym_definitions,
    acronym_names,
    branch_of,
    char_span,
    cut_at_bracket,
    distinctive_parts,
    extend_generic,
    extend_hyphenated,
    extend_lower_generic,
    extend_over_connector,
    gazetteer_spans,
    generic_type,
    is_junk,
    join_adjacent,
    join_nicknames,
    non_entities,
    name_prefix,
    nickname_key,
    split_at_common_noun,
    split_office_holder,
    title_modifiers,
    trim_headline_word,
    titles,
    trim,
)
from structnews.build.extract.entity_bodies import government_place, lone_legislatures
from structnews.build.extract.entity_joins import body_after_place, join_across_and, join_body_of_place
from structnews.build.extract.entity_bounds import (bare_heads, cut_leading_affix, cut_title_of_place, cut_office, cut_trailing_date, split_at_dashes, split_direction_pair, split_at_lower_verb, body_heads, cut_lower_descriptor, extend_before_title, extend_over_particle, particle_surnames, spelled_acronyms, titled_surnames, split_at_inner_title, split_at_possessive,
                                                    state_short_name, person_nouns, strip_lower_lead, tail_acronyms, trim_opening_adjective)
from structnews.build.extract.entity_variants import (appositive_names, expanded_words, hyphenated_acronyms, is_profession, join_apostrophe_names, join_campus,
                                                      join_place_pieces, merge_same_forms, plural_peoples, display_name, headline_names, place_adjective, split_headline_spans,
                                                      split_people_acronym, unperson, variant_key)
from structnews.build.extract.entity_people import (complete_surnames, subject_name, says_he_or_she, lone_name_owners, middle_name_owner, middle_words, names_a_group, people_over_curated,
                                                    possessed_names, spelling_variant_owner, surname_owner)
from structnews.build.extract.entity_numbers import extend_numbered, is_counted, numbered_names
from structnews.build.extract.non_names import before_office, common_word, cut_off_at_end, function_word, is_portfolio, lower_noun
from structnews.build.extract.entity_places import demonym_places, place_weight, speaks, split_trailing_region, town_with_region
from structnews.build.extract.datelines import dateline_places
from structnews.build.extract.quote_marks import in_quotation_marks
from structnews.build.extract.entity_forms import form_types
from structnews.build.extract.entity_types import (cluster_type, hyphenated_places, is_body_name, listed_places, lone_speaking_names, speaking_names, suffix_type, suffixed_names)
from structnews.build.extract.person_spans import cut_leading_descriptor, extend_first_name, extend_last_name, titled_names, titles_before
from structnews.build.extract.names import (
    INITIAL,
    acronym,
    family_word,
    gazetteer_index,
    is_known_place,
    given_name,
    is_subsequence,
    normalise,
    person_key,
    spells_acronym,
    surname,
)
from structnews.schema.entities import EntityType

KEEP_LABELS = {t.value for t in EntityType}


def _sentence_index(doc: Doc) -> list[int]:
    """Sentence index of each token."""
    out = [0] * len(doc)
    for i, sent in enumerate(doc.sents):
        for tok in sent:
            out[tok.i] = i
    return out


def _description(span: Span) -> str | None:
    """A role from an appositive: 'Ruritania’s foreign minister, Clara Vogt' or 'X, the president’s spokesman,'."""
    root = span.root
    inside = set(range(span.start, span.end))

    def phrase(tok: Token, exclude: Token | None) -> str | None:
        allowed = {t.i for t in tok.subtree} - ({t.i for t in exclude.subtree} if exclude is not None else set())
        if not allowed:
            return None
        # Only the contiguous run from the phrase's first word: a relative clause after the name
        # ('the union leader, X, who said ...') or a quotation is not part of the description.
        run = []
        i = min(allowed)
        while i in allowed and not (tok.doc[i].is_quote or "\n" in tok.doc[i].text):
            run.append(tok.doc[i])
            i += 1
        toks = [t for t in run if not (t.is_punct and t.text in {",", "—", "–", "(", ")"})]
        if not toks or any(t.i in inside for t in toks):
            return None
        words = [t for t in toks if not t.is_punct]
        if not 1 <= len(words) <= 12 or not any(t.pos_ == "NOUN" for t in toks):
            return None
        return tok.doc[toks[0].i : toks[-1].i + 1].text.strip(" ,")

    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i not in inside:
        return phrase(root.head, root)
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return phrase(child, None)
    # "Town Hall press secretary Ana Ruiz": compound nouns right before the name.
    left = [t for t in root.lefts if t.i < span.start and t.dep_ in {"compound", "amod"}]
    if left and any(t.pos_ == "NOUN" for t in left):
        first = min(t.i for t in left)
        if all(t.dep_ in {"compound", "amod", "punct"} or t.i >= span.start for t in root.doc[first : span.start]):
            return root.doc[first : span.start].text.strip()
    return None


_PREFIX_CONNECTORS = {"of", "in", "for", "on"}


def _person_or_not(members: list[tuple[Span, str]]) -> str:
    """A 'person' the article never names in full, never gives a title or honorific, and never
    joins to a full name, written once where places stand ('in Barmouth', 'from Barmouth', 'west
    of Barmouth'; tagged PERSON by the model) and never the subject of a speech verb, is a place."""
    spans = [m for m, _ in members]
    if any(len(m.text.split()) > 1 or titles_before(m) for m in spans):
        return "PERSON"
    if any(place_weight(m) > 0 for m in spans) and not any(speaks(m) for m in spans):
        return "GPE"  # ('at Barmouth', 'north of Barmouth'; see entity_places.place_weight)
    return "PERSON"


def _agree_on_person(spans: list[tuple[Span, str | None, str]]) -> list[tuple[Span, str | None, str]]:
    """One name, one type, by the article's evidence. A name written after a title or an honorific
    ('Ms. Navaratnam', 'Judge X') is a person in all its mentions. Otherwise a name the model
    tagged PERSON less often than anything else ('Crew Dragon': PERSON once, PRODUCT twice) is not
    a person (the most frequent other label; the first seen on a tie), and one it tagged PERSON
    more often than anything else is a person in all its mentions."""
    labels: dict[str, Counter] = {}
    titled: set[str] = set()
    for span, gaz, _ in spans:
        if gaz is None:
            labels.setdefault(span.text, Counter())[span.label_] += 1
            if titles_before(span) and len(span.text.split()) <= 4:
                titled.add(span.text)
    # Words the model tagged alone as a person ('Tsvangirai', 'Rosselló'): a name of two to four
    # capitalised words with one after its first word, with no word of an organisation's or a place's name, is that person's full name
    # whatever the model called it ('Morgan Tsvangirai' as ORG).
    # So is a word tagged PERSON at least once that speaks as one person ('X said'; 'Marcus X' tagged NORP).
    speaking = {s.text for s, gaz, _ in spans if gaz is None and len(s) == 1 and s.root.tag_ == "NNP" and speaks(s)}
    lone = {t for t, c in labels.items() if " " not in t and (c["PERSON"] > sum(c.values()) - c["PERSON"] or c["PERSON"] and t in speaking)}
    # And a name of two words ending in the family name of a person named by two ('Valery Tsapkala' as ORG beside 'Veranika Tsapkala').
    family = {t.split()[1] for t, c in labels.items() if len(t.split()) == 2 and c["PERSON"] > sum(c.values()) - c["PERSON"]}
    body = non_entities() | set(curated.gazetteer().name_generics) | set(curated.gazetteer().type_suffixes)
    places = {t for t, c in labels.items() if c["GPE"] + c["LOC"]} | set(gazetteer_index().by_alias)

    def place_first(words: list[str]) -> bool:  # 'Vermont Bernie Sanders': a place glued to a name
        return any(" ".join(words[:k]) in places for k in range(1, len(words)))
    out = []
    for span, gaz, method in spans:
        count = labels.get(span.text)
        words = span.text.split()
        if (gaz is None and span.label_ in {"ORG", "GPE", "LOC", "FAC", "NORP"} and 2 <= len(words) <= 4
                and (any(w in lone for w in words[1:]) or len(words) == 2 and words[1] in family) and all(w[:1].isupper() and w.isalpha() and w not in body for w in words)
                and name_prefix(span.text) is None and not place_first(words)):
            span = Span(span.doc, span.start, span.end, label="PERSON")
            count = None
        if gaz is None and span.text in titled and span.label_ != "PERSON":
            span = Span(span.doc, span.start, span.end, label="PERSON")
        elif gaz is None and span.label_ == "PERSON" and span.text not in titled and count is not None:
            others = Counter({k: v for k, v in count.items() if k != "PERSON"})
            if sum(others.values()) > count["PERSON"]:
                span = Span(span.doc, span.start, span.end, label=others.most_common(1)[0][0])
        elif gaz is None and span.label_ != "PERSON" and count is not None and count["PERSON"] > sum(count.values()) - count["PERSON"]:
            span = Span(span.doc, span.start, span.end, label="PERSON")  # and the other way round: 'Leonov' NORP once, PERSON four times
        out.append((span, gaz, method))
    return out


def extract_entities(doc: Doc) -> tuple[list[LocalEntity], list[MentionDraft]]:
    """Entities and mentions of one article (see module docstring)."""
    index = gazetteer_index()
    sent_of = _sentence_index(doc)

    # 1. Curated names first (they are exact), then the model's spans, trimmed and filtered.
    spans: list[tuple[Span, str | None, str]] = []  # (span, gazetteer name, method)
    in_spans = {t.i for e in doc.ents for t in e}
    known = frozenset({e.text for e in doc.ents} | set(index.by_alias))  # names alone ('the UN's X': two)
    model_spans = [extend_over_particle(extend_last_name(extend_first_name(cut_trailing_date(cut_leading_descriptor(cut_leading_affix(cut_at_bracket(s)))), in_spans), in_spans)) for s in (trim(p) for e in doc.ents if e.label_ in KEEP_LABELS
                                                                            for d in split_at_dashes(e) for c in split_direction_pair(d) for r in split_at_possessive(c, known)
                                                                            for v in split_at_common_noun(r) for q in split_at_lower_verb(v) for p in split_people_acronym(q)) if s is not None]
    model_spans = split_trailing_region([place_adjective(unperson(cut_title_of_place(s, is_known_place, titles()[1]))) for s in model_spans])
    places = frozenset(e.text for e in doc.ents if e.label_ == "GPE")
    model_spans = [c for s in model_spans if (c := cut_office(s, titles()[1], is_body_name)) is not None]
    model_spans = extend_before_title(split_office_holder(model_spans), titles()[1], non_entities())
    model_spans = split_at_inner_title(model_spans, titles()[1], non_entities() | set(curated.gazetteer().name_generics) | set(curated.gazetteer().type_suffixes),
                                       {a: t for a, (_, t) in index.by_alias.items()})
    model_spans = [says_he_or_she(s) for s in model_spans]  # ('X, who chairs the board, said she ...': a person)
    model_spans = join_body_of_place(join_across_and(extend_numbered(extend_over_connector(extend_lower_generic(extend_hyphenated([extend_generic(cut_lower_descriptor(government_place(s, places))) for s in model_spans if not is_junk(s) and not is_counted(s) and not is_portfolio(s) and not is_profession(s)]))))))
    # An extended name may now overlap the span it took its first name from; keep the person.
    persons_ = [s for s in model_spans if s.label_ == "PERSON"]
    model_spans = [s for s in model_spans if s.label_ == "PERSON" or not any(p.start < s.end and s.start < p.end for p in persons_)]
    # 'Guitarist Eddie Van Halen' in a headline: a leading word the article also writes in lower
    # case as a noun is a description, not a name, when the rest is a person named elsewhere.
    lower_nouns = {t.text for t in doc if t.is_lower and t.pos_ == "NOUN"}
    person_keys = Counter(person_key(s.text) for s in model_spans if s.label_ == "PERSON")
    model_spans = [Span(doc, s.start + 1, s.end, label="PERSON")
                   if s.label_ == "PERSON" and len(s) >= 3 and s[0].is_alpha and s[0].text.lower() in lower_nouns
                   and person_keys[person_key(s[1:].text)] > 0 and person_key(s[1:].text) != person_key(s.text) else s
                   for s in model_spans]
    headline = headline_names(doc)  # (the model's body names: read once, for the spans here and the names below)
    model_spans = join_campus(join_place_pieces(join_apostrophe_names(join_adjacent(split_headline_spans(trim_headline_word(trim_opening_adjective(strip_lower_lead(model_spans, person_nouns()))), headline)))))
    model_spans = particle_surnames(titled_surnames(model_spans, titles()[0]))
    # The dateline's place, written in capitals, replaces whatever the model made of it.
    dated = dateline_places(doc)
    model_spans = sorted([s for s in model_spans if not any(d.start < s.end and s.start < d.end for d in dated)] + dated,
                         key=lambda s: s.start_char)
    text = doc.text  # Doc.text joins every token on each access: read it once
    model_spans = acronym_names(doc, text, join_nicknames(doc, text, model_spans))
    curated_spans = gazetteer_spans(doc, [], text)
    # 'the 2003 London Marathon', 'Toronto Police': a curated place followed by a curated suffix word is
    # the start of another name (an event, a body), which the model sometimes leaves untagged.
    for span, name in list(curated_spans):
        if span.text.isupper():
            continue
        longer = body_after_place(span)  # 'the Ghana Premier League'
        if longer is not None:  # (a stray word the model tagged inside it goes: 'League' as a person)
            model_spans = [m for m in model_spans if not (span.start <= m.start and m.end <= longer.end)]
        elif span.end < len(doc) and (kind := suffix_type(f"{span.text} {doc[span.end].text}") or generic_type(f"{span.text} {doc[span.end].text}")):
            longer = Span(doc, span.start, span.end + 1, label=kind)
        elif span.start > 0 and doc[span.start - 1].text == "New" and doc[span.start - 1].whitespace_ and span.label_ in ("GPE", "LOC"):
            longer = Span(doc, span.start - 1, span.end, label=span.label_)  # 'New Mexico' is not Mexico
        if longer is not None:
            if not any(m.start_char < longer.end_char and longer.start_char < m.end_char for m in model_spans):
                curated_spans.remove((span, name))
                model_spans = sorted([*model_spans, longer], key=lambda m: m.start_char)
    # A curated match wins over the model spans it overlaps when it is at least as long, or when
    # the model's span only joins curated names ('Twitter and Facebook' as one work).
    kept_curated = []
    listed = [sp for sp, _ in curated_spans]
    for span, name in curated_spans:
        rivals = [m for m in model_spans if m.start_char < span.end_char and span.start_char < m.end_char]
        if all(len(span.text) >= len(m.text) or joins_listed_names(m, listed) for m in rivals):
            model_spans = [m for m in model_spans if m not in rivals]
            kept_curated.append((span, name))
    taken: list[tuple[int, int]] = [(s.start_char, s.end_char) for s, _ in kept_curated]
    for span in model_spans:
        gaz = index.by_alias.get(span.text) or index.by_key.get(normalise(span.text)) or index.by_alias.get(state_short_name(span.text) or "")
        if gaz is None and span.label_ == "PERSON":
            gaz = index.by_key.get(person_key(span.text)) if len(span.text.split()) >= 2 else None
        label = span.label_
        if gaz is not None:
            label = gaz[1]
            span = Span(doc, span.start, span.end, label=label)
        spans.append((span, gaz[0] if gaz else None, "model"))
        taken.append((span.start_char, span.end_char))
    for span in extend_hyphenated(titled_names(doc, taken, is_known_place)):  # 'PM Somsak Chai-a-ram': the whole hyphenated name
        if not is_portfolio(span) and not before_office(span):  # ('Foreign Affairs': 'Foreign' reads as a title word; 'Chief Health Director')
            spans.append((span, None, "rule"))
    for span in suffixed_names(doc, taken):
        spans.append((span, None, "rule"))
    for span in numbered_names(doc, taken):
        spans.append((span, None, "rule"))
    for span in hyphenated_places(doc, taken):  # ('the Toulouse-based maker')
        spans.append((span, None, "rule"))
    for span in speaking_names(doc, taken):
        spans.append((span, None, "rule"))
    for span in lone_speaking_names(doc, taken):
        spans.append((span, None, "rule"))
    for span in possessed_names(doc, taken):
        spans.append((span, None, "rule"))
    for span in lone_legislatures(doc, taken, [s.text for s, _, _ in spans] + [s.text for s, _ in kept_curated]):
        spans.append((span, None, "rule"))
    for span in hyphenated_acronyms(doc, taken) + appositive_names(doc, taken):  # ('ABS-CBN'; 'the ruling party, PSUV')
        spans.append((span, None, "rule"))
    organisations = [s.text for s, _, _ in spans if s.label_ == "ORG" and len(s.text.split()) >= 2]
    for span in spelled_acronyms(doc, taken, organisations):
        spans.append((span, None, "rule"))
    # 2. Curated names: 'model' where the model found the same span, else 'gazetteer'.
    model_extents = {(s.start_char, s.end_char) for s in (trim(e) for e in doc.ents) if s is not None}
    for span, name in kept_curated:
        method = "model" if (span.start_char, span.end_char) in model_extents else "gazetteer"
        spans.append((Span(doc, span.start, span.end, label=gazetteer_index().by_alias[name][1]), name, method))
    spans.sort(key=lambda item: item[0].start_char)
    spans = _agree_on_person(cut_off_at_end(people_over_curated(spans), text))  # ('West' after 'Kanye West')

    # 3. Cluster: gazetteer entries, full person names, then surnames and acronyms.
    clusters: list[dict] = []
    by_key: dict[str, int] = {}

    def cluster_for(key: str, etype: str, gaz: str | None) -> int:
        if key not in by_key:
            by_key[key] = len(clusters)
            clusters.append({"key": key, "gaz": gaz, "labels": Counter(), "members": [], "type_hint": etype})
        return by_key[key]

    generics = {g.lower() for g in curated.gazetteer().place_generics}
    # What the pending spans below look up among the members so far, indexed as members join (a
    # scan of every member of every cluster for every span is quadratic in the article's
    # mentions: seconds on a long article full of names):
    by_end: dict[int, set[int]] = {}  # a member's end offset -> clusters
    by_tail: dict[tuple[str, ...], set[int]] = {}  # a proper tail of a member's words -> non-person clusters
    by_head: dict[tuple[str, ...], set[int]] = {}  # a member's words before a place generic ('Gaza' of 'Gaza Strip')
    by_acronym: dict[str, set[int]] = {}  # a member's acronym -> clusters
    by_part: dict[tuple[bool, str], set[int]] = {}  # a distinctive part of a member's name -> non-person clusters
    by_prefix: dict[tuple[str, ...], set[int]] = {}  # a member's words before 'of'/'in'/'for' -> non-person clusters
    by_last: dict[str, list[tuple[list[str], int, int]]] = {}  # a member's last word -> (its words, sentence, cluster), non-person

    def add_member(c: int, span: Span, method: str) -> None:
        clusters[c]["members"].append((span, method))
        words = span.text.split()
        by_end.setdefault(span.end_char, set()).add(c)
        if clusters[c]["type_hint"] != "PERSON":
            for k in range(1, len(words)):
                by_tail.setdefault(tuple(words[-k:]), set()).add(c)
            branch = branch_of(span.text) if span.label_ == "ORG" else None
            for first_word in (False, True):
                for part in distinctive_parts(span.text, first_word) + ([branch] if branch else []):
                    by_part.setdefault((first_word, part), set()).add(c)
            for k in range(2, len(words) - 1):
                if words[k] in _PREFIX_CONNECTORS:
                    by_prefix.setdefault(tuple(words[:k]), set()).add(c)
            if len(words) >= 3:
                by_last.setdefault(words[-1], []).append((words, sent_of[span.start], c))
        if words and words[-1].lower() in generics:
            by_head.setdefault(tuple(words[:-1]), set()).add(c)
        for a in [acronym(span.text), acronym(span.text.replace("-", " "))] + (tail_acronyms(span.text) if clusters[c]["type_hint"] != "PERSON" else []):
            by_acronym.setdefault(a, set()).add(c)

    pending: list[tuple[Span, str | None, str]] = []
    defined, ending = acronym_definitions(text, [s for s, _, _ in spans]), {s.end_char: (g, s.text) for s, g, _ in spans}
    known_as = known_as_aliases(text, [s for s, _, _ in spans])  # ('Tume ya Madini' joins what it is another name of)
    for span, gaz, method in spans:
        gaz = None if span.text in defined and (d := ending.get(defined[span.text], (None, "")))[0] != gaz and spells_acronym(span.text, d[1].replace(",", "")) else gaz  # 'the Super Alliance (NASA)'
        if gaz is not None:
            c = cluster_for(f"gaz:{gaz}", span.label_, gaz)
        elif span.label_ == "PERSON" and len(person_key(span.text).split()) >= 2 and span.text not in known_as:
            c = surname_owner(clusters, span)
            if c is None:
                c = cluster_for(f"person:{nickname_key(span.text)}", "PERSON", None)
        else:
            pending.append((span, gaz, method))
            continue
        add_member(c, span, method)
        clusters[c]["labels"][span.label_] += 1

    name_keys: dict[int, str] = {}  # cluster -> its person key (computed once)

    def key_of(i: int) -> str:
        if i not in name_keys:
            name_keys[i] = person_key(clusters[i]["gaz"] or clusters[i]["members"][0][0].text)
        return name_keys[i]

    def surnames_of(i: int) -> set[str]:  # of every full name the person is written with ('Pedro R. Pierluisi Urrutia')
        return {surname(person_key(m.text)) for m, _ in clusters[i]["members"] if len(m.text.split()) > 1}

    def unique(candidates: list[int]) -> int | None:
        return candidates[0] if len(set(candidates)) == 1 else None

    defined = known_as | defined  # (the defined acronym wins)

    def cluster_ending_at(end: int) -> int | None:
        return unique(sorted(by_end.get(end, ())))

    def distinctive_owner(span: Span) -> int | None:
        """The one non-person cluster with a longer name of these words plus generic words (or,
        for a form the model did not call a place, whose name ending in one starts with it)."""
        first_word = span.label_ not in {"GPE", "LOC"}
        owners = sorted(by_part.get((first_word, span.text), ()))
        if span.label_ in {"GPE", "LOC"} and place_weight(span) >= 1:  # 'in Leeds' is the city, not 'Leeds United' (a palace's place stays)
            owners = [i for i in owners if clusters[i]["type_hint"] in {"GPE", "LOC", "FAC"}]
        return unique(owners)
    persons = [i for i, c in enumerate(clusters) if c["type_hint"] == "PERSON"]
    # Longer names first, so that a shorter form ('Foreign Ministry', 'Gaza', 'CIA') can join the
    # longer one it abbreviates wherever the two occur in the text.
    pending.sort(key=lambda item: (item[0].text in defined, -len(item[0]), item[0].start_char))  # (a declared other name joins once its name has a cluster)
    lone_surnames = {s.text for s, _, _ in spans if s.label_ == "PERSON" and len(s) == 1}  # 'Trump said': 'Trump supporters' is his
    for span, _gaz, method in pending:
        key = normalise(span.text)
        target = None
        borrowed = False  # joined by a rule that does not trust the model's label of this span
        if span.text in defined:
            target = cluster_ending_at(defined[span.text])
            borrowed = target is not None
        last = person_key(span.text)
        if target is None and len(span) == 1:
            # 'Ostra' after 'Hurricane Ostra', whatever the model called it (a person, most often).
            target = unique([i for i in sorted(by_part.get((True, span.text), ())) if clusters[i]["key"].startswith("name:prefixed ")])
            borrowed = target is not None
        one_word = len(span.text.split()) == 1  # (a hyphenated surname is one word of several tokens)
        if target is None and (len(last.split()) == 1 or one_word) and (one_word or span.label_ == "PERSON") and not town_with_region(span):
            # A surname (however the model labelled it) joins the first person introduced before it with
            # that surname (the article's subject: 'Ana Ruiz ... her mother Carla Ruiz ... Ruiz said'),
            # or the one curated person with that surname; failing that, a name that is the first
            # word of exactly one person's name ('Xi' for 'Xi Jinping', family name first). A
            # hyphenated surname counts whole ('al-Assad' of 'Bashar al-Assad').
            matches = [i for i in persons if surname(key_of(i)) == last or one_word and key_of(i).endswith(" " + last)
                       or last in surnames_of(i)]
            if names_a_group(span) and span.text not in lone_surnames:  # 'Houthi officials' and 'Abdul-Malik al-Houthi'
                matches = [i for i in matches if any(m.text.split()[-1] == span.text for m, _ in clusters[i]["members"])]
            if matches:
                earlier = [i for i in matches if clusters[i]["members"][0][0].start_char < span.start_char]
                target = (earlier or matches)[0]
            elif span.label_ == "PERSON" and last in index.person_by_surname:
                gaz_name = index.person_by_surname[last]
                target = cluster_for(f"gaz:{gaz_name}", "PERSON", gaz_name)
                persons.append(target)
            elif span.label_ == "PERSON" or span.label_ not in {"GPE", "LOC", "NORP"} and len(span) == 1:
                # A first name alone, also when the model did not call it a person ('Brigid' as ORG).
                target = unique([i for i in persons if len(key_of(i).split()) > 1 and given_name(key_of(i)) == last])
                if target is None and len(span) == 1:
                    target = middle_name_owner(clusters, persons, span.text)
                if target is None and len(span) == 1 and span.label_ == "PERSON":
                    target = spelling_variant_owner(clusters, persons, span.text)
                borrowed = target is not None and span.label_ != "PERSON"
        if target is None:
            # 'Brennan' after 'Brennan Construction Group', 'Springfield' after 'Springfield
            # Township', whatever the model called the short form.
            target = distinctive_owner(span)
            borrowed = target is not None
        plain = span.text.replace(".", "")
        if target is None and (span.text.isupper() or re.fullmatch(r"[A-Z]+\d+", plain)) and 2 <= len(plain) <= 6:
            target = unique(sorted(by_acronym.get(plain, ())))
            if target is None and len(plain) >= 4 and plain.isalpha():
                # 'NECOF' after 'Northern Economic Cooperation Forum': looser initials.
                target = unique(sorted({i for i, cl in enumerate(clusters) if cl["type_hint"] != "PERSON"
                                        and any(spells_acronym(plain, m.text) for m, _ in cl["members"])}))
        if target is None and span.label_ in {"ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}:
            words = span.text.split()
            # The tail of exactly one longer name: 'Foreign Ministry' in 'Saudi Foreign Ministry'; not
            # for a place ('Sudan' is not 'South Sudan', nor 'Zealand' 'New Zealand').
            target = unique(sorted(by_tail.get(tuple(words), ()))) if span.label_ != "GPE" else None
            if target is None:
                # A place and the same place with a generic word: 'Gaza' and 'Gaza Strip' (the model
                # often mislabels the short form, so only the longer one must be a place).
                target = unique([i for i in sorted(by_head.get(tuple(words), ()))
                                 if clusters[i]["labels"] and clusters[i]["labels"].most_common(1)[0][0] in {"GPE", "LOC"}])
        if target is None and span.label_ != "PERSON" and len(span.text.split()) >= 2:
            # 'Ostland Prize' after 'Ostland Prize in Physics': the words before the connector of
            # exactly one longer name.
            target = unique(sorted(by_prefix.get(tuple(span.text.split())) or by_prefix.get(expanded_words(span.text), ())))
        if target is None and span.label_ not in {"PERSON", "GPE", "NORP"} and len(words := span.text.split()) >= 2 and not (len(words) == 2 and words[1] in curated.gazetteer().name_generics):
            # 'World Championships' after 'Ostland World Athletics Championships', 'Brennan Airport' after 'Brennan International
            # Airport': the words of exactly one longer name, in order, with its head, not one word and a legal form ('Siemens AG'
            # is no 'Siemens Energy AG'), and not in the same sentence ('the Harlow Baptist University and the Harlow University').
            longer = [(c, sent) for ws, sent, c in by_last.get(words[-1], ()) if len(ws) > len(words) and is_subsequence(words, ws)]
            target = unique(sorted({c for c, _ in longer}))
            if any(sent == sent_of[span.start] for _, sent in longer):
                target = None
        if target is None and span.label_ != "PERSON" and len(last.split()) >= 2:
            # Written exactly as a person's full name ('Kenya's Brigid Kosgei' tagged ORG in a
            # headline, 'Brigid Kosgei' a PERSON in the body): that person, whatever the label.
            target = unique([i for i in persons if key_of(i) == last
                             and any(m.text == span.text for m, _ in clusters[i]["members"])])
            borrowed = target is not None
        if target is None:
            prefix = "person:" if span.label_ == "PERSON" else "name:"
            key = variant_key(state_short_name(span.text) or span.text, span.label_)  # ('Belarussian' and 'Belarusian', 'Indian Railway(s)')
            if (prefixed := name_prefix(span.text)) is not None:
                key = "prefixed " + normalise(prefixed[0])  # 'Hurricane Ostra' and 'Tropical Storm Ostra' are one storm
            target = cluster_for(prefix + (person_key(span.text) if span.label_ == "PERSON" else key), span.label_, None)
            if span.label_ == "PERSON":
                persons.append(target)
        add_member(target, span, method)
        if borrowed and clusters[target]["labels"]:
            clusters[target]["labels"][clusters[target]["labels"].most_common(1)[0][0]] += 1
        else:
            clusters[target]["labels"][span.label_] += 1

    # 4. Repair recall: known surface forms (and surnames of known people) the model missed.
    complete_surnames(clusters, persons, lower_nouns)
    covered = sorted((m.start_char, m.end_char) for c in clusters for m, _ in c["members"])
    given_counts = Counter(given_name(key_of(i)) for i in persons if len(key_of(i).split()) > 1)
    middles = middle_words(clusters, persons)  # 'Villacís' of 'Andrés Villacís Moreno', kept as given names are
    for ci, c in enumerate(clusters):
        forms = {m.text for m, _ in c["members"]}
        given: set[str] = set()
        if c["type_hint"] == "PERSON" or c["labels"].most_common(1)[0][0] == "PERSON":
            forms |= {family_word(m.text) for m, _ in c["members"] if len(m.text.split()) >= 2}
            # A first name alone ('Brigid' after 'Brigid Kosgei'), when no other person has it.
            given = {w[0] for m, _ in c["members"] if len(w := m.text.split()) >= 2 and not INITIAL.match(w[0])
                     and given_counts[normalise(w[0])] == 1 and c["type_hint"] == "PERSON"} | middles.get(ci, set())
            forms |= given
        else:
            # The distinctive part of a name and the acronym the article defines for it.
            forms |= {p for m, _ in c["members"] for p in distinctive_parts(m.text)}
            forms |= {a for a, end in defined.items() if any(m.end_char == end for m, _ in c["members"])}
        for form in sorted(forms, key=len, reverse=True):
            # (a two-letter acronym only when the article defines it: 'Ostland Tech (OT)')
            if len(form) < (2 if form in defined else 3) or not form[0].isupper():
                continue
            for m in re.finditer(rf"(?<![\w.]){re.escape(form)}(?!\w)", text):
                s, e = m.start(), m.end()
                if any(s < ce and cs < e for cs, ce in covered):
                    continue
                span = char_span(doc, s, e, c["labels"].most_common(1)[0][0])
                if span is None or "\n" in span.text:
                    continue
                if form in given and (span[0].is_sent_start and not subject_name(span) or span[0].pos_ != "PROPN"
                                      or (span.end < len(doc) and doc[span.end].text[:1].isupper())):
                    continue  # a first name is a common word, or the start of another name, too often
                c["members"].append((span, "rule"))
                covered.append((s, e))
    # 'the Senate' after 'Ostland Senate': a body's bare head word, when one body of the article has it.
    heads = body_heads([[m.text for m, _ in c["members"] if m.label_ not in {"PERSON", "GPE", "NORP"}] if c["type_hint"] != "PERSON" else []
                        for c in clusters], titles()[1])
    for s, e, ci in bare_heads(doc, heads, titles()[1] | title_modifiers(), non_entities()):
        # (only after the body's name: a 'the Senate' written before 'U.S. Senate' may be another senate)
        if (not any(s < ce and cs < e for cs, ce in covered) and s > min(m.start_char for m, _ in clusters[ci]["members"])
                and (span := char_span(doc, s, e, clusters[ci]["labels"].most_common(1)[0][0]))):
            clusters[ci]["members"].append((span, "rule"))

    # A lone capitalised common word opening a sentence ('Longer term, ...', 'Infection with ...'),
    # which the tagger itself calls no proper noun, is not a name when nothing else in the article
    # joined it (a surname the tagger missed, 'Hunter said', joins its person first).
    # Words of the article's people's full names (family names come first in some): 'the Tongs'.
    surnames = {w for i in persons if len(key_of(i).split()) > 1 for w in clusters[i]["members"][0][0].text.lower().split()}
    clusters = [c for c in clusters if c["gaz"] or not (len(c["members"]) == 1 and common_word(c["members"][0][0])
                                                         or all(function_word(m) for m, _ in c["members"])
                                                         or lower_noun(c["members"], lower_nouns))]
    clusters = merge_same_forms(clusters)

    # 5. Types and names, then materialise entities and mentions.
    typed: list[tuple[list[tuple[Span, str]], str, str]] = []  # (members, type, name) per cluster
    settled: list[bool] = []  # the article itself shows the type (see entity_types.listed_places)
    for c in clusters:
        members = sorted(c["members"], key=lambda m: m[0].start_char)
        if c["gaz"]:
            etype = index.by_alias[c["gaz"]][1]
            name = c["gaz"]
            settled.append(True)
        else:
            etype = c["labels"].most_common(1)[0][0] if c["type_hint"] != "PERSON" else "PERSON"
            # A name ending in a curated generic word has its type ('Salling Group': ORG).
            generic_types = [generic_type(m.text) for m, _ in members if generic_type(m.text)]
            spans_ = [m for m, _ in members]
            titled = any(titles_before(m) for m in spans_)
            model_type = etype
            suffix_types = [t for m in spans_ if (t := suffix_type(m.text))]
            if model_type == "WORK_OF_ART" and all(in_quotation_marks(m) for m in spans_):
                pass  # '"The Salt Road" topped the charts': a title, whatever its last word names
            elif generic_types:
                etype = Counter(generic_types).most_common(1)[0][0]
            elif suffix_types and not titled:
                etype = Counter(suffix_types).most_common(1)[0][0]  # 'Chicago Marathon': EVENT
            elif not titled and (cued := cluster_type(spans_, etype, any(len(m.text.split()) > 1 for m in spans_))) != etype:
                etype = cued  # what the article says the thing is ('the film X', 'X, a town in')
            elif etype == "PERSON":
                etype = _person_or_not(members)
            settled.append(bool(generic_types) or bool(suffix_types) or titled or etype != model_type
                           or (sum(c["labels"].values()) >= 2 and len(c["labels"]) == 1))
            name = display_name(spans_, headline)  # (entity_variants: not a headline's run-on form)
        typed.append((members, etype, name))
    spans_of = [[m for m, _ in members] for members, _, _ in typed]
    types = listed_places(spans_of, [t for _, t, _ in typed], settled)
    types = form_types(spans_of, types, settled, surnames)
    types = demonym_places(spans_of, types)  # 'Ruritania' beside 'Ruritanian'
    joined = lone_name_owners(spans_of, types, [bool(c["gaz"]) for c in clusters])  # 'Kelen' after 'Tomas Kelen'
    for j, i in [*plural_peoples(spans_of, types).items(), *declared_aliases(spans_of).items()]:  # 'Greeks' beside
        if j not in joined and i not in joined:  # 'Greek'; 'X, formerly known as Y'
            joined[j] = i
    for j, i in joined.items():
        typed[i][0].extend(typed[j][0])
    entities: list[LocalEntity] = []
    mentions: list[MentionDraft] = []
    for k, (c, (members, _, name), etype) in enumerate(zip(clusters, typed, types, strict=True)):
        if k in joined:
            continue
        entity = LocalEntity(
            index=len(entities),
            name=name,
            type=etype,
            key=c["key"],
            surface_forms=sorted({m.text for m, _ in members}),
            gazetteer_name=c["gaz"],
        )
        for span, _ in members:
            if entity.description is None and etype == "PERSON":
                entity.description = _description(span)
            for t in titles_before(span):
                if t not in entity.titles:
                    entity.titles.append(t)
        if entity.description is None and c["gaz"]:
            entity.description = index.description.get(c["gaz"])
        entities.append(entity)
        for span, method in members:
            mentions.append(MentionDraft(entity.index, span.start_char, span.end_char, span.text, sent_of[span.start], method))
    mentions.sort(key=lambda m: (m.start, m.end))
    return entities, mentions
