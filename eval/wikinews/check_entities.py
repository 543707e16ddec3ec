"""Check the Wikinews entity gold (eval/wikinews/gold/entities.jsonl); standard library only.

Run from anywhere:  python3 eval/wikinews/check_entities.py [--gold gold-entities-2] [RAW_DIR]

--gold names the gold folder under eval/wikinews (default ``gold``: the 12 articles of the
wikinews-entities set; ``gold-entities-2``: the 12 articles of wikinews-entities-2;
``gold-entities-3``: the 8 articles of wikinews-entities-3; ``gold-entities-4``: the 8 articles
of wikinews-entities-4; ``gold-entities-5``: the 8 articles of wikinews-entities-5).

The article texts are read in place from ../shared/corpus/wikinews/raw (relative to the
repository root), or from RAW_DIR / $WIKINEWS_RAW if given; they are never copied here.
Format checks always run; the checks against the texts are skipped (not failed) when the
corpus folder is absent.

Body scope (see README.md, section "Entities"): line 1 (the title) and every line from line 3
on, except a dateline line ("Tuesday, March 5, 2019" + spaces) and the lines in EXCLUDED.

Text checks:
* every surface form occurs in the body as a whole word/phrase (case-sensitive);
* `count` equals a recount: non-overlapping, whole-word, case-sensitive, longest match first
  over all forms of the article's records (as in docs/gold-entities.md). When one surface form
  belongs to several records (e.g. "Van Halen" for the guitarist and for his band), the
  occurrences of that form are checked as a group: the counts of the records sharing it must
  add up to their forms' occurrences;
* records are ordered by article, then by first body occurrence (for a record whose forms are
  all shared, its first occurrence is taken as the first occurrence of the shared form not
  before the records that precede it).
"""
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
from checkargs import gold_and_raw

GOLD_DIR, GOLD, RAW = gold_and_raw("entities.jsonl")

ARTICLES = [
    "wn_2019-02-01_toronto-serial-killer-bruce-mcarthur",
    "wn_2019-03-05_spacex-crew-dragon-capsule-docks-with",
    "wn_2019-09-04_dozens-dead-in-california-boat-fire",
    "wn_2019-09-18_arrests-made-in-theft-of-gold-toilet-in",
    "wn_2019-09-25_singer-songwriter-robert-hunter-dies",
    "wn_2019-10-14_kenyas-brigid-kosgei-sets-new-world",
    "wn_2019-10-19_northern-arapaho-tribe-welcomes-buffalo",
    "wn_2019-10-25_wash-your-hands-or-else-spread-superbug",
    "wn_2020-06-04_power-firm-helicopter-strikes-cables",
    "wn_2020-06-06_fire-at-historic-welsh-ex-hotel-bontddu",
    "wn_2020-06-21_british-supermarket-chain-tesco-to-sell",
    "wn_2020-10-08_guitarist-eddie-van-halen-dies-aged-65",
]
ARTICLES_2 = [  # eval/wikinews/gold-entities-2 (set wikinews-entities-2), annotated blind
    "wn_2019-02-11_thai-political-party-withdraws",
    "wn_2019-04-08_540-million-private-facebook-records",
    "wn_2019-09-12_sitting-tongan-prime-minister-akilisi",
    "wn_2019-10-01_norways-warholm-wins-gold-in-400-m",
    "wn_2019-10-05_voracious-fish-defend-coral-reefs",
    "wn_2019-10-10_swedish-academy-announces-2019-nobel",
    "wn_2019-11-16_ancient-egyptians-collected-wild-ibis",
    "wn_2020-04-14_english-mathematician-john-horton-conway",
    "wn_2020-05-24_japanese-professional-wrestler-and",
    "wn_2020-06-03_south-sudanese-politician-john-luk-jok",
    "wn_2020-08-13_water-main-bursts-in-white-plains-new",
    "wn_2020-08-18_caloundra-defeat-maroochydore-in-third",
]
ARTICLES_3 = [  # eval/wikinews/gold-entities-3 (set wikinews-entities-3), annotated blind
    "wn_2020-01-12_sultan-qaboos-of-oman-dies",
    "wn_2020-01-17_seismic-activity-continues-to-shake",
    "wn_2020-02-10_first-foreigners-die-from-coronavirus-in",
    "wn_2020-02-15_california-lawyer-michael-avenatti",
    "wn_2020-03-06_indian-railway-all-women-crew-steers",
    "wn_2020-06-11_burundi-president-pierre-nkurunziza-dies",
    "wn_2020-06-23_three-killed-three-others-injured-in",
    "wn_2020-08-03_belarussian-opposition-presidential",
]
ARTICLES_4 = [  # eval/wikinews/gold-entities-4 (set wikinews-entities-4), annotated blind
    "wn_2020-01-15_u-s-house-to-decide-on-submitting",
    "wn_2020-02-14_world-health-organization-names-new",
    "wn_2020-02-24_donald-trump-wins-2020-us-republican",
    "wn_2020-03-03_iranian-government-official-mohammad-mir",
    "wn_2020-04-05_sars-cov-2-surpasses-one-million",
    "wn_2020-04-29_sars-cov-2-surpasses-one-million",
    "wn_2020-10-12_second-us-biden-trump-debate-cancelled",
    "wn_2020-12-26_chilean-authorities-report-first-covid",
]
ARTICLES_5 = [  # eval/wikinews/gold-entities-5 (set wikinews-entities-5), annotated blind
    "wn_2019-02-23_zebra-stripes-may-dazzle-pathogen",
    "wn_2019-07-15_earthquake-injures-25-people-in-southern",
    "wn_2019-10-07_mockumentary-mister-america-has-world",
    "wn_2019-10-12_cosmonaut-alexei-leonov-dies-at-age-85",
    "wn_2019-10-13_eliud-kipchoge-of-kenya-runs-marathon",
    "wn_2019-12-28_typhoon-phanfone-strikes-philippines",
    "wn_2020-03-11_joe-biden-wins-2020-us-democratic",
    "wn_2020-03-15_bernie-sanders-wins-2020-northern",
]
if GOLD_DIR == "gold-entities-2":
    ARTICLES = ARTICLES_2
