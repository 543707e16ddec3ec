"""Build benchmark: our build against spaCy alone, incremental rebuilds, memory at scale.

    python benchmarks/build.py --words 200000 [--jobs 2] [--no-scale]   # synthetic corpus
    python benchmarks/build.py --raw ../shared/corpus/wikinews/raw       # any folder of articles

Everything is measured in the same run on the same corpus (a synthetic one from
benchmarks/corpus.py, or a copy of ``--raw DIR`` in a temporary folder, less ``--skip`` names):
  - the baseline, what a user would run instead of the build: spaCy's default pipeline for the
    model (``spacy.load(name)``: tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner, as
    shipped; nothing of ours) with ``nlp.pipe`` over the
    cleaned texts, with the same process count (``n_process``); the model is loaded before the
    clock starts (the build's workers load it inside the timed run);
  - our full build from scratch (decode, clean, NLP, extraction, cross-article stage, tables);
    the two are interleaved ``--repeat`` times and the best of each is compared;
  - a rebuild with nothing changed, and adding one (synthetic) article to the built corpus;
  - peak RSS (largest process of the build's process tree) at N and 10 N words, each build in
    a fresh process (synthetic corpus only; ``--no-scale`` skips it).
It prints a table, then one ``name: value`` line per figure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
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


def cpu_seconds() -> float:
    """User + system CPU time of this process and of its finished (joined) child processes."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def words_in(folder: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))


def cleaned_texts(raw: Path) -> list[str]:
    """The texts the build feeds spaCy: decoded and cleaned."""
    from structnews.build.ingest.clean import clean
    from structnews.build.ingest.rawtext import decode

    return [clean(decode(p.read_bytes(), p.name)[0]).text for p in sorted(raw.glob("*.txt"))]


def spacy_alone(texts: list[str], jobs: int, batch_size: int) -> tuple[float, float]:
    """Seconds (wall clock, CPU) for spaCy's default pipeline (every component of the model as
    spaCy loads it) over the texts, with ``jobs`` processes."""
    import spacy
    from structnews.build.extract import nlp

    model = spacy.load(nlp.MODEL_NAME)
    # Every component spaCy enables for this model. The model's own config disables only
    # 'senter', an alternative to the parser's sentence boundaries; running it as well would make
    # the baseline slower (and change the parse), so the baseline leaves it as shipped.
    assert model.disabled == list(model.config["nlp"]["disabled"]) == ["senter"], model.disabled
    start, cpu = time.perf_counter(), cpu_seconds()
    for _ in model.pipe(texts, batch_size=batch_size, n_process=jobs):
        pass
    return time.perf_counter() - start, cpu_seconds() - cpu


def copy_raw(source: Path, dest: Path, skip: list[str]) -> list[str]:
    """Copy a raw folder's articles and sidecars (not symbolic links: the build refuses those),
    leaving out the articles named in ``skip`` (file stems); return the names left out."""
    dest.mkdir(parents=True)
    left_out = set()
    for path in sorted(source.iterdir()):
        if path.suffix not in {".txt", ".yaml", ".yml"} or not path.is_file():
            continue
        if path.stem in skip:
            left_out.add(path.stem)
            continue
        shutil.copyfile(path, dest / path.name)
    return sorted(left_out)


