"""Pushing to and querying a real Oxigraph server over the W3C protocols."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal

from kg.cli import main
from kg.errors import QueryError, StoreError
from kg.rdf.namespaces import KG, RDFS
from kg.remote import graph_store_url, push_graph, query_endpoint, query_url
from kg.store import Store, article_node

sys.path.insert(0, str(Path(__file__).parent))
from test_store import make_article, make_graph  # noqa: E402

OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    """A fresh Oxigraph server on a free 127.0.0.1 port; its base URL."""
    if OXIGRAPH is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"oxigraph serve exited: {proc.stderr.read().decode()[:300]}")
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()


def test_remote_urls_default_to_oxigraph_paths():
    assert graph_store_url("http://h:7878") == "http://h:7878/store"
    assert query_url("http://h:7878/") == "http://h:7878/query"
    assert query_url("http://h:3030/news/sparql") == "http://h:3030/news/sparql"
    with pytest.raises(StoreError, match="not an http"):
        push_graph("ftp://h/x", "urn:g", Graph())


def test_remote_connection_refused_is_one_line():
    with pytest.raises(StoreError, match=r"Cannot reach http://127\.0\.0\.1:\d+/store: .*is the server running"):
        push_graph(f"http://127.0.0.1:{free_port()}", "urn:g", Graph(), timeout=2)


def test_remote_query_is_checked_before_sending():
    with pytest.raises(QueryError, match="Update"):
        query_endpoint("http://127.0.0.1:9/query", "DROP ALL")


@pytest.mark.slow
def test_remote_push_then_query_gives_back_the_same_triples(server):
    article = make_article(1)
    graph = make_graph(article)
    iri = str(article_node(article))
    push_graph(server, iri, graph)
    push_graph(server, iri, graph)                     # a PUT replaces: no duplicates
    back = query_endpoint(server, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
    assert set(back.graph) == set(graph)
    rows = query_endpoint(server, f"SELECT ?e ?l WHERE {{ GRAPH <{iri}> {{ ?e a kg:Person ; rdfs:label ?l }} }} "
                                  "ORDER BY ?l")
    assert rows.vars == ["e", "l"]
    assert rows.rows == sorted(((e, lab) for e, lab in graph.subject_objects(RDFS.label)
                                if (e, None, KG.Person) in graph), key=lambda r: str(r[1]))
    assert query_endpoint(server, "ASK { GRAPH ?g { ?s a kg:Statement } }").boolean is True
    count = query_endpoint(server, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
    assert count.rows == [(Literal(len(graph)),)]


@pytest.mark.slow
def test_remote_http_error_names_status_and_body(server):
    with pytest.raises(StoreError, match="answered HTTP 4"):
        push_graph(f"{server}/nowhere", "urn:g", make_graph(make_article(1)))
    with pytest.raises(StoreError, match=r"answered HTTP [45]\d\d: .*unknownFunction"):
        query_endpoint(f"{server}/query", "SELECT ?x WHERE { ?x <urn:p> ?y } ORDER BY kg:unknownFunction(?x)")


@pytest.mark.slow
def test_remote_cli_push_sends_every_article_graph(server, tmp_path):
    articles = [make_article(i) for i in range(3)]
    with Store(tmp_path / "store") as store:
        for a in articles:
            store.put_article(a, make_graph(a))
        expected = {iri: set(store.article_graph(iri)) for iri in store.articles()}
    result = CliRunner().invoke(main, ["push", "--store", str(tmp_path / "store"), "--endpoint", server])
    assert result.exit_code == 0, result.output
    assert "pushed 3 article graphs" in result.output
    graphs = query_endpoint(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert [str(g) for (g,) in graphs.rows] == sorted(expected)
    for iri, triples in expected.items():
        back = query_endpoint(server, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
        assert set(back.graph) == triples


def test_remote_cli_push_missing_store_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["push", "--store", str(tmp_path / "none"), "--endpoint", "http://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "No store at" in result.output and "Traceback" not in result.output


@pytest.mark.slow
def test_remote_cli_query_and_stats_read_an_endpoint(server, tmp_path):
    article = make_article(1)
    graph = make_graph(article, people=(0, 1))
    push_graph(server, str(article_node(article)), graph)
    runner = CliRunner()
    result = runner.invoke(main, ["query", "--endpoint", server, "--format", "csv",
                                  "SELECT ?l WHERE { ?e a kg:Person ; rdfs:label ?l } ORDER BY ?l"])
    assert result.exit_code == 0, result.output
    assert result.output.split() == ["l", "Joe", "Biden", "Vladimir", "Putin"]
    result = runner.invoke(main, ["export", "--endpoint", server, "-o", str(tmp_path / "out.nq")])
    assert result.exit_code == 0, result.output
    back = Dataset()
    back.parse(tmp_path / "out.nq", format="nquads")
    assert {(s, p, o) for s, p, o, _ in back.quads()} == set(graph)
    assert runner.invoke(main, ["stats", "--endpoint", server]).exit_code == 0
