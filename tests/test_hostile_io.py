"""Hostile or careless input and output (issue 11): what -o points at, full disks, killed writers,
JSON-LD contexts, XML bombs, bad answers from servers, control characters in labels and file names.

Every test runs the real thing: real files, FIFOs, device nodes, the installed ``kg`` script in a
subprocess, and an HTTP server on 127.0.0.1.
"""
from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parent.parent
SAMPLE = str(Path(__file__).parent / "data" / "contract_sample.trig")
NT = '<urn:a> <urn:b> "x" .\n'


_MAIN = "import sys; sys.argv[0] = 'kg'; from kg.cli import main; main()"


def kg(*args, stdin=None, stdout=subprocess.PIPE, timeout=60) -> subprocess.CompletedProcess:
    """Run the kg command line in a fresh interpreter, with this worktree first on the path."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", _MAIN, *map(str, args)],
                          stdin=stdin, stdout=stdout, stderr=subprocess.PIPE, env=env, timeout=timeout)


def one_line(proc: subprocess.CompletedProcess) -> str:
    """The single line a failed command printed on stderr (and no traceback)."""
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode != 0, err
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture()
def graph_file(tmp_path) -> Path:
    path = tmp_path / "in.nt"
    path.write_text(NT, encoding="utf-8")
    return path


# --- 1. -o writes what it points at, never replaces a device, FIFO or link -------------------------

def test_output_to_a_symlink_writes_its_target_and_keeps_the_link(tmp_path, graph_file):
    real = tmp_path / "real.nt"
    real.write_text("old\n")
    link = tmp_path / "link.nt"
    link.symlink_to(real.name)
    proc = kg("export", graph_file, "-o", link)
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink() and os.readlink(link) == real.name
    assert real.read_text() == NT


def test_output_to_a_dangling_symlink_creates_its_target(tmp_path, graph_file):
    link = tmp_path / "link.nt"
    link.symlink_to("made.nt")
    assert kg("export", graph_file, "-o", link).returncode == 0
    assert link.is_symlink() and (tmp_path / "made.nt").read_text() == NT


def test_output_to_a_fifo_is_written_in_place(tmp_path, graph_file):
    fifo = tmp_path / "pipe.nt"
    os.mkfifo(fifo)
    got = {}

    def reader():
        with open(fifo, "rb") as stream:
            got["data"] = stream.read()
    thread = threading.Thread(target=reader)
    thread.start()
    proc = kg("export", graph_file, "-o", fifo)
    thread.join(10)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert got["data"].decode() == NT


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="making a device node needs root")
def test_output_to_a_device_node_keeps_the_node(tmp_path, graph_file):
    node = tmp_path / "null"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))   # a /dev/null of our own
    proc = kg("export", graph_file, "-o", node, "--format", "nt")
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISCHR(os.lstat(node).st_mode)
    assert os.listdir(tmp_path) == ["null"] or sorted(os.listdir(tmp_path)) == ["in.nt", "null"]


def test_output_to_a_link_to_stdout_goes_to_the_pipe(tmp_path, graph_file):
    # What /dev/stdout is, made in tmp_path so that a regression cannot replace the system's node.
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    proc = kg("export", graph_file, "-o", link, "--format", "nt")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == NT and link.is_symlink()


def test_output_to_stdout_redirected_to_a_file_appends_in_place(tmp_path, graph_file):
    out = tmp_path / "out.nt"
    out.write_text("kept\n")
    with open(out, "ab") as stream:
        proc = kg("export", graph_file, "-o", "/proc/self/fd/1", "--format", "nt", stdout=stream)
    assert proc.returncode == 0, proc.stderr
    assert out.read_text() == "kept\n" + NT


# --- 2. -o keeps the mode of the file it rewrites --------------------------------------------------

@pytest.mark.parametrize("suffix", [".nt", ".ttl", ".jsonld"])
def test_rewritten_output_keeps_its_mode(tmp_path, graph_file, suffix):
    out = tmp_path / f"secret{suffix}"
    out.write_text("old")
    os.chmod(out, 0o600)
    proc = kg("export", graph_file, "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert out.read_text() != "old"


def test_store_export_keeps_the_mode_too(tmp_path, graph_file):
    from kg.store import Store
    from kg.export import read_dataset
    out = tmp_path / "secret.trig"
    out.write_text("old")
    os.chmod(out, 0o640)
    with Store(tmp_path / "store") as store:
        store.export(out)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o640
    read_dataset(out)


# --- 13. a full disk on stdout is one line ---------------------------------------------------------

@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [
    ("export", "{g}", "-o", "-", "--format", "nt"),
    ("query", "{g}", "SELECT * WHERE { ?s ?p ?o }"),
    ("query", "{g}", "SELECT * WHERE { ?s ?p ?o }", "--format", "csv"),
    ("stats", "{g}"),
])
def test_full_disk_on_stdout_is_one_line(graph_file, args):
    with open("/dev/full", "wb") as full:
        proc = kg(*(graph_file if a == "{g}" else a for a in args), stdout=full)
    assert "No space left on device" in one_line(proc)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="making a device node needs root")
def test_output_file_on_a_full_device_is_one_line(tmp_path, graph_file):
    full = tmp_path / "full"
    os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))   # a /dev/full of our own
    proc = kg("export", graph_file, "-o", full, "--format", "nt")
    assert "No space left on device" in one_line(proc)
    assert stat.S_ISCHR(os.lstat(full).st_mode)


# --- 17. a writer killed with SIGKILL leaves no litter after the next run -------------------------

def test_temp_file_of_a_killed_export_is_cleaned_by_the_next(tmp_path, graph_file):
    out = tmp_path / "graph.nt"
    code = ("import os, signal, sys\n"
            "from kg.output import atomic_output\n"
            "with atomic_output(sys.argv[1]) as stream:\n"
            "    stream.write(b'half a graph'); stream.flush()\n"
            "    os.kill(os.getpid(), signal.SIGKILL)\n")
    killed = subprocess.run([sys.executable, "-c", code, str(out)], env={**os.environ, "PYTHONPATH": str(ROOT)},
                            capture_output=True, timeout=60)
    assert killed.returncode == -9
    litter = [p.name for p in tmp_path.iterdir() if p.name.startswith(".graph.nt.")]
    assert len(litter) == 1 and not out.exists()
    proc = kg("export", graph_file, "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nt", "in.nt"]


def test_temp_file_of_a_live_writer_is_left_alone(tmp_path, graph_file):
    out = tmp_path / "graph.nt"
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = tmp_path / f".graph.nt.kg{other.pid}-0123abcd.tmp"
        live.write_text("being written")
        assert kg("export", graph_file, "-o", out).returncode == 0
        assert live.exists()
    finally:
        other.kill()
        other.wait()


# --- 19. a control character in a file name does not split the message --------------------------

@pytest.mark.parametrize("name", ["evil\nname.ttl", "bell\x07\x1b[31mred.ttl", "c1\x9bname.ttl"])
def test_file_name_with_control_characters_stays_on_one_line(tmp_path, name):
    bad = tmp_path / name
    bad.write_text("@prefix x: <urn:x#> .\nx:a x:b .\n")
    proc = kg("export", bad, "-o", tmp_path / "out.nt")
    line = one_line(proc)
    assert "\x1b" not in line and "\x07" not in line and "\x9b" not in line
    assert "not valid Turtle" in line


def test_missing_output_folder_with_a_newline_is_one_line(tmp_path, graph_file):
    proc = kg("export", graph_file, "-o", tmp_path / "no\nsuch" / "out.nt")
    assert "does not exist" in one_line(proc)


def test_show_path_quotes_and_escapes():
    from kg.errors import show_path
    assert show_path("a b.ttl") == "'a b.ttl'"
    assert "\n" not in show_path("a\nb") and "\x1b" not in show_path("\x1b[2J")
    assert show_path(os.fsencode("caf\udce9")) == "'caf\\udce9'"


# --- 16. control characters in labels do not reach the terminal raw ------------------------------

EVIL = "Evil\x1b]0;owned\x07\x1b[2J Corp\x9b31m\x7f"


@pytest.fixture()
def evil_graph(tmp_path) -> Path:
    from rdflib import Graph, Literal, URIRef
    from kg.rdf.namespaces import KG, RDF, RDFS
    graph = Graph()
    node = URIRef("https://w3id.org/kg-builder/id/entity/evil")
    graph.add((node, RDF.type, KG.Organization))
    graph.add((node, RDFS.label, Literal(EVIL)))
    path = tmp_path / "evil.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    return path


@pytest.mark.parametrize("args", [
    ("SELECT ?label WHERE { ?x rdfs:label ?label }",),
    ("SELECT ?label WHERE { ?x rdfs:label ?label }", "--format", "json"),
    ("CONSTRUCT WHERE { ?x rdfs:label ?label }",),
    ("CONSTRUCT WHERE { ?x rdfs:label ?label }", "--format", "nt"),
    ("CONSTRUCT WHERE { ?x rdfs:label ?label }", "--format", "json"),
])
def test_query_output_escapes_control_characters(evil_graph, args):
    proc = kg("query", evil_graph, *args)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    assert not any(ch in out for ch in "\x1b\x07\x9b\x7f"), repr(out)
    assert "Evil" in out and "Corp" in out


def test_query_table_shows_the_escapes(evil_graph):
    proc = kg("query", evil_graph, "SELECT ?label WHERE { ?x rdfs:label ?label }")
    assert "Evil\\x1b]0;owned\\x07\\x1b[2J Corp\\x9b31m\\x7f" in proc.stdout.decode("utf-8")


def test_escaped_turtle_and_json_read_back_as_the_same_label(evil_graph, tmp_path):
    import json
    from rdflib import Graph
    nt = kg("query", evil_graph, "CONSTRUCT WHERE { ?x rdfs:label ?label }", "--format", "nt").stdout
    assert EVIL in {str(o) for o in Graph().parse(data=nt.decode(), format="nt").objects()}
    js = kg("query", evil_graph, "SELECT ?label WHERE { ?x rdfs:label ?label }", "--format", "json").stdout
    assert json.loads(js)["results"]["bindings"][0]["label"]["value"] == EVIL


def test_stats_escapes_control_characters(tmp_path):
    evil = tmp_path / "evil.trig"
    text = Path(SAMPLE).read_text(encoding="utf-8")
    evil.write_text(text.replace('rdfs:label "Vladimir Putin"', 'rdfs:label "Vladimir \\u001B[2J\\u009BPutin"'),
                    encoding="utf-8")
    proc = kg("stats", evil)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    assert "Vladimir \\x1b[2J\\x9bPutin" in out and "\x1b" not in out


# --- a tiny HTTP server on 127.0.0.1 that answers what a test tells it to ----------------------------

class _Handler(BaseHTTPRequestHandler):
    routes: dict = {}
    seen: list = []

    def _answer(self):
        path = self.path.split("?")[0]
        self.seen.append(path)
        if self.command == "POST":
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
        content_type, body = self.routes.get(path, ("text/plain", None))
        self.send_response(200 if body is not None else 404)
        self.send_header("Content-Type", content_type)
        body = body if body is not None else b"not here"
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args):
        pass


@pytest.fixture()
def http_server():
    """(base URL, routes dict to fill, list of the paths asked for)."""
    handler = type("Handler", (_Handler,), {"routes": {}, "seen": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler.routes, handler.seen
    finally:
        server.shutdown()
        server.server_close()


CONTEXT = b'{"@context": {"name": "http://xmlns.com/foaf/0.1/name"}}'


# --- 4. JSON-LD contexts are not fetched unless asked ------------------------------------------

@pytest.mark.parametrize("command", [("export", "-o", "{out}"), ("query", "SELECT * WHERE { ?s ?p ?o }"),
                                     ("stats",), ("viz", "-o", "{out}.graphml")])
def test_jsonld_remote_context_is_not_fetched(tmp_path, http_server, command):
    base, routes, seen = http_server
    routes["/ctx.jsonld"] = ("application/ld+json", CONTEXT)
    doc = tmp_path / "doc.jsonld"
    doc.write_text(f'{{"@context": "{base}/ctx.jsonld", "@id": "urn:a", "name": "Alice"}}')
    out = str(tmp_path / "out.nt")
    args = [a.replace("{out}", out) for a in command]
    proc = kg(args[0], doc, *args[1:])
    line = one_line(proc)
    assert "--allow-remote-context" in line and f"{base}/ctx.jsonld" in line
    assert seen == []


def test_jsonld_remote_context_is_fetched_when_allowed(tmp_path, http_server):
    base, routes, seen = http_server
    routes["/ctx.jsonld"] = ("application/ld+json", CONTEXT)
    doc = tmp_path / "doc.jsonld"
    doc.write_text(f'{{"@context": "{base}/ctx.jsonld", "@id": "urn:a", "name": "Alice"}}')
    proc = kg("export", doc, "-o", tmp_path / "out.nt", "--allow-remote-context")
    assert proc.returncode == 0, proc.stderr
    assert seen == ["/ctx.jsonld"]
    assert '<urn:a> <http://xmlns.com/foaf/0.1/name> "Alice" .' in (tmp_path / "out.nt").read_text()


@pytest.mark.parametrize("context", ['"file://{secret}"', '{{"@import": "secret.jsonld", "@version": 1.1}}',
                                     '["secret.jsonld"]'])
def test_jsonld_local_file_context_is_not_read(tmp_path, context):
    secret = tmp_path / "secret.jsonld"
    secret.write_text('{"@context": {"name": "urn:leaked-secret#name"}}')
    doc = tmp_path / "doc.jsonld"
    doc.write_text(f'{{"@context": {context.format(secret=secret)}, "@id": "urn:a", "name": "Alice"}}')
    proc = kg("export", doc, "-o", "-", "--format", "nt")
    assert "--allow-remote-context" in one_line(proc)
    assert b"leaked-secret" not in proc.stdout


def test_jsonld_inline_context_still_parses(tmp_path):
    doc = tmp_path / "doc.jsonld"
    doc.write_text('{"@context": {"name": "http://xmlns.com/foaf/0.1/name"}, "@id": "urn:a", "name": "Alice"}')
    proc = kg("export", doc, "-o", "-", "--format", "nt")
    assert proc.returncode == 0 and b'"Alice"' in proc.stdout


def test_jsonld_answer_from_an_endpoint_does_not_fetch_its_context(http_server):
    base, routes, seen = http_server
    routes["/ctx.jsonld"] = ("application/ld+json", CONTEXT)
    routes["/query"] = ("application/ld+json",
                        f'{{"@context": "{base}/ctx.jsonld", "@id": "urn:a", "name": "Alice"}}'.encode())
    proc = kg("query", "--endpoint", base, "CONSTRUCT WHERE { ?s ?p ?o }")
    assert "--allow-remote-context" in one_line(proc)
    assert seen == ["/query"]


# --- 8. RDF/XML entity bombs are refused at once ---------------------------------------------------

LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY a "' + "a" * 48 + '">\n'
          + "".join(f'<!ENTITY {n} "{("&" + p + ";") * 10}">\n' for p, n in zip("abcdefg", "bcdefgh"))
          + ']>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="urn:ex#">\n'
          '<rdf:Description rdf:about="urn:a"><ex:p>&h;</ex:p></rdf:Description>\n</rdf:RDF>\n')


@pytest.mark.parametrize("command", [("export", "-o", "{out}"), ("query", "ASK { ?s ?p ?o }"), ("stats",)])
def test_rdfxml_billion_laughs_is_refused(tmp_path, command):
    bomb = tmp_path / "lol.rdf"
    bomb.write_text(LAUGHS)
    assert len(LAUGHS) < 1024
    args = [a.replace("{out}", str(tmp_path / "out.nt")) for a in command]
    proc = kg(args[0], bomb, *args[1:], timeout=30)
    assert "XML bomb" in one_line(proc)
    assert not (tmp_path / "out.nt").exists()


@pytest.mark.parametrize("body", [
    '<!DOCTYPE r [<!ENTITY big "' + "x" * 5000 + '">]>',
    '<!DOCTYPE r [<!ENTITY % p "x">]>',
    '<!DOCTYPE r [<!ENTITY ext SYSTEM "file:///etc/passwd">]>',
])
def test_rdfxml_other_entity_tricks_are_refused(tmp_path, body):
    bad = tmp_path / "bad.rdf"
    bad.write_text('<?xml version="1.0"?>\n' + body.replace("<!DOCTYPE r", "<!DOCTYPE rdf:RDF")
                   + '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>\n')
    assert "refused" in one_line(kg("export", bad, "-o", tmp_path / "out.nt", timeout=30))


def test_rdfxml_with_plain_abbreviation_entities_still_parses(tmp_path):
    owl = tmp_path / "onto.rdf"
    owl.write_text('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY owl "http://www.w3.org/2002/07/owl#">]>\n'
                   '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
                   '<rdf:Description rdf:about="urn:a"><rdf:type rdf:resource="&owl;Class"/></rdf:Description>\n'
                   '</rdf:RDF>\n')
    proc = kg("export", owl, "-o", "-", "--format", "nt")
    assert proc.returncode == 0, proc.stderr
    assert b"<http://www.w3.org/2002/07/owl#Class>" in proc.stdout


# --- 15. bad RDF from an endpoint is one line ------------------------------------------------------

@pytest.mark.parametrize("content_type, body, expected", [
    ("text/turtle", b"@prefix x: <urn:x#> .\nx:a x:b .\n", "not valid Turtle"),
    ("application/n-triples", b"<urn:a> <urn:b> .\n", "not valid N-Triples"),
    ("application/rdf+xml", b"<rdf:RDF", "not valid RDF/XML"),
    ("application/rdf+xml", LAUGHS.encode(), "XML bomb"),
    ("application/ld+json", b"{not json", "not valid JSON-LD"),
    ("text/turtle", b"\xff\xfe<", "not valid UTF-8"),
])
def test_bad_rdf_from_an_endpoint_is_one_line(http_server, content_type, body, expected):
    base, routes, _ = http_server
    routes["/query"] = (content_type, body)
    proc = kg("query", "--endpoint", base, "CONSTRUCT WHERE { ?s ?p ?o }", timeout=30)
    line = one_line(proc)
    assert expected in line and "127.0.0.1" in line


def test_build_messages_naming_bad_files_stay_one_line_each(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad\nname.md").write_text("")
    (folder / "bin\x1b[31m.md").write_bytes(b"x\x00y")
    proc = kg("build", folder, "-o", tmp_path / "out.ttl")
    err = proc.stderr.decode("utf-8")
    assert proc.returncode != 0 and "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 3 and all(line.startswith(("kg: ", "Error: ")) for line in lines), err
    assert "\x1b" not in err and "bad\\nname.md" in err


def test_viz_summary_escapes_the_output_name(tmp_path):
    out = tmp_path / "net\x1b[2J.graphml"
    proc = kg("viz", SAMPLE, "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert b"\x1b" not in proc.stderr and out.exists()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="making a device node needs root")
@pytest.mark.parametrize("suffix", [".ttl", ".jsonld"])
def test_build_output_to_a_device_node_keeps_the_node(tmp_path, suffix):
    # kg build -o goes through GraphCollector (Oxigraph for Turtle, rdflib for JSON-LD)
    from rdflib import Graph, URIRef
    from kg.export import GraphCollector
    node = tmp_path / f"null{suffix}"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    graph = Graph()
    graph.add((URIRef("urn:a"), URIRef("urn:b"), URIRef("urn:c")))
    out = GraphCollector(node)
    out.add("urn:g", graph)
    out.write()
    assert stat.S_ISCHR(os.lstat(node).st_mode) and os.listdir(tmp_path) == [node.name]


# --- 9. a graph file that is a FIFO or a device: never block, never read forever ------------------------------

@pytest.mark.parametrize("command", [("export", "--format", "nt", "-o", "-"), ("query", "ASK { ?s ?p ?o }")])
def test_graph_input_from_a_fifo_with_no_writer_ends_at_once(tmp_path, command):
    fifo = tmp_path / "g.nt"
    os.mkfifo(fifo)
    args = (command[0], fifo, *command[1:])
    assert "empty" in one_line(kg(*args, timeout=30))


def test_graph_input_from_a_pipe_with_a_writer_is_read(tmp_path, graph_file):
    fifo = tmp_path / "g.nt"
    os.mkfifo(fifo)

    def feed():
        with open(fifo, "wb") as out:   # blocks until kg opens the other end
            out.write(NT.encode())
    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    proc = kg("export", fifo, "--format", "nt", "-o", "-", timeout=30)
    writer.join(5)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == NT


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="making a device node needs root")
def test_graph_input_from_an_endless_device_is_refused(tmp_path):
    node = tmp_path / "zero.nt"
    os.mknod(node, 0o444 | stat.S_IFCHR, os.makedev(1, 5))   # a /dev/zero of our own
    assert "device" in one_line(kg("query", node, "ASK { ?s ?p ?o }", timeout=30))


@pytest.mark.parametrize("command", [("query", SAMPLE, "-f"), ("timex",)])
def test_query_file_and_timex_text_from_a_fifo_with_no_writer_end_at_once(tmp_path, command):
    fifo = tmp_path / "in.txt"
    os.mkfifo(fifo)
    assert "empty" in one_line(kg(*command, fifo, timeout=30))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="making a device node needs root")
@pytest.mark.parametrize("command", [("query", SAMPLE, "-f"), ("timex",)])
def test_query_file_and_timex_text_from_an_endless_device_are_refused(tmp_path, command):
    node = tmp_path / "zero.rq"
    os.mknod(node, 0o444 | stat.S_IFCHR, os.makedev(1, 5))   # a /dev/zero of our own: read whole, it fills memory
    assert "device" in one_line(kg(*command, node, timeout=30))


def test_a_query_on_stdin_is_read_up_to_a_limit(tmp_path):
    from kg.cli.query import MAX_QUERY_BYTES
    big = tmp_path / "big.rq"
    big.write_bytes(b"#" * (MAX_QUERY_BYTES + 10))
    with open(big, "rb") as stdin:
        assert "limit" in one_line(kg("query", SAMPLE, "-f", "-", stdin=stdin, timeout=30))
