"""A synthetic news corpus for benchmarks: N words of article-like text with sidecars.

Articles recombine paragraph templates (meetings, calls, threats, demands, troop movements,
sanctions, quotes over one or two paragraphs, reported speech, page clutter) with names,
places, organisations and dates drawn from fixed pools, so the NLP sees realistic text and the
extractor finds realistic records. The same --seed gives the same bytes.

    python benchmarks/corpus.py --words 200000 --seed 1 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

FIRST = ["Anna", "Peter", "Maria", "Jonas", "Elena", "Tomas", "Sofia", "Mark", "Laura", "David", "Irena", "Paul",
         "Helen", "Marco", "Nina", "Oskar", "Clara", "Victor", "Eva", "Lukas", "Sarah", "Adam", "Julia", "Martin"]
LAST = ["Berg", "Novak", "Lind", "Kovacs", "Moreau", "Fischer", "Rossi", "Larsen", "Horvat", "Weber", "Dubois",
        "Jansen", "Keller", "Nowak", "Silva", "Olsen", "Brandt", "Meyer", "Costa", "Varga", "Holm", "Richter"]
COUNTRIES = [("Austria", "Austrian", "Vienna"), ("Hungary", "Hungarian", "Budapest"), ("Poland", "Polish", "Warsaw"),
             ("Norway", "Norwegian", "Oslo"), ("Portugal", "Portuguese", "Lisbon"), ("Greece", "Greek", "Athens"),
             ("Finland", "Finnish", "Helsinki"), ("Romania", "Romanian", "Bucharest"), ("Chile", "Chilean", "Santiago"),
             ("Kenya", "Kenyan", "Nairobi"), ("Canada", "Canadian", "Ottawa"), ("Japan", "Japanese", "Tokyo")]
ROLES = ["foreign minister", "defense minister", "prime minister", "president", "trade minister", "chief negotiator"]
ORGS = ["the European Union", "the United Nations", "NATO", "the World Bank", "the African Union", "the Red Cross"]
TOPICS = ["fishing rights", "a gas pipeline", "border crossings", "grain exports", "a water treaty", "air defense",
          "refugee quotas", "a trade deal", "election monitoring", "nuclear safety"]
QUOTES = [
    "We are not going to accept a deal that hurts our people",
    "There is still time for diplomacy, but not much",
    "Our patience has limits, and everyone should understand that",
    "This is a serious moment for the whole region",
    "We will continue to talk, because the alternative is much worse",
    "Nobody wants a conflict, but we must be prepared",
    "The proposal is a good basis for further discussion",
    "I do not think anything will happen suddenly",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def _person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def article(rng: random.Random) -> tuple[str, dict[str, object]]:
    (c1, a1, cap1), (c2, a2, cap2) = rng.sample(COUNTRIES, 2)
    (f1, l1), (f2, l2), (f3, l3) = _person(rng), _person(rng), _person(rng)
    r1, r2 = rng.choice(ROLES), rng.choice(ROLES)
    topic, org = rng.choice(TOPICS), rng.choice(ORGS)
    day, day2 = rng.choice(WEEKDAYS), rng.choice(WEEKDAYS)
    month = rng.choice(MONTHS)
    published = dt.date(2022, 1, 3) + dt.timedelta(days=rng.randrange(0, 700))
    q = rng.sample(QUOTES, 4)
    paragraphs = [
        f"{c1} and {c2} hold talks on {topic}",
        f"By {rng.choice(FIRST)} {rng.choice(LAST)}, Example Wire",
        f"{cap1.upper()} — {a1} {r1.title()} {f1} {l1} met {c2}’s {r2}, {f2} {l2}, in {cap1} on {day} to discuss {topic}, "
        f"a dispute that has strained relations between the two countries for months.",
        f"“{q[0]},” Mr. {l1} told reporters after the meeting. “{q[1]}.”",
        f"Mr. {l2} said that {c2} would present a new proposal next week. He warned that {org} could impose sanctions "
        f"if the talks failed, and demanded that {c1} withdraw its troops from the border.",
        "Advertisement",
        f"According to a senior {a2} official, the two leaders will speak by phone on {day2}. The official, who spoke on "
        f"condition of anonymity, said the call would focus on {topic}.",
        f"“{q[2]},” said {f3} {l3}, an analyst at the {a1} Institute of International Affairs. “{q[3]}.”",
        f"{c1} has massed thousands of troops near the border since {month} {rng.randint(1, 28)}, according to {org}, "
        f"which called on both sides to show restraint.",
        f"Ms. {l3}’s colleagues were more cautious. “It is too early to say,” one {a2} diplomat said.",
        f"The {a1} government rejected the accusations on {day}, and {f1} {l1} said his country had no intention of attacking {c2}.",
        f"Image: Delegates in {cap1}. Credit…Example Photo/Agency",
    ]
    # Recombine: some articles drop or repeat background paragraphs, so lengths and content vary.
    background = [
        f"The dispute over {topic} began in {rng.randint(2010, 2021)}, when {c2} accused {c1} of breaking an earlier agreement.",
        f"Officials in {cap2} have said for weeks that they want a solution before the winter.",
        f"{org.capitalize()} has offered to mediate, and its envoy visited {cap2} last month.",
        f"Trade between {c1} and {c2} has fallen sharply, according to figures released on {rng.choice(WEEKDAYS)}.",
    ]
    body = paragraphs[:6] + rng.sample(background, rng.randint(1, 4)) + paragraphs[6:]
    text = "\n\n".join(body) + "\n\n© 2022 Example Wire. All rights reserved.\n"
    sidecar = {"publisher": "Example Wire", "published": published.isoformat(),
               "notes": "Synthetic benchmark article (benchmarks/corpus.py)."}
    return text, sidecar


def write_corpus(out: Path, words: int, seed: int, start: int = 0) -> list[Path]:
    """Write articles until about `words` words; return the text files written."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    total = 0
    i = start
    while total < words:
        text, sidecar = article(rng)
        stem = f"synthetic_{seed}_{i:06d}"
        (out / f"{stem}.txt").write_text(text, encoding="utf-8")
        side = "".join(f"{k}: {v}\n" if k != "notes" else f"{k}: \"{v}\"\n" for k, v in sidecar.items())
        (out / f"{stem}.yaml").write_text(side, encoding="utf-8")
        written.append(out / f"{stem}.txt")
        total += len(text.split())
        i += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    files = write_corpus(args.out, args.words, args.seed)
    print(f"wrote {len(files)} articles to {args.out}")


if __name__ == "__main__":
    main()
