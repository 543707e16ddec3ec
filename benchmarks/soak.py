"""Soak the per-article function with adversarial text: many thousands of generated articles.

The same strategy and property as tests/test_adversarial.py (see tests/adversarial.py), which
CI runs with a fixed 60 examples. Here every example is kept going after a failure: at the end,
each distinct failure (its first line) is reported with how often it occurred and the shortest
text that showed it, and the exit status is 1 if there was any.

    python benchmarks/soak.py --examples 5000 [--seed 7] [--minutes 60] [--report soak.json]

With --minutes, generation stops when the time is up and the summary covers the examples run.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from adversarial import articles, check  # noqa: E402
from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402


class _TimeUp(Exception):
    pass


def soak(examples: int, rng_seed: int, minutes: float | None = None, progress_every: int = 250) -> tuple[int, dict[str, list[str]], float]:
    """Run the property on ``examples`` generated texts (fewer if ``minutes`` run out first);
    return (examples run, failures by signature -> texts, seconds)."""
    failures: dict[str, list[str]] = defaultdict(list)
    count = 0
    started = time.monotonic()

    @seed(rng_seed)
    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(articles())
    def run(text: str) -> None:
        nonlocal count
        if minutes is not None and time.monotonic() - started > minutes * 60:
            raise _TimeUp
        count += 1
        try:
            problems = check(text)
        except Exception as exc:  # noqa: BLE001 - the record-making or the checks themselves
            problems = [f"{type(exc).__name__}: {exc}"]
        for problem in problems:
            signature = re.sub(r"\d+", "N", problem.splitlines()[0][:200])  # offsets and counts vary
            if signature not in failures:  # shown as found: a long soak may be stopped before its summary
                print(f"  new failure at example {count}: {problem[:2000]}\n  text: {text[:500]!r}", file=sys.stderr, flush=True)
            failures[signature].append(text)
        if progress_every and count % progress_every == 0:
            rate = count / (time.monotonic() - started)
            print(f"  {count:,} examples, {len(failures)} distinct failure(s), {rate:.1f} examples/s", file=sys.stderr, flush=True)

    try:
        run()
    except _TimeUp:
        pass
    return count, dict(failures), time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=0, help="Hypothesis' random seed (the same seed gives the same texts).")
    parser.add_argument("--minutes", type=float, help="Stop generating after this long.")
    parser.add_argument("--report", type=Path, help="Also write the failures as JSON here.")
    args = parser.parse_args()
    count, failures, seconds = soak(args.examples, args.seed, args.minutes)
    print(f"soak: {count:,} adversarial articles in {seconds:.0f} s (seed {args.seed}): "
          f"{sum(len(v) for v in failures.values())} failing, {len(failures)} distinct failure(s)")
    for signature, texts in sorted(failures.items(), key=lambda kv: -len(kv[1])):
        shortest = min(texts, key=len)
        print(f"\n{len(texts)} x {signature}\n  shortest falsifying text ({len(shortest)} characters): {shortest[:500]!r}")
    if args.report:
        args.report.write_text(json.dumps({"examples": count, "seed": args.seed, "seconds": round(seconds),
                                           "failures": {k: {"count": len(v), "shortest": min(v, key=len)} for k, v in failures.items()}},
                                          indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
