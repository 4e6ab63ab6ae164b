"""Parsing engines: one process, a process pool and a Dask LocalCluster give the same graphs, in order."""
from __future__ import annotations

import warnings

import pytest
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.engine import _batches, iter_graphs
from kg.errors import KGError
from kg.nlp import DEFAULT_MODEL
from kg.types import Article

ARTICLES = [
    Article(text="Russian President Vladimir Putin recognised the independence of two separatist regions on Monday. "
                 "Putin said Ukraine had never had a tradition of genuine statehood.",
            headline="Putin recognises breakaway regions", date="2022-02-21", url="https://news.example/1"),
    Article(text="NATO Secretary General Jens Stoltenberg condemned the decision. "
                 "The alliance will not send troops to Ukraine, Stoltenberg told reporters in Brussels.",
            headline="NATO condemns", date="2022-02-22", url="https://news.example/2"),
    Article(text="German Chancellor Olaf Scholz halted the certification of the Nord Stream 2 pipeline. "
                 "Scholz said Berlin would reassess the situation.",
            headline="Germany halts pipeline", date="2022-02-22", url="https://news.example/3"),
]


def assert_same(expected, got):
    assert [a for a, _ in got] == [a for a, _ in expected]
    for (_, one), (_, two) in zip(expected, got):
        if not isomorphic(one, two):
            _, only_one, only_two = graph_diff(to_isomorphic(one), to_isomorphic(two))
            pytest.fail("graphs differ:\n- " + "".join(sorted(only_one.serialize(format="nt")))
                        + "\n+ " + "".join(sorted(only_two.serialize(format="nt"))))


@pytest.fixture(scope="module")
def single(nlp):
    return list(iter_graphs(ARTICLES, nlp=nlp, batch_size=2))


def test_engine_batches_keep_order_and_sizes():
    assert [len(b) for b in _batches(iter(range(7)), 3)] == [3, 3, 1]
    assert list(_batches([], 3)) == []


@pytest.mark.parametrize("kwargs, message", [({"engine": "spark"}, "Unknown engine"), ({"workers": 0}, "at least 1")],
                         ids=["engine", "workers"])
def test_engine_rejects_bad_options(kwargs, message):
    with pytest.raises(KGError, match=message):
        next(iter_graphs(ARTICLES, **kwargs))


@pytest.mark.model
def test_engine_single_process_streams_every_article(single):
    assert [a for a, _ in single] == ARTICLES
    assert all(len(g) > 10 for _, g in single)


@pytest.mark.model
@pytest.mark.slow
def test_engine_process_pool_matches_single_process(single):
    assert_same(single, list(iter_graphs(ARTICLES, workers=2, batch_size=1)))


@pytest.mark.model
@pytest.mark.slow
def test_engine_dask_local_cluster_matches_single_process(single):
    pytest.importorskip("distributed")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")      # distributed warns about ports and cluster shutdown timing
        got = list(iter_graphs(ARTICLES, engine="dask", workers=2, batch_size=1))
    assert_same(single, got)


@pytest.mark.slow
def test_engine_dask_local_cluster_dashboard_is_a_free_loopback_port():
    """Not the default 8787 on every interface: two local clusters on one machine (two builds, a build and a
    notebook's cluster) would race for it, and a local build opens nothing to the network."""
    pytest.importorskip("distributed")
    from kg.engine import _Dask
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        workers = _Dask(DEFAULT_MODEL, (), (), 1, None, 10.0)
    try:
        dashboard = workers._cluster.scheduler.services["dashboard"]
        assert dashboard.port != 8787 and dashboard.address == "127.0.0.1"
    finally:
        workers.close()


@pytest.mark.slow
def test_engine_dask_unreachable_scheduler_is_one_line():
    pytest.importorskip("distributed")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(KGError, match="Cannot reach the Dask scheduler"):
            next(iter_graphs(ARTICLES, engine="dask", scheduler="tcp://127.0.0.1:9"))


def test_engine_ntriples_round_trip_keeps_every_term():
    from rdflib import BNode, Graph, Literal, URIRef
    from rdflib.namespace import XSD

    from kg.engine import _to_graph
    g = Graph()
    s = URIRef("https://w3id.org/kg-builder/id/statement/1")
    for o in (Literal("plain \"quoted\"\nline é"), Literal("hallo", lang="de"), Literal("0.83", datatype=XSD.decimal),
              Literal(312), Literal("2022-02-21", datatype=XSD.date), URIRef("urn:x"), BNode("b1")):
        g.add((s, URIRef("urn:p"), o))
    assert isomorphic(_to_graph(g.serialize(format="nt")), g)
