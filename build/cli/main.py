"""The ``structnews`` command line."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from structnews.build.cli.console import err, out
from structnews.build.core.errors import InputError, errors, render

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Build, validate and evaluate the structnews dataset.")


def _fail(exc: InputError, fmt: str = "text") -> None:
    text = render(exc.problems, fmt)
    if fmt == "text":
        err.print(f"[red]{len(exc.problems)} problem(s):[/red]")
        sys.stderr.write(text + "\n")
    else:
        sys.stdout.write(text + "\n")
    raise typer.Exit(code=1)


@app.command()
def build(
    raw: Path = typer.Option(Path("data/raw"), "--raw", help="Folder of NAME.txt articles with NAME.yaml sidecars."),
    out_dir: Path = typer.Option(Path("."), "--out", help="Where datapackage.json and data/<table>/ are written."),
    corrections: Path = typer.Option(None, "--corrections", help="Folder of correction files (default: RAW/../corrections)."),
    jobs: int = typer.Option(None, "--jobs", "-j", help="Worker processes for the NLP (default: all cores)."),
    engine: str = typer.Option("local", "--engine", help="'local' (processes on this machine) or 'dask'."),
    scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address, with --engine dask."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not reuse or store per-article results."),
    keep_going: bool = typer.Option(False, "--keep-going", "-k",
                                    help="If the code fails on some articles, build every other one and list the skipped ones "
                                         "(in the output and in datapackage.json); exit status 1 all the same, as make -k."),
) -> None:
    """Build the five tables and datapackage.json from raw articles (atomically: all or nothing).

    Unchanged articles are not re-parsed (their results are cached under OUT/.cache), and when
    nothing changed at all, nothing is rewritten. An article on which the code fails is reported
    (file, stage, error; tracebacks in OUT/.cache/logs/build-failures.log) and, unless
    --keep-going, nothing is written; every other article's result stays cached for the rerun.
    """
    from structnews.build.ingest.inputs import discover
    from structnews.build.run.pipeline import build as run_build

    try:
        inputs, _ = discover(raw)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=True) as bar:
            task = bar.add_task("articles", total=len(inputs))
            result = run_build(raw, out_dir, progress=lambda n: bar.advance(task, n), corrections_dir=corrections,
                               jobs=jobs, engine=engine, scheduler=scheduler, cache_dir=False if no_cache else None,
                               keep_going=keep_going)
    except InputError as exc:
        _fail(exc)
        return
    except ValueError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(code=2) from None
    stats = result.stats
    if stats.up_to_date:
        out.print(f"up to date: {stats.articles} articles, nothing changed since the last build")
        return
    table = Table(title=f"built into {out_dir} ({stats.processed} articles parsed, {stats.cached} from cache)")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, n in result.counts.items():
        table.add_row(name, str(n))
    out.print(table)
    if result.skipped:
        err.print(f"[red]{len(result.skipped)} article(s) skipped[/red] (--keep-going; listed in datapackage.json "
                  f"under structnews.skipped, tracebacks in {result.log}):")
        sys.stderr.write(render(result.skipped) + "\n")
        raise typer.Exit(code=1)


@app.command()
def validate(
    raw: Path = typer.Option(Path("data/raw"), "--raw", help="Folder of raw articles and sidecars."),
    root: Path = typer.Option(Path("."), "--root", help="Folder holding datapackage.json and data/<table>/."),
    fmt: str = typer.Option("text", "--format", help="text, json or github (GitHub Actions annotations)."),
) -> None:
    """Check inputs and built tables without writing anything; list every problem.

    Notes (the same records in other bytes, other provenance) are listed but do not fail."""
    from structnews.build.run.validate import validate_all

    problems = validate_all(raw, root)
    failing = errors(problems)
    notes = [p for p in problems if p.is_note]
    if fmt != "text":
        if problems:
            sys.stdout.write(render(problems, fmt) + "\n")
        if failing:
            raise typer.Exit(code=1)
        return
    if notes:  # worth knowing, nothing to fix: never a failure
        err.print(f"[yellow]{len(notes)} note(s):[/yellow]")
        sys.stderr.write(render(notes) + "\n")
    if failing:
        _fail(InputError(failing), fmt)
    out.print("[green]valid[/green]: inputs, tables and descriptor agree" + (f" ({len(notes)} note(s) above)" if notes else ""))


def _git_commit() -> str | None:
    import subprocess

    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return head + ("+uncommitted changes" if dirty else "")


@app.command()
def evaluate(
    gold: Path = typer.Option(None, "--gold", help="Score one gold folder (quotes.jsonl, entities.jsonl, events.jsonl) instead of the sets."),
    root: Path = typer.Option(None, "--root", help="With --gold: the folder holding the built tables (default: .)."),
    set_names: list[str] = typer.Option(None, "--set", help="Score only this development set (repeatable); default: all of them."),
    sets_file: Path = typer.Option(Path("eval/sets.yaml"), "--sets", help="The registry of development sets."),
    cache: Path = typer.Option(Path(".cache/eval"), "--cache", help="Where each set is built (CACHE/<set>/tables)."),
    exclude: list[str] = typer.Option(None, "--exclude", help="Leave this article (file stem) out of the builds (repeatable); recorded in the output."),
    jobs: int = typer.Option(None, "--jobs", "-j", help="Worker processes for the NLP (default: all cores)."),
    out_file: Path = typer.Option(None, "--out", help="Also write the figures as JSON here."),
) -> None:
    """Score extraction against hand-made gold: every development set in eval/sets.yaml (built
    into --cache), one table per set; or one gold folder against built tables (--gold/--root).

    See docs/evaluation.md for the sets and how each measure is computed.
    """
    import datetime as dt
    import json

    from structnews.build.use.evaluate import format_report, report_rows

    if gold is not None or root is not None:
        if set_names:
            err.print("[red]--set cannot be combined with --gold/--root[/red]")
            raise typer.Exit(code=2)
        from structnews.build.use.evaluate import evaluate as run_eval

        report = run_eval(gold or Path("data/gold"), root or Path("."))
        out.print(format_report(report))
        if out_file:
            out_file.parent.mkdir(parents=True, exist_ok=True)
            out_file.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        return

    from structnews.build.use.evalsets import figures, load_registry, run_set

    try:
        registry = load_registry(sets_file)
    except InputError as exc:
        _fail(exc)
        return
    chosen = registry.sets
    if set_names:
        known = {s.name for s in registry.sets}
        unknown = [n for n in set_names if n not in known]
        if unknown:
            err.print(f"[red]unknown set(s): {', '.join(unknown)}[/red] (known: {', '.join(sorted(known))})")
            raise typer.Exit(code=2)
        chosen = [s for s in registry.sets if s.name in set_names]
    results = []
    for s in chosen:
        err.print(f"[dim]{s.name}: building and scoring …[/dim]")
        result = run_set(s, sets_file, registry, cache=cache, exclude=set(exclude or ()), jobs=jobs)
        results.append(result)
        title = f"{s.name}: {s.description}"
        if result["status"] == "skipped":
            out.print(f"[yellow]{title}\n  skipped: {result['reason']}[/yellow]")
            continue
        if result["status"] == "failed":
            out.print(f"[red]{title}\n  failed: {result['reason']}[/red]")
            for line in result.get("problems", []):
                out.print(f"  {line}", markup=False, highlight=False)
            continue
        excluded = f"; excluded: {', '.join(result['excluded'])}" if result["excluded"] else ""
        table = Table(title=f"{title} ({result['articles']} articles{excluded})", title_justify="left")
        table.add_column("measure")
        table.add_column("value", justify="right")
        table.add_column("detail")
        for measure, value, detail in report_rows(result["report"]):
            table.add_row(measure, value, detail)
        out.print(table)
        kinds = Counter(e["kind"] for e in result["report"]["errors"])
        out.print("errors: " + (", ".join(f"{k}={n}" for k, n in sorted(kinds.items())) or "none"))
    if out_file:
        payload = {"measured": dt.date.today().isoformat(), "commit": _git_commit(),
                   "excluded": sorted(set(exclude or ())), "sets": {r["set"]: figures(r) for r in results}}
        out_file.parent.mkdir(parents=True, exist_ok=True)
        out_file.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if any(r["status"] == "failed" for r in results):
        raise typer.Exit(code=1)


@app.command("write-schemas")
def write_schemas() -> None:
    """Regenerate schema/json/*.schema.json from the Pydantic models."""
    from structnews.schema.projections import write_json_schemas

    for path in write_json_schemas():
        out.print(str(path))


# Commands that live with the stage they drive (release, explorer) register themselves here.
from structnews.build.cli import explore as explore_cli  # noqa: E402
from structnews.build.cli import importers as importers_cli  # noqa: E402
from structnews.build.cli import release as release_cli  # noqa: E402

release_cli.register(app)
explore_cli.register(app)
importers_cli.register(app)

if __name__ == "__main__":  # pragma: no cover
    app()
