"""The PNG picture of an actor network, drawn with matplotlib (the ``viz`` extra)."""
from __future__ import annotations

import math
from collections import Counter

import networkx as nx

from kg.errors import OutputError
from kg.export import atomic_output
from kg.viz.positions import WIDTH, arrange
from kg.viz.style import (OTHER_COLOUR, QUAD_COLOURS, QUAD_NAMES, TYPE_COLOURS, edge_style, edge_width, node_label,
                          quad_colour, short, type_title)


def write_png(network: nx.Graph, path, title: str) -> None:
    """Draw the network with matplotlib and write it as a PNG picture, atomically."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.lines import Line2D
    except ImportError as err:
        raise OutputError("A PNG picture needs matplotlib; run: pip install 'kg-builder[viz]'") from err
    placed, radius, width, height = arrange(network)
    pos = {node: (x, height - y) for node, (x, y) in placed.items()}
    scale = min(width / WIDTH, 2.5)
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
    sizes = [math.pi * (radius[n] * 1.25 * scale * WIDTH / width) ** 2 for n in nodes]
    for style, colour, line in (("fact", "#555555", "solid"), ("other", "#8a8a8a", "dashed"),
                                ("neg", "#c0392b", "dashed")):
        chosen = [(u, v) for u, v, d in network.edges(data=True) if edge_style(d) == style]
        if chosen:
            nx.draw_networkx_edges(network, pos, ax=ax, edgelist=chosen, nodelist=nodes, node_size=sizes,
                                   width=[edge_width(network.edges[uv].get("weight", 1),
                                                      network.edges[uv].get("goldstein", 0.0)) * 0.8 for uv in chosen],
                                   edge_color=[quad_colour(network.edges[uv]) or colour for uv in chosen], style=line, arrows=True, arrowsize=14, alpha=0.75,
                                   connectionstyle="arc3,rad=0.08")
    nx.draw_networkx_nodes(network, pos, ax=ax, nodelist=nodes, node_size=sizes, linewidths=1.0,
                           edgecolors="white",
                           node_color=[TYPE_COLOURS.get(network.nodes[n].get("type"), OTHER_COLOUR) for n in nodes])
    for node in nodes:
        x, y = pos[node]
        ax.annotate(node_label(network, node), (x, y),
                    xytext=(0, -(radius[node] * 1.25 * scale * WIDTH / width + 9)), textcoords="offset points", ha="center", va="center",
                    fontsize=9, bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75})
    if network.number_of_edges() <= 80:
        labels = {(u, v): short(d.get("predicate", ""), 30) for u, v, d in network.edges(data=True)}
        nx.draw_networkx_edge_labels(network, pos, edge_labels=labels, ax=ax, font_size=7, font_color="#333333",
                                     rotate=False,
                                     connectionstyle="arc3,rad=0.08",
                                     bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7})
    types = sorted(Counter(network.nodes[n].get("type", "Other") for n in nodes).items(), key=lambda i: (-i[1], i[0]))
    handles = [Line2D([], [], marker="o", linestyle="", markersize=10, markeredgecolor="white",
                      markerfacecolor=TYPE_COLOURS.get(t, OTHER_COLOUR), label=f"{type_title(t)} ({n})")
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
