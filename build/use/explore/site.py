"""Render every page through its Jinja2 template and write the site (assets included).

The templates are in ``build/use/templates/`` and escape by default: the environment turns
autoescaping on for every template, so every value from the tables is escaped where it is
written, in text and in attributes alike. No template marks a value safe.
"""

from __future__ import annotations

import functools
from pathlib import Path

import jinja2
from markupsafe import Markup
from structnews.build.core.staging import Busy, staged_folder
from structnews.build.use.explore.article import article_page
from structnews.build.use.explore.corpus import Corpus, ExploreError, load_corpus
from structnews.build.use.explore.corrections import Targets
from structnews.build.use.explore.pages import (
    HELP_VALUES,
    entities_page,
    entity_page,
    entity_usage,
    index_page,
    timeline_page,
)
from structnews.build.use.explore.spans import Span, span_tokens

USE = Path(__file__).resolve().parents[1]  # build/use (structnews/build/use in a wheel)
TEMPLATES = USE / "templates"
ASSETS = USE / "explore_assets"
MARKER = ".structnews-explorer"  # written into the output folder; only such a folder is ever emptied
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "base-uri 'none'; form-action 'none'")


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        # On for every template (*.html.j2, and any other name too): escaping is the default.
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2"), default_for_string=True, default=True),
        undefined=jinja2.StrictUndefined,  # a misspelt field is an error, not an empty string
        keep_trailing_newline=True,
        trim_blocks=True,  # a line holding only a {% tag %} leaves no blank line
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.globals.update(csp=CSP, help_values=HELP_VALUES)
    return env


def render(template: str, context: dict) -> str:
    return environment().get_template(template).render(context)


def render_spans(text: str, lo: int, hi: int, spans: list[Span], opened: set[str]) -> Markup:
    """HTML for ``text[lo:hi]`` with every span clipped to it (spans.py; the ``spans`` macro)."""
    return environment().get_template("macros.html.j2").module.spans(span_tokens(text, lo, hi, spans, opened))


def render_site(corpus: Corpus) -> dict[str, bytes]:
    """Every file of the site, by relative path (pure: same corpus -> same bytes)."""
    t = Targets(corpus)
    usage = entity_usage(corpus)
    pages = {
        "index.html": ("index.html.j2", index_page(corpus)),
        "entities.html": ("entities.html.j2", entities_page(corpus, usage)),
        "timeline.html": ("timeline.html.j2", timeline_page(corpus)),
    }
    for a in corpus.articles:
        pages[f"articles/{a['article_id']}.html"] = ("article.html.j2", article_page(a, corpus, t))
    for eid, e in corpus.entities.items():
        pages[f"entities/{eid}.html"] = ("entity.html.j2", entity_page(e, corpus, usage, t))
    files = {rel: render(template, context).encode("utf-8") for rel, (template, context) in pages.items()}
    for asset in sorted(ASSETS.iterdir()):
        if asset.suffix in {".css", ".js"}:
            files[f"assets/{asset.name}"] = asset.read_bytes()
    files[MARKER] = b"Written by `structnews explore`; the whole folder is replaced on the next run.\n"
    return dict(sorted(files.items()))


def build_site(root: Path, out: Path) -> dict[str, int]:
    """Write the site for the tables under ``root`` into ``out``; returns the size of every file.

    ``out`` is replaced as a whole, but only if it is empty or was written by this command
    (it holds the marker file), so a mistyped --out never deletes someone's folder. The new
    site is written beside it first and swapped in when complete, so a failure leaves the old
    site as it was.
    """
    files = render_site(load_corpus(root))
    out = Path(out)
    if out.exists():
        if not out.is_dir():
            raise ExploreError(f"{out}: exists and is not a folder")
        if any(out.iterdir()) and not (out / MARKER).is_file():
            raise ExploreError(f"{out}: folder is not empty and was not written by `structnews explore`; "
                               "choose another --out or empty it")
    try:
        with staged_folder(out) as staging:
            for rel, data in files.items():
                path = staging / rel
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
    except Busy as exc:
        raise ExploreError(str(exc)) from None
    return {rel: len(data) for rel, data in files.items()}
