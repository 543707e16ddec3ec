"""Scoring built tables against the PolNeAR development split (``../shared/eval/polnear-dev``).

The gold comes in the folder's own format (its README.md, "How to score"): ``quotes.jsonl``
(direct quotations), ``partial.jsonl`` (quoted stretches inside partly quoted attributions) and
``indirect.jsonl`` (attributions whose content has no quotation marks), each line naming its
article by ``doc`` (the raw file's name) and giving character offsets into the raw file as read
by ``open(path, encoding="utf-8").read()``.

- **Direct quotes** are matched by text: normalised (Unicode NFKC, one style of quotation mark
  and apostrophe, white space collapsed, lower case, non-alphanumeric characters stripped from
  both ends), then compared by similarity (rapidfuzz ``ratio``: 1 - normalised Indel distance)
  of at least :data:`QUOTE_SIMILARITY`. Pairs are matched one to one, best first. A prediction
  left unmatched that is this similar to a ``partial.jsonl`` stretch is *set aside*: neither a
  true nor a false positive.
- **Indirect quotes** are matched by character overlap in the raw file. Our spans index the
  cleaned text, so each predicted span is mapped back through ``articles.raw_offset_map`` (exact,
  because cleaning keeps paragraphs verbatim) and checked against the raw text; if the mapped
  slice differs (raw characters the build removed, such as a zero-width space, shift offsets), the
  quote's text is searched in the raw file and the occurrence nearest the mapped place is taken;
  a quote that cannot be found is counted as predicted and unmatched (``unlocated``). The
  overlap of a prediction P and a gold content G (the union of its ``fragments``) counts letters
  and digits only: ``|P ∩ G| / max(|P|, |G|)``, so it is at least :data:`INDIRECT_OVERLAP` only
  when the shared characters are at least half of *each* span. Pairs are matched one to one,
  best first. An unmatched prediction that holds at least half of a ``partial.jsonl`` stretch is
  the content of a partly quoted attribution (absent from ``indirect.jsonl`` by construction) and
  is set aside, as for direct quotes.
- **Speakers** are scored over matched quotes whose gold ``speaker`` is not null. Our answer is
  the name or any alias of the quote's ``speaker_entity_id`` entity ('IMF' for the International
  Monetary Fund), else its ``speaker_text``. Both names are
  normalised, leading titles and articles are dropped (:data:`TITLES`), and the answer is right
  when the names are equal or end in the same word (the surname, or an organisation's last word).

Error records carry raw-file offsets only, never text or names: PolNeAR is evaluation data and
nothing of it may end up in the repository (see docs/evaluation.md).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from structnews.build.tables.folder import read_table

QUOTE_SIMILARITY = 0.8
INDIRECT_OVERLAP = 0.5
POLNEAR_KINDS = ("quotes", "indirect")

# Dropped from the front of a speaker's name before comparing ("Sen. Tim Kaine", "the IMF").
TITLES = frozenset("""
mr mrs ms miss mx dr prof sir dame lord lady rev the a an
sen senator rep representative congressman congresswoman gov governor lt gen general col adm
president vice former secretary minister prime chancellor ambassador mayor judge justice chief
attorney speaker leader chairman chairwoman chair sheriff commissioner candidate nominee
""".split())
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"'})


def norm_quote(text: str) -> str:
    """Quote text for comparison: NFKC, one mark style, collapsed white space, lower case, and
    no non-alphanumeric characters at either end."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_MARKS)
    text = re.sub(r"\s+", " ", text).lower()
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


def similarity(a: str, b: str) -> float:
    """0..1 similarity of two quote texts after :func:`norm_quote`."""
    na, nb = norm_quote(a), norm_quote(b)
    if not na or not nb:
        return 0.0
    return fuzz.ratio(na, nb) / 100.0


def name_words(name: str | None) -> list[str]:
    """A name as comparable words: 'Sen. Tim Kaine' -> ['tim', 'kaine']; "Trump's" -> ['trump']."""
    if not name:
        return []
    text = unicodedata.normalize("NFKC", name).translate(_QUOTE_MARKS).lower()
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r"'s\b", "", text)
    words = [w for w in re.split(r"[^\w-]+", text) if w and w != "-"]
    while words and words[0] in TITLES:
        words = words[1:]
    while words and words[-1] in _SUFFIXES:
        words = words[:-1]
    return words


def same_speaker(gold: str, predicted: str | None) -> bool:
    """True when the names are equal after dropping titles, or share the last word (surname)."""
    g, p = name_words(gold), name_words(predicted)
    if not g or not p:
        return False
    return g == p or g[-1] == p[-1]


def overlap(pred: set[int], gold: set[int]) -> float:
    """Shared characters over the larger span: >= 0.5 means at least half of each."""
    if not pred or not gold:
        return 0.0
    return len(pred & gold) / max(len(pred), len(gold))


