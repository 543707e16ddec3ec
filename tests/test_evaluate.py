"""The evaluator's arithmetic, on hand-written gold for the fixture article (values worked out by hand)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from structnews.build.core.errors import InputError
from structnews.build.use import polnear
from structnews.build.use.evalsets import load_registry, resolve, run_set
from structnews.build.use.evaluate import ALL_EVENT_TYPES, evaluate


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_scores_match_a_hand_count(built: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    art = "harbor_talks"
    _write(gold / "quotes.jsonl", [
        {"article": art, "text": "We are not going to accept a deal that ruins our coastal towns,", "speaker": "Anne Lind"},
        # right text, but this gold says another speaker: a speaker error
        {"article": art, "text": "But we are ready to keep talking.", "speaker": "Bjarni Stefansson"},
        {"article": art, "text": "following the talks closely.", "speaker": "European Commission"},
        # not a quotation the extractor can find: a recall error
        {"article": art, "text": "the ministers will speak by phone on Friday", "speaker": None},
    ])
    _write(gold / "entities.jsonl", [
        {"article": art, "name": "Anne Lind", "type": "PERSON", "mentions": ["Anne Lind", "Ms. Lind"]},
        {"article": art, "name": "Oslo", "type": "GPE", "mentions": ["OSLO", "Oslo"]},
        {"article": art, "name": "Narnia", "type": "GPE", "mentions": ["Narnia"]},
    ])
    _write(gold / "events.jsonl", [
        {"article": art, "type": "CONSULT", "sentence": "Anne Lind, met her Icelandic counterpart", "actors": ["Anne Lind"],
         "date": "2024-03-05", "date_precision": "day"},
        {"article": art, "type": "CONSULT", "sentence": "the ministers will speak by phone on Friday", "actors": [],
         "date": "2024-03-08", "date_precision": "day"},
    ])
    report = evaluate(gold, built)
    q, e, v = report["quotes"], report["entities"], report["events"]
    # 3 direct quotes extracted, 3 of the 4 gold found, 2 of those 3 with the gold speaker
    assert (q["tp"], q["predicted"], q["gold"]) == (3, 3, 4)
    assert q["precision"] == 1.0 and q["recall"] == 0.75 and q["f1"] == pytest.approx(0.857, abs=1e-3)
    assert q["speaker_accuracy"] == pytest.approx(0.667, abs=1e-3)
    # 2 of 3 gold entities found; 'Ms. Lind' counts as the form 'Lind' (honorifics are not names)
    assert e["recall"] == pytest.approx(0.667, abs=1e-3)
    assert e["alias_merge_accuracy"] == 1.0
    # both gold events found, with type, actors and date right: the meeting, and the planned call
    # of "the ministers" (unnamed parties: no actors, as the gold says; Friday = 2024-03-08); the
    # fixture also yields a THREATEN event (a gold type) that this gold set does not list
    assert v["sentence_recall"] == 1.0 and v["type_accuracy"] == 1.0 and v["date_accuracy"] == 1.0
    # six records: the meeting and the call (matched), the warning (THREATEN), Iceland's announced
    # proposal (AGREE, an offer), "not going to accept a deal" (AGREE, context negated) and "we
    # are ready to keep talking" (AGREE, a stated willingness to negotiate); precision counts
    # matched records over predicted ones: 2 / 6
    assert v["fully_right"] == 1.0 and v["precision"] == pytest.approx(0.333, abs=1e-3)
    kinds = {err["kind"] for err in report["errors"]}
    assert {"missed_quote", "wrong_speaker", "missed_entity"} <= kinds and "missed_event" not in kinds


# ---- development sets: the PolNeAR-format scorer, the registry, skipping and failing sets -----
# Everything below is invented text; no line of PolNeAR (evaluation data only) may appear here.

RAW = ("Harbour stays open\n"
       "The mayor said the harbour would stay open all winter.\n"
       "\u201cWe will not close the port,\u201d Mayor Ada Brennan said. Officials said that the ferry route was losing money.\n"
       "Tom Reyes called the fare a \u201cquiet scandal\u201d and said that the board \u201cnever listens\u201d to riders.\n")


def _clean() -> tuple[str, list[int]]:
    """The clean text and raw_offset_map a build would make of RAW (paragraphs joined by blank lines)."""
    lines, offset_map, parts, pos, raw_pos = RAW.split("\n")[:-1], [], [], 0, 0
    for line in lines:
        if parts:
            pos += 2
        offset_map += [pos, raw_pos, len(line)]
        parts.append(line)
        pos += len(line)
        raw_pos += len(line) + 1
    return "\n\n".join(parts), offset_map


def _q(qid: str, text: str, kind: str, speaker: str | None = None, speaker_text: str | None = None) -> dict:
    clean, _ = _clean()
    start = clean.index(text) if text in clean else 0
    return {"quote_id": qid, "article_id": "a1", "text": text, "start": start, "end": start + len(text), "kind": kind,
            "speaker_entity_id": speaker, "speaker_text": speaker_text, "attribution": "cue_subject"}


def _g(text: str, speaker: str | None, **extra: object) -> dict:
    start = RAW.index(text)
    return {"doc": "a1.txt", "quote": text, "start": start, "end": start + len(text), "speaker": speaker, **extra}


def _ind(text: str, speaker: str | None) -> dict:
    start = RAW.index(text)
    return {"doc": "a1.txt", "content": text, "start": start, "end": start + len(text), "speaker": speaker,
            "fragments": [[start, start + len(text)]]}


def _tables(quotes: list[dict]) -> dict:
    _, offset_map = _clean()
    return {"articles": [{"article_id": "a1", "source_file": "a1.txt", "raw_offset_map": offset_map}],
            "entities": [{"entity_id": "e_ada", "name": "Brennan"}, {"entity_id": "e_tom", "name": "Tom Reyes"}],
            "quotes": quotes}


def test_fuzzy_threshold_and_speaker_names() -> None:
    gold = "We will not close the port,"
    assert polnear.similarity("\u201cWe will NOT close the  port\u201d", gold) == 1.0  # marks, case, spaces, end punctuation
    assert polnear.similarity("We will not close the port today", gold) == pytest.approx(52 / 58, abs=1e-3)  # >= 0.8
    assert polnear.similarity("We will not close", gold) == pytest.approx(34 / 43, abs=1e-3)  # 0.79 < 0.8
    assert polnear.same_speaker("Ada Brennan", "Brennan")  # surname
    assert polnear.same_speaker("Ada Brennan", "Mayor Ada Brennan's")  # title and possessive dropped
    assert polnear.same_speaker("Harbour Board", "the Harbour Board")
    assert not polnear.same_speaker("Ada Brennan", "Tom Reyes")
    assert not polnear.same_speaker("Ada Brennan", None) and not polnear.same_speaker("Ada Brennan", "the Mayor")


def test_direct_quotes_one_to_one_best_first_with_partial_set_aside() -> None:
    gold = {"quotes": [_g("We will not close the port,", "Ada Brennan"),
                       _g("Harbour stays open", None)],  # a gold quote nobody predicts: a recall error
            "partial": [_g("quiet scandal", None), _g("never listens", None)],
            "indirect": []}
    quotes = [
        # two predictions for one gold quote: the better one (exact) wins though it comes second
        _q("p1", "We will not close the port today", "direct", "e_tom"),
        _q("p2", "We will not close the port", "direct", "e_ada"),
        _q("p3", "quiet scandal", "direct"),  # matches a partial stretch: set aside
        _q("p4", "The mayor said", "direct"),  # matches nothing: a false positive
    ]
    quotes[0]["start"], quotes[0]["end"] = 0, 32  # not in the text: only its place in the report matters
    r = polnear.score(_tables(quotes), gold, {"a1.txt": RAW}, kinds=["quotes"])["quotes"]
    # p2 is the true positive; p1 (second best for the same gold) and p4 are false positives; p3 is aside
    assert (r["tp"], r["predicted"], r["gold"], r["set_aside_partial"]) == (1, 3, 2, 1)
    assert r["precision"] == pytest.approx(0.333, abs=1e-3) and r["recall"] == 0.5 and r["f1"] == 0.4
    # the matched quote's speaker is the entity 'Brennan': right by surname
    assert (r["speaker_scored"], r["speaker_right"], r["speaker_accuracy"]) == (1, 1, 1.0)


def test_indirect_overlap_at_least_half_of_each_span() -> None:
    gold = {"quotes": [], "partial": [_g("quiet scandal", None)],
            "indirect": [_ind("the harbour would stay open all winter", "Ada Brennan"),
                         _ind("the ferry route was losing money", None)]}
    quotes = [
        # 23 of the gold's 32 letters, and all of its own 23: overlap 23/32 = 0.72 -> matched
        _q("i1", "the harbour would stay open", "indirect", "e_ada"),
        # 10 of 27 letters: overlap 0.37 < 0.5 -> a false positive (and the gold is missed)
        _q("i2", "ferry route", "indirect"),
        # holds the whole partial stretch 'quiet scandal': a partly quoted attribution, set aside
        _q("i3", "the fare a \u201cquiet scandal\u201d", "indirect", "e_tom"),
        # not in the raw text at all: counted as predicted, unmatched
        _q("i4", "the pier will be rebuilt", "indirect"),
    ]
    r = polnear.score(_tables(quotes), gold, {"a1.txt": RAW}, kinds=["indirect"])["indirect"]
    assert (r["tp"], r["predicted"], r["gold"], r["set_aside_partial"], r["unlocated"]) == (1, 3, 2, 1, 1)
    assert r["precision"] == pytest.approx(0.333, abs=1e-3) and r["recall"] == 0.5 and r["f1"] == 0.4
    assert r["mean_overlap"] == pytest.approx(23 / 32, abs=1e-3)
    assert r["speaker_accuracy"] == 1.0 and r["speaker_scored"] == 1  # the other gold speaker is null
    # the clean span maps back to the raw file through raw_offset_map (clean paragraphs are
    # separated by a blank line, raw ones by one newline)
    clean, offset_map = _clean()
    s = clean.index("the ferry route")
    assert polnear.to_raw(s, s + 15, offset_map) == (RAW.index("the ferry route"), RAW.index("the ferry route") + 15)


def test_one_to_one_matching_takes_the_best_pair_first() -> None:
    # pred 0 fits both golds; pred 1 fits only gold 0 but better: best first gives 1->0, then 0->1
    matched = polnear.match_best_first([(0.9, 0, 0), (0.85, 0, 1), (0.95, 1, 0), (0.7, 1, 1)], 0.8)
    assert matched == {1: (0, 0.95), 0: (1, 0.85)}


def _registry(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "eval" / "sets.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


def test_registry_parsing_and_defaults(tmp_path: Path) -> None:
    path = _registry(tmp_path, """
