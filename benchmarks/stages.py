"""Where a build's time goes: each stage and each spaCy component timed on its own, one process.

    python benchmarks/stages.py --raw ../shared/corpus/wikinews/raw     # a real folder
    python benchmarks/stages.py --words 50000                            # the synthetic corpus
    python benchmarks/stages.py --raw DIR --cprofile 25                  # also cProfile's top 25

Every article is decoded and cleaned, tokenised, then passed through the build's pipeline one
component at a time (each timed over all the documents, with the same batch size as the build),
then through each extractor; drafts are pickled as the cache does, and the cross-article stage
(resolution, records, checks, Parquet) is timed on a build whose drafts are all cached. For
comparison, the components of spaCy's default pipeline (``spacy.load(name)``, what a user would
run instead) are timed the same way. Shares are of the per-article total; timings on a loaded
machine are noisy, proportions less so.
"""

from __future__ import annotations

import argparse
import cProfile
import pickle
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus


def component_times(nlp, texts: list[str], batch_size: int) -> tuple[dict[str, float], list]:
    """Seconds per pipeline step (tokenizer first), each over all texts; and the docs."""
    times: dict[str, float] = {}
    start = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    times["tokenizer"] = time.perf_counter() - start
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(d) for d in docs]
        times[name] = time.perf_counter() - start
    return times, docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raw", type=Path, help="a folder of NAME.txt + NAME.yaml (default: a synthetic corpus)")
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--cprofile", type=int, default=0, metavar="N",
                        help="also run the whole build (1 process, no cache) under cProfile and print the top N")
    args = parser.parse_args()

    import spacy
    from structnews.build.extract import nlp as nlp_module
    from structnews.build.extract.article import ArticleTask, extract, prepare
    from structnews.build.extract.entities import extract_entities
    from structnews.build.extract.events import extract_events
    from structnews.build.extract.quotes import extract_quotes
    from structnews.build.ingest.inputs import discover
    from structnews.build.run.pipeline import build

    work = Path(tempfile.mkdtemp(prefix="structnews-profile-"))
    try:
        raw = args.raw
        if raw is None:
            raw = work / "raw"
            write_corpus(raw, args.words, args.seed)
        inputs, problems = discover(raw, near_duplicates=False)
        if problems:
            sys.exit(f"{len(problems)} input problems in {raw}, e.g. {problems[0]}")
        tasks = [ArticleTask(i.text_path.read_bytes(), i.sidecar, i.text_path.name, i.display) for i in inputs]

        t: dict[str, float] = {}
        start = time.perf_counter()
        cleaned = [prepare(task) for task in tasks]
        t["decode + clean"] = time.perf_counter() - start
        texts = [c.text for c in cleaned]
        n_words = sum(len(x.split()) for x in texts)

        ours = nlp_module.load()
        comp, docs = component_times(ours, texts, args.batch_size)
        t.update({f"spaCy: {k}": v for k, v in comp.items()})

        start = time.perf_counter()
        found = [extract_entities(d) for d in docs]
        t["extract: entities"] = time.perf_counter() - start
        start = time.perf_counter()
        for (ents, ments), d, c in zip(found, docs, cleaned):
            extract_quotes(d, ents, ments, c.paragraphs)
        t["extract: quotes"] = time.perf_counter() - start
        start = time.perf_counter()
        for (ents, ments), d, task in zip(found, docs, tasks):
            extract_events(d, ents, ments, task.sidecar.published)
        t["extract: events"] = time.perf_counter() - start
        start = time.perf_counter()
        drafts = [extract(task, c, d) for task, c, d in zip(tasks, cleaned, docs)]
        t_whole = time.perf_counter() - start
        t["extract: draft assembly (rest of extract())"] = max(0.0, t_whole - t["extract: entities"] - t["extract: quotes"] - t["extract: events"])
        start = time.perf_counter()
        for d in drafts:
            pickle.dumps(d, protocol=pickle.HIGHEST_PROTOCOL)
        t["cache: pickle drafts"] = time.perf_counter() - start

        out = work / "out"
        build(raw, out, jobs=1, cache_dir=work / "cache")  # fills the cache (not timed)
        (out / "datapackage.json").unlink()
        start = time.perf_counter()
        build(raw, out, jobs=1, cache_dir=work / "cache")
        t["cross-article stage + Parquet (all drafts cached)"] = time.perf_counter() - start

        total = sum(t.values())
        print(f"corpus: {raw if args.raw else 'synthetic'}, {len(tasks)} articles, {n_words:,} words; 1 process; "
              f"batch size {args.batch_size}")
        print(f"\nstructnews build, by stage (total {total:.1f} s, {n_words / total:,.0f} words/s):\n")
        print("| stage | seconds | share |\n|---|---:|---:|")
        for name, sec in t.items():
            print(f"| {name} | {sec:.2f} | {100 * sec / total:.1f} % |")

        default = spacy.load(nlp_module.MODEL_NAME)
        comp_default, _ = component_times(default, texts, args.batch_size)
        total_default = sum(comp_default.values())
        print(f"\nspaCy's default pipeline {default.pipe_names} (total {total_default:.1f} s, "
              f"{n_words / total_default:,.0f} words/s):\n")
        print("| component | seconds | share |\n|---|---:|---:|")
        for name, sec in comp_default.items():
            print(f"| {name} | {sec:.2f} | {100 * sec / total_default:.1f} % |")

        if args.cprofile:
            profiler = cProfile.Profile()
            profiler.enable()
            build(raw, work / "out-profiled", jobs=1, cache_dir=False)
            profiler.disable()
            print(f"\ncProfile of the whole build (1 process, no cache), top {args.cprofile} by own time:\n")
            pstats.Stats(profiler).sort_stats("tottime").print_stats(args.cprofile)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
