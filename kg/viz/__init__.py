"""Pictures and exports of an actor network (HTML, PNG, GraphML, GEXF), and a graph's statistics.

The picture's look is in :mod:`kg.viz.style`, its layout in :mod:`kg.viz.positions`, the HTML page in
:mod:`kg.viz.page`, the PNG in :mod:`kg.viz.picture` and the statistics in :mod:`kg.viz.graphstats`.
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.errors import OutputError
from kg.export import atomic_output
from kg.network import centrality, collapse
from kg.viz.graphstats import format_stats, stats
from kg.viz.page import html_page
from kg.viz.picture import write_png
from kg.viz.positions import layout
from kg.viz.style import QUAD_COLOURS, QUAD_NAMES, TYPE_COLOURS

__all__ = ["VIZ_FORMATS", "TYPE_COLOURS", "QUAD_COLOURS", "QUAD_NAMES", "MAX_PICTURE_NODES", "viz_format_for",
           "write_network", "layout", "stats", "format_stats"]

#: File suffix -> picture/export format.
VIZ_FORMATS = {".html": "html", ".htm": "html", ".png": "png", ".graphml": "graphml", ".gexf": "gexf"}

#: A picture with more actors is unreadable (and networkx's layout of 500+ nodes needs scipy).
MAX_PICTURE_NODES = 400


def viz_format_for(path: str | Path, fmt: str | None = None) -> str:
    """The output format for ``path``: ``html``, ``png``, ``graphml`` or ``gexf``.

    Examples
    --------
    >>> viz_format_for("net.gexf")
    'gexf'
    """
    if fmt:
        if fmt.lower() not in set(VIZ_FORMATS.values()):
            raise OutputError(f"Unknown network format {fmt!r}; choose one of: html, png, graphml, gexf")
        return fmt.lower()
    suffix = Path(str(path)).suffix.lower()
    if suffix not in VIZ_FORMATS:
        raise OutputError(f"Cannot tell the network format of {str(path)!r} from its suffix "
                          f"{suffix or '(none)'!r}; use .html, .png, .graphml or .gexf, or give --format")
    return VIZ_FORMATS[suffix]


def write_network(network: nx.Graph, path: str | Path, fmt: str | None = None, *, title: str | None = None) -> None:
    """Write an actor network as a picture or a graph file, atomically.

    Parameters
    ----------
    network : networkx.MultiDiGraph or networkx.DiGraph
        From :func:`kg.network.actor_network` (pictures collapse it to one link per pair).
    path : str or Path
        The target; ``"-"`` writes to stdout (with ``fmt``).
    fmt : {"html", "png", "graphml", "gexf"}, optional
        ``html``: one self-contained page (inline SVG and script, nothing fetched from the network),
        nodes coloured by type and sized by weighted degree centrality, links labelled with their
        predicates, the sentences shown on hover; drag, zoom and pan. ``png``: a matplotlib
        drawing. ``graphml``/``gexf``: the network with its attributes (lists and counts as JSON).
        By default the suffix decides.
    title : str, optional
        A heading for pictures.

    Raises
    ------
    OutputError
        For an unknown format, a picture of more than ``MAX_PICTURE_NODES`` actors, or a target
        that cannot be written.
    """
    kind = viz_format_for(path, fmt)
    if kind in ("html", "png"):
        pair_graph = collapse(network) if network.is_multigraph() else network
        if pair_graph.number_of_nodes() > MAX_PICTURE_NODES:
            raise OutputError(f"The network has {pair_graph.number_of_nodes()} actors, too many for a "
                              f"picture (at most {MAX_PICTURE_NODES}); pass --top N or --min-weight N")
        if kind == "html":
            data = html_page(pair_graph, title or "Actor network").encode("utf-8")
            with atomic_output(path, what="the network") as stream:
                stream.write(data)
        else:
            write_png(pair_graph, path, title or "Actor network")
        return
    flat = _flat(network)
    with atomic_output(path, what="the network") as stream:
        if kind == "graphml":
            nx.write_graphml(flat, stream)
        else:
            nx.write_gexf(flat, stream)


def _flat(network: nx.Graph) -> nx.Graph:
    """A copy whose attributes GraphML/GEXF can hold, with unique edge ids."""
    def plain(value):
        if isinstance(value, (list, tuple, dict, set)):
            return json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False)
        return "" if value is None else value
    scores = centrality(network)
    flat = network.__class__()
    for node, data in network.nodes(data=True):
        flat.add_node(node, **{k: plain(v) for k, v in data.items()}, centrality=scores.get(node, 0.0))
    if network.is_multigraph():
        for i, (u, v, key, data) in enumerate(network.edges(keys=True, data=True)):
            flat.add_edge(u, v, key=f"e{i}", relation=str(key), **_timed({k: plain(v) for k, v in data.items()}))
    else:
        for u, v, data in network.edges(data=True):
            flat.add_edge(u, v, **_timed({k: plain(v) for k, v in data.items()}))
    return flat


def _timed(attrs: dict) -> dict:
    """An edge's attributes with ``start`` (its earliest date, as a day) for Gephi's timeline, where it is dated."""
    from kg.network import date_span
    span = date_span(attrs.get("date", "")) if attrs.get("date") else None
    return {**attrs, "start": span[0]} if span else attrs
