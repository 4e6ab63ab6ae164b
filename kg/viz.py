"""Pictures and exports of an actor network (HTML, PNG, GraphML, GEXF), and a graph's statistics."""
from __future__ import annotations

import html
import json
import math
from collections import Counter
from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg.errors import OutputError
from kg.export import atomic_output
from kg.network import entity_table, union_view, actor_network, centrality, collapse, local_name
from kg.rdf.namespaces import KG, RDF, SCHEMA
from kg.events import concepts as cameo_concepts

__all__ = ["VIZ_FORMATS", "TYPE_COLOURS", "MAX_PICTURE_NODES", "viz_format_for", "write_network",
           "layout", "stats", "format_stats"]

#: File suffix -> picture/export format.
VIZ_FORMATS = {".html": "html", ".htm": "html", ".png": "png", ".graphml": "graphml", ".gexf": "gexf"}

#: Node colour by entity type (Tableau 10); anything else is grey.
TYPE_COLOURS = {"Person": "#4e79a7", "Organization": "#f28e2b", "GeopoliticalEntity": "#59a14f",
                "Location": "#76b7b2", "Group": "#edc948", "Event": "#b07aa1"}
OTHER_COLOUR = "#9c9c9c"
#: Link colours by CAMEO quad class: neutral, verbal and material cooperation, verbal and material conflict.
QUAD_COLOURS = {0: "#8c8c8c", 1: "#6baed6", 2: "#1f5fa8", 3: "#f39c34", 4: "#c62828"}
QUAD_NAMES = {0: "neutral statement", 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}

#: A picture with more actors is unreadable (and networkx's layout of 500+ nodes needs scipy).
MAX_PICTURE_NODES = 400

_WIDTH, _HEIGHT, _MARGIN = 1000, 820, 60


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
            data = _html(pair_graph, title or "Actor network").encode("utf-8")
            with atomic_output(path, what="the network") as stream:
                stream.write(data)
        else:
            _png(pair_graph, path, title or "Actor network")
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


