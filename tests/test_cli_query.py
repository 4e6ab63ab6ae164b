"""kg query, kg export, kg stats and kg viz through click's runner, plus the installed console script."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.export import read_dataset

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = str(Path(__file__).parent / "data" / "contract_sample.trig")
PERSONS = "SELECT ?p ?label WHERE { ?p a kg:Person ; rdfs:label ?label } ORDER BY ?label"


@pytest.fixture()
def run():
    def invoke(*args, input=None):
        return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)
    return invoke


def one_line_error(result, exit_code: int = 1) -> str:
    assert result.exit_code == exit_code, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr
    return lines[-1]


def test_query_table(run):
    result = run("query", SAMPLE, PERSONS)
    assert result.exit_code == 0
    assert result.stdout == ("p                          label\n"
                             "-------------------------  --------------\n"
                             "kgr:entity/joe-biden       Joe Biden\n"
                             "kgr:entity/vladimir-putin  Vladimir Putin\n"
                             "(2 rows)\n")


@pytest.mark.parametrize("fmt, expected", [
    ("csv", "p,label\r\nhttps://w3id.org/kg-builder/id/entity/joe-biden,Joe Biden\r\n"
            "https://w3id.org/kg-builder/id/entity/vladimir-putin,Vladimir Putin\r\n"),
    ("tsv", '?p\t?label\n<https://w3id.org/kg-builder/id/entity/joe-biden>\t"Joe Biden"\n'
            '<https://w3id.org/kg-builder/id/entity/vladimir-putin>\t"Vladimir Putin"\n'),
])
def test_query_csv_tsv(run, fmt, expected):
    result = run("query", SAMPLE, PERSONS, "--format", fmt)
    assert result.exit_code == 0 and result.stdout_bytes.decode("utf-8") == expected


def test_query_json_from_file(run, tmp_path):
    query_file = tmp_path / "q.rq"
    query_file.write_text("# who is a person\n" + PERSONS + "\n", encoding="utf-8")
    result = run("query", SAMPLE, "--file", query_file, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["head"]["vars"] == ["p", "label"]
    assert [b["label"]["value"] for b in data["results"]["bindings"]] == ["Joe Biden", "Vladimir Putin"]


def test_query_from_stdin(run):
    result = run("query", SAMPLE, "--file", "-", input="ASK { ?x a kg:Event }")
    assert (result.exit_code, result.stdout) == (0, "true\n")


def test_query_construct_as_ntriples(run):
    result = run("query", SAMPLE, "CONSTRUCT WHERE { ?a kgp:warn ?b }", "--format", "nt")
    assert result.exit_code == 0
    assert result.stdout == ("<https://w3id.org/kg-builder/id/entity/nato> <https://w3id.org/kg-builder/relation/warn> "
                             "<https://w3id.org/kg-builder/id/entity/russia> .\n")


@pytest.mark.parametrize("args, message", [
    (["INSERT DATA { <urn:a> <urn:b> <urn:c> }"], "read-only"),
    (["SELECT * WHERE { SERVICE <http://127.0.0.1:9/q> { ?s ?p ?o } }"], "--allow-service"),
    (["SELECT ?s WHERE {\n ?s ?p\n}"], "Malformed SPARQL query at line 2, column 2"),
    (["--file", "missing.rq"], "Query file 'missing.rq' does not exist"),
    (["ASK {}", "--format", "turtle"], "no turtle form"),
], ids=["update", "service", "malformed", "missing-file", "bad-format"])
def test_query_errors_are_one_line(run, args, message):
    line = one_line_error(run("query", SAMPLE, *args))
    assert line.startswith("Error: ") and message in line


def test_query_error_before_loading_the_graph(run):
    line = one_line_error(run("query", "missing.trig", "SELEC nothing"))
    assert "Malformed SPARQL" in line


@pytest.mark.parametrize("args", [[SAMPLE], [SAMPLE, "ASK {}", "--file", "q.rq"], []],
                         ids=["no-query", "both", "nothing"])
def test_query_usage_errors(run, args):
    result = run("query", *args)
    assert result.exit_code == 2 and "Traceback" not in result.stderr


def test_query_bad_graph_files(run, tmp_path):
    assert "does not exist" in one_line_error(run("query", tmp_path / "nope.trig", "ASK {}"))
    binary = tmp_path / "x.ttl"
    binary.write_bytes(b"\x00\x01\x02\x03")
    assert "is binary" in one_line_error(run("query", binary, "ASK {}"))
    bad_query = tmp_path / "q.rq"
    bad_query.write_bytes(b"SELECT \xff")
    assert "not UTF-8" in one_line_error(run("query", SAMPLE, "--file", bad_query))


def test_export_converts(run, tmp_path):
    target = tmp_path / "out.nq"
    result = run("export", SAMPLE, "-o", target)
    assert result.exit_code == 0
    back = read_dataset(target)
    assert len([g for g in back.graphs() if len(g) and str(g.identifier) != "urn:x-rdflib:default"]) == 2


def test_export_to_stdout(run):
    result = run("export", SAMPLE, "-o", "-", "--format", "nt")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 207


def test_export_from_stdin(run, tmp_path):
    target = tmp_path / "out.ttl"
    result = run("export", "-", "-o", target, input=Path(SAMPLE).read_text(encoding="utf-8"))
    assert result.exit_code == 0 and len(read_dataset(target)) == 207


def test_export_errors(run, tmp_path):
    assert "Cannot tell the graph format" in one_line_error(run("export", SAMPLE, "-o", tmp_path / "x.foo"))
    assert "does not exist" in one_line_error(run("export", SAMPLE, "-o", tmp_path / "no" / "x.ttl"))
    assert run("export", SAMPLE).exit_code == 2  # -o is required


def test_stats(run):
    result = run("stats", SAMPLE)
    assert result.exit_code == 0
    assert "Statements         11  (facts 7)" in result.stdout
    data = json.loads(run("stats", SAMPLE, "--json").stdout)
    assert data["entities"] == 10 and data["top_actors"][0]["label"] == "Vladimir Putin"


@pytest.mark.parametrize("name", ["net.html", "net.png", "net.graphml", "net.gexf"])
def test_viz_writes_each_format(run, tmp_path, name):
    target = tmp_path / name
    result = run("viz", SAMPLE, "-o", target)
    assert result.exit_code == 0 and target.stat().st_size > 1000
    assert result.stderr.startswith("kg: 9 actors")


def test_viz_options(run, tmp_path):
    target = tmp_path / "net.html"
    result = run("viz", SAMPLE, "-o", target, "--min-weight", "2")
    assert result.exit_code == 0 and "kg: 4 actors, 2 links" in result.stderr
    result = run("viz", SAMPLE, "-o", target, "--top", "3", "--facts-only")
    assert result.exit_code == 0 and "kg: 3 actors" in result.stderr


def test_viz_errors(run, tmp_path):
    assert ".html, .png" in one_line_error(run("viz", SAMPLE, "-o", tmp_path / "net.svg"))
    assert run("viz", SAMPLE, "-o", tmp_path / "n.html", "--min-weight", "0").exit_code == 2


def test_console_script():
    script = ROOT / ".venv" / "bin" / "kg"
    if not script.exists():
        pytest.skip("no .venv/bin/kg here")
    done = subprocess.run([str(script), "query", SAMPLE, "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }",
                           "--format", "csv"], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (0, "n\n11\n", "")
