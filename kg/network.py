"""The actor network: who does what to whom, read from the reified statements of a graph."""
from __future__ import annotations

import contextlib
from collections import Counter, defaultdict
from typing import Iterator

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph

from kg.rdf.namespaces import KG, OWL, RDF, RDFS, WD

__all__ = ["ENTITY_TYPES", "actor_network", "collapse", "centrality", "prune", "local_name", "entity_table",
           "union_view"]

#: The contract's entity classes, most specific first; all are subclasses of kg:Entity.
ENTITY_TYPES = (KG.Person, KG.Organization, KG.GeopoliticalEntity, KG.Location, KG.Group, KG.Event)

#: How many example sentences an edge keeps.
MAX_SENTENCES = 5


def local_name(iri) -> str:
    """The last segment of an IRI: ``kgp:pave_way_for`` -> ``pave_way_for``.

    Examples
    --------
    >>> local_name("https://w3id.org/kg-builder/ontology#Person")
    'Person'
    """
    text = str(iri)
    return text.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@contextlib.contextmanager
def union_view(graph: Graph) -> Iterator[Graph]:
    """A dataset seen as the union of its graphs, for the duration of the block."""
    if not isinstance(graph, ConjunctiveGraph):
        yield graph
        return
    previous = graph.default_union
    graph.default_union = True
    try:
        yield graph
    finally:
        graph.default_union = previous


def _entity_classes(graph: Graph) -> dict:
    """Entity class -> the type name shown for it, including subclasses the graph declares."""
    classes = {cls: local_name(cls) for cls in ENTITY_TYPES}
    frontier = list(classes) + [KG.Entity]
    while frontier:
        parent = frontier.pop()
        for child in graph.subjects(RDFS.subClassOf, parent):
            if child not in classes and child != KG.Entity:
                classes[child] = classes.get(parent, local_name(child))
                frontier.append(child)
    return classes


def _label(graph: Graph, node) -> str:
    labels = sorted({str(label) for label in graph.objects(node, RDFS.label)}, key=lambda s: (-len(s), s))
    return labels[0] if labels else local_name(node)


def entity_table(graph: Graph) -> dict:
    """Entity IRI -> (label, type name, wikidata id or None)."""
    classes = _entity_classes(graph)
    rank = {cls: i for i, cls in enumerate(classes)}
    found: dict = {}
    for cls in list(classes) + [KG.Entity]:
        for node in graph.subjects(RDF.type, cls):
            if not isinstance(node, URIRef):
                continue
            if node in found and rank.get(found[node], len(rank)) <= rank.get(cls, len(rank)):
                continue
            found[node] = cls
    result = {}
    for node, cls in found.items():
        wikidata = next((local_name(o) for o in graph.objects(node, OWL.sameAs) if str(o).startswith(str(WD))),
                        None)
        result[node] = (_label(graph, node), classes.get(cls, local_name(cls)), wikidata)
    return result


def date_span(value: str) -> tuple[str, str] | None:
    """The first and last day a ``kg:date`` value covers, as ISO strings; None when it is no date.

    >>> date_span("2022-02-21"), date_span("2022-02"), date_span("2022")
    (('2022-02-21', '2022-02-21'), ('2022-02-01', '2022-02-31'), ('2022-01-01', '2022-12-31'))
    """
    import re
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text, text
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return text + "-01", text + "-31"       # compared as text: the 31st is after any day of the month
    if re.fullmatch(r"\d{4}", text):
        return text + "-01-01", text + "-12-31"
    return None


def in_period(value, since: str | None, until: str | None) -> bool:
    """Whether a ``kg:date`` value overlaps [since, until] (either may be None: open); an undated
    statement is in no bounded period.

    >>> in_period("2022-02", "2022-02-15", None), in_period("2021", "2022-01-01", None), in_period(None, None, None)
    (True, False, True)
    """
    if since is None and until is None:
        return True
    span = date_span(value) if value is not None else None
    if span is None:
        return False
    return (since is None or span[1] >= since) and (until is None or span[0] <= until)


