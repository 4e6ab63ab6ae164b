"""Reading and writing graph files: formats, named graphs, atomic writes, one-line errors."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.errors import InputError, OutputError
from kg.export import atomic_output, format_for, read_dataset, union_graph, write_dataset

SAMPLE = Path(__file__).parent / "data" / "contract_sample.trig"
ARTICLES = {"https://w3id.org/kg-builder/id/article/4c1e0d9a7b2f3e5d6a8c9b01",
            "https://w3id.org/kg-builder/id/article/9d2b7e6f5a4c3b2a1908f7e6"}


def named_graphs(ds: Dataset) -> dict:
    return {str(g.identifier): g for g in ds.graphs() if str(g.identifier) != "urn:x-rdflib:default" and len(g)}


def assert_isomorphic(expected: Graph, actual: Graph) -> None:
    if not isomorphic(expected, actual):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        lines = sorted(f"- {t[0].n3()} {t[1].n3()} {t[2].n3()}" for t in only_expected)
        lines += sorted(f"+ {t[0].n3()} {t[1].n3()} {t[2].n3()}" for t in only_actual)
        pytest.fail("graphs differ:\n" + "\n".join(lines[:40]))


@pytest.fixture(scope="module")
def sample() -> Dataset:
    return read_dataset(SAMPLE)


def test_read_sample_keeps_article_graphs(sample):
    graphs = named_graphs(sample)
    assert set(graphs) == ARTICLES
    assert len(union_graph(sample)) == 207


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".nq", ".trig", ".jsonld", ".rdf"],
                         ids=["turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml"])
def test_round_trip_keeps_the_union(sample, tmp_path, suffix):
    target = tmp_path / f"graph{suffix}"
    write_dataset(sample, target)
    back = read_dataset(target)
    assert_isomorphic(union_graph(sample), union_graph(back))


@pytest.mark.parametrize("suffix", [".nq", ".trig"])
def test_quad_formats_keep_one_graph_per_article(sample, tmp_path, suffix):
    target = tmp_path / f"graph{suffix}"
    write_dataset(sample, target)
    back = named_graphs(read_dataset(target))
    assert set(back) == ARTICLES
    original = named_graphs(sample)
    for name in ARTICLES:
        assert_isomorphic(original[name], back[name])


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".jsonld"])
def test_triple_formats_write_the_union_once(sample, tmp_path, suffix):
    target = tmp_path / f"graph{suffix}"
    write_dataset(sample, target)
    back = read_dataset(target)
    assert named_graphs(back) == {}
    if suffix == ".nt":  # shared triples (Putin's label is in both articles) appear once
        lines = target.read_text(encoding="utf-8").splitlines()
        assert len(lines) == len(set(lines)) == 207


def test_write_binds_contract_prefixes(sample, tmp_path):
    target = tmp_path / "graph.ttl"
    write_dataset(sample, target)
    text = target.read_text(encoding="utf-8")
    assert "@prefix kg: <https://w3id.org/kg-builder/ontology#> ." in text
    assert "@prefix kgp: <https://w3id.org/kg-builder/relation/> ." in text


def test_format_names_and_suffixes():
    assert format_for("a.TTL") == "turtle"
    assert format_for("a.out", "ntriples") == "nt"
    assert format_for("a.out", "jsonld") == "json-ld"
    assert format_for("-") == "trig"
    with pytest.raises(OutputError, match=r"\.ttl.*--format"):
        format_for("graph.txt")
    with pytest.raises(InputError, match="choose one of"):
        format_for("graph.ttl", "yaml", error=InputError)


def test_explicit_format_overrides_suffix(sample, tmp_path):
    target = tmp_path / "graph.data"
    write_dataset(sample, target, "nquads")
    assert set(named_graphs(read_dataset(target, "nquads"))) == ARTICLES


def test_failed_write_leaves_old_file_intact(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old content", encoding="utf-8")

    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        with atomic_output(target) as stream:
            stream.write(b"partial")
            raise Boom()
    assert target.read_text(encoding="utf-8") == "old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_failed_serialisation_leaves_old_file_intact(tmp_path):
    target = tmp_path / "graph.rdf"
    target.write_text("old content", encoding="utf-8")
    graph = Graph()
    for i in range(100):
        graph.add((URIRef(f"urn:a{i}"), URIRef("https://w3id.org/kg-builder/relation/said"), Literal(i)))
    # RDF/XML must split a predicate IRI into namespace + name; this one has no name part.
    graph.add((URIRef("urn:a"), URIRef("http://example.org/"), Literal("x")))
    with pytest.raises(OutputError, match="Cannot write the graph as RDF/XML") as info:
        write_dataset(graph, target)
    assert "\n" not in str(info.value)
    assert target.read_text(encoding="utf-8") == "old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.rdf"]


def test_written_file_gets_the_usual_permissions(sample, tmp_path):
    target = tmp_path / "graph.nt"
    write_dataset(sample, target)
    mask = os.umask(0o022)
    os.umask(mask)
    assert os.stat(target).st_mode & 0o777 == 0o666 & ~mask


@pytest.mark.parametrize("target, message", [
    ("missing-folder/graph.ttl", "does not exist"),
    (".", "is a folder"),
], ids=["missing-folder", "folder"])
def test_unwritable_target_is_one_line(sample, tmp_path, target, message):
    with pytest.raises(OutputError, match=message) as info:
        write_dataset(sample, tmp_path / target, "turtle")
    assert "\n" not in str(info.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder_is_one_line(sample, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="Permission denied"):
            write_dataset(sample, folder / "g.ttl")
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize("name, content, message", [
    ("empty.ttl", b"", "is empty"),
    ("blank.ttl", b"  \n\n", "is empty"),
    ("binary.ttl", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "is binary"),
    ("latin1.ttl", b'<urn:a> <urn:b> "caf\xe9" .', "not valid UTF-8"),
    ("bad.ttl", b"@prefix x: <urn:x#> .\nx:a x:b x:c .\nx:a x:b .\n", r"not valid Turtle: line 3"),
    ("bad.trig", b"<urn:g> { <urn:a> <urn:b> }", "not valid TriG: line 1"),
    ("bad.nt", b"<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> .\n", "not valid N-Triples: line 2"),
    ("bad.nq", b"<urn:a> <urn:b> <urn:c> <urn:g> <urn:h> .\n", "not valid N-Quads: line 1"),
    ("bad.jsonld", b"{not json", "not valid JSON-LD"),
    ("bad.rdf", b"<rdf:RDF", "not valid RDF/XML: line 1"),
], ids=lambda v: v if isinstance(v, str) and "." in v and len(v) < 14 else None)
def test_bad_input_is_one_line(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        read_dataset(path)
    assert "\n" not in str(info.value)
    assert name in str(info.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_dataset(tmp_path / "nope.trig")
    with pytest.raises(InputError, match="is a folder"):
        read_dataset(tmp_path, "trig")


def test_union_graph_dedups_across_graphs():
    ds = Dataset()
    triple = (URIRef("urn:a"), URIRef("urn:b"), Literal("c"))
    ds.graph(URIRef("urn:g1")).add(triple)
    ds.graph(URIRef("urn:g2")).add(triple)
    ds.add((URIRef("urn:a"), URIRef("urn:b"), Literal("d")))
    assert len(union_graph(ds)) == 2


@pytest.mark.parametrize("suffix", [".nt", ".ttl", ".nq", ".trig", ".jsonld"])
def test_graph_collector_writes_what_write_dataset_writes(tmp_path, suffix):
    from rdflib import Dataset
    from rdflib.compare import isomorphic
    from kg.export import GraphCollector, read_dataset, union_graph, write_dataset
    sample = read_dataset(Path(__file__).parent / "data" / "contract_sample.trig")
    collector = GraphCollector(tmp_path / f"fast{suffix}")
    for g in sample.graphs():
        if len(g) and isinstance(g.identifier, URIRef):
            collector.add(str(g.identifier), g)
    collector.write()
    plain = Dataset()
    for g in sample.graphs():
        if len(g) and isinstance(g.identifier, URIRef):
            named = plain.graph(g.identifier)
            for t in g:
                named.add(t)
    write_dataset(plain, tmp_path / f"plain{suffix}")
    fast, slow = read_dataset(tmp_path / f"fast{suffix}"), read_dataset(tmp_path / f"plain{suffix}")
    assert isomorphic(union_graph(fast), union_graph(slow))
    if suffix in (".nq", ".trig"):
        assert {str(g.identifier) for g in fast.graphs() if len(g)} == {str(g.identifier) for g in slow.graphs() if len(g)}


@pytest.mark.parametrize("suffix", [".ttl", ".trig"])
@pytest.mark.parametrize("writer", ["write_dataset", "GraphCollector", "Store"])
def test_turtle_and_trig_use_one_prefix_per_kind_of_iri(tmp_path, suffix, writer):
    from rdflib.compare import isomorphic
    from kg.export import GraphCollector, read_dataset, union_graph, write_dataset
    from rdflib import Dataset
    from kg.store import Store, article_node
    source = read_dataset(Path(__file__).parent / "data" / "contract_sample.trig")
    out = tmp_path / f"graph{suffix}"
    if writer == "write_dataset":
        write_dataset(source, out)
    elif writer == "GraphCollector":
        collector = GraphCollector(out)
        for graph in source.graphs():
            if len(graph):
                collector.add(str(graph.identifier), graph)
        collector.write()
    else:   # the store: articles put as a build puts them, exported
        import sys
        sys.path.insert(0, str(Path(__file__).parent))
        from test_store import make_article, make_graph
        source = Dataset()
        with Store(tmp_path / "store") as store:
            for i in range(2):
                article = make_article(i)
                graph = make_graph(article)
                store.put_article(article, graph)
                for triple in graph:
                    source.graph(article_node(article)).add(triple)
            store.export(out)
    text = out.read_text(encoding="utf-8")
    if writer != "Store" or suffix == ".ttl":   # the store's TriG writes each article's graph in N-Triples
        assert "ent:" in text and "stmt:" in text and "art:" in text
        assert writer == "Store" or ("ent:vladimir-putin" in text and "concept:" in text)
    assert "\\/" not in text
    assert isomorphic(union_graph(read_dataset(out)), union_graph(source))   # the IRIs themselves unchanged
