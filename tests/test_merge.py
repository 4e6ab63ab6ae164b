"""Cross-article entity resolution on hand-built article graphs."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from kg.merge import EntityIndex, entity_nodes
from kg.rdf.namespaces import KG, KGR, OWL, RDF, RDFS, SCHEMA, SKOS, WD


def entity(key: str) -> URIRef:
    return KGR["entity/" + key]


def article_graph(name: str, *entities: tuple) -> Graph:
    """A small article graph: an article node mentioning entities, one statement about the first one."""
    g = Graph()
    art = KGR["article/" + name]
    g.add((art, RDF.type, SCHEMA.NewsArticle))
    for spec in entities:
        key, etype, label, *rest = spec
        iri = entity(key)
        g.add((iri, RDF.type, KG[etype]))
        g.add((iri, RDFS.label, Literal(label)))
        for extra in rest:
            if extra.startswith("Q"):
                g.add((iri, OWL.sameAs, WD[extra]))
            else:
                g.add((iri, SKOS.altLabel, Literal(extra)))
        g.add((art, SCHEMA.mentions, iri))
    stmt = KGR["statement/" + name]
    g.add((stmt, RDF.type, KG.Statement))
    g.add((stmt, RDF.subject, entity(entities[0][0])))
    return g


def merged(*graphs: Graph) -> tuple[EntityIndex, list[Graph]]:
    index, out = EntityIndex(), []
    for g in graphs:
        resolved = index.resolve(g)
        index.add(resolved)
        out.append(resolved)
    return index, out


def test_merge_surname_resolves_to_the_only_known_person():
    _, (_, second) = merged(article_graph("a", ("vladimir-putin", "Person", "Vladimir Putin")),
                            article_graph("b", ("putin", "Person", "Putin")))
    putin = entity("vladimir-putin")
    assert entity_nodes(second) == [putin]
    assert set(second.objects(putin, RDFS.label)) == {Literal("Vladimir Putin")}
    assert set(second.objects(putin, SKOS.altLabel)) == {Literal("Putin")}
    assert (KGR["statement/b"], RDF.subject, putin) in second
    assert (KGR["article/b"], SCHEMA.mentions, putin) in second
    assert not list(second.triples((entity("putin"), None, None)))


def test_merge_ambiguous_surname_is_left_alone():
    _, graphs = merged(article_graph("a", ("joe-biden", "Person", "Joe Biden")),
                       article_graph("b", ("hunter-biden", "Person", "Hunter Biden")),
                       article_graph("c", ("biden", "Person", "Biden")))
    assert entity_nodes(graphs[2]) == [entity("biden")]


def test_merge_surname_rule_needs_a_person():
    _, (_, second) = merged(article_graph("a", ("new-york", "GeopoliticalEntity", "New York")),
                            article_graph("b", ("york", "GeopoliticalEntity", "York")))
    assert entity_nodes(second) == [entity("york")]


@pytest.mark.parametrize("etype, expect_merged", [("Person", True), ("Organization", False)], ids=["same", "other"])
def test_merge_shared_full_name_needs_the_same_type(etype, expect_merged):
    _, (_, second) = merged(
        article_graph("a", ("vladimir-putin", "Person", "Russian President Vladimir Putin", "Vladimir Putin")),
        article_graph("b", ("vp", etype, "Vladimir Putin")))
    assert (entity_nodes(second) == [entity("vladimir-putin")]) is expect_merged


def test_merge_same_wikidata_item_keeps_known_label_and_type():
    index, (_, second) = merged(
        article_graph("a", ("dpr", "GeopoliticalEntity", "Donetsk People's Republic", "Q16150196")),
        article_graph("b", ("dnr", "Organization", "DNR", "Q16150196")))
    dpr = entity("dpr")
    assert entity_nodes(second) == [dpr]
    assert set(second.objects(dpr, RDF.type)) == {KG.GeopoliticalEntity}
    assert set(second.objects(dpr, RDFS.label)) == {Literal("Donetsk People's Republic")}
    assert Literal("DNR") in set(second.objects(dpr, SKOS.altLabel))
    assert "dnr" in index.names(dpr)


def test_merge_union_has_one_label_and_the_aliases_of_both():
    _, graphs = merged(article_graph("a", ("vladimir-putin", "Person", "Vladimir Putin", "Russian President Vladimir Putin")),
                       article_graph("b", ("putin", "Person", "Putin")))
    union = graphs[0] + graphs[1]
    putin = entity("vladimir-putin")
    assert set(union.objects(putin, RDFS.label)) == {Literal("Vladimir Putin")}
    assert {str(o) for o in union.objects(putin, SKOS.altLabel)} == {"Putin", "Russian President Vladimir Putin"}


def test_merge_index_from_a_union_graph_resolves_like_the_incremental_one():
    first = article_graph("a", ("vladimir-putin", "Person", "Vladimir Putin"))
    loaded = EntityIndex()
    loaded.add(first)
    assert entity_nodes(loaded.resolve(article_graph("b", ("putin", "Person", "Putin")))) == [entity("vladimir-putin")]


def test_merge_is_deterministic_and_leaves_input_alone():
    graphs = [article_graph("a", ("vladimir-putin", "Person", "Vladimir Putin"), ("russia", "GeopoliticalEntity", "Russia")),
              article_graph("b", ("putin", "Person", "Putin"), ("russian-federation", "GeopoliticalEntity",
                                                                  "Russian Federation", "Q159")),
              article_graph("c", ("rf", "GeopoliticalEntity", "RF", "Q159"))]
    before = [set(g) for g in graphs]
    _, one = merged(*graphs)
    _, two = merged(*graphs)
    assert [set(g) for g in one] == [set(g) for g in two]
    assert [set(g) for g in graphs] == before
    assert entity_nodes(one[2]) == [entity("russian-federation")]


def test_merge_known_iri_gets_known_label():
    _, (_, second) = merged(article_graph("a", ("putin", "Person", "Putin")),
                            article_graph("b", ("putin", "Person", "Putin", "President Putin")))
    assert set(second.objects(entity("putin"), RDFS.label)) == {Literal("Putin")}
    assert set(second.objects(entity("putin"), SKOS.altLabel)) == {Literal("President Putin")}


def test_merge_resolve_in_place_equals_the_copy():
    first = article_graph("a", ("vladimir-putin", "Person", "Vladimir Putin"), ("russia", "GeopoliticalEntity", "Russia"))
    second = article_graph("b", ("putin", "Person", "Putin"), ("russia", "GeopoliticalEntity", "Russia", "Moscow"))
    index = EntityIndex()
    index.add(index.resolve(first))
    copied = index.resolve(second)
    assert set(index.resolve_triples(second)) == set(copied)
    assert len(index.resolve_triples(second)) == len(copied)
    before = set(second)
    in_place = index.resolve(second, copy=False)
    assert in_place is second and set(in_place) == set(copied) != before
