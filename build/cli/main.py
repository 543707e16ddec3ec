"""The ``structnews`` command line."""

from __future__ import annotations

import sys
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
from structnews.build.core.errors import InputError, render

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
    """Check inputs and built tables without writing anything; list every problem."""
    from structnews.build.run.validate import validate_all

    problems = validate_all(raw, root)
    if problems:
        _fail(InputError(problems), fmt)
    if fmt == "text":
        out.print("[green]valid[/green]: inputs, tables and descriptor agree")


@app.command()
def evaluate(
    gold: Path = typer.Option(Path("data/gold"), "--gold", help="Folder with quotes.jsonl, entities.jsonl, events.jsonl."),
    root: Path = typer.Option(Path("."), "--root", help="Folder holding the built tables."),
    out_file: Path = typer.Option(None, "--out", help="Also write the figures as JSON here."),
) -> None:
    """Score the built tables against hand-made gold annotations."""
    import json

    from structnews.build.use.evaluate import evaluate as run_eval
    from structnews.build.use.evaluate import format_report

    report = run_eval(gold, root)
    out.print(format_report(report))
    if out_file:
        out_file.parent.mkdir(parents=True, exist_ok=True)
        out_file.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")


@app.command("write-schemas")
def write_schemas() -> None:
    """Regenerate schema/json/*.schema.json from the Pydantic models."""
    from structnews.schema.projections import write_json_schemas

    for path in write_json_schemas():
        out.print(str(path))


# Commands that live with the stage they drive (release, explorer) register themselves here.
from structnews.build.cli import explore as explore_cli  # noqa: E402
from structnews.build.cli import release as release_cli  # noqa: E402

release_cli.register(app)
explore_cli.register(app)

if __name__ == "__main__":  # pragma: no cover
    app()
