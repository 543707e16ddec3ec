"""Commands registered on the `structnews` command line by this module (see main.py).

``import``: saved pages, web archives and article dumps to ``NAME.txt`` + ``NAME.yaml`` pairs.
The work is done in build/ingest/importers/; this module parses options, shows progress and prints
the problems and the closing summary.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import get_args

import typer


def _usage(message: str) -> None:
    from structnews.build.cli.main import err

    err.print(f"[red]import:[/red] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code=2)


def _date_option(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        date = dt.date.fromisoformat(value.strip())
    except ValueError:
        _usage(f"--published {value!r} is not a date written YYYY-MM-DD")
        raise
    if date > dt.date.today() or date.year < 1800:
        _usage(f"--published {value} is {'in the future' if date.year >= 1800 else 'before 1800'}")
    return date


def _mapping_option(values: list[str] | None) -> dict[str, str]:
    from structnews.schema.curated import ImportField

    known = get_args(ImportField)
    mapping: dict[str, str] = {}
    for value in values or []:
        for pair in value.split(","):
            name, sep, column = pair.partition("=")
            name, column = name.strip(), column.strip()
            if not sep or not name or not column:
                _usage(f"--map {pair!r} is not FIELD=COLUMN (e.g. --map text=body,published=date_publish)")
            if name not in known:
                _usage(f"--map {pair!r}: unknown field {name!r}; the fields are {', '.join(known)}")
            if name in mapping and mapping[name] != column:
                _usage(f"--map names two columns for {name!r} ({mapping[name]}, {column})")
            mapping[name] = column
    return mapping


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{reason} {n}" for reason, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def register(app: typer.Typer) -> None:
    """Add this module's commands to the CLI."""

    @app.command("import")
    def import_(
        fmt: str = typer.Argument(..., metavar="FORMAT", help="html, warc, jsonl, csv or parquet."),
        sources: list[Path] = typer.Argument(..., metavar="SOURCE...", help="Files, or folders searched for files of FORMAT."),
        out_dir: Path = typer.Option(Path("data/raw"), "--out", help="The raw folder the NAME.txt + NAME.yaml pairs are written to."),
        published: str = typer.Option(None, "--published", metavar="YYYY-MM-DD",
                                      help="Publication date for records whose source has none (it never replaces a date the source gives)."),
        publisher: str = typer.Option(None, "--publisher", metavar="NAME",
                                      help="Publisher for records whose source names none (no site name, no URL)."),
        mapping: list[str] = typer.Option(None, "--map", metavar="FIELD=COLUMN,...",
                                          help="Dumps only: the column of a field, e.g. --map text=body,published=date_publish."),
    ) -> None:
        """Import raw news as people have it: saved pages (html), web archives (warc), article dumps
        (jsonl, csv, parquet). Writes one NAME.txt + NAME.yaml pair per article, named after its
        content: importing the same source again changes nothing, and no existing file is overwritten.
        A record that cannot become an article is reported (path:line: field: what is wrong; what to
        do; and a code) and the others are imported; the exit status is then 1."""
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )
        from structnews.build.cli.main import err, out
        from structnews.build.ingest.importers.base import Options
        from structnews.build.ingest.importers.registry import IMPORTERS
        from structnews.build.ingest.importers.writer import expand, import_sources

        if fmt not in IMPORTERS:
            _usage(f"unknown FORMAT {fmt!r}; the formats are {', '.join(IMPORTERS)}")
        kind = IMPORTERS[fmt]
        options = Options(published=_date_option(published), publisher=(publisher or "").strip() or None,
                          mapping=_mapping_option(mapping))
        if options.mapping and not kind.uses_mapping:
            _usage(f"--map is for article dumps (jsonl, csv, parquet), not {fmt}")
        if out_dir.exists() and not out_dir.is_dir():
            _usage(f"--out {out_dir} is a file; it must be a folder (the raw folder, e.g. data/raw)")
        importer = kind(options)
        files, _ = expand(sources, kind.suffixes)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.fields[records]} records"), TimeElapsedColumn(),
                      console=err, transient=True, disable=not err.is_terminal) as bar:
            task = bar.add_task("importing", total=len(files), records=0)
            started = False

            def on_file(path: Path) -> None:
                nonlocal started
                if started:
                    bar.advance(task)
                started = True
                bar.update(task, description=path.name)

            def on_item(status: str, problems: list) -> None:
                bar.update(task, records=bar.tasks[0].fields["records"] + 1)
                for problem in problems:
                    bar.console.print(problem.format(), markup=False, highlight=False, soft_wrap=True)

            summary = import_sources(importer, sources, out_dir, on_file=on_file, on_item=on_item)
            bar.update(task, completed=len(files))
        say = lambda text: out.print(text, markup=False, highlight=False, soft_wrap=True)  # noqa: E731
        say(f"imported: {len(summary.imported)} article(s) into {out_dir}")
        if summary.unchanged:
            say(f"already imported, unchanged: {summary.unchanged}")
        if summary.duplicates:
            say(f"skipped as duplicate: {sum(summary.duplicates.values())} ({_counts(summary.duplicates)})")
        if summary.skipped:
            say(f"skipped, not articles: {sum(summary.skipped.values())} ({_counts(summary.skipped)})")
        if summary.refused:
            say(f"refused: {sum(summary.refused.values())} ({_counts(summary.refused)}); each is listed above")
        if summary.imported:
            say(f"next: structnews build --raw {out_dir} && structnews validate --raw {out_dir}")
        if summary.refused:
            raise typer.Exit(code=1)
