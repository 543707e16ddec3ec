"""Invented-sentence sets (``eval/invented/``): event types found per sentence, over thousands of sentences.

The real development sets are small (a few hundred gold events) and each comes from a handful of
outlets, so rules made from their errors fit those outlets. An invented set is the other way
round: thousands of short news sentences written for the project by annotators who never saw our
evaluation texts, each with every PLOVER event it reports annotated by ``docs/gold-events.md``
(one :class:`~structnews.schema.invented.InventedSentence` per line, many on purpose with no
event). It measures the breadth of the event rules - which words and shapes of each type they
know - and, on the sentences that report nothing, how often they fire where they should not.
Being written here, the sets ship in the repository and run anywhere.

Scoring is per sentence and type: a (sentence, type) pair is right when the sentence reports an
event of that type and the build has an event of that type in it. Participants, dates and modes
are not scored (the annotations name parties by their words in the sentence, not as entities).
For the build, :func:`stage_articles` writes the sentences as articles of
``SENTENCES_PER_ARTICLE`` paragraphs (one sentence each, so no event can span two).
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from structnews.build.core.errors import InputError, Problem
from structnews.build.tables.folder import read_table
from structnews.schema.invented import InventedSentence

SENTENCES_PER_ARTICLE = 40
PUBLISHED = "2024-03-15"  # a fixed publication date: relative dates resolve the same on every run
HEADLINE = "Invented sentences"
INVENTED_KINDS = ("events",)


def read_sentences(folder: Path) -> list[tuple[str, InventedSentence]]:
    """Every sentence of the folder's ``*.jsonl`` files as (file stem, sentence), validated; all
    problems (file, line, field) are reported together."""
    problems: list[Problem] = []
    out: list[tuple[str, InventedSentence]] = []
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.jsonl")):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError as exc:
            problems.append(Problem(str(path), None, "file", "bad_encoding", f"not UTF-8 ({exc.reason} at byte {exc.start})",
                                    "save the file as UTF-8"))
            continue
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                sentence = InventedSentence.model_validate_json(line)
            except ValidationError as exc:
                for error in exc.errors():  # every mistake of the line at once
                    field = ".".join(str(x) for x in error["loc"]) or "line"
                    problems.append(Problem(str(path), number, field, "bad_invented_sentence", error["msg"],
                                            "each line is one JSON object as described in eval/invented/README.md"))
                continue
            if sentence.id in seen:
                problems.append(Problem(str(path), number, "id", "duplicate_id",
                                        f"id {sentence.id!r} is already used at {seen[sentence.id]}", "give every sentence its own id"))
                continue
            seen[sentence.id] = f"{path.name}:{number}"
            out.append((path.stem, sentence))
    if not out and not problems:
        problems.append(Problem(str(folder), None, "gold", "no_invented_sentences", "no sentences in any *.jsonl file here",
                                "point the set's gold at a folder of invented-sentence files (eval/invented/README.md)"))
    if problems:
        raise InputError(problems)
    return out


def _chunks(sentences: list[tuple[str, InventedSentence]]) -> dict[str, list[InventedSentence]]:
    """Articles of at most SENTENCES_PER_ARTICLE sentences, one file's sentences at a time."""
    by_file: dict[str, list[InventedSentence]] = {}
    for stem, sentence in sentences:
        by_file.setdefault(stem, []).append(sentence)
    out: dict[str, list[InventedSentence]] = {}
    for stem, rows in by_file.items():
        for n, start in enumerate(range(0, len(rows), SENTENCES_PER_ARTICLE)):
            out[f"{stem}_{n:03d}"] = rows[start : start + SENTENCES_PER_ARTICLE]
    return out


def stage_articles(gold_dir: Path, target: Path) -> dict[str, list[InventedSentence]]:
    """Write the sentences as raw articles (NAME.txt + NAME.yaml) into ``target``; returns them by
    article name, for :func:`score_invented` (the files are read and validated once)."""
    articles = _chunks(read_sentences(gold_dir))
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for name, rows in articles.items():
        body = "\n\n".join(r.text for r in rows)
        (target / f"{name}.txt").write_text(f"{HEADLINE}\n\n{body}\n", encoding="utf-8")
        (target / f"{name}.yaml").write_text(f"publisher: structnews invented sentences\npublished: '{PUBLISHED}'\n", encoding="utf-8")
    return articles


