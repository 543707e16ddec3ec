"""Check a Wikinews direct-quote gold file against the raw texts (standard library only).

Usage: ``python3 eval/wikinews/check_quotes.py [--gold gold-quotes-3] [RAW_DIR]``

Checks the record format, that every ``text`` is verbatim in its article between an opening and a
closing mark of the same kind, in file order, and lists every quotation mark of an annotated
article that no record covers, except the stretches the set's README leaves out on purpose
(``EXCLUDED``). A mark listed as uncovered is either a missed quotation or one more deliberate
exclusion to explain in the README. Exit status 1 when a record fails.
"""

import collections
import json
import re
import sys

from checkargs import gold_and_raw

OPEN, CLOSE = "\"“‘'", "\"”’'"
KEYS = ["article", "text", "speaker", "speaker_text", "cue", "is_fragment", "unbalanced", "note"]
# Quotation marks each set leaves out on purpose (its README's "Not annotated"), per gold folder.
EXCLUDED = {
    "gold-quotes-3": [
        ("wn_2020-02-05_police-shoot-man-dead-after-terrorist", "'terrorist-related'"),  # headline label
        ("wn_2020-03-14_world-health-organization-declares-covid", '"pandemic"'),  # the word mentioned
    ],
    "gold-quotes-4": [
        ("wn_2020-04-16_elizabeth-warren-endorses-joe-biden-in", '"Super Tuesday"'),  # name of a primary day
        ("wn_2020-05-08_us-supreme-court-overturns-fraud", '"Bridgegate scandal"'),  # name of the affair
        ("wn_2020-06-19_on-the-campaign-trail-in-the-usa-may", '"Dementia Joe"'),  # meme label, no speaker
        ("wn_2020-06-19_on-the-campaign-trail-in-the-usa-may", '"fact checking"'),  # Twitter's label
        ("wn_2020-06-19_on-the-campaign-trail-in-the-usa-may", 'Jeremy "Spike"'),  # nickname
        ("wn_2020-06-19_on-the-campaign-trail-in-the-usa-may", 'nickname "Spike"'),  # nickname
        ("wn_2020-06-19_on-the-campaign-trail-in-the-usa-may", "‘’My Little Pony’’"),  # title
        ("wn_2020-10-19_wikinews-interviews-don-blankenship-u-s", '"king of coal"'),  # nickname
        ("wn_2020-12-14_red-hat-to-move-focus-away-from-centos", 'rights of "CentOS"'),  # trademark name
        ("wn_2020-12-14_red-hat-to-move-focus-away-from-centos", "CentOS 8's"),  # apostrophe
        ("wn_2020-12-14_red-hat-to-move-focus-away-from-centos", "CentOS' quality"),  # apostrophe
        # terms, a title and schematic or hypothetical wordings inside the interview answers
        ("wn_2020-12-14_red-hat-to-move-focus-away-from-centos", '"voice"'),
        ("wn_2020-12-14_red-hat-to-move-focus-away-from-centos", '"layered"'),
        ("wn_2020-12-14_red-hat-to-move-focus-away-from-centos", 'effectively, "Fedora gets snapshot every so many years'),
        ("wn_2020-12-14_red-hat-to-move-focus-away-from-centos", 'take the RHEL source and rebuild."'),
        ("wn_2020-12-14_red-hat-to-move-focus-away-from-centos", 'structure is, "Fedora'),
        ("wn_2020-12-14_red-hat-to-move-focus-away-from-centos", 'rebases frequently on CentOS Stream."'),
        ("wn_2020-12-14_red-hat-to-move-focus-away-from-centos", '"the development phase"'),
        ("wn_2020-12-14_red-hat-to-move-focus-away-from-centos", '"beta"'),
        ("wn_2020-12-14_red-hat-to-move-focus-away-from-centos", '"The Penrose Triangle"'),
        ("wn_2020-12-14_red-hat-to-move-focus-away-from-centos", 'name "CentOS"'),
        ("wn_2020-12-14_red-hat-to-move-focus-away-from-centos", '"downloads."'),
        ("wn_2020-12-14_red-hat-to-move-focus-away-from-centos", '"rebasing"'),
        ("wn_2020-12-14_red-hat-to-move-focus-away-from-centos", '"Contributing to upstream projects not maintained by Red Hat"'),
        ("wn_2020-12-14_red-hat-to-move-focus-away-from-centos", '"upstream first"'),
        ("wn_2020-12-14_red-hat-to-move-focus-away-from-centos", '"We considered that and then decided to ignore it."'),
        ("wn_2020-12-25_earth-based-life-can-survive-in-hydrogen", "'Prokaryote'"),
        ("wn_2020-12-25_earth-based-life-can-survive-in-hydrogen", "'Eukaryote'"),
        ("wn_2020-12-25_earth-based-life-can-survive-in-hydrogen", '"broth"'),
        ("wn_2020-12-25_earth-based-life-can-survive-in-hydrogen", "'biosignature gas'"),
        ("wn_2020-12-25_earth-based-life-can-survive-in-hydrogen", '"biosignature gas"'),
        ("wn_2020-12-25_earth-based-life-can-survive-in-hydrogen", '"sign"'),
    ],
    "gold-quotes-5": [
        ("wn_2019-04-28_us-department-of-justice-investigating", '"road load"'),  # technical term
        ("wn_2019-05-19_taiwans-legislature-first-in-asia-to", '"marriage,"'),  # words of the bills, mentioned
        ("wn_2019-05-19_taiwans-legislature-first-in-asia-to", '"same-sex family relationship"'),  # mentioned term
        ("wn_2019-05-19_taiwans-legislature-first-in-asia-to", '"same-sex union."'),  # mentioned term
        ("wn_2019-12-16_us-federal-judge-rules-american-samoans", '"U.S. nationals"'),  # label on passports
    ],
}


