"""Check the Wikinews event gold (eval/wikinews/gold/events.jsonl); standard library only.

Run from anywhere:  python3 eval/wikinews/check_gold.py [--gold gold-events-2] [RAW_DIR]

--gold names the gold folder under eval/wikinews (default ``gold``: the 18 articles of the
wikinews set; ``gold-events-2``: the 8 articles of the blind second set wikinews-events-2;
``gold-events-3``: the 8 articles of the blind third set wikinews-events-3;
``gold-events-4``: the 6 articles of the blind fourth set wikinews-events-4;
``gold-events-5``: the 6 articles of the blind fifth set wikinews-events-5).
Each folder has its fixed article list below, so a record of an unlisted article and an
article left without records are both errors.

The article texts are read in place from ../shared/corpus/wikinews/raw (relative to the
repository root), or from RAW_DIR / $WIKINEWS_RAW if given; they are never copied here.
Format checks always run; the checks against the texts are skipped (not failed) when the
corpus folder is absent.
"""
import collections
import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
from checkargs import gold_and_raw

GOLD_DIR, GOLD, RAW = gold_and_raw("events.jsonl")

ARTICLES_BY_GOLD = {"gold": [
    "wn_2019-01-07_president-trump-says-he-can-and-may-put",
    "wn_2019-01-14_arrest-made-as-mayor-of-gdansk-poland",
    "wn_2019-01-23_germany-bans-mahan-air-of-iran-citing",
    "wn_2019-03-28_thousands-march-in-anti-brexit-protest",
    "wn_2019-06-23_hong-kong-protesters-surround-downtown",
    "wn_2019-07-10_benin-nigeria-join-african-union",
    "wn_2019-07-28_puerto-rico-governor-announces",
    "wn_2019-09-06_hong-kong-leader-announces-withdrawal-of",
    "wn_2019-09-15_oil-facilities-in-saudi-arabia-hit-by",
    "wn_2019-09-23_irans-president-rouhani-tells-foreign",
    "wn_2019-10-10_uk-urges-us-to-waive-immunity-for",
    "wn_2019-10-15_kurds-announce-deal-with-assads",
    "wn_2019-10-27_us-announces-restrictions-on-flying-to",
    "wn_2020-01-01_samoan-government-ends-state-of",
    "wn_2020-01-11_cairo-summit-denounces-turkish-libyan",
    "wn_2020-05-06_philippines-largest-television-network",
    "wn_2020-07-02_iran-issues-arrest-warrants-for-36",
    "wn_2020-11-17_violence-breaks-out-in-washington-dc-at",
], "gold-events-2": [
    "wn_2019-01-24_car-bomb-ramming-attack-kills-dozens-at",
    "wn_2019-02-21_sixteen-states-sue-u-s-president-trump",
    "wn_2019-08-19_hong-kong-protests-continue-through",
    "wn_2019-08-24_world-leaders-call-to-address-amazon",
    "wn_2019-09-11_uk-prime-minister-johnson-suspends",
    "wn_2019-10-02_police-shoot-teenage-protester-as-hong",
    "wn_2019-11-10_coalition-authorities-report-no",
    "wn_2020-12-15_conservative-groups-hold-rally-in",
], "gold-events-3": [
    "wn_2020-01-05_united-states-military-kills-qasem",
    "wn_2020-01-13_iran-admits-downing-ukrainian-jet-cites",
    "wn_2020-02-21_us-president-trump-grants-eleven-people",
    "wn_2020-03-15_native-american-groups-sue-us-state-of",
    "wn_2020-06-05_yemeni-journalist-nabil-hasan-al-quaety",
    "wn_2020-06-11_police-arrest-twelve-after-explosives",
    "wn_2020-07-12_serbian-protesters-try-to-storm",
    "wn_2020-09-05_germany-says-alexei-navalny-poisoned",
], "gold-events-4": [
    "wn_2020-04-07_us-state-of-wisconsin-holds-2020",
    "wn_2020-04-15_bernie-sanders-endorses-joe-biden-in",
    "wn_2020-06-07_suspect-arrested-in-death-of-elephant-in",
    "wn_2020-09-30_south-london-police-officer-matt-ratana",
    "wn_2020-11-22_suspect-in-kenosha-wisconsin-protester",
    "wn_2020-12-21_prime-minister-of-slovakia-igor-matovic",
], "gold-events-5": [
    "wn_2019-01-30_mokha-yemen-bomb-kills-photojournalist",
    "wn_2019-07-08_tunisian-prime-minister-signs-decree-to",
    "wn_2019-09-12_us-president-trump-ousts-national",
    "wn_2019-09-25_us-speaker-pelosi-announces-trump",
    "wn_2019-10-05_four-stabbed-to-death-at-paris-police",
    "wn_2019-10-11_indonesian-security-minister-wiranto",
]}
if GOLD_DIR not in ARTICLES_BY_GOLD:
    sys.exit(f"unknown --gold {GOLD_DIR!r}; expected one of {sorted(ARTICLES_BY_GOLD)}")
