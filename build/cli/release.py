"""Commands registered on the `structnews` command line by this module (see cli.py).

``release``, ``diff``, ``publish``, ``rehydrate`` and ``sql``: the commands that turn built tables
into a versioned Hugging Face dataset and let people query and restore it. The work is done in
release.py, diff.py, versioning.py, publish.py, rehydrate.py and sql.py; these functions only
parse options and print.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from structnews.build.cli.console import err, out


def _die(message: str) -> None:
    err.print(f"[red]error:[/red] {message}", markup=True, highlight=False, soft_wrap=True)
    raise typer.Exit(code=1)


def release(
    version: str = typer.Option(None, "--version", help="X.Y.Z; default: the number the diff against --previous proposes."),
    out_dir: Path = typer.Option(None, "--out", help="Release folder (default: ROOT/dist/<version>, '-no-text' appended for --no-text)."),
    root: Path = typer.Option(Path("."), "--root", help="Folder holding datapackage.json and data/<table>/ (a build output)."),
    previous: Path = typer.Option(None, "--previous", help="The previous release folder to diff against (default: the newest in ROOT/dist/)."),
    force: bool = typer.Option(False, "--force", help="Replace an existing folder, and accept a version that contradicts the diff."),
    no_text: bool = typer.Option(False, "--no-text", help="Replace article text by its SHA-256 and length (see `structnews rehydrate`)."),
    repo_id: str = typer.Option("ORG/structnews", "--repo-id", help="Hub repository named in the card's examples and citation."),
) -> None:
    """Write a reproducible Hugging Face dataset folder: card, shards, datapackage, Croissant, changelog."""
    from structnews.build.release.dataset import ReleaseError, make_release

    try:
        result = make_release(root, version=version, out=out_dir, previous=previous, force=force, no_text=no_text, repo_id=repo_id)
    except (ReleaseError, FileNotFoundError, ValueError) as exc:
        _die(str(exc))
        return
    if result.previous_version:
        out.print(f"diff against {result.previous} ({result.previous_version}): a {result.requirement.level} release; "
                  f"proposed {result.proposed}", highlight=False)
        for reason in result.requirement.reasons:
            out.print(f"  - {reason}", highlight=False)
    out.print(f"released {result.version} into {result.out}", highlight=False)


def diff(
    old: Path = typer.Argument(..., help="The older folder: a release or a build output (datapackage.json + data/<table>/*.parquet)."),
    new: Path = typer.Argument(..., help="The newer folder, e.g. the working tree '.'."),
    fmt: str = typer.Option("text", "--format", help="text or json."),
) -> None:
    """Records added, removed and changed (with the fields) per table, schema changes, and the version bump they need."""
    from structnews.build.release.versioning import required_level
    from structnews.build.tables.diff import diff_folders, format_text

    if fmt not in ("text", "json"):
        _die(f"--format must be text or json, not {fmt!r}")
    try:
        d = diff_folders(old, new)
    except FileNotFoundError as exc:
        _die(str(exc))
        return
    req = required_level(d)
    if fmt == "json":
        sys.stdout.write(json.dumps({**d.to_json(), "level": req.level, "reasons": list(req.reasons)}, indent=2, ensure_ascii=False) + "\n")
        return
    sys.stdout.write(format_text(d) + "\n")
    sys.stdout.write(f"version bump needed: {req.level}" + (f" ({'; '.join(req.reasons)})" if req.reasons else "") + "\n")


def publish(
    folder: Path = typer.Argument(..., help="A folder made by `structnews release`."),
    repo_id: str = typer.Option(..., "--repo-id", help="ORG/NAME of the Hub dataset repository."),
    token: str = typer.Option(None, "--token", envvar="HF_TOKEN", help="Hub token with write access (default: $HF_TOKEN or the cached login)."),
    private: bool = typer.Option(False, "--private", help="Create the repository as private if it does not exist."),
) -> None:
    """Upload a release to the Hugging Face Hub (one commit) and tag it vX.Y.Z."""
    from structnews.build.release.publish import PublishError
    from structnews.build.release.publish import publish as run_publish

    try:
        result = run_publish(folder, repo_id, token=token, private=private)
    except PublishError as exc:
        _die(str(exc))
        return
    out.print(f"published {result.version} as {result.tag} ({result.commit}): {result.url}", highlight=False)


def rehydrate(
    release_dir: Path = typer.Argument(..., metavar="RELEASE", help="A release made with `structnews release --no-text`."),
    raw: Path = typer.Option(..., "--raw", help="Your own copies of the raw article files (found by SHA-256, any names)."),
) -> None:
    """Put article text back into a text-withheld release, checking every hash and every span."""
    from structnews.build.core.errors import InputError, render
    from structnews.build.release.rehydrate import rehydrate as run

    try:
        result = run(release_dir, raw)
    except InputError as exc:
        err.print(f"[red]{len(exc.problems)} problem(s); nothing was changed:[/red]")
        sys.stderr.write(render(exc.problems) + "\n")
        raise typer.Exit(code=1)
    except FileNotFoundError as exc:
        _die(str(exc))
        return
    out.print(f"restored the text of {result.articles} articles in {release_dir}", highlight=False)


def sql(
    query: str = typer.Argument(..., help="A DuckDB query; the tables are views: articles, entities, mentions, quotes, events."),
    root: Path = typer.Option(Path("."), "--root", help="A build output or a release folder."),
    fmt: str = typer.Option("text", "--format", help="text, csv or json."),
) -> None:
    """Run SQL (DuckDB) over the tables and print the result."""
    import duckdb
    from structnews.build.use.sql import format_result, run

    if fmt not in ("text", "csv", "json"):
        _die(f"--format must be text, csv or json, not {fmt!r}")
    try:
        result = run(query, root)
    except (duckdb.Error, FileNotFoundError) as exc:
        _die(str(exc))
        return
    sys.stdout.write(format_result(result, fmt) + "\n")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the CLI."""
    app.command("release")(release)
    app.command("diff")(diff)
    app.command("publish")(publish)
    app.command("rehydrate")(rehydrate)
    app.command("sql")(sql)