def actor_network(graph: Graph, facts_only: bool = False, since: str | None = None,
                  until: str | None = None) -> nx.MultiDiGraph:
    """The network of entities linked by the statements between them.

    Nodes are the entities (instances of kg:Person, kg:Organization, kg:GeopoliticalEntity,
    kg:Location, kg:Group, kg:Event or of a subclass the graph declares), keyed by IRI, with the
    attributes ``label``, ``type`` and ``wikidata`` (a Q-id or ``""``). For each kg:Statement whose
    subject is an entity there is an edge to its object where that is an entity, or to each entity a
    kg:Concept object ``kg:involves``. Edges between the same pair with the same predicate are one
    edge keyed by the predicate's local name, with attributes ``predicate`` (its rdfs:label),
    ``iri``, ``weight`` (the number of statements), ``facts`` (how many of them are kg:Positive
    and kg:Asserted), ``sentences`` (up to five), ``concepts``
    (labels of the concepts passed through), ``polarity`` and ``modality`` (counts by local name:
    ``{"Positive": 2}``). Self loops are dropped. Every statement counts, whatever its polarity
    or modality; filter on those attributes to keep only facts. Events add ``codes`` (CAMEO code -> count),
    ``code`` (the most frequent), ``quad_class`` (the most frequent, -1 for none), ``goldstein`` (the mean
    Goldstein weight of the typed statements, 0.0 for none) and ``date`` (the earliest ``kg:date``, or "").

    Parameters
    ----------
    graph : rdflib.Graph or rdflib.Dataset
        A dataset is read as the union of its graphs.
    facts_only : bool
        Count only the statements that are kg:Positive and kg:Asserted.
    since, until : str, optional
        ISO dates (``YYYY-MM-DD``): keep only the statements whose ``kg:date`` overlaps the period (undated
        statements are then left out).

    Returns
    -------
    networkx.MultiDiGraph

    Examples
    --------
    >>> from rdflib import Graph
    >>> g = Graph().parse(format="turtle", data='''
    ... @prefix kg: <https://w3id.org/kg-builder/ontology#> .
    ... @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
    ... <urn:a> a kg:Person . <urn:b> a kg:Organization .
    ... <urn:s> a kg:Statement ; rdf:subject <urn:a> ; rdf:predicate <urn:p/lead> ; rdf:object <urn:b> .
    ... ''')
    >>> net = actor_network(g)
    >>> sorted(net.edges(keys=True, data="weight"))
    [('urn:a', 'urn:b', 'lead', 1)]
    """
    with union_view(graph) as g:
        entities = entity_table(g)
        edges: dict = {}
        for statement in g.subjects(RDF.type, KG.Statement):
            subject = g.value(statement, RDF.subject)
            predicate = g.value(statement, RDF.predicate)
            obj = g.value(statement, RDF.object)
            if subject not in entities or predicate is None or obj is None:
                continue
            if obj in entities:
                targets, concept = [obj], None
            elif isinstance(obj, Literal) or (obj, RDF.type, KG.Concept) not in g:
                continue
            else:
                targets = sorted(o for o in g.objects(obj, KG.involves) if o in entities)
                concept = _label(g, obj)
            sentence = g.value(statement, KG.sentence)
            polarity = local_name(g.value(statement, KG.polarity) or KG.Positive)
            modality = local_name(g.value(statement, KG.modality) or KG.Asserted)
            if facts_only and (polarity, modality) != ("Positive", "Asserted"):
                continue
            date = g.value(statement, KG.date)
            if not in_period(date, since, until):
                continue
            etype = g.value(statement, KG.eventType)
            code = local_name(etype) if etype is not None else None
            for target in targets:
                if target == subject:
                    continue
                key = (str(subject), str(target), local_name(predicate))
                edge = edges.setdefault(key, {"predicate": _label(g, predicate), "iri": str(predicate),
                                              "weight": 0, "facts": 0, "sentences": [], "concepts": [],
                                              "polarity": Counter(), "modality": Counter(), "codes": Counter(),
                                              "dates": set()})
                edge["weight"] += 1
                edge["facts"] += polarity == "Positive" and modality == "Asserted"
                edge["polarity"][polarity] += 1
                edge["modality"][modality] += 1
                if code:
                    edge["codes"][code] += 1
                if date is not None and date_span(date):
                    edge["dates"].add(str(date))
                if sentence is not None and str(sentence) not in edge["sentences"] \
                        and len(edge["sentences"]) < MAX_SENTENCES:
                    edge["sentences"].append(str(sentence))
                if concept and concept not in edge["concepts"]:
                    edge["concepts"].append(concept)
    network = nx.MultiDiGraph()
    for node in sorted(entities):
        label, kind, wikidata = entities[node]
        network.add_node(str(node), label=label, type=kind, wikidata=wikidata or "")
    for (u, v, key), attrs in sorted(edges.items()):
        attrs["polarity"] = dict(sorted(attrs["polarity"].items()))
        attrs["modality"] = dict(sorted(attrs["modality"].items()))
        attrs.update(event_summary(attrs.pop("codes"), attrs.pop("dates")))
        network.add_edge(u, v, key=key, **attrs)
    return network


