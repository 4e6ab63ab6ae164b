"""kg.rdf.build fills a new graph's store directly: the graph answers every triple pattern as one built by add."""
from __future__ import annotations

import itertools

from rdflib import Graph, Literal, URIRef

from kg.rdf import iris
from kg.rdf.build import _fill, _literal, concept_iri, entity_iri, predicate_iri

EX = "http://example.org/"


def _triples() -> list[tuple]:
    s = [URIRef(EX + f"s{i}") for i in range(4)]
    p = [URIRef(EX + f"p{i}") for i in range(3)]
    o = [URIRef(EX + "o"), Literal("o"), Literal("3", datatype=URIRef("http://www.w3.org/2001/XMLSchema#integer"))]
    # shared subjects, predicates and objects, an object that is also a subject, a literal equal in text to an IRI
    return [(a, b, c) for a, b, c in itertools.product(s, p, o + s[:1]) if hash((a, b, c)) % 3] + [(s[0], p[0], s[0])]


def _patterns(t: tuple) -> list[tuple]:
    return [tuple(x if keep else None for x, keep in zip(t, mask)) for mask in itertools.product((1, 0), repeat=3)]


def test_filled_graph_answers_like_one_built_by_add():
    triples = list(dict.fromkeys(_triples()))
    filled = Graph(store="SimpleMemory")
    _fill(filled, triples)
    added = Graph(store="SimpleMemory")
    for t in triples:
        added.add(t)
    assert len(filled) == len(added) == len(triples)
    for t in triples:
        for pattern in _patterns(t):
            assert set(filled.triples(pattern)) == set(added.triples(pattern)), pattern
    assert filled.serialize(format="nt") == added.serialize(format="nt")
    filled.remove((triples[0][0], None, None))      # the filled indexes stay consistent under removal
    added.remove((triples[0][0], None, None))
    assert set(filled) == set(added)


def test_another_store_is_filled_through_add():
    triples = _triples()
    g = Graph(store="Memory")
    _fill(g, triples)
    assert set(g) == set(triples)


def test_shared_terms_are_the_terms_made_afresh():
    assert _literal("0.5", URIRef("http://www.w3.org/2001/XMLSchema#decimal")) == Literal(
        "0.5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))
    assert _literal("Kyiv") == Literal("Kyiv") and _literal("Kyiv").datatype is None
    assert concept_iri("the Peace  Deal") == iris.concept_iri("the Peace  Deal")
    assert entity_iri("kyiv") == iris.entity_iri("kyiv") and predicate_iri("sign with") == iris.predicate_iri("sign with")


def test_triples_are_read_in_graph_order():
    from kg.rdf.build import iter_triples
    triples = list(dict.fromkeys(_triples()))
    filled = Graph(store="SimpleMemory")
    _fill(filled, triples)
    assert list(iter_triples(filled)) == list(filled)
    other = Graph(store="Memory")
    _fill(other, triples)
    assert list(iter_triples(other)) == list(other)


def test_rows_are_rdflibs_rows():
    from rdflib.plugins.serializers.nt import _nt_row

    from kg.export import nt_rows
    g = Graph(store="SimpleMemory")
    xsd = "http://www.w3.org/2001/XMLSchema#"
    objects = [Literal("Kyiv"), Literal("Kyiv", lang="en"), Literal("Kyiv", lang="EN"), Literal('a "quoted"\nline\\'),
               Literal("3", datatype=URIRef(xsd + "integer")), Literal("3"), URIRef(EX + "Kyiv")]
    _fill(g, [(URIRef(EX + f"s{i % 2}"), URIRef(EX + "p"), o) for i, o in enumerate(objects)])
    assert nt_rows(g) == "".join(map(_nt_row, g))
    assert nt_rows(g).count("\n") == len(objects)


def test_repeated_triples_are_kept_once_where_they_first_came():
    """to_graph hands _fill its triples with repeats (a concept or a predicate's label per statement): the indexes
    keep each once, in the order of its first coming, as when they were made distinct first."""
    from kg.rdf.build import iter_triples
    triples = _triples()
    again = [(a, b, Literal(str(c), datatype=c.datatype) if isinstance(c, Literal) else c)
             for a, b, c in triples[1::3]]      # equal literals, other objects
    repeated = triples + triples[::2] + again
    once, twice = Graph(store="SimpleMemory"), Graph(store="SimpleMemory")
    _fill(once, list(dict.fromkeys(repeated)))
    _fill(twice, repeated)
    assert list(iter_triples(twice)) == list(iter_triples(once)) and len(twice) == len(set(triples))
    assert twice.serialize(format="nt") == once.serialize(format="nt")
    memory = Graph(store="Memory")      # another store, filled through add: the repeats dropped first
    _fill(memory, repeated)
    assert set(memory) == set(triples)
