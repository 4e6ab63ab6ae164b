"""kg relink: link a store's entities that were left unlinked, in one transaction, on the record."""
from __future__ import annotations

from datetime import datetime, timezone

from rdflib import Literal, URIRef

from kg.kb.index import KnowledgeBase
from kg.kb.link import Link, _names, _type_of, _words, link_entities, link_triples
from kg.merge import entity_nodes
from kg.rdf.iris import digest
from kg.rdf.namespaces import KG, KGR, OWL, PROV, RDF, WD, XSD

__all__ = ["relink_store"]


def relink_store(store, kb: KnowledgeBase) -> list[tuple[Link, URIRef]]:
    """Link the store's entities that have no ``owl:sameAs``, article by article, and write the links.

    Each link becomes an ``owl:sameAs`` in every article graph that holds the entity, and a
    ``kg:KBLink`` record (score, knowledge base version) in the article whose context chose it. A
    ``kg:Relink`` record in ``kgr:curation`` lists what the run changed. All of it is one transaction.

    Returns
    -------
    list of (Link, URIRef)
        Each link and the article it was found in.
    """
    from kg.curate import CURATION, _in_graph, _rows
    unlinked = {row[0] for row in store.query(
        "SELECT DISTINCT ?e WHERE { ?e a ?t . VALUES ?t { kg:Person kg:Organization kg:GeopoliticalEntity "
        "kg:Location } FILTER NOT EXISTS { ?e owl:sameAs ?x } }").rows}
    found: list[tuple[Link, URIRef]] = []
    done: set[URIRef] = set()
    for article in store.articles():
        if not unlinked - done:
            break
        graph = store.article_graph(article)
        todo = [iri for iri in entity_nodes(graph) if iri in unlinked and iri not in done]
        if not todo:
            continue
        linked = {str(o)[len(str(WD)):] for o in graph.objects(None, OWL.sameAs) if str(o).startswith(str(WD))}
        pending = [(iri, _type_of(graph, iri), _names(graph, iri)) for iri in todo]
        words = _words(" ".join(str(o) for o in graph.objects(None, KG.sentence)))
        for link in link_entities(kb, [p for p in pending if p[1] is not None], linked, words):
            found.append((link, URIRef(article)))
            done.add(link.entity)
    if not found:
        return []
    when = Literal(datetime.now(timezone.utc).replace(microsecond=0).isoformat(), datatype=XSD.dateTime)
    record = KGR["relink/" + digest(str(when), kb.version, size=20)]
    curation = [(record, RDF.type, KG.Relink), (record, PROV.generatedAtTime, when),
                (record, KG.kbVersion, Literal(kb.version))]
    inserts, union = [], []
    for link, article in found:
        triples = link_triples(link, kb.version, article)
        inserts.append(_in_graph(article, triples))
        union += triples
        curation.append((record, KG.linkRecord, triples[1][0]))
        holders = {row[0] for row in store.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {link.entity.n3()} a ?t }} }}"
                                                 ).rows} - {article, CURATION}
        inserts += [_in_graph(g, [triples[0]]) for g in sorted(holders)]
    store.update("INSERT DATA {\n" + "".join(inserts) + _rows(union) + _in_graph(CURATION, curation) + "}")
    return found
