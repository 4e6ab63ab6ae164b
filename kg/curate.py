"""Curating a store: merges on the record, forced merges, splits, and removing articles.

Every cross-article merge the store makes is written to the named graph ``kgr:curation`` as a
``kg:Merge``: the node that was merged, the entity it became, its names, the rule, a score, when, and
the article it rests on. The user's own decisions go there too: ``kg merge`` (a ``kg:Merge`` by
``kg:UserDecision``) and ``kg split`` (a ``kg:Split``). The store's entity index reads them back, so
later builds respect them: a forced merge always happens again, a split name is never merged again.
Each command is one SPARQL update, hence one Oxigraph transaction: a kill leaves all of it or none.
Entity IRIs never change: a merge keeps the first entity's IRI, a split restores the node's own.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone

import pyoxigraph as ox
from rdflib import Literal, URIRef

from kg.errors import StoreError
from kg.merge import ENTITY_CLASSES, RULE_SCORES, EntityIndex, Merge
from kg.rdf.iris import digest
from kg.rdf.namespaces import KG, KGR, OWL, PROV, RDF, RDFS, SKOS, XSD
from kg.rdf.oxterms import to_rdflib

__all__ = ["CURATION", "RULES", "merge_records", "load_curation", "find_entity", "force_merge", "split",
           "remove_articles", "entities", "EntityInfo"]

#: The named graph of the curation records.
CURATION = KGR["curation"]
#: The resolution rules of :mod:`kg.merge` as the ontology's individuals.
RULES = {"wikidata": KG.SameWikidata, "fullname": KG.SameFullName, "surname": KG.SameSurname,
         "acronym": KG.SameAcronym, "user": KG.UserDecision}
_RULE_NAMES = {v: k for k, v in RULES.items()}
_NAMES = (RDFS.label, SKOS.altLabel)
_DEFAULT = ox.DefaultGraph()


def _now() -> Literal:
    return Literal(datetime.now(timezone.utc).replace(microsecond=0).isoformat(), datatype=XSD.dateTime)


def _norm(name: str) -> str:
    return " ".join(str(name).split()).casefold()


def _rows(triples) -> str:
    return "".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in triples)


def _in_graph(graph: URIRef | None, triples) -> str:
    body = _rows(triples)
    if not body:
        return ""
    return body if graph is None else f"GRAPH {graph.n3()} {{\n{body}}}\n"


def _merge_triples(node: URIRef, merge: Merge, score: float, when: Literal, source: URIRef | None) -> list:
    out = [(node, RDF.type, KG.Merge), (node, KG.mergedInto, merge.target), (node, KG.mergedNode, merge.node),
           (node, KG.mergeRule, RULES[merge.rule]), (node, KG.mergeScore, Literal(score, datatype=XSD.decimal)),
           (node, PROV.generatedAtTime, when)]
    out += [(node, KG.mergedName, Literal(name)) for name in merge.names]
    if source is not None:
        out.append((node, PROV.wasDerivedFrom, source))
    return out


_DROP_RECORDS = """DELETE {{ GRAPH <{c}> {{ ?m ?p ?o }} }} WHERE {{
  GRAPH <{c}> {{ ?m a <{merge}> ; <{prov}> {g} ; ?p ?o }} }} ;
