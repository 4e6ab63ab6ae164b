"""SPARQL over the contract sample: each query kind and output format, and what is refused."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import QueryError
from kg.export import read_dataset
from kg.query import QueryResult, check_query, format_result, run_query

SAMPLE = Path(__file__).parent / "data" / "contract_sample.trig"
E = "https://w3id.org/kg-builder/id/entity/"
PERSONS = "SELECT ?p ?label WHERE { ?p a kg:Person ; rdfs:label ?label } ORDER BY ?label"


@pytest.fixture(scope="module")
def sample():
    return read_dataset(SAMPLE)


def test_select_rows(sample):
    result = run_query(sample, PERSONS)
    assert result.kind == "select"
    assert result.vars == ["p", "label"]
    assert result.rows == [(URIRef(E + "joe-biden"), Literal("Joe Biden")),
                           (URIRef(E + "vladimir-putin"), Literal("Vladimir Putin"))]


def test_default_graph_is_the_union(sample):
    result = run_query(sample, "SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement }")
    assert result.rows == [(Literal(11, datatype=XSD.integer),)]
    # Putin's label sits in both article graphs but is one triple of the union.
    result = run_query(sample, f"SELECT ?l WHERE {{ <{E}vladimir-putin> rdfs:label ?l }}")
    assert result.rows == [(Literal("Vladimir Putin"),)]


def test_named_graphs_stay_reachable(sample):
    result = run_query(sample, "SELECT ?g (COUNT(?st) AS ?n) WHERE { GRAPH ?g { ?st a kg:Statement } } "
                               "GROUP BY ?g ORDER BY ?n")
    assert [(str(g).rsplit("/", 1)[-1], int(n)) for g, n in result.rows] == [
        ("4c1e0d9a7b2f3e5d6a8c9b01", 4), ("9d2b7e6f5a4c3b2a1908f7e6", 7)]


def test_unbound_variables_are_none(sample):
    result = run_query(sample, "SELECT ?st ?who WHERE { ?st a kg:Statement ; rdf:subject ?s . "
                               f"FILTER(?s = <{E}russia>) OPTIONAL {{ ?st kg:attributedTo ?who }} }} ORDER BY ?who")
    assert [row[1] for row in result.rows] == [None, None, URIRef(E + "nato")]


def test_negated_and_reported_claims_are_not_direct_triples(sample):
    assert run_query(sample, f"ASK {{ <{E}russia> kgp:deny ?x }}").boolean is True
    assert run_query(sample, f"ASK {{ <{E}russia> kgp:invade <{E}ukraine> }}").boolean is False
    assert run_query(sample, f"ASK {{ <{E}russia> kgp:mass_troops_near <{E}ukraine> }}").boolean is False


def test_ask(sample):
    result = run_query(sample, "ASK { ?x a kg:Event }")
    assert (result.kind, result.boolean) == ("ask", True)
    assert format_result(result, "table") == "true"
    assert json.loads(format_result(result, "json")) == {"head": {}, "boolean": True}
    assert format_result(run_query(sample, "ASK { ?x a kg:Nothing }"), "csv") == "false"


def test_construct(sample):
    result = run_query(sample, "CONSTRUCT { ?a kgp:warn ?b } WHERE { ?a kgp:warn ?b }")
    assert result.kind == "graph"
    assert set(result.graph) == {(URIRef(E + "nato"), URIRef("https://w3id.org/kg-builder/relation/warn"),
                                  URIRef(E + "russia"))}
    assert format_result(result, "nt") == (f"<{E}nato> <https://w3id.org/kg-builder/relation/warn> "
                                           f"<{E}russia> .\n")
    turtle = format_result(result, "table")
    assert "@prefix kgp: <https://w3id.org/kg-builder/relation/> ." in turtle and "kgp:warn" in turtle
    assert json.loads(format_result(result, "json"))[0]["@id"] == E + "nato"


def test_describe(sample):
    result = run_query(sample, f"DESCRIBE <{E}joe-biden>")
    assert result.kind == "graph"
    assert {(str(p), str(o)) for _, p, o in result.graph} == {
        ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "https://w3id.org/kg-builder/ontology#Person"),
        ("http://www.w3.org/2000/01/rdf-schema#label", "Joe Biden")}


def test_table_format(sample):
    assert format_result(run_query(sample, PERSONS), "table") == (
        "p                          label\n"
        "-------------------------  --------------\n"
        "kgr:entity/joe-biden       Joe Biden\n"
        "kgr:entity/vladimir-putin  Vladimir Putin\n"
        "(2 rows)\n")


def test_table_of_no_rows(sample):
    text = format_result(run_query(sample, "SELECT ?x WHERE { ?x a kg:Nothing }"), "table")
    assert text == "x\n-\n(0 rows)\n"


def test_csv_format(sample):
    text = format_result(run_query(sample, PERSONS), "csv")
    assert text == (f"p,label\r\n{E}joe-biden,Joe Biden\r\n{E}vladimir-putin,Vladimir Putin\r\n")


def test_csv_quotes_and_unbound():
    result = QueryResult.from_rows(["a", "b", "c"], [(Literal('say "hi", then\nleave'), None, BNode("b0"))])
    rows = list(csv.reader(io.StringIO(format_result(result, "csv"), newline="")))
    assert rows == [["a", "b", "c"], ['say "hi", then\nleave', "", "_:b0"]]


def test_tsv_format(sample):
    text = format_result(run_query(sample, "SELECT ?s ?year WHERE { ?s kgp:declare_independence_in ?year }"), "tsv")
    assert text == (f"?s\t?year\n<{E}donetsk-peoples-republic>\t"
                    f"\"2014\"^^<http://www.w3.org/2001/XMLSchema#gYear>\n")


def test_tsv_escapes():
    result = QueryResult.from_rows(["x", "y"], [(Literal("a\tb\n\"c\"", lang="en"), None)])
    assert format_result(result, "tsv") == '?x\t?y\n"a\\tb\\n\\"c\\""@en\t\n'


def test_json_format(sample):
    data = json.loads(format_result(run_query(sample, "SELECT ?p ?c WHERE { ?s rdf:predicate ?p ; "
                                                       "kg:confidence ?c ; kg:polarity kg:Negative }"), "json"))
    assert data == {"head": {"vars": ["p", "c"]}, "results": {"bindings": [{
        "p": {"type": "uri", "value": "https://w3id.org/kg-builder/relation/invade"},
        "c": {"type": "literal", "value": "0.7", "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}}]}}


def test_formats_that_do_not_fit_are_refused(sample):
    with pytest.raises(QueryError, match="CONSTRUCT and DESCRIBE"):
        format_result(run_query(sample, PERSONS), "turtle")
    with pytest.raises(QueryError, match="no csv form"):
        format_result(run_query(sample, "CONSTRUCT WHERE { ?s kgp:warn ?o }"), "csv")


@pytest.mark.parametrize("update", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "PREFIX x: <urn:x#>\nDELETE { ?s x:p ?o } INSERT { ?s x:q ?o } WHERE { ?s x:p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL",
    "DROP GRAPH <urn:g>",
    "CREATE GRAPH <urn:g>",
    "INSERT DATA { <urn:a> <urn:b> ",  # a malformed update is still an update
], ids=["insert", "delete", "modify", "load", "clear", "drop", "create", "malformed-insert"])
def test_update_is_refused(sample, update):
    with pytest.raises(QueryError, match="read-only"):
        run_query(sample, update)
    assert len(sample) == 207
    assert run_query(sample, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0].toPython() == 207


def test_service_is_refused_without_the_flag(sample):
    with pytest.raises(QueryError, match="--allow-service"):
        run_query(sample, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    with pytest.raises(QueryError, match="--allow-service"):  # nested in OPTIONAL, lower case
        check_query("select * where { ?s ?p ?o optional { service silent <http://127.0.0.1:9/q> { ?s ?q ?r } } }")


def test_service_is_allowed_with_the_flag():
    # Parsed and translated, not run: evaluating it would need the network.
    query = check_query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", allow_service=True)
    assert query.algebra.name == "SelectQuery"


def test_service_inside_a_literal_is_not_a_service(sample):
    result = run_query(sample, 'SELECT ?x WHERE { BIND("SERVICE <http://example.org/> { }" AS ?x) }')
    assert result.rows == [(Literal("SERVICE <http://example.org/> { }"),)]
    result = run_query(sample, 'ASK { ?s rdfs:label ?l FILTER(CONTAINS(?l, "INSERT DATA")) }')
    assert result.boolean is False


def test_from_is_refused(sample):
    with pytest.raises(QueryError, match="FROM"):
        run_query(sample, "SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }")


@pytest.mark.parametrize("sparql, where", [
    ("SELECT ?s WHERE {\n  ?s ?p\n}", "line 2, column 3"),
    ("SELECT ?s WHERE { ?s ?p ?o ", "line 1, column 28"),
    ("SELEC ?s WHERE { ?s ?p ?o }", "line 1, column 1"),
], ids=["missing-object", "unclosed", "typo"])
def test_malformed_query_names_line_and_column(sample, sparql, where):
    with pytest.raises(QueryError, match="Malformed SPARQL query at " + where) as info:
        run_query(sample, sparql)
    assert "\n" not in str(info.value) and len(str(info.value)) < 300


def test_unknown_prefix_and_empty_query(sample):
    with pytest.raises(QueryError, match="Unknown namespace prefix : foo"):
        run_query(sample, "SELECT ?s WHERE { ?s foo:bar ?o }")
    with pytest.raises(QueryError, match="empty"):
        run_query(sample, "  \n")


def test_result_from_another_engine():
    result = QueryResult.from_rows(["?x"], [(URIRef(E + "nato"),)])
    assert result.vars == ["x"] and len(result) == 1
    assert format_result(result, "table") == "x\n---------------\nkgr:entity/nato\n(1 row)\n"
    triples = QueryResult.from_triples([(URIRef("urn:a"), URIRef("urn:b"), Literal("c"))])
    assert format_result(triples, "nt") == '<urn:a> <urn:b> "c" .\n'


@pytest.fixture()
def sparql_server():
    """A tiny local SPARQL endpoint that answers every query with one binding of ?o."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server API
            body = json.dumps({"head": {"vars": ["o"]}, "results": {"bindings": [
                {"o": {"type": "literal", "value": "from the endpoint"}}]}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/sparql"
    server.shutdown()
    server.server_close()


def test_service_runs_with_the_flag(sample, sparql_server):
    sparql = f"SELECT ?o WHERE {{ SERVICE <{sparql_server}> {{ ?s ?p ?o }} }}"
    with pytest.raises(QueryError, match="--allow-service"):
        run_query(sample, sparql)
    result = run_query(sample, sparql, allow_service=True)
    assert result.rows == [(Literal("from the endpoint"),)]


# --- files are queried through Oxigraph: the same answers as rdflib -------------------------------

_SAME_ANSWER = [
    "SELECT ?p ?label WHERE { ?p a kg:Person ; rdfs:label ?label } ORDER BY ?label",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    "SELECT ?s ?how WHERE { ?s a kg:Statement ; kg:polarity ?how } ORDER BY ?s",
    "ASK { ?s a kg:Person }",
    "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a kg:Person ; rdfs:label ?l }",
    "DESCRIBE <https://w3id.org/kg-builder/id/entity/vladimir-putin>",
]


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".ttl", ".nt", ".jsonld"])
@pytest.mark.parametrize("sparql", _SAME_ANSWER)
def test_query_file_answers_as_rdflib_does(tmp_path, suffix, sparql):
    from kg.export import read_dataset, write_dataset
    from kg.query import run_query_file
    path = tmp_path / f"graph{suffix}"
    write_dataset(read_dataset(SAMPLE), path)
    expected = run_query(read_dataset(path), sparql)
    got = run_query_file(path, sparql)
    for fmt in ("table", "tsv", "json") if expected.kind != "graph" else ("nt",):
        assert format_result(got, fmt) == format_result(expected, fmt)


