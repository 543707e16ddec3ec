"""Commands registered on the `structnews` command line by this module (see cli.py)."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the CLI."""

    @app.command()
    def explore(
        root: Path = typer.Option(Path("."), "--root", help="Folder holding data/<table>/*.parquet (a build output or a release folder)."),
        out_dir: Path = typer.Option(Path("site"), "--out", help="Where the static site is written (replaced as a whole)."),
    ) -> None:
        """Write a static HTML site (no server, no network) to browse articles, quotes, entities and events."""
        from structnews.build.cli.console import err, out
        from structnews.build.use.explore import ExploreError, build_site

        try:
            sizes = build_site(root, out_dir)
        except ExploreError as exc:
            err.print(f"[red]explore:[/red] {exc}")
            raise typer.Exit(code=1) from exc
        articles = {k: v for k, v in sizes.items() if k.startswith("articles/")}
        largest = max(articles.items(), key=lambda kv: kv[1]) if articles else ("-", 0)
        out.print(f"wrote {len(sizes)} files ({sum(sizes.values()) // 1024} KB) to {out_dir}; "
                  f"largest article page {largest[0]} {largest[1] // 1024} KB")
        out.print(f"open {out_dir / 'index.html'} in a browser")
