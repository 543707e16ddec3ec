"""Build benchmark: our build against spaCy alone, incremental rebuilds, memory at scale.

    python benchmarks/build.py --words 200000 [--jobs 2] [--no-scale]

Everything is measured in the same run on the same synthetic corpus (benchmarks/corpus.py):
  - spaCy ``nlp.pipe`` alone (same model, same process count) over the cleaned texts;
  - our full build from scratch (decode, clean, NLP, extraction, cross-article stage, tables);
  - a rebuild with nothing changed, and adding one article to the built corpus;
  - peak RSS (largest process of the build's process tree) at N and 10 N words, each build in
    a fresh process (``--no-scale`` skips the 10 N run).
It prints a table, then one ``name: value`` line per figure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus  # noqa: E402

_RSS_PROBE = """
import json, resource, sys
from pathlib import Path
from structnews.build.run.pipeline import build
build(Path(sys.argv[1]), Path(sys.argv[2]), jobs=int(sys.argv[3]), cache_dir=Path(sys.argv[2]) / "cache")
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"self_kb": me, "children_kb": kids}))
"""


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def words_in(folder: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))


def spacy_alone(raw: Path, jobs: int) -> float:
    """Seconds for nlp.pipe over the cleaned texts (what the build feeds spaCy)."""
    from structnews.build.extract import nlp
    from structnews.build.ingest.clean import clean
    from structnews.build.ingest.rawtext import decode

    texts = [clean(decode(p.read_bytes(), p.name)[0]).text for p in sorted(raw.glob("*.txt"))]
    model = nlp.load()
    start = time.perf_counter()
    for _ in model.pipe(texts, batch_size=16, n_process=jobs):
        pass
    return time.perf_counter() - start


def timed_build(raw: Path, out: Path, jobs: int) -> tuple[float, object]:
    from structnews.build.run.pipeline import build

    start = time.perf_counter()
    result = build(raw, out, jobs=jobs)
    return time.perf_counter() - start, result


def peak_rss_mb(raw: Path, jobs: int) -> float:
    out = Path(tempfile.mkdtemp(prefix="structnews-rss-"))
    try:
        proc = subprocess.run([sys.executable, "-c", _RSS_PROBE, str(raw), str(out), str(jobs)],
                              capture_output=True, text=True, check=True)
        figures = json.loads(proc.stdout.strip().splitlines()[-1])
        return max(figures["self_kb"], figures["children_kb"]) / 1024
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-scale", action="store_true", help="skip the 10x memory run")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of spaCy alone and of the full build, interleaved; the best of each is compared "
                             "(timings on a shared virtual machine vary by 10-20%% from run to run)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="structnews-bench-"))
    try:
        raw = work / "raw"
        write_corpus(raw, args.words, args.seed)
        n_words = words_in(raw)
        n_articles = len(list(raw.glob("*.txt")))

        spacy_times, build_times = [], []
        for i in range(args.repeat):
            spacy_times.append(spacy_alone(raw, args.jobs))
            out = work / f"out{i}"  # a fresh output folder and cache: every run parses everything
            t, result = timed_build(raw, out, args.jobs)
            build_times.append(t)
        t_spacy, t_build = min(spacy_times), min(build_times)
        t_noop, noop = timed_build(raw, out, args.jobs)
        write_corpus(raw, 1, seed=args.seed + 1000, start=10**5)  # one new article
        t_add, added = timed_build(raw, out, args.jobs)

        rows = [
            ("corpus", f"{n_words:,} words in {n_articles} articles"),
            ("spaCy nlp.pipe alone", f"{t_spacy:.1f} s  ({n_words / t_spacy:,.0f} words/s, {args.jobs} processes; "
                                     f"best of {', '.join(f'{t:.1f}' for t in spacy_times)})"),
            ("structnews build", f"{t_build:.1f} s  ({n_words / t_build:,.0f} words/s, {args.jobs} processes; "
                                 f"best of {', '.join(f'{t:.1f}' for t in build_times)})"),
            ("no-op rebuild", f"{t_noop:.2f} s  (articles parsed: {noop.stats.processed}, up to date: {noop.stats.up_to_date})"),
            ("add one article", f"{t_add:.2f} s  (articles parsed: {added.stats.processed})"),
        ]
        figures = {
            "build_vs_spacy_ratio": round(t_spacy / t_build, 3),
            "noop_rebuild_s": round(t_noop, 3),
            "add_one_s": round(t_add, 3),
        }
        if not args.no_scale:
            big = work / "raw10"
            write_corpus(big, args.words * 10, args.seed)
            small_peak = peak_rss_mb(raw, args.jobs)
            big_peak = peak_rss_mb(big, args.jobs)
            rows.append(("peak RSS at N", f"{small_peak:,.0f} MB"))
            rows.append(("peak RSS at 10 N", f"{big_peak:,.0f} MB  ({words_in(big):,} words)"))
            figures["peak_rss_ratio_10x"] = round(big_peak / small_peak, 3)
        print(f"machine: {cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}")
        width = max(len(r[0]) for r in rows)
        for name, value in rows:
            print(f"{name:<{width}}  {value}")
        for name, value in figures.items():
            print(f"{name}: {value}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
