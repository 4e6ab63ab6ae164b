"""Where an actor network's nodes go in a picture: a seeded spring layout per connected part, the parts packed
in rows, and a canvas that grows until nodes and their labels do not overlap."""
from __future__ import annotations

import math

import networkx as nx

from kg.viz.style import node_label, radii

WIDTH, HEIGHT, MARGIN = 1000, 820, 60


def layout(network: nx.Graph, width: float = WIDTH, height: float = HEIGHT, margin: float = MARGIN) -> dict:
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
        boxes.append((side, part_layout(ordered_subgraph(simple, part), side)))
    gap = 0.9
    # Try row widths from one box to all boxes in a row; keep the packing that fills the canvas best.
    widest, total = boxes[0][0] + gap, sum(side + gap for side, _ in boxes)
    best = None
    for step in range(25):
        row_width = widest + (total - widest) * step / 24
        packed = pack(boxes, row_width, gap)
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


def pack(boxes: list, row_width: float, gap: float) -> dict:
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


def ordered_subgraph(graph: nx.Graph, nodes: list) -> nx.Graph:
    """The subgraph on ``nodes`` with its nodes in that order (a subgraph view iterates in the order of a
    set, which follows the string hash of the process, and the spring layout's start follows the order)."""
    part = nx.Graph()
    part.add_nodes_from(nodes)
    part.add_edges_from(sorted(((u, v, d) for u, v, d in graph.subgraph(nodes).edges(data=True)),
                               key=lambda e: (str(e[0]), str(e[1]))))
    return part


def part_layout(part: nx.Graph, side: float) -> dict:
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


def arrange(network: nx.Graph) -> tuple[dict, dict, float, float]:
    """Positions, radii and canvas size: the canvas grows until nodes and their labels fit."""
    radius = radii(network)
    half_w = {n: max(radius[n], 3.6 * len(node_label(network, n))) + 6 for n in network}
    half_h = {n: radius[n] + 16 for n in network}
    needed = sum(4 * half_w[n] * half_h[n] for n in network)
    usable = (WIDTH - 2 * MARGIN) * (HEIGHT - 2 * MARGIN)
    factor = math.sqrt(max(1.0, 3.0 * needed / usable))
    width, height = WIDTH * factor, HEIGHT * factor
    pos = spread(layout(network, width, height, MARGIN), half_w, half_h, width, height, MARGIN)
    return pos, radius, width, height


def spread(pos: dict, half_w: dict, half_h: dict, width: float, height: float, margin: float,
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