def alnum_positions(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The positions of letters and digits of ``text`` inside ``spans``."""
    return {i for s, e in spans for i in range(max(s, 0), min(e, len(text))) if text[i].isalnum()}


def match_best_first(scores: list[tuple[float, int, int]], threshold: float) -> dict[int, tuple[int, float]]:
    """One-to-one matching: (score, pred, gold) triples at or above ``threshold``, highest first
    (ties in input order). Returns pred -> (gold, score)."""
    taken_p: dict[int, tuple[int, float]] = {}
    taken_g: set[int] = set()
    for score, p, g in sorted((s for s in scores if s[0] >= threshold), key=lambda s: -s[0]):
        if p in taken_p or g in taken_g:
            continue
        taken_p[p] = (g, score)
        taken_g.add(g)
    return taken_p


def to_raw(clean_start: int, clean_end: int, offset_map: list[int]) -> tuple[int, int] | None:
    """Map a span of the cleaned text to the decoded raw text through ``raw_offset_map``
    (flattened (clean_start, raw_start, length) triples, one per kept paragraph)."""
    for i in range(0, len(offset_map), 3):
        cs, rs, length = offset_map[i : i + 3]
        if cs <= clean_start < cs + length:
            return rs + (clean_start - cs), rs + (min(clean_end, cs + length) - cs)
    return None


def locate(text: str, raw: str, guess: tuple[int, int] | None) -> tuple[int, int] | None:
    """Where ``text`` is in ``raw``: the mapped span if the raw slice is that text, else the
    occurrence nearest the mapped start, else None."""
    if guess is not None and raw[guess[0] : guess[1]] == text:
        return guess
    hits = [m.start() for m in re.finditer(re.escape(text), raw)]
    if not hits:
        return None
    near = guess[0] if guess is not None else 0
    start = min(hits, key=lambda h: abs(h - near))
    return start, start + len(text)


def _load(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "predicted": n_pred, "gold": n_gold}


def _speaker_name(q: dict[str, Any], entities: dict[str, dict[str, Any]]) -> str | None:
    if q["speaker_entity_id"] and q["speaker_entity_id"] in entities:
        return entities[q["speaker_entity_id"]]["name"]
    return q["speaker_text"]


def _speaker_names(q: dict[str, Any], entities: dict[str, dict[str, Any]]) -> list[str]:
    """Every name our answer goes by: the speaker entity's name and aliases ('IMF' for the
    International Monetary Fund), else the speaker as written."""
    ent = entities.get(q["speaker_entity_id"]) if q["speaker_entity_id"] else None
    if ent is not None:
        return [ent["name"], *(ent.get("aliases") or [])]
    return [q["speaker_text"]] if q["speaker_text"] else []


def _speakers(pairs: list[tuple[dict[str, Any], dict[str, Any]]], entities: dict[str, dict[str, Any]],
              errors: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    """Speaker accuracy over matched (prediction, gold) pairs whose gold speaker is not null."""
    scored = right = 0
    for q, g in pairs:
        if g.get("speaker") is None:
            continue
        scored += 1
        if any(same_speaker(g["speaker"], name) for name in _speaker_names(q, entities)):
            right += 1
        else:
            errors.append({"kind": f"wrong_{kind}_speaker", "doc": g["doc"], "start": g["start"], "end": g["end"],
                           "attribution": q["attribution"], "predicted_speaker": "none" if _speaker_name(q, entities) is None else "other"})
    return {"speaker_accuracy": round(right / scored, 3) if scored else 0.0, "speaker_scored": scored, "speaker_right": right}


def score_polnear(gold_dir: Path, raw_dir: Path, root: Path, *, kinds: tuple[str, ...] | list[str] = POLNEAR_KINDS,
                  skip_docs: frozenset[str] | set[str] = frozenset()) -> dict[str, Any]:
    """Score the tables under ``root`` (built from ``raw_dir``) against the PolNeAR gold in
    ``gold_dir``. ``skip_docs``: file stems left out of the build; their gold lines are set aside
    and counted in ``report["gold_set_aside"]``. See the module docstring for the method."""
    tables = {name: read_table(root, name).to_pylist() for name in ("articles", "entities", "quotes")}
    skip = {f"{s}.txt" for s in skip_docs}
    gold = {name: [g for g in _load(gold_dir / f"{name}.jsonl") if g["doc"] not in skip]
            for name in ("quotes", "partial", "indirect")}
    set_aside = sum(1 for name in kinds for g in _load(gold_dir / f"{name}.jsonl") if g["doc"] in skip)
    docs = {a["source_file"] for a in tables["articles"]} | {g["doc"] for rows in gold.values() for g in rows}
    raw = {d: (raw_dir / d).read_text(encoding="utf-8") if (raw_dir / d).exists() else "" for d in docs}
    report = score(tables, gold, raw, kinds=kinds)
    if skip_docs:
        report["gold_set_aside"] = set_aside
    return report


def _by_doc(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        out[row["doc"]].append(row)
    return out


def score(tables: dict[str, list[dict[str, Any]]], gold: dict[str, list[dict[str, Any]]], raw: dict[str, str], *,
          kinds: tuple[str, ...] | list[str] = POLNEAR_KINDS) -> dict[str, Any]:
    """The scoring proper, on rows: ``tables`` holds ``articles`` (``source_file``,
    ``raw_offset_map``), ``entities`` and ``quotes`` rows as in the built tables; ``gold`` holds
    the ``quotes``, ``partial`` and ``indirect`` lines; ``raw`` maps a doc to its raw text."""
    doc_of = {a["article_id"]: a["source_file"] for a in tables["articles"]}
    offset_map = {a["source_file"]: a["raw_offset_map"] for a in tables["articles"]}
    entities = {e["entity_id"]: e for e in tables["entities"]}

    def raw_span(q: dict[str, Any]) -> tuple[int, int] | None:
        doc = doc_of[q["article_id"]]
        return locate(q["text"], raw.get(doc, ""), to_raw(q["start"], q["end"], offset_map[doc]))

    preds: dict[str, dict[str, list[dict[str, Any]]]] = {"direct": defaultdict(list), "indirect": defaultdict(list)}
    for q in sorted(tables["quotes"], key=lambda q: (doc_of[q["article_id"]], q["start"], q["end"])):
        preds[q["kind"]][doc_of[q["article_id"]]].append(q)
    partial = _by_doc(gold.get("partial", []))
    report: dict[str, Any] = {}
    errors: list[dict[str, Any]] = []

    if "quotes" in kinds:
        gold_q = _by_doc(gold.get("quotes", []))
        tp = aside = n_pred = 0
        pairs = []
        for doc in sorted(set(gold_q) | set(preds["direct"])):
            ps, gs = preds["direct"][doc], gold_q[doc]
            scores = [(similarity(p["text"], g["quote"]), i, j) for i, p in enumerate(ps) for j, g in enumerate(gs)]
            matched = match_best_first(scores, QUOTE_SIMILARITY)
            for i, p in enumerate(ps):
                if i in matched:
                    tp += 1
                    pairs.append((p, gs[matched[i][0]]))
                elif any(similarity(p["text"], s["quote"]) >= QUOTE_SIMILARITY for s in partial[doc]):
                    aside += 1
                else:
                    n_pred += 1
                    span = raw_span(p)
                    errors.append({"kind": "spurious_quote", "doc": doc, "start": span[0] if span else None,
                                   "end": span[1] if span else None})
            n_pred += len(matched)
            hit = {g for g, _ in matched.values()}
            errors.extend({"kind": "missed_quote", "doc": doc, "start": g["start"], "end": g["end"]}
                          for j, g in enumerate(gs) if j not in hit)
        q_report = _prf(tp, n_pred, sum(len(v) for v in gold_q.values()))
        q_report["set_aside_partial"] = aside
        q_report.update(_speakers(pairs, entities, errors, "quote"))
        report["quotes"] = q_report

    if "indirect" in kinds:
        gold_i = _by_doc(gold.get("indirect", []))
        tp = aside = n_pred = unlocated = 0
        pairs = []
        overlaps = []
        for doc in sorted(set(gold_i) | set(preds["indirect"])):
            text = raw.get(doc, "")
            ps, gs = preds["indirect"][doc], gold_i[doc]
            g_chars = [alnum_positions(text, [(f[0], f[1]) for f in g["fragments"]]) for g in gs]
            p_spans = [raw_span(p) for p in ps]
            p_chars = [alnum_positions(text, [s]) if s else set() for s in p_spans]
            scores = [(overlap(pc, gc), i, j) for i, pc in enumerate(p_chars) if pc for j, gc in enumerate(g_chars)]
            matched = match_best_first(scores, INDIRECT_OVERLAP)
            partial_chars = [alnum_positions(text, [(s["start"], s["end"])]) for s in partial[doc]]
            for i, p in enumerate(ps):
                span = p_spans[i]
                if i in matched:
                    tp += 1
                    pairs.append((p, gs[matched[i][0]]))
                    overlaps.append(matched[i][1])
                    continue
                if span is None:
                    unlocated += 1
                elif any(sc and len(sc & p_chars[i]) >= 0.5 * len(sc) for sc in partial_chars):
                    aside += 1
                    continue
                n_pred += 1
                errors.append({"kind": "spurious_indirect", "doc": doc, "start": span[0] if span else None,
                               "end": span[1] if span else None})
            n_pred += len(matched)
            hit = {g for g, _ in matched.values()}
            errors.extend({"kind": "missed_indirect", "doc": doc, "start": g["start"], "end": g["end"]}
                          for j, g in enumerate(gs) if j not in hit)
        i_report = _prf(tp, n_pred, sum(len(v) for v in gold_i.values()))
        i_report.update({"set_aside_partial": aside, "unlocated": unlocated,
                         "mean_overlap": round(sum(overlaps) / len(overlaps), 3) if overlaps else 0.0})
        i_report.update(_speakers(pairs, entities, errors, "indirect"))
        report["indirect"] = i_report

    report["errors"] = errors
    return report