def layout(network: nx.Graph, width: float = _WIDTH, height: float = _HEIGHT, margin: float = _MARGIN) -> dict:
    """Node -> (x, y) in pixels, y downwards; the same graph always gets the same picture.

    Each connected part gets a seeded spring layout in a box whose area grows with its size, and
    the boxes are packed in rows, largest first (a spring layout of the whole graph would push
    the parts to the corners and squeeze each of them).

    Examples
    --------
    >>> pos = layout(nx.DiGraph([("a", "b"), ("c", "d")]))
    >>> sorted(pos) == ["a", "b", "c", "d"] and all(60 <= x <= 940 and 60 <= y <= 760 for x, y in pos.values())
    True
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(network.nodes, key=str))
    simple.add_edges_from(network.edges())
    if simple.number_of_nodes() == 0:
        return {}
    parts = sorted((sorted(c, key=str) for c in nx.connected_components(simple)), key=lambda c: (-len(c), str(c[0])))
    boxes = []  # (side, {node: (x, y) in [0, side]})
    for part in parts:
        side = math.sqrt(len(part))
        boxes.append((side, _part_layout(simple.subgraph(part), side)))
    gap = 0.9
    # Try row widths from one box to all boxes in a row; keep the packing that fills the canvas best.
    widest, total = boxes[0][0] + gap, sum(side + gap for side, _ in boxes)
    best = None
    for step in range(25):
        row_width = widest + (total - widest) * step / 24
        packed = _pack(boxes, row_width, gap)
        xs = [p[0] for p in packed.values()]
        ys = [p[1] for p in packed.values()]
        fit = min((width - 2 * margin) / ((max(xs) - min(xs)) or 1e-9),
                  (height - 2 * margin) / ((max(ys) - min(ys)) or 1e-9))
        if best is None or fit > best[0] * 1.0001:
            best = (fit, packed)
    placed = best[1]
    xs = [p[0] for p in placed.values()]
    ys = [p[1] for p in placed.values()]
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    scale = min((width - 2 * margin) / span_x if span_x else math.inf,
                (height - 2 * margin) / span_y if span_y else math.inf)
    scale = min(scale, 260.0) if scale != math.inf else 1.0
    off_x = (width - span_x * scale) / 2 - min(xs) * scale
    off_y = (height - span_y * scale) / 2 - min(ys) * scale
    return {node: (off_x + px * scale, off_y + py * scale) for node, (px, py) in placed.items()}


def _pack(boxes: list, row_width: float, gap: float) -> dict:
    """Boxes placed left to right in rows of at most ``row_width``."""
    placed: dict = {}
    x = y = row_height = 0.0
    for side, pos in boxes:
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for node, (px, py) in pos.items():
            placed[node] = (x + px, y + py)
        x += side + gap
        row_height = max(row_height, side)
    return placed


def _part_layout(part: nx.Graph, side: float) -> dict:
    """A connected part spread over the square [0, side]²."""
    n = part.number_of_nodes()
    if n == 1:
        return {next(iter(part)): (side / 2, side / 2)}
    raw = nx.spring_layout(part, seed=7, iterations=300, k=1.0 / math.sqrt(n))
    xs = [p[0] for p in raw.values()]
    ys = [p[1] for p in raw.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {node: (side / 2 + (p[0] - cx) / span * side, side / 2 - (p[1] - cy) / span * side)
            for node, p in raw.items()}


def _arrange(network: nx.Graph) -> tuple[dict, dict, float, float]:
    """Positions, radii and canvas size: the canvas grows until nodes and their labels fit."""
    radius = _radii(network)
    half_w = {n: max(radius[n], 3.6 * len(_node_label(network, n))) + 6 for n in network}
    half_h = {n: radius[n] + 16 for n in network}
    needed = sum(4 * half_w[n] * half_h[n] for n in network)
    usable = (_WIDTH - 2 * _MARGIN) * (_HEIGHT - 2 * _MARGIN)
    factor = math.sqrt(max(1.0, 3.0 * needed / usable))
    width, height = _WIDTH * factor, _HEIGHT * factor
    pos = _spread(layout(network, width, height, _MARGIN), half_w, half_h, width, height, _MARGIN)
    return pos, radius, width, height


def _spread(pos: dict, half_w: dict, half_h: dict, width: float, height: float, margin: float,
            rounds: int = 120) -> dict:
    """Push apart nodes whose boxes (circle and label) overlap, along the axis of least overlap."""
    import numpy as np
    nodes = list(pos)
    if len(nodes) < 2:
        return pos
    xy = np.array([pos[n] for n in nodes], dtype=float)
    hw = np.array([half_w[n] for n in nodes])
    hh = np.array([half_h[n] for n in nodes])
    order = np.arange(len(nodes))
    tie = np.sign(order[:, None] - order[None, :])  # who moves which way when two nodes coincide
    for _ in range(rounds):
        dx = xy[:, 0][:, None] - xy[:, 0][None, :]
        dy = xy[:, 1][:, None] - xy[:, 1][None, :]
        over_x = hw[:, None] + hw[None, :] - np.abs(dx)
        over_y = hh[:, None] + hh[None, :] - np.abs(dy)
        clash = (over_x > 0) & (over_y > 0)
        np.fill_diagonal(clash, False)
        if not clash.any():
            break
        along_x = clash & (over_x / hw.mean() <= over_y / hh.mean())
        along_y = clash & ~along_x
        sx = np.where(dx != 0, np.sign(dx), tie)
        sy = np.where(dy != 0, np.sign(dy), tie)
        xy[:, 0] += 0.5 * np.where(along_x, over_x * sx, 0.0).sum(axis=1) / np.maximum(along_x.sum(axis=1), 1)
        xy[:, 1] += 0.5 * np.where(along_y, over_y * sy, 0.0).sum(axis=1) / np.maximum(along_y.sum(axis=1), 1)
        xy[:, 0] = np.clip(xy[:, 0], margin, width - margin)
        xy[:, 1] = np.clip(xy[:, 1], margin, height - margin)
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, xy)}


def _node_label(network: nx.Graph, node) -> str:
    return _short(str(network.nodes[node].get("label", node)), 30)


def _radii(network: nx.Graph, low: float = 7.0, high: float = 26.0) -> dict:
    scores = centrality(network)
    top = max(scores.values(), default=0.0) or 1.0
    return {node: low + (high - low) * math.sqrt(scores.get(node, 0.0) / top) for node in network}


def _edge_width(weight: float, goldstein: float = 0.0) -> float:
    """Wider for more statements, and up to twice as wide for the strongest Goldstein weight (|-10|)."""
    return min(1.2 + 1.8 * math.log2(max(weight, 1)), 8.0) * (1 + min(abs(goldstein), 10) / 10)


def _quad_colour(data: dict) -> str | None:
    return QUAD_COLOURS.get(data.get("quad_class", -1))


def _counts(counts: dict) -> str:
    return ", ".join(f"{name.lower()} {n}" for name, n in counts.items())


def _edge_tip(network: nx.Graph, u, v, data: dict) -> str:
    lines = [f"{network.nodes[u].get('label', u)} → {network.nodes[v].get('label', v)}",
             f"{data.get('predicate', '')}  ({data.get('weight', 1)} statement"
             f"{'' if data.get('weight', 1) == 1 else 's'})"]
    if data.get("polarity") or data.get("modality"):
        lines.append(" · ".join(filter(None, [_counts(data.get("polarity", {})), _counts(data.get("modality", {}))])))
    if data.get("code"):
        lines.append(f"CAMEO {data['code']} · {QUAD_NAMES.get(data.get('quad_class'), '')} · "
                     f"Goldstein {data.get('goldstein', 0.0):+.1f}" + (f" · {data['date']}" if data.get("date") else ""))
    if data.get("concepts"):
        lines.append("via: " + "; ".join(data["concepts"]))
    lines.extend(f"• {s}" for s in data.get("sentences", []))
    return "\n".join(lines)


def _node_tip(network: nx.Graph, node, data: dict, score: float) -> str:
    lines = [data.get("label", str(node)), f"{data.get('type', 'Entity')}" +
             (f" · wd:{data['wikidata']}" if data.get("wikidata") else ""),
             f"links out {network.out_degree(node, weight='weight') if network.is_directed() else ''} · "
             f"in {network.in_degree(node, weight='weight') if network.is_directed() else ''} · "
             f"centrality {score:.2f}", str(node)]
    return "\n".join(lines)


def _html(network: nx.Graph, title: str) -> str:
    pos, radius, width, height = _arrange(network)
    scores = centrality(network)
    e = html.escape
    edges_svg = []
    many = network.number_of_edges() > 40  # then link labels show on hover and when zoomed in
    for u, v, data in sorted(network.edges(data=True), key=lambda item: item[2].get("weight", 1)):
        (x1, y1), (x2, y2) = pos[u], pos[v]
        bend = 1 if network.has_edge(v, u) else 0
        style = "fact" if data.get("facts", 1) else ("neg" if data.get("polarity", {}).get("Negative") else "other")
        label = data.get("predicate", "")
        if len(label) > 40:
            label = label[:39] + "…"
        colour = _quad_colour(data)
        paint = f' style="stroke:{colour}"' if colour else ""
        edges_svg.append(
            f'<g class="edge {style}" data-u="{e(str(u))}" data-v="{e(str(v))}" data-bend="{bend}" '
            f'data-tip="{e(_edge_tip(network, u, v, data))}">'
            f'<path d="M{x1:.1f},{y1:.1f} L{x2:.1f},{y2:.1f}"{paint} '
            f'stroke-width="{_edge_width(data.get("weight", 1), data.get("goldstein", 0.0)):.1f}" '
            f'marker-end="url(#arrow-{style})"/>'
            f'<text class="elabel{" hidden" if many else ""}" x="{(x1 + x2) / 2:.1f}" y="{(y1 + y2) / 2:.1f}">'
            f'{e(label)}</text></g>')
    nodes_svg = []
    for node, data in sorted(network.nodes(data=True), key=lambda item: radius[item[0]]):
        x, y = pos[node]
        r = radius[node]
        colour = TYPE_COLOURS.get(data.get("type"), OTHER_COLOUR)
        nodes_svg.append(
            f'<g class="node" data-id="{e(str(node))}" data-x="{x:.1f}" data-y="{y:.1f}" data-r="{r:.1f}" '
            f'data-tip="{e(_node_tip(network, node, data, scores.get(node, 0.0)))}" '
            f'transform="translate({x:.1f},{y:.1f})"><circle r="{r:.1f}" fill="{colour}"/>'
            f'<text class="nlabel" y="{r + 13:.1f}">{e(_node_label(network, node))}</text></g>')
    types = Counter(data.get("type", "Other") for _, data in network.nodes(data=True))
    legend = "".join(f'<li><span class="dot" style="background:{TYPE_COLOURS.get(t, OTHER_COLOUR)}"></span>'
                     f'{e(_type_title(t))} <span class="n">{n}</span></li>'
                     for t, n in sorted(types.items(), key=lambda item: (-item[1], item[0])))
    quads = Counter(d.get("quad_class", -1) for _, _, d in network.edges(data=True))
    legend += "".join(f'<li><span class="line" style="border-color:{QUAD_COLOURS[q]}"></span>{QUAD_NAMES[q]} '
                      f'<span class="n">{quads[q]}</span></li>' for q in sorted(QUAD_COLOURS) if quads.get(q))
    summary = (f"{network.number_of_nodes()} actors · {network.number_of_edges()} links · "
               f"{sum(w for _, _, w in network.edges(data='weight', default=1))} statements")
    return _PAGE.format(title=e(title), summary=e(summary), legend=legend, width=f"{width:.0f}", height=f"{height:.0f}",
                        edges="\n".join(edges_svg), nodes="\n".join(nodes_svg), style=_CSS, script=_JS)


def _type_title(name: str) -> str:
    return {"GeopoliticalEntity": "Geopolitical entity"}.get(name, name)


def _png(network: nx.Graph, path, title: str) -> None:
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.lines import Line2D
    except ImportError as err:
        raise OutputError("A PNG picture needs matplotlib; run: pip install 'kg-builder[viz]'") from err
    placed, radius, width, height = _arrange(network)
    pos = {node: (x, height - y) for node, (x, y) in placed.items()}
    scale = min(width / _WIDTH, 2.5)
    fig = Figure(figsize=(16 * scale, 11.5 * scale), dpi=110)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.01, 0.01, 0.98, 0.93))
    ax.set_axis_off()
    ax.set_xlim(0, width)
    ax.set_ylim(0, height)
    fig.suptitle(f"{title} — {network.number_of_nodes()} actors, {network.number_of_edges()} links",
                 fontsize=15, y=0.985)
    nodes = list(network.nodes)
    # matplotlib sizes markers by area in points²; 1 px here is about 1.1 pt at this size.
    sizes = [math.pi * (radius[n] * 1.25 * scale * _WIDTH / width) ** 2 for n in nodes]
    for style, colour, line in (("fact", "#555555", "solid"), ("other", "#8a8a8a", "dashed"),
                                ("neg", "#c0392b", "dashed")):
        chosen = [(u, v) for u, v, d in network.edges(data=True) if _edge_style(d) == style]
        if chosen:
            nx.draw_networkx_edges(network, pos, ax=ax, edgelist=chosen, nodelist=nodes, node_size=sizes,
                                   width=[_edge_width(network.edges[uv].get("weight", 1),
                                                      network.edges[uv].get("goldstein", 0.0)) * 0.8 for uv in chosen],
                                   edge_color=[_quad_colour(network.edges[uv]) or colour for uv in chosen], style=line, arrows=True, arrowsize=14, alpha=0.75,
                                   connectionstyle="arc3,rad=0.08")
    nx.draw_networkx_nodes(network, pos, ax=ax, nodelist=nodes, node_size=sizes, linewidths=1.0,
                           edgecolors="white",
                           node_color=[TYPE_COLOURS.get(network.nodes[n].get("type"), OTHER_COLOUR) for n in nodes])
    for node in nodes:
        x, y = pos[node]
        ax.annotate(_node_label(network, node), (x, y),
                    xytext=(0, -(radius[node] * 1.25 * scale * _WIDTH / width + 9)), textcoords="offset points", ha="center", va="center",
                    fontsize=9, bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75})
    if network.number_of_edges() <= 80:
        labels = {(u, v): _short(d.get("predicate", ""), 30) for u, v, d in network.edges(data=True)}
        nx.draw_networkx_edge_labels(network, pos, edge_labels=labels, ax=ax, font_size=7, font_color="#333333",
                                     rotate=False,
                                     connectionstyle="arc3,rad=0.08",
                                     bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7})
    types = sorted(Counter(network.nodes[n].get("type", "Other") for n in nodes).items(), key=lambda i: (-i[1], i[0]))
    handles = [Line2D([], [], marker="o", linestyle="", markersize=10, markeredgecolor="white",
                      markerfacecolor=TYPE_COLOURS.get(t, OTHER_COLOUR), label=f"{_type_title(t)} ({n})")
               for t, n in types]
    quads = {d.get("quad_class", -1) for _, _, d in network.edges(data=True)}
    handles += [Line2D([], [], color=QUAD_COLOURS[q], linewidth=3, label=QUAD_NAMES[q])
                for q in sorted(QUAD_COLOURS) if q in quads]
    handles += [Line2D([], [], color="#555555", label="stated as fact"),
                Line2D([], [], color="#8a8a8a", linestyle="dashed", label="reported / hypothetical / requested"),
                Line2D([], [], color="#c0392b", linestyle="dashed", label="denied / negated")]
    ax.legend(handles=handles, loc="upper left", fontsize=9, frameon=True, framealpha=0.9)
    with atomic_output(path, what="the picture") as stream:
        fig.savefig(stream, format="png", facecolor="white")


def _edge_style(data: dict) -> str:
    if data.get("facts", 1):
        return "fact"
    return "neg" if data.get("polarity", {}).get("Negative") else "other"


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


# --- statistics ------------------------------------------------------------------------------

def stats(graph: Graph, top: int = 10) -> dict:
    """Counts that describe a graph.

    Parameters
    ----------
    graph : rdflib.Dataset or rdflib.Graph
    top : int
        How many actors to list by centrality.

    Returns
    -------
    dict
        ``triples``, ``graphs`` (named graphs), ``articles``, ``entities`` (total), ``entity_types``
        (type -> count), ``linked_entities`` (with a Wikidata owl:sameAs), ``concepts``,
        ``statements``, ``facts`` (kg:Positive and kg:Asserted), ``predicates`` (distinct),
        ``top_predicates`` (the 20 most used: [[local name, count], ...]), ``polarity`` and
        ``modality`` (local name -> count), ``events`` (statements with a ``kg:eventType``), ``event_roots``
        (CAMEO root -> count), ``quad_classes`` (quad class name -> count), ``top_actors`` ([{"iri", "label", "type", "centrality"}];
        weighted degree centrality in the collapsed actor network).
    """
    named = [g for g in graph.graphs() if str(g.identifier) != "urn:x-rdflib:default"] \
        if hasattr(graph, "graphs") else []
    with union_view(graph) as g:
        triples = len(g)
        entities = entity_table(g)
        predicates: Counter = Counter()
        polarity: Counter = Counter()
        modality: Counter = Counter()
        statements = facts = 0
        roots: Counter = Counter()
        quads: Counter = Counter()
        known = cameo_concepts()
        for st in g.subjects(RDF.type, KG.Statement):
            statements += 1
            etype = g.value(st, KG.eventType)
            if etype is not None:
                code = local_name(etype)
                roots[code[:2]] += 1
                if code in known:
                    quads[QUAD_NAMES[known[code].quad]] += 1
            pred = g.value(st, RDF.predicate)
            predicates[local_name(pred) if pred is not None else "(none)"] += 1
            pol = local_name(g.value(st, KG.polarity) or KG.Positive)
            mod = local_name(g.value(st, KG.modality) or KG.Asserted)
            polarity[pol] += 1
            modality[mod] += 1
            facts += pol == "Positive" and mod == "Asserted"
        articles = len(set(g.subjects(RDF.type, SCHEMA.NewsArticle)))
        concepts = len(set(g.subjects(RDF.type, KG.Concept)))
    network = collapse(actor_network(graph))
    scores = centrality(network)
    ranked = sorted(scores, key=lambda n: (-scores[n], network.nodes[n].get("label", n)))[:top]
    return {
        "triples": triples,
        "graphs": len(named),
        "articles": articles,
        "entities": len(entities),
        "entity_types": dict(sorted(Counter(t for _, t, _ in entities.values()).items(), key=lambda i: (-i[1], i[0]))),
        "linked_entities": sum(1 for _, _, wd in entities.values() if wd),
        "concepts": concepts,
        "statements": statements,
        "facts": facts,
        "predicates": len(predicates),
        "top_predicates": [[name, n] for name, n in sorted(predicates.items(), key=lambda i: (-i[1], i[0]))[:20]],
        "polarity": dict(sorted(polarity.items(), key=lambda i: (-i[1], i[0]))),
        "modality": dict(sorted(modality.items(), key=lambda i: (-i[1], i[0]))),
        "events": sum(roots.values()),
        "event_roots": dict(sorted(roots.items())),
        "quad_classes": {name: quads[name] for name in QUAD_NAMES.values() if quads.get(name)},
        "top_actors": [{"iri": n, "label": network.nodes[n].get("label", n), "type": network.nodes[n].get("type", ""),
                        "centrality": round(scores[n], 4)} for n in ranked if scores[n] > 0],
    }


def format_stats(numbers: dict) -> str:
    """The text rendering of :func:`stats`.

    Examples
    --------
    >>> print(format_stats({"triples": 3, "articles": 1}), end="")
    Triples            3
    Articles           1
    """
    lines = []
    def row(name, value, detail=""):
        lines.append(f"{name:<18} {value}" + (f"  ({detail})" if detail else ""))
    for key, name in (("triples", "Triples"), ("graphs", "Named graphs"), ("articles", "Articles")):
        if key in numbers:
            row(name, numbers[key])
    if "entities" in numbers:
        row("Entities", numbers["entities"], ", ".join(f"{t} {n}" for t, n in numbers.get("entity_types", {}).items()))
        row("  with Wikidata", numbers.get("linked_entities", 0))
    if "concepts" in numbers:
        row("Concepts", numbers["concepts"])
    if "statements" in numbers:
        row("Statements", numbers["statements"], f"facts {numbers.get('facts', 0)}")
        row("  polarity", ", ".join(f"{k} {v}" for k, v in numbers.get("polarity", {}).items()) or "-")
        row("  modality", ", ".join(f"{k} {v}" for k, v in numbers.get("modality", {}).items()) or "-")
        if "events" in numbers:
            row("  events", numbers["events"], ", ".join(f"{k} {v}" for k, v in numbers.get("quad_classes", {}).items()))
            roots = numbers.get("event_roots", {})
            if roots:
                row("  by CAMEO root", ", ".join(f"{k} {v}" for k, v in roots.items()))
        row("Predicates", numbers.get("predicates", 0))
    if numbers.get("top_predicates"):
        lines.append("")
        lines.append("Top predicates")
        width = max(len(name) for name, _ in numbers["top_predicates"])
        lines.extend(f"  {name:<{width}}  {n}" for name, n in numbers["top_predicates"])
    if numbers.get("top_actors"):
        lines.append("")
        lines.append("Top actors (weighted degree centrality)")
        width = max(len(a["label"]) for a in numbers["top_actors"])
        lines.extend(f"  {a['label']:<{width}}  {a['centrality']:.3f}  {a['type']}" for a in numbers["top_actors"])
    return "\n".join(lines) + "\n"


_CSS = """
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; font: 14px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #222; background: #fafafa; overflow: hidden; }
body { display: flex; }
#net { display: block; flex: 1 1 auto; min-width: 0; height: 100vh; cursor: grab; user-select: none; touch-action: none; }
#net.panning { cursor: grabbing; }
.edge path { fill: none; stroke: #666; stroke-opacity: .55; }
.edge.other path { stroke: #999; stroke-dasharray: 6 4; }
.edge.neg path { stroke: #c0392b; stroke-dasharray: 6 4; }
.edge text { font-size: 11px; fill: #444; text-anchor: middle; dominant-baseline: middle;
  paint-order: stroke; stroke: #fafafa; stroke-width: 3px; stroke-linejoin: round; pointer-events: none; }
.edge text.hidden { display: none; }
.edge:hover path, .edge.hl path { stroke-opacity: 1; }
.edge:hover text.hidden, .edge.hl text.hidden, svg.zoomed .edge text.hidden { display: inline; }
.node { cursor: pointer; }
.node circle { stroke: #fff; stroke-width: 1.5px; }
.node text { font-size: 12.5px; font-weight: 600; fill: #222; text-anchor: middle; paint-order: stroke;
  stroke: #fafafa; stroke-width: 3.5px; stroke-linejoin: round; pointer-events: none; }
svg.focus .node:not(.hl), svg.focus .edge:not(.hl) { opacity: .15; }
.node.hl circle { stroke: #222; }
#panel { order: -1; flex: 0 0 260px; height: 100vh; overflow-y: auto; background: #fff;
  border-right: 1px solid #e2e2e2; padding: 14px 16px; }
#panel h1 { font-size: 16px; margin: 0 0 2px; }
#panel .sum { color: #555; font-size: 12.5px; margin-bottom: 6px; }
#panel ul { list-style: none; margin: 4px 0; padding: 0; }
#panel li { margin: 2px 0; font-size: 13px; }
#panel .n { color: #777; }
.dot { display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin-right: 7px; vertical-align: -1px; }
.line { display: inline-block; width: 22px; margin-right: 5px; vertical-align: middle; border-top: 2px solid #666; }
.line.other { border-top: 2px dashed #999; } .line.neg { border-top: 2px dashed #c0392b; }
#panel .hint { color: #777; font-size: 11.5px; margin-top: 6px; }
#tip { position: fixed; display: none; max-width: 460px; background: #222; color: #fff; padding: 8px 10px;
  border-radius: 6px; font-size: 12.5px; white-space: pre-wrap; pointer-events: none;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); z-index: 10; }
"""

_JS = r"""
(function () {
  "use strict";
  var svg = document.getElementById("net"), view = document.getElementById("view"), tip = document.getElementById("tip");
  var tx = 0, ty = 0, k = 1, nodes = {}, edges = [], drag = null, pan = null;
  Array.prototype.forEach.call(document.querySelectorAll("g.node"), function (g) {
    nodes[g.dataset.id] = { el: g, x: +g.dataset.x, y: +g.dataset.y, r: +g.dataset.r, edges: [] };
  });
  Array.prototype.forEach.call(document.querySelectorAll("g.edge"), function (g) {
    var e = { el: g, u: nodes[g.dataset.u], v: nodes[g.dataset.v], bend: +g.dataset.bend,
              path: g.querySelector("path"), text: g.querySelector("text") };
    e.u.edges.push(e); e.v.edges.push(e); edges.push(e);
  });
  function draw(e) {
    var x1 = e.u.x, y1 = e.u.y, x2 = e.v.x, y2 = e.v.y, dx = x2 - x1, dy = y2 - y1;
    var len = Math.sqrt(dx * dx + dy * dy) || 1, nx = -dy / len, ny = dx / len;
    var off = e.bend ? Math.min(40, len * 0.18) : 0;
    var cx = (x1 + x2) / 2 + nx * off, cy = (y1 + y2) / 2 + ny * off;
    var a = Math.atan2(cy - y1, cx - x1), b = Math.atan2(y2 - cy, x2 - cx);
    var sx = x1 + Math.cos(a) * e.u.r, sy = y1 + Math.sin(a) * e.u.r;
    var ex = x2 - Math.cos(b) * (e.v.r + 2), ey = y2 - Math.sin(b) * (e.v.r + 2);
    e.path.setAttribute("d", "M" + sx.toFixed(1) + "," + sy.toFixed(1) + " Q" + cx.toFixed(1) + "," +
                        cy.toFixed(1) + " " + ex.toFixed(1) + "," + ey.toFixed(1));
    e.text.setAttribute("x", (0.25 * sx + 0.5 * cx + 0.25 * ex).toFixed(1));
    e.text.setAttribute("y", (0.25 * sy + 0.5 * cy + 0.25 * ey).toFixed(1));
  }
  edges.forEach(draw);
  function apply() {
    view.setAttribute("transform", "translate(" + tx + "," + ty + ") scale(" + k + ")");
    svg.classList.toggle("zoomed", k >= 1.8);
  }
  function point(evt, el) {
    var p = svg.createSVGPoint(); p.x = evt.clientX; p.y = evt.clientY;
    return p.matrixTransform(el.getScreenCTM().inverse());
  }
  function showTip(evt, text) {
    tip.textContent = text; tip.style.display = "block";
    var w = tip.offsetWidth, h = tip.offsetHeight, x = evt.clientX + 14, y = evt.clientY + 14;
    if (x + w > window.innerWidth - 8) x = evt.clientX - w - 14;
    if (y + h > window.innerHeight - 8) y = Math.max(8, evt.clientY - h - 14);
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  function hideTip() { tip.style.display = "none"; }
  function focus(n) {
    svg.classList.add("focus"); n.el.classList.add("hl");
    n.edges.forEach(function (e) { e.el.classList.add("hl"); e.u.el.classList.add("hl"); e.v.el.classList.add("hl"); });
  }
  function unfocus() {
    svg.classList.remove("focus");
    Array.prototype.forEach.call(svg.querySelectorAll(".hl"), function (el) { el.classList.remove("hl"); });
  }
  Object.keys(nodes).forEach(function (id) {
    var n = nodes[id];
    n.el.addEventListener("pointerenter", function (evt) { if (!drag && !pan) { focus(n); showTip(evt, n.el.dataset.tip); } });
    n.el.addEventListener("pointermove", function (evt) { if (!drag) showTip(evt, n.el.dataset.tip); });
    n.el.addEventListener("pointerleave", function () { if (!drag) { unfocus(); hideTip(); } });
    n.el.addEventListener("pointerdown", function (evt) {
      evt.stopPropagation(); var p = point(evt, view);
      drag = { n: n, dx: n.x - p.x, dy: n.y - p.y }; svg.setPointerCapture(evt.pointerId); hideTip();
    });
  });
  edges.forEach(function (e) {
    e.el.addEventListener("pointerenter", function (evt) { if (!drag && !pan) showTip(evt, e.el.dataset.tip); });
    e.el.addEventListener("pointermove", function (evt) { if (!drag && !pan) showTip(evt, e.el.dataset.tip); });
    e.el.addEventListener("pointerleave", hideTip);
  });
  svg.addEventListener("pointerdown", function (evt) {
    var p = point(evt, svg); pan = { x: p.x, y: p.y }; svg.classList.add("panning"); svg.setPointerCapture(evt.pointerId);
  });
  svg.addEventListener("pointermove", function (evt) {
    if (drag) {
      var p = point(evt, view), n = drag.n;
      n.x = p.x + drag.dx; n.y = p.y + drag.dy;
      n.el.setAttribute("transform", "translate(" + n.x.toFixed(1) + "," + n.y.toFixed(1) + ")");
      n.edges.forEach(draw);
    } else if (pan) {
      var q = point(evt, svg); tx += q.x - pan.x; ty += q.y - pan.y; pan = { x: q.x, y: q.y }; apply();
    }
  });
  function release() { if (drag) { unfocus(); } drag = null; pan = null; svg.classList.remove("panning"); }
  svg.addEventListener("pointerup", release);
  svg.addEventListener("pointercancel", release);
  svg.addEventListener("wheel", function (evt) {
    evt.preventDefault();
    var p = point(evt, svg), f = Math.exp(-evt.deltaY * 0.0015), nk = Math.min(8, Math.max(0.2, k * f));
    f = nk / k; tx = p.x - (p.x - tx) * f; ty = p.y - (p.y - ty) * f; k = nk; apply();
  }, { passive: false });
  svg.addEventListener("dblclick", function () { tx = 0; ty = 0; k = 1; apply(); });
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<svg id="net" viewBox="0 0 {width} {height}" preserveAspectRatio="xMidYMid meet" xmlns="http://www.w3.org/2000/svg">
<defs>
<marker id="arrow-fact" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#666"/></marker>
<marker id="arrow-other" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#999"/></marker>
<marker id="arrow-neg" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#c0392b"/></marker>
</defs>
<g id="view">
<g id="edges">
{edges}
</g>
<g id="nodes">
{nodes}
</g>
</g>
</svg>
<div id="panel">
<h1>{title}</h1>
<div class="sum">{summary}</div>
<ul>{legend}</ul>
<ul>
<li><span class="line"></span>stated as fact</li>
<li><span class="line other"></span>reported, hypothetical or requested</li>
<li><span class="line neg"></span>denied or negated</li>
</ul>
<div class="hint">Node size: weighted degree. Hover for sentences and link labels; drag nodes; wheel to zoom; drag the background to pan; double-click to reset.</div>
</div>
<div id="tip"></div>
<script>{script}</script>
</body>
</html>
"""
