"""The explorer: a static HTML site over the built tables (``structnews explore``).

Plain HTML, one local stylesheet and one small local script; no server, no network, no CDN.
Every page is a pure function of the tables, so the same tables always give the same bytes.

Pages (relative to the output folder):

- ``index.html``            articles: publisher, date, title, counts, quality flags (sortable, filterable)
- ``articles/<id>.html``    clean text with mentions (colour per type), quotes (speaker badge, hover title,
                            margin note with attribution method and confidence) and events beside the
                            paragraph that reports them; every record carries its id as an anchor
- ``entities.html``         every entity with counts (sortable, filterable)
- ``entities/<id>.html``    aliases, description, every mention, the entity's quotes in date order, its events
- ``timeline.html``         events across articles by resolved date
- ``assets/``               explorer.css, explorer.js (copied from ``build/use/explore_assets/``)

Every record has a "how to correct this" box holding the exact YAML for ``data/corrections/``
(see docs/corrections.md); it names its target by article and text where that is unique, else by id.

The modules, in the order data flows through them:

- ``corpus.py``       the five tables loaded into a ``Corpus``
- ``corrections.py``  the YAML of each correction box
- ``spans.py``        overlapping spans flattened into well-formed open / text / close tokens
- ``pages.py``        what the index, entity list, entity and timeline pages show (plain data)
- ``article.py``      what an article page shows (plain data)
- ``site.py``         the Jinja2 environment, rendering through ``build/use/templates/*.html.j2``,
                      and writing the folder

Escaping is the templates' job: autoescaping is on for every template, and no value is marked safe.
"""

from structnews.build.use.explore.corpus import Corpus, ExploreError, load_corpus
from structnews.build.use.explore.corrections import Targets, correction_yaml
from structnews.build.use.explore.site import (
           MARKER,
           build_site,
           render_site,
           render_spans,
)
from structnews.build.use.explore.spans import Span, paragraphs, span_tokens

__all__ = ["MARKER", "Corpus", "ExploreError", "Span", "Targets", "build_site", "correction_yaml", "load_corpus",
           "paragraphs", "render_site", "render_spans", "span_tokens"]
