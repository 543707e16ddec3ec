"""Check a held-out gold folder (eval/heldout, heldout2, heldout3) against its raw files.

Usage: python eval/check_heldout.py eval/heldout2   (each folder's check_gold.py calls this).

One checker for every held-out set, so a fix to a check reaches all of them; what differs between
sets (which lines are article text, credits inside a line, marks deliberately not annotated,
possessive apostrophes, whether straight single quotes are quotation marks) is data, in the
folder's scope.yaml. Adapted from the checks in docs/gold-*.md; straight ASCII double quotes count
as quotation marks, because several pages use them. The events check runs only when
gold/events.jsonl exists (it is written by a separate annotator).
"""
import collections
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path.cwd()
RAW = ROOT / "raw"
GOLD = ROOT / "gold"
SCOPE = yaml.safe_load((ROOT / "scope.yaml").read_text(encoding="utf-8"))


def _lines(items):
    """Body line numbers from a list of ints and "a-b" ranges."""
    out = []
    for it in items:
        if isinstance(it, int):
            out.append(it)
        else:
            a, b = (int(x) for x in str(it).split("-"))
            out.extend(range(a, b + 1))
    return out


SINGLE = bool(SCOPE.get("straight_single_quotes"))
OPEN, CLOSE = ("“‘\"'", "”’\"'") if SINGLE else ("“‘\"", "”’\"")
MARKS = r"[“”‘\"]|’(?![A-Za-z])" + (r"|(?<![A-Za-z])'|'(?![A-Za-z])" if SINGLE else "")
BODY = {k: _lines(v) for k, v in SCOPE["body"].items()}
BLOCK = SCOPE.get("blocks") or {}
EXCLUDED = {tuple(x) for x in SCOPE.get("excluded") or []}
APOSTROPHES = {tuple(x) for x in SCOPE.get("apostrophes") or []}
errs = []
texts = {p.stem: p.read_text(encoding="utf-8") for p in RAW.glob("*.txt")}
assert set(texts) == set(BODY), set(texts) ^ set(BODY)


def load(name):
    rows = []
    for i, line in enumerate((GOLD / name).read_text(encoding="utf-8").splitlines(keepends=True), 1):
        r = json.loads(line)
        if line != json.dumps(r, ensure_ascii=False) + "\n":
            errs.append(f"{name}:{i} not canonical json.dumps")
        if r["article"] not in texts:
            errs.append(f"{name}:{i} unknown article {r['article']}")
        rows.append(r)
    if [r["article"] for r in rows] != sorted(r["article"] for r in rows):
        errs.append(f"{name}: not sorted by article")
    return rows


# ---- quotes
QKEYS = ["article", "text", "speaker", "speaker_text", "cue", "is_fragment", "unbalanced", "note"]
quotes = load("quotes.jsonl")
last, cov = {}, collections.defaultdict(set)
for r in quotes:
    if list(r) != QKEYS:
        errs.append(f"quote keys {list(r)}")
    a, t = r["article"], texts[r["article"]]
    s = last.get(a, 0)
    while True:
        p = t.find(r["text"], s)
        if p < 0:
            errs.append(f"quote not found in order: {a} {r['text'][:50]!r}")
            break
        b = t[p - 1] if p else ""
        e = t[p + len(r["text"])] if p + len(r["text"]) < len(t) else ""
        d = (b in OPEN) + (e in CLOSE)
        # a quote paragraph followed by a paragraph that reopens the quote has no closing mark by
        # convention (multi-paragraph quotation); it is not unbalanced
        # (blank lines between the paragraphs are skipped)
        cont = b in OPEN and e == "\n" and (t[p + len(r["text"]):].lstrip("\n")[:1] or "x") in OPEN
        if d == 2 or (r["unbalanced"] and d == 1) or (cont and not r["unbalanced"]):
            break
        s = p + 1
    if p < 0:
        continue
    last[a] = p + 1
    if b in OPEN: cov[a].add(p - 1)
    if e in CLOSE: cov[a].add(p + len(r["text"]))
    if r["note"] is not None and not isinstance(r["note"], str):
        errs.append("bad note")
excl_pos = set()
for a, s in EXCLUDED:
    if s not in texts[a]: errs.append(f"excluded span {s!r} not in {a}")
    for m in re.finditer(re.escape(s), texts[a]):
        excl_pos |= {(a, m.start()), (a, m.end() - 1)}
for a, s in APOSTROPHES:
    if texts[a].count(s) != 1: errs.append(f"apostrophe context {s!r} not unique in {a}")
    excl_pos.add((a, texts[a].find(s) + max(s.find("’"), s.find("'"))))
for a, t in texts.items():
    for m in re.finditer(MARKS, t):
        if m.start() not in cov[a] and (a, m.start()) not in excl_pos:
            errs.append(f"uncovered mark {a}: {t[max(0, m.start()-25):m.start()+25]!r}")