ARTICLES = ARTICLES_BY_GOLD[GOLD_DIR]
KEYS = ["article", "type", "mode", "context", "trigger", "sentence", "actors", "recipients",
        "location", "date", "date_precision", "note"]
# PLOVER 0.8 modes (openeventdata/PLOVER, PLOVER_MANUAL.tex @ 6b85b9a), plus the project's
# conventions from docs/gold-events.md: REQUEST `demand` (null = request/appeal) and
# THREATEN `sanction` (threat of sanctions).
MODES = {
    "AGREE": set(), "SUPPORT": set(), "CONCEDE": set(), "COOPERATE": set(), "AID": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"demand"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "ban", "arrest", "relations", "expel", "territory", "violence", "sanction"},
    "PROTEST": {"demo", "riot", "general", "strike", "hunger", "boycott", "obstruct"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest",
               "deport", "withhold"},
    "ASSAULT": {"abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy",
                "primitive", "firearms", "explosives", "suicide-attack", "heavy-weapons",
                "cleansing", "massacre", "unconventional", "sideAB"},
}
CONTEXTS = {None, "future", "hypothetical", "negated"}
PRECISION = {"day": (r"\d{4}-\d{2}-\d{2}", "%Y-%m-%d"), "month": (r"\d{4}-\d{2}", "%Y-%m"),
             "year": (r"\d{4}", "%Y")}

errs = []


def err(i, msg):
    errs.append(f"line {i}: {msg}")


recs = []
for i, line in enumerate(GOLD.read_text(encoding="utf-8").splitlines(keepends=True), 1):
    try:
        r = json.loads(line)
    except ValueError as e:
        err(i, f"invalid JSON ({e})")
        continue
    recs.append((i, r))
    if line != json.dumps(r, ensure_ascii=False) + "\n":
        err(i, "not a canonical json.dumps(obj, ensure_ascii=False) line")
    if list(r) != KEYS:
        err(i, f"keys/order {list(r)}")
        continue
    if r["article"] not in ARTICLES:
        err(i, f"unknown article {r['article']}")
    if r["type"] not in MODES:
        err(i, f"type {r['type']!r} is not one of the 16 PLOVER types")
    elif r["mode"] is not None and r["mode"] not in MODES[r["type"]]:
        err(i, f"mode {r['mode']!r} not allowed for {r['type']}")
    if r["context"] not in CONTEXTS:
        err(i, f"context {r['context']!r}")
    for k in ("trigger", "sentence"):
        if not isinstance(r[k], str) or not r[k].strip():
            err(i, f"{k} must be a non-empty string")
    if isinstance(r["sentence"], str) and len(r["sentence"]) < 30:
        err(i, "sentence shorter than 30 characters")
    if isinstance(r["trigger"], str) and isinstance(r["sentence"], str) and r["trigger"] not in r["sentence"]:
        err(i, f"trigger {r['trigger']!r} not inside sentence")
    for k in ("actors", "recipients"):
        v = r[k]
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() == x and x for x in v) \
                or len(set(v)) != len(v):
            err(i, f"{k} must be a list of distinct non-empty names")
    for k in ("location", "note"):
        if r[k] is not None and (not isinstance(r[k], str) or not r[k].strip()):
            err(i, f"{k} must be null or a non-empty string")
    if isinstance(r["note"], str) and "BORDERLINE" in r["note"] and not r["note"].startswith("BORDERLINE"):
        err(i, "BORDERLINE must start the note")
    if isinstance(r["note"], str) and r["note"].startswith("BORDERLINE") and not re.match(r"BORDERLINE( \([a-z]+\))?: ", r["note"]):
        err(i, "note must start with 'BORDERLINE: ' (or 'BORDERLINE (type): ')")
    d, p = r["date"], r["date_precision"]
    if (d is None) != (p is None):
        err(i, "date and date_precision must both be null or both set")
    elif d is not None:
        if p not in PRECISION:
            err(i, f"date_precision {p!r}")
        else:
            pat, fmt = PRECISION[p]
            if not (isinstance(d, str) and re.fullmatch(pat, d)):
                err(i, f"date {d!r} does not match precision {p}")
            else:
                try:
                    datetime.datetime.strptime(d, fmt)
                except ValueError:
                    err(i, f"invalid date {d!r}")