def timed_build(raw: Path, out: Path, jobs: int) -> tuple[float, object, float]:
    """Seconds (wall clock), the build's result, CPU seconds (this process and its workers)."""
    from structnews.build.run.pipeline import build

    start, cpu = time.perf_counter(), cpu_seconds()
    result = build(raw, out, jobs=jobs)
    return time.perf_counter() - start, result, cpu_seconds() - cpu


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
    parser.add_argument("--words", type=int, default=200_000, help="size of the synthetic corpus")
    parser.add_argument("--raw", type=Path, help="benchmark on this folder of NAME.txt + NAME.yaml instead (copied first)")
    parser.add_argument("--skip", action="append", default=[], metavar="NAME",
                        help="with --raw: leave out this article (file name without suffix); repeatable")
    parser.add_argument("--batch-size", type=int, default=16,
                        help="nlp.pipe batch size of the spaCy baseline (spaCy's default, 1000, would hand a "
                             "corpus of a few hundred articles to a single process)")
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-scale", action="store_true", help="skip the 10x memory run")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of spaCy alone and of the full build, interleaved; the best of each is compared "
                             "(timings on a shared virtual machine vary by 10-20%% from run to run)")
    args = parser.parse_args()

    load_at_start = os.getloadavg()
    work = Path(tempfile.mkdtemp(prefix="structnews-bench-"))
    try:
        raw = work / "raw"
        left_out: list[str] = []
        if args.raw:
            left_out = copy_raw(args.raw, raw, args.skip)
            if missing := sorted(set(args.skip) - set(left_out)):
                sys.exit(f"--skip: no article named {', '.join(missing)} in {args.raw}")
        else:
            write_corpus(raw, args.words, args.seed)
        n_words = words_in(raw)
        n_articles = len(list(raw.glob("*.txt")))
        texts = cleaned_texts(raw)

        spacy_times, build_times, spacy_cpu, build_cpu = [], [], [], []
        for i in range(args.repeat):
            t, cpu = spacy_alone(texts, args.jobs, args.batch_size)
            spacy_times.append(t)
            spacy_cpu.append(cpu)
            out = work / f"out{i}"  # a fresh output folder and cache: every run parses everything
            t, result, cpu = timed_build(raw, out, args.jobs)
            build_times.append(t)
            build_cpu.append(cpu)
        t_spacy, t_build = min(spacy_times), min(build_times)
        t_noop, noop, _ = timed_build(raw, out, args.jobs)
        write_corpus(raw, 1, seed=args.seed + 1000, start=10**5)  # one new article
        t_add, added, _ = timed_build(raw, out, args.jobs)

        source = f"{args.raw}" + (f" less {', '.join(left_out)}" if left_out else "") if args.raw else "synthetic"
        rows = [
            ("corpus", f"{n_words:,} words in {n_articles} articles ({source})"),
            ("spaCy default pipeline alone", f"{t_spacy:.1f} s  ({n_words / t_spacy:,.0f} words/s, {args.jobs} processes; "
                                     f"best of {', '.join(f'{t:.1f}' for t in spacy_times)})"),
            ("structnews build", f"{t_build:.1f} s  ({n_words / t_build:,.0f} words/s, {args.jobs} processes; "
                                 f"best of {', '.join(f'{t:.1f}' for t in build_times)})"),
            ("CPU time, spaCy / build", f"{min(spacy_cpu):.1f} s / {min(build_cpu):.1f} s  (all processes, best of each; "
                                        "less sensitive than wall time to other load on the machine)"),
            ("no-op rebuild", f"{t_noop:.2f} s  (articles parsed: {noop.stats.processed}, up to date: {noop.stats.up_to_date})"),
            ("add one article", f"{t_add:.2f} s  (articles parsed: {added.stats.processed})"),
        ]
        figures = {
            "build_vs_spacy_ratio": round(t_spacy / t_build, 3),
            "build_vs_spacy_cpu_ratio": round(min(spacy_cpu) / min(build_cpu), 3),
            "noop_rebuild_s": round(t_noop, 3),
            "add_one_s": round(t_add, 3),
        }
        if not args.no_scale and not args.raw:
            big = work / "raw10"
            write_corpus(big, args.words * 10, args.seed)
            small_peak = peak_rss_mb(raw, args.jobs)
            big_peak = peak_rss_mb(big, args.jobs)
            rows.append(("peak RSS at N", f"{small_peak:,.0f} MB"))
            rows.append(("peak RSS at 10 N", f"{big_peak:,.0f} MB  ({words_in(big):,} words)"))
            figures["peak_rss_ratio_10x"] = round(big_peak / small_peak, 3)
        print(f"machine: {cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
              f"load average (1/5/15 min) at start {'/'.join(f'{x:.2f}' for x in load_at_start)}, "
              f"at end {'/'.join(f'{x:.2f}' for x in os.getloadavg())}")
        width = max(len(r[0]) for r in rows)
        for name, value in rows:
            print(f"{name:<{width}}  {value}")
        for name, value in figures.items():
            print(f"{name}: {value}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