def main() -> int:
    gold_dir, path, raw = gold_and_raw("quotes.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    texts: dict[str, str] = {}
    last: dict[str, int] = {}
    cov: dict[str, set[int]] = collections.defaultdict(set)
    spans: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
    errors = 0
    for n, line in enumerate(lines, 1):
        r = json.loads(line)
        if list(r) != KEYS:
            print(f"{path.name}:{n}: keys {list(r)} (expected {KEYS})")
            errors += 1
            continue
        if r["note"] and "BORDERLINE" in r["note"] and not r["note"].startswith("BORDERLINE: "):
            print(f"{path.name}:{n}: a BORDERLINE note must start with 'BORDERLINE: '")
            errors += 1
        a = r["article"]
        if a not in texts:
            t = texts[a] = (raw / f"{a}.txt").read_text(encoding="utf-8")
            for ea, es in EXCLUDED.get(gold_dir, []):
                if ea == a:
                    p = t.index(es)  # its first occurrence; every mark inside it is excluded
                    cov[a] |= {p + i for i, c in enumerate(es) if c in OPEN + CLOSE}
        t, s = texts[a], last.get(a, 0)
        while True:  # the next occurrence, in file order, between an opening and a closing mark of one kind
            p = t.find(r["text"], s)
            if p < 0:
                break
            b, e = t[p - 1 : p], t[p + len(r["text"]) : p + len(r["text"]) + 1]
            same = (b in "\"“”") == (e in "\"“”")
            d = (b != "" and b in OPEN) + (e != "" and e in CLOSE) if same or r["unbalanced"] else 0
            if p - 1 in cov[a]:
                d = 0
            if d == 2 or (r["unbalanced"] and d == 1):
                break
            s = p + 1
        if p < 0:
            print(f"{path.name}:{n}: text not found between quotation marks after the previous record: {r['text'][:60]!r}")
            errors += 1
            continue
        last[a] = p + 1
        cov[a] |= {p - 1, p + len(r["text"])}
        spans[a].append((p, p + len(r["text"])))
    for a, t in sorted(texts.items()):  # marks no record covers; an apostrophe is ' or ’ between letters, or after s
        for m in re.finditer(r"[\"“”‘’']", t):
            i = m.start()
            if i in cov[a] or any(p <= i < q for p, q in spans[a]) and m.group() in "'‘’":
                continue
            if m.group() in "'’" and (t[i - 1 : i].isalpha() and t[i + 1 : i + 2].isalpha() or t[i - 1 : i] == "s"):
                continue
            print("uncovered", a, repr(t[max(0, i - 30) : i + 30]))
    print(f"{len(lines)} records, {len(texts)} articles checked, {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