# ---- entities
TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"}
EKEYS = ["article", "name", "type", "mentions", "count", "description"]
ents = load("entities.jsonl")
seen = set()
for r in ents:
    if list(r)[:6] != EKEYS or set(r) - set(EKEYS) - {"note"}:
        errs.append(f"entity keys {list(r)}")
    if r["type"] not in TYPES: errs.append(f"bad type {r}")
    if (r["article"], r["name"]) in seen: errs.append(f"duplicate {r['name']}")
    seen.add((r["article"], r["name"]))
    for m in r["mentions"]:
        if not re.search(r"(?<!\w)" + re.escape(m) + r"(?!\w)", texts[r["article"]]):
            errs.append(f"{m!r} not verbatim in {r['article']}")
        if m.endswith(("’s", "'s")) or m.startswith(("the ", "The ")):
            errs.append(f"{m!r} possessive/article")
for art in BODY:
    lines = texts[art].split("\n")
    body = "\n".join(l if i in BODY[art] else "" for i, l in enumerate(lines, 1))
    recs = [r for r in ents if r["article"] == art]
    cands = [(m.start(), m.end(), -1) for b in BLOCK.get(art, []) for m in re.finditer(b, body, re.M)]
    for k, r in enumerate(recs):
        for f in r["mentions"]:
            cands += [(m.start(), m.end(), k) for m in re.finditer(r"(?<!\w)" + re.escape(f) + r"(?!\w)", body)]
    claimed = []
    for c in sorted(cands, key=lambda c: (c[0] - c[1], c[0])):
        if all(c[1] <= s or c[0] >= e for s, e, _ in claimed):
            claimed.append(c)
    firsts = []
    for k, r in enumerate(recs):
        hits = sorted(c for c in claimed if c[2] == k)
        if len(hits) != r["count"]: errs.append(f"{art} {r['name']}: count {r['count']} != {len(hits)}")
        firsts.append(hits[0][0] if hits else -1)
    if firsts != sorted(firsts): errs.append(f"{art}: entities not in first-appearance order")

# ---- events
VKEYS = ["article", "type", "mode", "context", "trigger", "sentence", "actors", "recipients",
         "location", "date", "date_precision", "note"]
# the 16 PLOVER types (docs/gold-events.md). The first five keep the project's modes; the other
# modes follow the PLOVER codebook (AID: the draft 0.7 mode table).
MODES = {"CONSULT": {None, "phone", "visit", "multilateral", "third-party"}, "REQUEST": {None, "demand"},
         "MOBILIZE": {"troops", "weapons", "police", "militia"}, "THREATEN": {None, "sanction"},
         "SANCTION": {None},
         "AGREE": {None}, "SUPPORT": {None}, "CONCEDE": {None}, "COOPERATE": {None},
         "AID": {None, "economic", "military", "humanitarian", "asylum"},
         "RETREAT": {None, "withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"},
         "ACCUSE": {None, "disapprove", "investigate", "allege"},
         "REJECT": {None, "assist", "change", "yield", "meet"},
         "PROTEST": {None, "demo", "riot", "general", "strike", "hunger", "boycott", "obstruct"},
         "COERCE": {None, "confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest",
                    "deport", "withhold"},
         "ASSAULT": {None, "abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy",
                     "primitive", "firearms", "explosives", "suicide-attack", "heavy-weapons", "cleansing",
                     "massacre", "unconventional"}}
events = load("events.jsonl") if (GOLD / "events.jsonl").exists() else []
prev = None
for r in events:
    if list(r) != VKEYS: errs.append(f"event keys {list(r)}")
    t = texts[r["article"]]
    if not (len(r["sentence"]) >= 30 and t.count(r["sentence"]) == 1): errs.append(f"sentence {r['sentence'][:40]!r}")
    if r["trigger"] not in r["sentence"]: errs.append(f"trigger {r['trigger']!r}")
    if r["type"] not in MODES: errs.append(f"type {r['type']}")
    elif r["mode"] not in MODES[r["type"]]: errs.append(f"mode {r['type']} {r['mode']}")
    if not all(isinstance(x, str) and x for x in r["actors"] + r["recipients"]): errs.append("actor names")
    if r["note"] is not None and not isinstance(r["note"], str): errs.append("bad event note")
    if r["context"] not in {None, "future", "hypothetical", "negated"}: errs.append(f"context {r['context']}")
    if (r["date"] is None) != (r["date_precision"] is None): errs.append("date/precision")
    if r["date"] and {10: "day", 7: "month", 4: "year"}[len(r["date"])] != r["date_precision"]:
        errs.append("precision")
    key = (r["article"], t.find(r["sentence"]), r["sentence"].find(r["trigger"]))
    if prev is not None and prev > key: errs.append(f"event order {r['sentence'][:40]!r}")
    prev = key

print("quotes", collections.Counter(r["article"] for r in quotes))
print("entities", collections.Counter(r["article"] for r in ents), "mentions", sum(r["count"] for r in ents))
print("events", collections.Counter(r["article"] for r in events) if (GOLD / "events.jsonl").exists()
      else "(gold/events.jsonl not present: not checked)")
print("errors:", errs or "none")
sys.exit(1 if errs else 0)
