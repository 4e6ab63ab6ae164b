"""A graph's statistics: counts of triples, articles, entities, statements, predicates and events, and the top
actors by centrality (``kg stats``)."""
from __future__ import annotations

from collections import Counter

from rdflib import Graph

from kg.events import concepts as cameo_concepts
from kg.network import actor_network, centrality, collapse, entity_table, local_name, union_view
from kg.rdf.namespaces import KG, RDF, SCHEMA
from kg.viz.style import QUAD_NAMES


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
