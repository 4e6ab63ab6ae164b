"""How an actor network looks: colours by entity type and by CAMEO quad class, and the size, width, style and
label of its nodes and links (shared by the HTML page and the PNG picture)."""
from __future__ import annotations

import math

import networkx as nx

from kg.network import centrality

#: Node colour by entity type (Tableau 10); anything else is grey.
TYPE_COLOURS = {"Person": "#4e79a7", "Organization": "#f28e2b", "GeopoliticalEntity": "#59a14f",
                "Location": "#76b7b2", "Group": "#edc948", "Event": "#b07aa1"}
OTHER_COLOUR = "#9c9c9c"
#: Link colours by CAMEO quad class: neutral, verbal and material cooperation, verbal and material conflict.
QUAD_COLOURS = {0: "#8c8c8c", 1: "#6baed6", 2: "#1f5fa8", 3: "#f39c34", 4: "#c62828"}
QUAD_NAMES = {0: "neutral statement", 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}


def node_label(network: nx.Graph, node) -> str:
    """A node's label as the pictures show it (at most 30 characters)."""
    return short(str(network.nodes[node].get("label", node)), 30)


def radii(network: nx.Graph, low: float = 7.0, high: float = 26.0) -> dict:
    """Node -> circle radius in pixels, growing with the square root of its weighted degree centrality."""
    scores = centrality(network)
    top = max(scores.values(), default=0.0) or 1.0
    return {node: low + (high - low) * math.sqrt(scores.get(node, 0.0) / top) for node in network}


def edge_width(weight: float, goldstein: float = 0.0) -> float:
    """Wider for more statements, and up to twice as wide for the strongest Goldstein weight (|-10|)."""
    return min(1.2 + 1.8 * math.log2(max(weight, 1)), 8.0) * (1 + min(abs(goldstein), 10) / 10)


def quad_colour(data: dict) -> str | None:
    """A link's colour by its CAMEO quad class, or None for a link with no event."""
    return QUAD_COLOURS.get(data.get("quad_class", -1))


def type_title(name: str) -> str:
    """An entity type's name as a legend shows it."""
    return {"GeopoliticalEntity": "Geopolitical entity"}.get(name, name)


def edge_style(data: dict) -> str:
    """"fact", "neg" (denied or negated) or "other" (reported, hypothetical, requested): how a link is drawn."""
    if data.get("facts", 1):
        return "fact"
    return "neg" if data.get("polarity", {}).get("Negative") else "other"


def short(text: str, limit: int) -> str:
    """The text cut to ``limit`` characters, with an ellipsis where it was cut."""
    return text if len(text) <= limit else text[:limit - 1] + "…"