def test_query_file_counts_a_triple_in_two_article_graphs_once(tmp_path):
    from kg.query import run_query_file
    path = tmp_path / "two.trig"
    path.write_text("<urn:g1> { <urn:a> <urn:b> <urn:c> } <urn:g2> { <urn:a> <urn:b> <urn:c> . <urn:a> <urn:b> <urn:d> }")
    rows = run_query_file(path, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
    assert int(rows[0][0]) == 2
    rows = run_query_file(path, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    assert int(rows[0][0]) == 3


@pytest.mark.parametrize("sparql, message", [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "FROM"),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "SPARQL Update"),
    ("SELECT * WHERE { ?s ?p }", "Malformed SPARQL"),
])
def test_query_file_keeps_the_guards(tmp_path, sparql, message):
    from kg.errors import QueryError
    from kg.query import run_query_file
    with pytest.raises(QueryError, match=message):
        run_query_file(SAMPLE, sparql)


@pytest.mark.parametrize("sparql, columns", [
    ("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o", ["s", "p", "o"]),
    ("SELECT * { ?x a kg:Person ; rdfs:label ?name . OPTIONAL { ?x owl:sameAs ?wd } } ORDER BY ?name", ["x", "name", "wd"]),
    ("SELECT DISTINCT * WHERE { GRAPH ?g { ?s a ?t } } ORDER BY ?g ?s ?t", ["g", "s", "t"]),
])
def test_select_star_columns_follow_the_query_on_both_engines(sparql, columns):
    from kg.query import run_query_file
    by_rdflib, by_oxigraph = run_query(read_dataset(SAMPLE), sparql), run_query_file(SAMPLE, sparql)
    assert by_rdflib.vars == by_oxigraph.vars == columns
    assert format_result(by_rdflib, "tsv") == format_result(by_oxigraph, "tsv")