def event_summary(codes: Counter, dates) -> dict:
    """An edge's event attributes from its codes (code -> count) and dates: ``codes``, ``code``, ``quad_class``,
    ``goldstein`` (mean weight) and ``date`` (the earliest).

    >>> s = event_summary(Counter({"190": 2, "112": 1}), {"2022-02"})
    >>> s["code"], s["quad_class"], s["goldstein"], s["date"]
    ('190', 4, -7.33, '2022-02')
    """
    from kg.events import concepts
    known = concepts()
    quads: Counter = Counter()
    total = 0.0
    n = 0
    for code, count in codes.items():
        concept = known.get(code)
        if concept is not None:
            quads[concept.quad] += count
            total += concept.goldstein * count
            n += count
    top = sorted(codes.items(), key=lambda i: (-i[1], i[0]))
    return {"codes": dict(sorted(codes.items())), "code": top[0][0] if top else "",
            "quad_class": sorted(quads.items(), key=lambda i: (-i[1], -i[0]))[0][0] if quads else -1,
            "goldstein": round(total / n, 2) if n else 0.0,
            "date": min(dates, key=lambda d: date_span(d)[0]) if dates else ""}


def collapse(network: nx.MultiDiGraph) -> nx.DiGraph:
    """One edge per ordered pair of actors: weights summed, predicate labels joined.

    Parameters
    ----------
    network : networkx.MultiDiGraph
        As :func:`actor_network` returns it.

    Returns
    -------
    networkx.DiGraph
        Nodes keep their attributes. Each edge has ``weight`` (the sum), ``predicate`` (the
        predicate labels joined with ``", "``, heaviest first), ``predicates`` (their keys),
        ``facts`` (summed), ``sentences`` (up to five), ``concepts``, ``polarity`` and ``modality`` (summed counts).

    Examples
    --------
    >>> net = nx.MultiDiGraph()
    >>> net.add_edge("a", "b", key="warn", predicate="warned", weight=1, sentences=["A warned B."])
    'warn'
    >>> net.add_edge("a", "b", key="meet", predicate="met", weight=2, sentences=["A met B."])
    'meet'
    >>> collapse(net).edges["a", "b"]["predicate"], collapse(net).edges["a", "b"]["weight"]
    ('met, warned', 3)
    """
    out = nx.DiGraph()
    out.add_nodes_from(network.nodes(data=True))
    grouped: dict = defaultdict(list)
    for u, v, key, data in network.edges(keys=True, data=True):
        grouped[(u, v)].append((key, data))
    for (u, v), items in grouped.items():
        items.sort(key=lambda item: (-item[1].get("weight", 1), item[0]))
        sentences: list = []
        concepts: list = []
        polarity: Counter = Counter()
        modality: Counter = Counter()
        codes: Counter = Counter()
        dates: set = set()
        for _, data in items:
            codes.update(data.get("codes", {}))
            if data.get("date"):
                dates.add(data["date"])
            for sentence in data.get("sentences", []):
                if sentence not in sentences and len(sentences) < MAX_SENTENCES:
                    sentences.append(sentence)
            concepts.extend(c for c in data.get("concepts", []) if c not in concepts)
            polarity.update(data.get("polarity", {}))
            modality.update(data.get("modality", {}))
        out.add_edge(u, v, weight=sum(data.get("weight", 1) for _, data in items),
                     facts=sum(data.get("facts", 0) for _, data in items),
                     predicate=", ".join(data.get("predicate", key) for key, data in items),
                     predicates=[key for key, _ in items], sentences=sentences, concepts=concepts,
                     polarity=dict(sorted(polarity.items())), modality=dict(sorted(modality.items())),
                     **event_summary(codes, dates))
    return out