if sorted({r["article"] for _, r in recs}) != sorted(ARTICLES):
    errs.append(f"articles without records: {sorted(set(ARTICLES) - {r['article'] for _, r in recs})}")
seen = collections.Counter(json.dumps(r, sort_keys=True) for _, r in recs)
errs += [f"duplicate record {k[:80]}" for k, n in seen.items() if n > 1]

# ---- checks against the texts (read in place, never copied)
if RAW.is_dir():
    texts, published = {}, {}
    for a in ARTICLES:
        t, y = RAW / f"{a}.txt", RAW / f"{a}.yaml"
        if not t.is_file() or not y.is_file():
            errs.append(f"missing {t.name} or {y.name} in {RAW}")
            continue
        texts[a] = t.read_text(encoding="utf-8")
        m = re.search(r"^published:\s*(\d{4}-\d{2}-\d{2})\s*$", y.read_text(encoding="utf-8"), re.MULTILINE)
        published[a] = m.group(1) if m else None
    prev = None
    for i, r in recs:
        if list(r) != KEYS or r["article"] not in texts:
            continue
        t = texts[r["article"]]
        n = t.count(r["sentence"])
        if n != 1:
            err(i, f"sentence occurs {n} times in {r['article']}: {r['sentence'][:60]!r}")
        if n != 1:
            continue
        if r["date"] and r["context"] is None and published[r["article"]] \
                and r["date"] > published[r["article"]][:len(r["date"])]:
            err(i, f"factual event dated {r['date']} after publication {published[r['article']]}")
        key = (r["article"], t.find(r["sentence"]), r["sentence"].find(r["trigger"]))
        if prev is not None and key < prev:
            err(i, "not sorted by article, sentence offset, trigger offset")
        prev = key
    text_checks = f"checked against {len(texts)} texts in {RAW}"
else:
    text_checks = f"SKIPPED text checks: corpus folder {RAW} not found"

types = collections.Counter(r.get("type") for _, r in recs)
print(f"{len(recs)} records, {len({r.get('article') for _, r in recs})} articles; {text_checks}")
print("per type:", ", ".join(f"{t} {types.get(t, 0)}" for t in MODES))
print("context:", dict(collections.Counter(r.get("context") for _, r in recs)))
print("BORDERLINE:", sum(1 for _, r in recs if str(r.get("note") or "").startswith("BORDERLINE")))
print("per article:", dict(sorted(collections.Counter(r.get("article") for _, r in recs).items())))
print("errors:", "\n  ".join([""] + errs) if errs else "none")
sys.exit(1 if errs else 0)