elif GOLD_DIR == "gold-entities-3":
    ARTICLES = ARTICLES_3
elif GOLD_DIR == "gold-entities-4":
    ARTICLES = ARTICLES_4
elif GOLD_DIR == "gold-entities-5":
    ARTICLES = ARTICLES_5
# 1-based raw line numbers outside the body besides the title gap and the dateline
EXCLUDED = {"wn_2019-09-04_dozens-dead-in-california-boat-fire": {15}}  # "– USCG dispatcher, CNN"
DATELINE = re.compile(r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
                      r"[A-Z][a-z]+ \d{1,2}, \d{4}\s*$")
KEYS = ["article", "name", "type", "mentions", "count", "description"]
TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT",
         "LANGUAGE"}

errs = []
rows = []
seen = set()
with open(GOLD, encoding="utf-8") as fh:
    for i, line in enumerate(fh, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append(f"line {i}: invalid JSON ({e})")
            continue
        if line != json.dumps(r, ensure_ascii=False) + "\n":
            errs.append(f"line {i}: not canonical json.dumps(ensure_ascii=False)")
        keys = list(r)
        if keys not in (KEYS, KEYS + ["note"]):
            errs.append(f"line {i}: keys/order {keys}")
            continue
        rows.append((i, r))
        if r["article"] not in ARTICLES:
            errs.append(f"line {i}: unknown article {r['article']}")
        if r["type"] not in TYPES:
            errs.append(f"line {i}: bad type {r['type']}")
        if not isinstance(r["name"], str) or not r["name"].strip():
            errs.append(f"line {i}: empty name")
        if (r["article"], r["name"]) in seen:
            errs.append(f"line {i}: duplicate record {r['name']!r}")
        seen.add((r["article"], r["name"]))
        m = r["mentions"]
        if not isinstance(m, list) or not m or not all(isinstance(x, str) and x for x in m):
            errs.append(f"line {i}: mentions must be a non-empty list of strings")
            continue
        if len(set(m)) != len(m):
            errs.append(f"line {i}: duplicate mention forms")
        for x in m:
            if x.endswith(("’s", "'s")) or x.startswith(("the ", "The ")):
                errs.append(f"line {i}: {x!r} keeps a possessive or a leading 'the'")
            if x != x.strip():
                errs.append(f"line {i}: {x!r} has surrounding spaces")
        if not isinstance(r["count"], int) or isinstance(r["count"], bool) or r["count"] < len(m):
            errs.append(f"line {i}: count {r['count']!r} < number of forms {len(m)}")
        if r["description"] is not None and not (isinstance(r["description"], str) and r["description"]):
            errs.append(f"line {i}: description must be a non-empty string or null")
        if "note" in r and not (isinstance(r["note"], str) and r["note"]):
            errs.append(f"line {i}: empty note")

arts = [r["article"] for _, r in rows]
if arts != sorted(arts):
    errs.append("records not sorted by article")
missing = sorted(set(ARTICLES) - set(arts))
if missing:
    errs.append(f"articles without records: {missing}")


def body_of(art):
    lines = (RAW / f"{art}.txt").read_text(encoding="utf-8").split("\n")
    keep = [l if (n == 1 or n >= 3) and not DATELINE.match(l) and n not in EXCLUDED.get(art, ())
            else "" for n, l in enumerate(lines, 1)]
    return "\n".join(keep)


def word(form):
    return re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")


if RAW.is_dir():
    by_art = collections.defaultdict(list)
    for i, r in rows:
        by_art[r["article"]].append((i, r))
    for art, recs in by_art.items():
        path = RAW / f"{art}.txt"
        if not path.is_file():
            errs.append(f"missing {path}")
            continue
        body = body_of(art)
        owners = collections.defaultdict(set)          # form -> indices of records using it
        for k, (_, r) in enumerate(recs):
            for f in r["mentions"]:
                owners[f].add(k)
        for k, (i, r) in enumerate(recs):
            for f in r["mentions"]:
                if not word(f).search(body):
                    errs.append(f"line {i}: {f!r} does not occur (whole word) in the body of {art}")
        # longest-match-first, non-overlapping claiming over all forms of the article
        cands = {(m.start(), m.end(), f) for f in owners for m in word(f).finditer(body)}
        claimed = []
        for s, e, f in sorted(cands, key=lambda c: (c[0] - c[1], c[0], c[2])):
            if all(e <= s2 or s >= e2 for s2, e2, _ in claimed):
                claimed.append((s, e, f))
        claimed.sort()
        # groups of records connected by shared forms
        parent = list(range(len(recs)))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x
        for ks in owners.values():
            ks = sorted(ks)
            for k in ks[1:]:
                parent[find(k)] = find(ks[0])
        groups = collections.defaultdict(list)
        for k in range(len(recs)):
            groups[find(k)].append(k)
        for ks in groups.values():
            forms = {f for k in ks for f in recs[k][1]["mentions"]}
            hits = sum(1 for *_, f in claimed if f in forms)
            total = sum(recs[k][1]["count"] for k in ks)
            if hits != total:
                names = ", ".join(repr(recs[k][1]["name"]) for k in ks)
                errs.append(f"{art}: count {total} != recount {hits} for {names}")
            for k in ks:   # a record's own (unshared) forms bound its count from below
                own = sum(1 for *_, f in claimed if f in recs[k][1]["mentions"] and owners[f] == {k})
                if recs[k][1]["count"] < own:
                    errs.append(f"{art}: {recs[k][1]['name']!r} count below its own forms' {own}")
        # order by first body occurrence
        prev = -1
        for k, (i, r) in enumerate(recs):
            own = [s for s, _, f in claimed if f in r["mentions"] and owners[f] == {k}]
            if own:
                first = own[0]
            else:
                shared = [s for s, _, f in claimed if f in r["mentions"] and s > prev]
                first = shared[0] if shared else None
            if first is None:
                errs.append(f"line {i}: no body occurrence left for {r['name']!r}")
                continue
            if first < prev:
                errs.append(f"line {i}: {r['name']!r} out of first-appearance order in {art}")
            prev = first
    text_checks = f"checked against {len(by_art)} texts in {RAW}"
else:
    text_checks = f"SKIPPED text checks: corpus folder {RAW} not found"

types = collections.Counter(r["type"] for _, r in rows)
print(f"records {len(rows)}, articles {len(set(arts))}, mentions {sum(r['count'] for _, r in rows)}")
print("types:", ", ".join(f"{t} {n}" for t, n in types.most_common()))
print(text_checks)
print("errors:", "none" if not errs else "")
for e in errs:
    print("  " + e)
sys.exit(1 if errs else 0)