def score_invented(articles: dict[str, list[InventedSentence]], tables: Path) -> dict[str, Any]:
    """Per-sentence event types of the built tables against the invented annotations (the articles
    :func:`stage_articles` wrote)."""
    by_file = {Path(a["source_file"]).stem: a for a in read_table(tables, "articles").to_pylist()}
    events: dict[str, list[dict[str, Any]]] = {}
    for ev in read_table(tables, "events").to_pylist():
        events.setdefault(ev["article_id"], []).append(ev)
    tp, fp, fn = Counter(), Counter(), Counter()
    errors: list[dict[str, Any]] = []
    quiet = quiet_total = removed = 0
    for name, rows in articles.items():
        article = by_file.get(name)
        if article is None:
            raise ValueError(f"the build has no article {name}")
        text, pos = article["text"], 0
        found = events.get(article["article_id"], [])
        for row in rows:
            start = text.find(row.text, pos)
            if start < 0:  # cleaning dropped it as page clutter ('Photo: ...'): nothing found in it
                removed += 1
                predicted: set[str] = set()
            else:
                end, pos = start + len(row.text), start + len(row.text)
                # a record linked across sentences (restatements of one event) reports its type in each
                predicted = {e["type"] for e in found
                             if any(start <= s < end for s in [e["sentence_start"], *(e["linked_sentence_starts"] or [])])}
            gold = {e.type.value for e in row.events}
            if not gold:
                quiet_total += 1
                quiet += not predicted
            for t in sorted(gold | predicted):
                if t in gold and t in predicted:
                    tp[t] += 1
                elif t in predicted:
                    fp[t] += 1
                    errors.append({"kind": "spurious_event", "sentence_id": row.id, "type": t, "sentence": row.text[:70]})
                else:
                    fn[t] += 1
                    errors.append({"kind": "missed_event", "sentence_id": row.id, "type": t, "sentence": row.text[:70]})
    t_tp, t_fp, t_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    p = t_tp / (t_tp + t_fp) if t_tp + t_fp else 0.0
    r = t_tp / (t_tp + t_fn) if t_tp + t_fn else 0.0
    per_type = {t: {"tp": tp[t], "fp": fp[t], "fn": fn[t],
                    "recall": round(tp[t] / (tp[t] + fn[t]), 3) if tp[t] + fn[t] else None,
                    "precision": round(tp[t] / (tp[t] + fp[t]), 3) if tp[t] + fp[t] else None}
                for t in sorted(set(tp) | set(fp) | set(fn))}
    return {"sentence_events": {"precision": round(p, 3), "recall": round(r, 3),
                                "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                                "tp": t_tp, "predicted": t_tp + t_fp, "gold": t_tp + t_fn,
                                "sentences": sum(len(r) for r in articles.values()),
                                "quiet_sentences": quiet_total, "removed_by_cleaning": removed,
                                "quiet_right": round(quiet / quiet_total, 3) if quiet_total else None,
                                "per_type": per_type},
            "errors": errors}


def sentence_rows(report: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The rows `structnews evaluate` prints for an invented set."""
    v = report["sentence_events"]
    worst = sorted((t for t, x in v["per_type"].items() if x["recall"] is not None), key=lambda t: v["per_type"][t]["recall"])[:3]
    weakest = ", ".join(f"{t} {v['per_type'][t]['recall']:.2f}" for t in worst)
    return [("sentence events precision", f"{v['precision']:.3f}", f"{v['tp']} right / {v['predicted']} predicted (sentence, type) pairs"),
            ("sentence events recall", f"{v['recall']:.3f}", f"of {v['gold']} gold pairs in {v['sentences']} sentences "
             f"({v['removed_by_cleaning']} dropped by cleaning as clutter); weakest types: {weakest}"),
            ("sentence events F1", f"{v['f1']:.3f}", ""),
            ("quiet sentences left quiet", "-" if v["quiet_right"] is None else f"{v['quiet_right']:.3f}",
             f"of {v['quiet_sentences']} sentences that report no event")]