DELETE {{ GRAPH <{c}> {{ ?u ?p ?o }} }} WHERE {{ GRAPH <{c}> {{ ?u <{in_graph}> {g} ; ?p ?o }} }} ;
"""


def merge_records(article: URIRef, index: EntityIndex) -> str:
    """The SPARQL update that replaces an article's merge records with the merges the index made for it.

    The store appends it to the article's own update, so the records and the graph land together.
    Takes the index's pending :attr:`~kg.merge.EntityIndex.merges`.
    """
    merges, index.merges = index.merges, []
    update = " ; " + _DROP_RECORDS.format(c=CURATION, merge=KG.Merge, prov=PROV.wasDerivedFrom, in_graph=KG.inGraph,
                                          g=URIRef(article).n3())
    when = _now()
    triples = []
    for merge in dict.fromkeys(merges):
        if merge.rule in RULE_SCORES:
            node = KGR["merge/" + digest(article, merge.node, merge.target, size=20)]
            triples += _merge_triples(node, merge, RULE_SCORES[merge.rule], when, URIRef(article))
    if triples:
        update += f"INSERT DATA {{ {_in_graph(CURATION, triples)} }}"
    return update.rstrip().rstrip(";")


def load_curation(store, index: EntityIndex) -> None:
    """Teach a store's entity index the user's forced merges and splits, and turn on merge recording."""
    index.record_merges = True
    c = CURATION.n3()
    for node, target in store.query(f"""SELECT ?n ?t WHERE {{ GRAPH {c} {{
            ?m a kg:Merge ; kg:mergeRule kg:UserDecision ; kg:mergedNode ?n ; kg:mergedInto ?t }} }}""").rows:
        index.redirect(node, target)
    for target, name in store.query(f"""SELECT ?t ?name WHERE {{ GRAPH {c} {{
            ?s a kg:Split ; kg:splitFrom ?t ; kg:splitName ?name }} }}""").rows:
        index.forbid(target, str(name))


# -- finding entities ------------------------------------------------------------------------------

def find_entity(store, ref: str) -> URIRef:
    """The entity IRI a user's reference names: an IRI, ``kgr:entity/...``, ``entity/...``, or a name.

    Raises
    ------
    StoreError
        When nothing or several entities fit (the message lists them).
    """
    ref = ref.strip()
    if ref.startswith(("http://", "https://", "kgr:", "entity/")):
        iri = URIRef(str(KGR) + ref[4:] if ref.startswith("kgr:") else
                     str(KGR) + ref if ref.startswith("entity/") else ref)
        if not _entity_type(store, iri):
            raise StoreError(f"No entity {ref} in store {store.path}; list them with: kg entities --store {store.path}")
        return iri
    hits = []
    for predicate in _NAMES:
        hits = sorted({row[0] for row in store.query(
            f"SELECT ?e WHERE {{ ?e {predicate.n3()} ?n . FILTER (LCASE(STR(?n)) = {Literal(_norm(ref)).n3()}) "
            f"?e a ?t . FILTER (?t IN ({', '.join(c.n3() for c in ENTITY_CLASSES)})) }}").rows})
        if hits:
            break
    if not hits:
        raise StoreError(f"No entity named {ref!r} in store {store.path}; list them with: kg entities --store "
                         f"{store.path} --name {ref!r}")
    if len(hits) > 1:
        raise StoreError(f"{ref!r} names {len(hits)} entities ({', '.join(hits[:5])}); give the IRI")
    return hits[0]


def _entity_type(store, iri: URIRef) -> URIRef | None:
    types = {to_rdflib(q.object) for q in store.quads(ox.NamedNode(str(iri)), ox.NamedNode(str(RDF.type)), None,
                                                     _DEFAULT)}
    return next((c for c in ENTITY_CLASSES if c in types), None)


def _label(store, iri: URIRef) -> Literal | None:
    quads = store.quads(ox.NamedNode(str(iri)), ox.NamedNode(str(RDFS.label)), None, _DEFAULT)
    return min((to_rdflib(q.object) for q in quads), key=str, default=None)


def _quads_of(store, iri: URIRef) -> dict[URIRef | None, set[tuple]]:
    """Every quad with ``iri`` as subject or object, by graph (None: the default graph), curation aside."""
    node = ox.NamedNode(str(iri))
    out: dict[URIRef | None, set[tuple]] = defaultdict(set)
    for quad in store.quads(node, None, None, None) + store.quads(None, None, node, None):
        graph = None if isinstance(quad.graph_name, ox.DefaultGraph) else to_rdflib(quad.graph_name)
        if graph != CURATION:
            out[graph].add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return out


def _to_ox(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)


def _present(store, triple: tuple, graph: URIRef) -> bool:
    return bool(store.quads(*map(_to_ox, triple), ox.NamedNode(str(graph))))


def _parse_rows(text: str) -> set[tuple]:
    from rdflib import Graph
    return set(Graph().parse(data=str(text), format="nt")) if str(text).strip() else set()


def _held_elsewhere(store, triple: tuple, graphs: set) -> bool:
    """Whether a named graph other than ``graphs`` (and the curation graph) holds ``triple``."""
    s, p, o = map(_to_ox, triple)
    for quad in store.quads(s, p, o, None):
        if isinstance(quad.graph_name, ox.NamedNode):
            name = URIRef(quad.graph_name.value)
            if name not in graphs and name != CURATION:
                return True
    return False


@dataclass
class _Change:
    """Quads to delete and to insert, by graph; the default graph (the union) is derived from them."""

    delete: dict = field(default_factory=lambda: defaultdict(set))
    insert: dict = field(default_factory=lambda: defaultdict(set))
    extra: str = ""

    def update(self, store) -> str:
        new = {t for g, ts in self.insert.items() if g is not None for t in ts}
        losing: dict[tuple, set] = defaultdict(set)         # triple -> the graphs it leaves
        for g, ts in self.delete.items():
            if g is not None:
                for t in ts - self.insert.get(g, set()):
                    losing[t].add(g)
        # the union loses a triple only when no other article graph keeps it
        union_delete = {t for t, graphs in losing.items() if t not in new and not _held_elsewhere(store, t, graphs)}
        deletes = "".join(_in_graph(g, ts - self.insert.get(g, set())) for g, ts in self.delete.items() if g)
        deletes += _rows(union_delete)
        inserts = "".join(_in_graph(g, ts) for g, ts in self.insert.items() if g) + _rows(new)
        parts = []
        if deletes:
            parts.append(f"DELETE DATA {{\n{deletes}}}")
        if inserts:
            parts.append(f"INSERT DATA {{\n{inserts}}}")
        if self.extra:
            parts.append(self.extra)
        return " ;\n".join(parts)


# -- merge and split -------------------------------------------------------------------------------

def force_merge(store, keep: str, other: str) -> tuple[URIRef, URIRef]:
    """Merge entity ``other`` into ``keep`` in every article graph, and record it (rule ``kg:UserDecision``).

    ``keep`` keeps its IRI, type and label; ``other``'s names become its alt labels, its links and
    statements move to it. Later builds resolve ``other``'s IRI and names onto ``keep``.

    Returns
    -------
    tuple of URIRef
        The kept entity and the merged one.
    """
    a, b = find_entity(store, keep), find_entity(store, other)
    if a == b:
        raise StoreError(f"{keep!r} and {other!r} are already one entity ({a})")
    a_type, a_label = _entity_type(store, a), _label(store, a)
    quads = _quads_of(store, b)
    names = sorted({str(o) for s, p, o in quads.get(None, ()) if s == b and p in _NAMES})
    graphs_with_a = set(_quads_of(store, a))
    change = _Change()
    for graph, triples in quads.items():
        if graph is None:
            continue
        for s, p, o in triples:
            change.delete[graph].add((s, p, o))
            if s == b and p in _NAMES:
                if o != a_label:
                    change.insert[graph].add((a, SKOS.altLabel, o))
            elif s == b and p == RDF.type and o in ENTITY_CLASSES:
                continue
            else:
                change.insert[graph].add((a if s == b else s, p, a if o == b else o))
        change.insert[graph] |= {(a, RDF.type, a_type), (a, RDFS.label, a_label)}
    when, node = _now(), KGR["merge/" + digest("user", a, b, size=20)]
    record = _merge_triples(node, Merge(b, a, "user", tuple(names)), RULE_SCORES["user"], when, None)
    record += [(node, KG.mergedIn, g) for g in sorted(quads) if g is not None and g not in graphs_with_a]
    for g in sorted(g for g in quads if g is not None and g in graphs_with_a):
        # an article that named both: keep what the merge took out and put in, so that a split can undo it
        added = {t for t in change.insert[g] - change.delete[g] if not _present(store, t, g)}
        undo = KGR["undo/" + digest(node, g, size=20)]
        record += [(undo, RDF.type, KG.MergeUndo), (undo, KG.undoOf, node), (undo, KG.inGraph, g),
                   (undo, KG.removedTriples, Literal(_rows(sorted(quads[g])))),
                   (undo, KG.addedTriples, Literal(_rows(sorted(added))))]
    c = CURATION.n3()
    listed = ", ".join(Literal(_norm(n)).n3() for n in names) or '""'
    change.extra = (f"DELETE {{ GRAPH {c} {{ ?x ?p ?o }} }} WHERE {{ GRAPH {c} {{ ?x a kg:Split ; kg:splitFrom "
                    f"{a.n3()} ; kg:splitName ?n ; ?p ?o }} FILTER (LCASE(STR(?n)) IN ({listed})) }} ;\n"
                    f"DELETE {{ GRAPH {c} {{ ?x {KG.mergedInto.n3()} {b.n3()} }} }} INSERT {{ GRAPH {c} {{ ?x "
                    f"{KG.mergedInto.n3()} {a.n3()} }} }} WHERE {{ GRAPH {c} {{ ?x {KG.mergedInto.n3()} {b.n3()} }} }} ;\n"
                    f"INSERT DATA {{ {_in_graph(CURATION, record)} }}")
    store.update(_PREFIX + change.update(store))
    return a, b


_PREFIX = f"PREFIX kg: <{KG}>\n"


def split(store, entity: str, name: str) -> list[URIRef]:
    """Undo the merges that brought ``name`` onto ``entity``, and record that they are never made again.

    In each article a merge rested on, the entity's statements and names go back to the article's own
    node (its IRI from before the merge); a forced merge is undone in the articles that named only the
    merged entity.

    Returns
    -------
    list of URIRef
        The restored nodes.
    """
    a = find_entity(store, entity)
    c = CURATION.n3()
    rows = store.query(f"""SELECT ?m ?node ?rule ?src (GROUP_CONCAT(?name; SEPARATOR="\\u001f") AS ?names)
        WHERE {{ GRAPH {c} {{ ?m a kg:Merge ; kg:mergedInto {a.n3()} ; kg:mergedNode ?node ; kg:mergeRule ?rule ;
                 kg:mergedName ?name . OPTIONAL {{ ?m prov:wasDerivedFrom ?src }} }} }}
        GROUP BY ?m ?node ?rule ?src""").rows
    records = [r for r in rows if _norm(name) in {_norm(n) for n in str(r[4]).split("\x1f")}]
    if not records:
        merged = sorted({n for r in rows for n in str(r[4]).split("\x1f")})
        raise StoreError(f"{name!r} was not merged into {a}; its merged names: {', '.join(merged) or 'none'}")
    a_type = _entity_type(store, a)
    quads = _quads_of(store, a)
    change = _Change()
    restored, forbid = [], set()
    for record, node, rule, source, joined in records:
        names = [Literal(n) for n in str(joined).split("\x1f")]
        forbid |= {str(n) for n in names}
        restored.append(node)
        label = min(names, key=lambda n: (-len(str(n).split()), -len(str(n)), str(n)))
        if source is not None:
            graphs = [source]
        else:
            graphs = [row[0] for row in store.query(f"SELECT ?g WHERE {{ GRAPH {c} {{ {record.n3()} kg:mergedIn ?g }} }}"
                                                    ).rows]
            for graph, removed, added in store.query(f"""SELECT ?g ?removed ?added WHERE {{ GRAPH {c} {{
                    ?u kg:undoOf {record.n3()} ; kg:inGraph ?g ; kg:removedTriples ?removed ;
                       kg:addedTriples ?added }} }}""").rows:
                change.delete[graph] |= _parse_rows(added)
                change.insert[graph] |= _parse_rows(removed)
        for graph in graphs:
            for s, p, o in quads.get(graph, ()):
                change.delete[graph].add((s, p, o))
                if s == a and (p in _NAMES or (p == RDF.type and o in ENTITY_CLASSES)):
                    continue
                change.insert[graph].add((node if s == a else s, p, node if o == a else o))
            change.insert[graph] |= {(node, RDF.type, a_type), (node, RDFS.label, label)}
            change.insert[graph] |= {(node, SKOS.altLabel, n) for n in names if n != label}
    when = _now()
    split_node = KGR["split/" + digest(a, _norm(name), size=20)]
    record = [(split_node, RDF.type, KG.Split), (split_node, KG.splitFrom, a), (split_node, PROV.generatedAtTime, when)]
    record += [(split_node, KG.splitName, Literal(n)) for n in sorted({_norm(n): n for n in forbid}.values())]
    record += [(split_node, KG.splitInto, n) for n in restored]
    drop = " ".join(f"{r[0].n3()}" for r in records)
    change.extra = (f"DELETE {{ GRAPH {c} {{ ?m ?p ?o }} }} WHERE {{ GRAPH {c} {{ ?m ?p ?o }} VALUES ?m {{ {drop} }} }} ;\n"
                    f"DELETE {{ GRAPH {c} {{ ?u ?p ?o }} }} WHERE {{ GRAPH {c} {{ ?u kg:undoOf ?m ; ?p ?o }} "
                    f"VALUES ?m {{ {drop} }} }} ;\n"
                    f"INSERT DATA {{ {_in_graph(CURATION, record)} }}")
    store.update(_PREFIX + change.update(store))
    return restored


# -- removing articles -----------------------------------------------------------------------------

_REMOVE = """DELETE {{ ?s ?p ?o }} WHERE {{
  GRAPH {g} {{ ?s ?p ?o }} FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER (?h != {g} && ?h != {c}) }}
}} ;
DROP SILENT GRAPH {g} ;
DELETE {{ GRAPH {c} {{ ?m ?p ?o }} }} WHERE {{ GRAPH {c} {{ ?m prov:wasDerivedFrom {g} ; ?p ?o }} }} ;
DELETE WHERE {{ GRAPH {c} {{ ?m kg:mergedIn {g} }} }} ;
DELETE {{ GRAPH {c} {{ ?u ?p ?o }} }} WHERE {{ GRAPH {c} {{ ?u kg:inGraph {g} ; ?p ?o }} }} ;
"""
# Records about entities no article holds any longer go too, and a relink's records of links that are gone.
_ORPHAN_RECORDS = """DELETE {{ GRAPH {c} {{ ?m ?p ?o }} }} WHERE {{
  GRAPH {c} {{ ?m ?link ?e ; ?p ?o . VALUES ?link {{ kg:mergedInto kg:splitFrom }} }}
  FILTER NOT EXISTS {{ GRAPH ?h {{ ?e ?q ?v }} FILTER (?h != {c}) }}
}} ;
DELETE {{ GRAPH {c} {{ ?u ?p ?o }} }} WHERE {{
  GRAPH {c} {{ ?u kg:undoOf ?m ; ?p ?o }} FILTER NOT EXISTS {{ GRAPH {c} {{ ?m a kg:Merge }} }}
}} ;
DELETE {{ GRAPH {c} {{ ?r kg:linkRecord ?l }} }} WHERE {{
  GRAPH {c} {{ ?r kg:linkRecord ?l }} FILTER NOT EXISTS {{ GRAPH ?h {{ ?l ?q ?v }} FILTER (?h != {c}) }}
}}"""


def remove_articles(store, iris: list[URIRef]) -> None:
    """Remove articles from a store in one transaction: their graphs, what only they held, their merges.

    An entity no other article names disappears with them; so do the merge records that rested on
    them and any curation record about an entity that is gone.
    """
    c = CURATION.n3()
    update = "".join(_REMOVE.format(g=URIRef(i).n3(), c=c) for i in dict.fromkeys(iris))
    store.update(f"PREFIX kg: <{KG}>\nPREFIX prov: <{PROV}>\n" + update + _ORPHAN_RECORDS.format(c=c))


# -- listing ---------------------------------------------------------------------------------------

@dataclass
class EntityInfo:
    """What ``kg entities`` shows of one entity."""

    iri: URIRef
    type: str
    label: str
    names: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    merges: list[dict] = field(default_factory=list)
    splits: list[dict] = field(default_factory=list)


def entities(store, name: str | None = None, etype: str | None = None, limit: int | None = None) -> list[EntityInfo]:
    """The store's entities with their names, links, articles and curation history, by label.

    Parameters
    ----------
    name : str, optional
        Keep entities with a name (label or alt label) that contains this, ignoring case.
    etype : str, optional
        Keep entities of this type (``Person``, ``Organization``, ...; case ignored).
    limit : int, optional
        At most this many entities.
    """
    classes = [c for c in ENTITY_CLASSES if etype is None or c.split("#")[-1].casefold() == etype.casefold()]
    if not classes:
        allowed = ", ".join(c.split("#")[-1] for c in ENTITY_CLASSES)
        raise StoreError(f"Unknown entity type {etype!r}; use one of {allowed}")
    name_filter = ""
    if name:
        name_filter = (f"FILTER EXISTS {{ ?e ?np ?n . VALUES ?np {{ rdfs:label skos:altLabel }} "
                       f"FILTER (CONTAINS(LCASE(STR(?n)), {Literal(_norm(name)).n3()})) }}")
    rows = store.query(f"""SELECT ?e ?t ?l WHERE {{
        ?e a ?t ; rdfs:label ?l . VALUES ?t {{ {' '.join(c.n3() for c in classes)} }} {name_filter}
        }} ORDER BY LCASE(STR(?l)) ?e {f'LIMIT {int(limit)}' if limit else ''}""").rows
    out: dict[URIRef, EntityInfo] = {}
    for iri, cls, label in rows:
        if iri not in out:
            out[iri] = EntityInfo(iri, cls.split("#")[-1], str(label))
    for info in out.values():
        node = ox.NamedNode(str(info.iri))
        for quad in store.quads(node, None, None, _DEFAULT):
            p, o = to_rdflib(quad.predicate), to_rdflib(quad.object)
            if p == SKOS.altLabel:
                info.names.append(str(o))
            elif p == OWL.sameAs:
                info.links.append(str(o))
        info.names.sort()
        info.links.sort()
        info.articles = sorted({q.graph_name.value for q in store.quads(node, ox.NamedNode(str(RDF.type)), None, None)
                                if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value != str(CURATION)})
    # the curation records, read once for all the entities listed
    c = CURATION.n3()
    for into, _, node, rule, score, when, src, names in store.query(
            f"""SELECT ?into ?m ?node ?rule ?score ?when ?src (GROUP_CONCAT(?n; SEPARATOR="\\u001f") AS ?names)
            WHERE {{ GRAPH {c} {{ ?m kg:mergedInto ?into ; kg:mergedNode ?node ; kg:mergeRule ?rule ;
              kg:mergeScore ?score ; prov:generatedAtTime ?when ; kg:mergedName ?n .
              OPTIONAL {{ ?m prov:wasDerivedFrom ?src }} }} }}
            GROUP BY ?into ?m ?node ?rule ?score ?when ?src ORDER BY ?when ?m""").rows:
        if into in out:
            out[into].merges.append({"node": str(node), "rule": _RULE_NAMES.get(rule, str(rule)), "score": float(score),
                                     "when": str(when), "article": str(src) if src is not None else None,
                                     "names": sorted(str(names).split("\x1f"))})
    for into, _, when, names in store.query(
            f"""SELECT ?into ?s ?when (GROUP_CONCAT(?n; SEPARATOR="\\u001f") AS ?names) WHERE {{ GRAPH {c} {{
                ?s kg:splitFrom ?into ; prov:generatedAtTime ?when ; kg:splitName ?n }} }}
            GROUP BY ?into ?s ?when ORDER BY ?when ?s""").rows:
        if into in out:
            out[into].splits.append({"names": sorted(str(names).split("\x1f")), "when": str(when)})
    return list(out.values())
