"""The HTML picture of an actor network: one self-contained page (inline SVG, style and script, nothing fetched
from the network) with drag, zoom and pan, and the sentences of each link on hover."""
from __future__ import annotations

import html
from collections import Counter

import networkx as nx

from kg.network import centrality
from kg.viz.positions import arrange
from kg.viz.style import (OTHER_COLOUR, QUAD_COLOURS, QUAD_NAMES, TYPE_COLOURS, edge_width, node_label, quad_colour,
                          type_title)


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


def html_page(network: nx.Graph, title: str) -> str:
    """The network as one self-contained HTML page (inline SVG, style and script)."""
    pos, radius, width, height = arrange(network)
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
        colour = quad_colour(data)
        paint = f' style="stroke:{colour}"' if colour else ""
        edges_svg.append(
            f'<g class="edge {style}" data-u="{e(str(u))}" data-v="{e(str(v))}" data-bend="{bend}" '
            f'data-tip="{e(_edge_tip(network, u, v, data))}">'
            f'<path d="M{x1:.1f},{y1:.1f} L{x2:.1f},{y2:.1f}"{paint} '
            f'stroke-width="{edge_width(data.get("weight", 1), data.get("goldstein", 0.0)):.1f}" '
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
            f'<text class="nlabel" y="{r + 13:.1f}">{e(node_label(network, node))}</text></g>')
    types = Counter(data.get("type", "Other") for _, data in network.nodes(data=True))
    legend = "".join(f'<li><span class="dot" style="background:{TYPE_COLOURS.get(t, OTHER_COLOUR)}"></span>'
                     f'{e(type_title(t))} <span class="n">{n}</span></li>'
                     for t, n in sorted(types.items(), key=lambda item: (-item[1], item[0])))
    quads = Counter(d.get("quad_class", -1) for _, _, d in network.edges(data=True))
    legend += "".join(f'<li><span class="line" style="border-color:{QUAD_COLOURS[q]}"></span>{QUAD_NAMES[q]} '
                      f'<span class="n">{quads[q]}</span></li>' for q in sorted(QUAD_COLOURS) if quads.get(q))
    summary = (f"{network.number_of_nodes()} actors · {network.number_of_edges()} links · "
               f"{sum(w for _, _, w in network.edges(data='weight', default=1))} statements")
    return _PAGE.format(title=e(title), summary=e(summary), legend=legend, width=f"{width:.0f}", height=f"{height:.0f}",
                        edges="\n".join(edges_svg), nodes="\n".join(nodes_svg), style=_CSS, script=_JS)


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