def centrality(network: nx.Graph, measure: str = "degree") -> dict:
    """How central each actor is.

    Parameters
    ----------
    network : networkx.Graph
        An actor network (multi or collapsed); edge ``weight`` attributes count.
    measure : {"degree", "pagerank"}
        ``degree`` (the default, used to size nodes in pictures): weighted degree centrality, the
        sum of the weights of a node's incoming and outgoing edges divided by ``n - 1`` (networkx's
        degree centrality when every weight is 1). ``pagerank``: PageRank (damping 0.85) over the
        weighted, directed edges; sums to 1.

    Returns
    -------
    dict
        Node -> centrality; an empty network gives ``{}``.

    Examples
    --------
    >>> net = nx.DiGraph([("a", "b", {"weight": 2}), ("c", "b", {"weight": 1})])
    >>> centrality(net)
    {'a': 1.0, 'b': 1.5, 'c': 0.5}
    """
    if measure == "degree":
        n = network.number_of_nodes()
        if n == 0:
            return {}
        scale = 1.0 / (n - 1) if n > 1 else 1.0
        return {node: strength * scale for node, strength in network.degree(weight="weight")}
    if measure == "pagerank":
        return _pagerank(network)
    raise ValueError(f"Unknown centrality measure {measure!r}; use 'degree' or 'pagerank'")


def _pagerank(network: nx.Graph, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200) -> dict:
    """Weighted PageRank by power iteration (networkx's own needs scipy, which is not a dependency)."""
    nodes = list(network)
    n = len(nodes)
    if n == 0:
        return {}
    out_weight: dict = defaultdict(float)
    links: dict = defaultdict(lambda: defaultdict(float))
    for u, v, data in network.edges(data=True):
        w = float(data.get("weight", 1))
        links[u][v] += w
        out_weight[u] += w
        if not network.is_directed():
            links[v][u] += w
            out_weight[v] += w
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[node] for node in nodes if out_weight[node] == 0) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u, targets in links.items():
            share = alpha * rank[u] / out_weight[u]
            for v, w in targets.items():
                new[v] += share * w
        error = sum(abs(new[node] - rank[node]) for node in nodes)
        rank = new
        if error < n * tol:
            break
    return rank


def prune(network: nx.Graph, min_weight: int = 1, top: int | None = None,
          keep_isolated: bool = False) -> nx.Graph:
    """A smaller copy of an actor network, for pictures.

    Parameters
    ----------
    network : networkx.MultiDiGraph or networkx.DiGraph
        An actor network.
    min_weight : int
        Drop the links between two actors backed by fewer statements (summed over predicates).
    top : int, optional
        Keep only this many actors, the most central (weighted degree) first; ties by label.
    keep_isolated : bool
        Keep actors without any link (left after ``min_weight``). Isolated actors are dropped
        before ``top`` picks, and the top actors stay even if none of their links survive.

    Returns
    -------
    networkx.Graph
        Of the same class as ``network``.

    Examples
    --------
    >>> net = nx.DiGraph([("a", "b", {"weight": 3}), ("b", "c", {"weight": 1})])
    >>> sorted(prune(net, min_weight=2).edges)
    [('a', 'b')]
    """
    out = network.copy()
    pair_weight: Counter = Counter()
    for u, v, w in out.edges(data="weight", default=1):
        pair_weight[(u, v)] += w
    weak = [(u, v) for (u, v), w in pair_weight.items() if w < min_weight]
    for u, v in weak:
        while out.has_edge(u, v):
            out.remove_edge(u, v)
    if not keep_isolated:
        out.remove_nodes_from([n for n in list(out.nodes) if out.degree(n) == 0])
    if top is not None:
        # The top actors stay even when their links lead to actors outside the top.
        scores = centrality(out)
        ranked = sorted(out.nodes, key=lambda n: (-scores.get(n, 0.0), str(out.nodes[n].get("label", n)), n))
        out.remove_nodes_from(ranked[max(top, 0):])
    return out