root: ..
sets:
  - {name: seeds, description: d, gold: data/gold, raw: data/raw, kinds: [quotes, entities, events]}
  - {name: narrow, description: d, gold: g, raw: r, kinds: [events], event_types: [CONSULT, SANCTION], articles: gold}
  - {name: pn, description: d, gold: ../shared/x, raw: ../shared/x/raw, format: polnear, kinds: [quotes, indirect]}
""")
    reg = load_registry(path)
    seeds, narrow, pn = reg.sets
    assert seeds.format == "native" and seeds.articles == "all" and seeds.scope() == ALL_EVENT_TYPES and len(ALL_EVENT_TYPES) == 16
    assert narrow.scope() == {"CONSULT", "SANCTION"} and narrow.articles == "gold"
    assert pn.format == "polnear"
    assert resolve(path, reg, "data/gold") == (tmp_path / "data/gold").resolve()


@pytest.mark.parametrize("entry, field", [
    ("{name: x, description: d, gold: g, raw: r, format: polnear, kinds: [entities]}", "kinds"),
    ("{name: x, description: d, gold: g, raw: r, kinds: [quotes], event_types: [CONSULT]}", "event_types"),
    ("{name: x, description: d, gold: g, raw: r, kinds: [events], event_types: [HUG]}", "event_types"),
    ("{name: X Y, description: d, gold: g, raw: r, kinds: [quotes]}", "name"),
    ("{name: x, description: d, gold: g, raw: r, kinds: [quotes], colour: red}", "colour"),
    ("{name: x, description: d, gold: g, raw: g, format: invented, kinds: [events], articles: gold}", "do not apply"),
])
def test_registry_errors_name_the_entry(tmp_path: Path, entry: str, field: str) -> None:
    path = _registry(tmp_path, f"sets:\n  - {entry}\n")
    with pytest.raises(InputError) as exc:
        load_registry(path)
    assert any(p.code == "invalid_registry" and "sets.0" in p.field for p in exc.value.problems)
    assert field in str(exc.value)


def test_duplicate_set_names_are_refused(tmp_path: Path) -> None:
    entry = "{name: x, description: d, gold: g, raw: r, kinds: [quotes]}"
    with pytest.raises(InputError, match="not unique"):
        load_registry(_registry(tmp_path, f"sets:\n  - {entry}\n  - {entry}\n"))


def test_a_set_without_its_raw_folder_is_skipped_with_the_reason(tmp_path: Path) -> None:
    from structnews.build.cli.main import app
    from typer.testing import CliRunner

    (tmp_path / "gold").mkdir()
    path = _registry(tmp_path, "sets:\n  - {name: gone, description: an absent corpus, gold: gold, raw: nowhere/raw, kinds: [events]}\n")
    reg = load_registry(path)
    result = run_set(reg.sets[0], path, reg, cache=tmp_path / "cache")
    assert result["status"] == "skipped" and "raw folder nowhere/raw is absent" in result["reason"]
    res = CliRunner().invoke(app, ["evaluate", "--sets", str(path), "--cache", str(tmp_path / "cache"),
                                   "--out", str(tmp_path / "out.json")])
    assert res.exit_code == 0 and "skipped: raw folder nowhere/raw is absent" in res.output.replace("\n", " ")
    written = json.loads((tmp_path / "out.json").read_text())
    assert written["sets"]["gone"]["status"] == "skipped"


def test_a_set_is_built_scored_or_reported_as_failed(tmp_path: Path) -> None:
    """The fixture corpus as a set: scored with its gold; with its only article excluded the build
    has no input, which is reported as the set's failure with the build's problem."""
    gold = tmp_path / "gold"
    gold.mkdir()
    _write(gold / "quotes.jsonl", [{"article": "harbor_talks", "text": "But we are ready to keep talking.", "speaker": "Anne Lind"}])
    path = _registry(tmp_path, f"sets:\n  - {{name: fx, description: fixture, gold: gold, raw: '{Path(__file__).parent / 'fixtures' / 'corpus'}', kinds: [quotes]}}\n")
    reg = load_registry(path)
    result = run_set(reg.sets[0], path, reg, cache=tmp_path / "cache", jobs=1)
    assert result["status"] == "scored" and result["articles"] == 1
    assert set(result["report"]) == {"quotes", "errors"} and result["report"]["quotes"]["tp"] == 1
    failed = run_set(reg.sets[0], path, reg, cache=tmp_path / "cache", exclude={"harbor_talks"}, jobs=1)
    assert failed["status"] == "failed" and failed["excluded"] == ["harbor_talks"]
    assert any("no_articles" in p for p in failed["problems"])


def test_a_linked_record_matches_gold_in_any_of_its_sentences() -> None:
    """One record per event per article: a record found in the headline and linked to the body
    sentence matches gold at the body sentence; it can match one gold event per sentence; and
    precision counts records. Type matches are made before type errors consume a record."""
    from types import SimpleNamespace

    from structnews.build.use.evaluate import _score_events

    text = "Kenya and Uganda meet\n\nKenya met Uganda on Tuesday. Kenya accused Uganda of lying."
    body = text.index("Kenya met")
    accuse = text.index("Kenya accused")
    ev = {"event_id": "v1", "article_id": "a1", "type": "CONSULT", "sentence_start": 0, "sentence_end": 21,
          "linked_sentence_starts": [body], "linked_sentence_ends": [accuse - 1], "date": None,
          "actor_entity_ids": []}
    other = {**ev, "event_id": "v2", "type": "CONSULT", "sentence_start": accuse, "sentence_end": len(text),
             "linked_sentence_starts": [], "linked_sentence_ends": []}
    acc = {**other, "event_id": "v3", "type": "ACCUSE"}
    t = SimpleNamespace(rows={"events": [ev, other, acc]}, stem_of={"a1": "art"}, names_of={}, texts={"art": text})
    gold = [
        # headline and body: both matched by the one linked record
        {"article": "art", "type": "CONSULT", "sentence": "Kenya and Uganda meet", "actors": [], "date": None},
        {"article": "art", "type": "CONSULT", "sentence": "Kenya met Uganda on Tuesday", "actors": [], "date": None},
        # listed before the ACCUSE gold of the same sentence: the ACCUSE record must stay for it
        {"article": "art", "type": "SANCTION", "sentence": "Kenya accused Uganda", "actors": [], "date": None},
        {"article": "art", "type": "ACCUSE", "sentence": "Kenya accused Uganda", "actors": [], "date": None},
    ]
    errors: list[dict] = []
    report = _score_events(t, gold, ALL_EVENT_TYPES, errors)
    assert report["recall"] == 0.75  # 3 of 4 gold events matched by type
    assert report["precision"] == pytest.approx(0.667, abs=1e-3)  # records v1 and v3 of 3
    assert [e["kind"] for e in errors] == ["wrong_event_type"]  # SANCTION takes the leftover CONSULT v2


def test_an_event_with_a_gold_actor_missing_is_reported_with_both_lists() -> None:
    """A matched event whose actors lack a gold actor counts against actor accuracy and is listed
    as ``wrong_event_actors`` with the gold and the predicted names, so it can be read."""
    from types import SimpleNamespace

    from structnews.build.use.evaluate import _score_events

    text = "Kenya accused Uganda of lying on Tuesday."
    ev = {"event_id": "v1", "article_id": "a1", "type": "ACCUSE", "sentence_start": 0, "sentence_end": len(text),
          "linked_sentence_starts": [], "linked_sentence_ends": [], "date": None, "actor_entity_ids": ["e_u"]}
    entities = {"e_u": {"entity_id": "e_u", "name": "Uganda", "aliases": []}}
    t = SimpleNamespace(rows={"events": [ev]}, stem_of={"a1": "art"}, names_of={"e_u": {"Uganda"}},
                        texts={"art": text}, entities=entities)
    gold = [{"article": "art", "type": "ACCUSE", "sentence": "Kenya accused Uganda", "actors": ["Kenya"], "date": None}]
    errors: list[dict] = []
    report = _score_events(t, gold, ALL_EVENT_TYPES, errors)
    assert report["actor_accuracy"] == 0.0 and report["recall"] == 1.0
    assert errors == [{"kind": "wrong_event_actors", "article": "art", "gold": ["Kenya"], "predicted": ["Uganda"],
                       "sentence": "Kenya accused Uganda"}]
