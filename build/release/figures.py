"""The three pictures of a release card: events over time, most quoted speakers, who appears with whom.

They are made with matplotlib's Agg backend from the tables alone, with a fixed size, dpi, style
and colour order, and PNG metadata stripped (matplotlib writes its version under "Software"
otherwise), so the same tables always give the same bytes. Only matplotlib is needed: the
network is laid out on a circle in a fixed order, which is deterministic without a layout
library and readable for the few dozen nodes shown.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from itertools import combinations
from pathlib import Path

import pyarrow as pa

SIZE = (8.0, 4.5)  # inches
DPI = 100
PNG_METADATA = {"Software": None}  # no version string (and Agg writes no timestamp)
TOP_SPEAKERS = 15
TOP_NODES = 24
MAX_EDGES = 60

FIGURES = {
    "events_timeline.png": "Reported events per week by PLOVER type",
    "top_speakers.png": "Most quoted speakers",
    "cooccurrence.png": "Entities named in the same sentence",
}


def _figure(size: tuple[float, float] = SIZE):  # noqa: ANN202 - matplotlib types are not worth importing eagerly
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=DPI)
    FigureCanvasAgg(fig)
    return fig


def _save(fig, path: Path) -> None:  # noqa: ANN001
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="png", dpi=DPI, metadata=PNG_METADATA)


def _empty(ax, message: str) -> None:  # noqa: ANN001
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="0.4")
    ax.set_xticks([])
    ax.set_yticks([])


def events_timeline(tables: dict[str, pa.Table], path: Path) -> None:
    """Stacked bars: reported events per ISO week (Monday), one colour per event type.

    Counted exactly as the worked SQL question "events per week by type" (structnews.build.use.sql,
    docs/releases.md): the event's date when known to the day, else the publication date;
    month- or year-precise dates and future, hypothetical and negated events left out. Only
    weeks with events get a bar, so the axis is not to scale.
    """
    import matplotlib
    import matplotlib.style

    published = dict(zip(tables["articles"].column("article_id").to_pylist(), tables["articles"].column("published").to_pylist()))
    ev = tables["events"]
    counts: Counter[tuple[dt.date, str]] = Counter()
    for aid, date, precision, typ, context in zip(*(ev.column(c).to_pylist()
                                                    for c in ("article_id", "date", "date_precision", "type", "context"))):
        day = date or published.get(aid)
        if context is None and day is not None and (date is None or precision == "day"):
            counts[(day - dt.timedelta(days=day.weekday()), typ)] += 1
    with matplotlib.style.context("default"):
        fig = _figure()
        ax = fig.add_subplot()
        if not counts:
            _empty(ax, "no reported events")
        else:
            weeks = sorted({w for w, _ in counts})
            types = sorted({t for _, t in counts})
            cmap = matplotlib.colormaps["tab20" if len(types) > 10 else "tab10"]
            bottom = [0] * len(weeks)
            x = list(range(len(weeks)))
            for i, typ in enumerate(types):
                heights = [counts[(w, typ)] for w in weeks]
                ax.bar(x, heights, bottom=bottom, color=cmap(i % cmap.N), label=typ, width=0.8)
                bottom = [b + h for b, h in zip(bottom, heights)]
            step = max(1, len(weeks) // 12)
            ax.set_xticks(x[::step], [w.isoformat() for w in weeks[::step]], rotation=45, ha="right", fontsize=7)
            ax.set_xlabel("weeks with events, by first day (gaps not shown)", fontsize=8)
            ax.set_ylabel("events")
            ax.legend(fontsize=7, ncol=2, loc="upper left", frameon=False)
        ax.set_title(FIGURES["events_timeline.png"])
        fig.tight_layout()
        _save(fig, path)


def top_speakers(tables: dict[str, pa.Table], path: Path) -> None:
    """Horizontal bars: quotes per named speaker (direct and indirect), the top 15."""
    import matplotlib

    names = dict(zip(tables["entities"].column("entity_id").to_pylist(), tables["entities"].column("name").to_pylist()))
    counts = Counter(s for s in tables["quotes"].column("speaker_entity_id").to_pylist() if s is not None)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], names.get(kv[0], kv[0])))[:TOP_SPEAKERS]
    with matplotlib.style.context("default"):
        fig = _figure()
        ax = fig.add_subplot()
        if not top:
            _empty(ax, "no attributed quotes")
        else:
            labels = [names.get(eid, eid) for eid, _ in top][::-1]
            values = [n for _, n in top][::-1]
            ax.barh(range(len(values)), values, color="#4c72b0")
            ax.set_yticks(range(len(values)), labels, fontsize=8)
            ax.set_xlabel("quotes")
        ax.set_title(FIGURES["top_speakers.png"])
        fig.tight_layout()
        _save(fig, path)


def cooccurrence_edges(tables: dict[str, pa.Table]) -> Counter[tuple[str, str]]:
    """(entity_id, entity_id) -> number of sentences naming both (ids in sorted order)."""
    sentences: dict[tuple[str, int], set[str]] = {}
    m = tables["mentions"]
    for aid, sid, eid in zip(*(m.column(c).to_pylist() for c in ("article_id", "sentence_index", "entity_id"))):
        sentences.setdefault((aid, sid), set()).add(eid)
    edges: Counter[tuple[str, str]] = Counter()
    for ids in sentences.values():
        for a, b in combinations(sorted(ids), 2):
            edges[(a, b)] += 1
    return edges


def cooccurrence(tables: dict[str, pa.Table], path: Path) -> None:
    """The entities with the most co-occurrences on a circle; line width = sentences shared."""
    import matplotlib

    ent = tables["entities"]
    names = dict(zip(ent.column("entity_id").to_pylist(), ent.column("name").to_pylist()))
    types = dict(zip(ent.column("entity_id").to_pylist(), ent.column("type").to_pylist()))
    edges = cooccurrence_edges(tables)
    degree: Counter[str] = Counter()
    for (a, b), w in edges.items():
        degree[a] += w
        degree[b] += w
    nodes = [n for n, _ in sorted(degree.items(), key=lambda kv: (-kv[1], names.get(kv[0], kv[0])))[:TOP_NODES]]
    nodes.sort(key=lambda n: (types.get(n, ""), names.get(n, n)))
    keep = set(nodes)
    with matplotlib.style.context("default"):
        fig = _figure((8.0, 8.0))
        ax = fig.add_subplot()
        ax.set_axis_off()
        if not nodes:
            _empty(ax, "no entities named together")
        else:
            pos = {n: (math.cos(2 * math.pi * i / len(nodes)), math.sin(2 * math.pi * i / len(nodes))) for i, n in enumerate(nodes)}
            among = sorted(((a, b), w) for (a, b), w in edges.items() if a in keep and b in keep)
            shown = sorted(sorted(among, key=lambda e: -e[1])[:MAX_EDGES])  # the strongest ties only
            wmax = max((w for _, w in shown), default=1)
            for (a, b), w in shown:
                ax.plot([pos[a][0], pos[b][0]], [pos[a][1], pos[b][1]], color="0.55", alpha=0.6,
                        linewidth=0.5 + 4.0 * w / wmax, zorder=1)
            kinds = sorted({types.get(n, "") for n in nodes})
            cmap = matplotlib.colormaps["tab10"]
            for k, kind in enumerate(kinds):
                members = [n for n in nodes if types.get(n, "") == kind]
                ax.scatter([pos[n][0] for n in members], [pos[n][1] for n in members], s=[40 + 8 * degree[n] ** 0.5 * 4 for n in members],
                           color=cmap(k % 10), label=kind, zorder=2)
            for n in nodes:
                x, y = pos[n]
                ax.text(x * 1.12, y * 1.12, names.get(n, n), fontsize=7, ha="left" if x >= 0 else "right", va="center")
            ax.set_xlim(-1.7, 1.7)
            ax.set_ylim(-1.4, 1.4)
            ax.legend(fontsize=7, loc="lower left", frameon=False)
        ax.set_title(FIGURES["cooccurrence.png"] + f" (top {TOP_NODES}, strongest {MAX_EDGES} ties)")
        fig.tight_layout()
        _save(fig, path)


def write_figures(tables: dict[str, pa.Table], folder: Path) -> list[Path]:
    """Write all three PNGs into ``folder``; return their paths in a fixed order."""
    makers = {"events_timeline.png": events_timeline, "top_speakers.png": top_speakers, "cooccurrence.png": cooccurrence}
    out = []
    for name, make in makers.items():
        make(tables, folder / name)
        out.append(folder / name)
    return out
