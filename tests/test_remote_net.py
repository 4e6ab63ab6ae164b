"""Hostile and careless network use: credentials, total deadlines, no network switch hidden in the environment.

Every server here is a real one on 127.0.0.1, run in a thread by the test.
"""
from __future__ import annotations

import base64
import json
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import StoreError
from kg.remote import connect, push_graph, query_endpoint, redact
from kg.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from test_store import make_article, make_graph  # noqa: E402

SECRET = "s3cret-Pa55"
ANSWER = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "hi"}}]}})


class Recorder(BaseHTTPRequestHandler):
    """Accepts PUT and POST from user ann with password SECRET only; records each request."""

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.server.seen.append((self.command, self.path, self.headers.get("Authorization")))
        expected = "Basic " + base64.b64encode(f"ann:{SECRET}".encode()).decode()
        if self.headers.get("Authorization") != expected:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="kg"')
            body = f"bad login {self.headers.get('Authorization')}".encode()
        elif self.command == "PUT":
            self.send_response(204)
            body = b""
        else:
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            body = ANSWER.encode()
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_PUT = do_POST = _handle

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def recorder():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    server.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


class Drip:
    """A server that answers every request with a valid HTTP response, one byte every ``pause`` seconds."""

    def __init__(self, pause: float = 0.5, speak: bool = True) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.pause, self.speak = pause, speak
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        answer = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n" + b"x" * 1000
        with conn:
            conn.settimeout(0.2)
            for byte in answer if self.speak else ():
                if self.stop.wait(self.pause):
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return
            self.stop.wait(120)

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def drip():
    server = Drip()
    yield server
    server.close()


@pytest.fixture
def silent():
    server = Drip(speak=False)
    yield server
    server.close()


@pytest.fixture
def store_dir(tmp_path):
    with Store(tmp_path / "store") as store:
        for i in range(2):
            article = make_article(i)
            store.put_article(article, make_graph(article))
    return str(tmp_path / "store")


def invoke(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


# -- credentials ---------------------------------------------------------------------------------

def test_redact_hides_userinfo_and_given_secrets():
    assert SECRET not in redact(f"Cannot reach http://ann:{SECRET}@h/x, said {SECRET}", SECRET)
    assert redact("http://h:1/x") == "http://h:1/x"


def test_credentials_in_the_url_log_in_and_never_show(recorder, store_dir):
    url = f"http://ann:{SECRET}@127.0.0.1:{recorder.server_port}/store"
    result = invoke("push", "--store", store_dir, "--endpoint", url)
    assert result.exit_code == 0, result.output
    assert SECRET not in result.output and "pushed 2 article graphs" in result.output
    assert [m for m, _, _ in recorder.seen] == ["PUT", "PUT"]
    assert all(auth and auth.startswith("Basic ") for _, _, auth in recorder.seen)
    assert all("ann" not in path for _, path, _ in recorder.seen)


def test_user_option_and_password_from_the_environment(recorder, store_dir):
    url = f"http://127.0.0.1:{recorder.server_port}"
    ok = invoke("push", "--store", store_dir, "--endpoint", url, "--user", "ann", env={"KG_ENDPOINT_PASSWORD": SECRET})
    assert ok.exit_code == 0, ok.output
    query = invoke("query", "--endpoint", url, "--user", "ann", "--format", "csv", "SELECT ?x WHERE { ?x ?p ?o }",
                   env={"KG_ENDPOINT_PASSWORD": SECRET})
    assert query.exit_code == 0, query.output
    assert query.output.split() == ["x", "hi"]
    assert "KG_ENDPOINT_PASSWORD" in invoke("query", "--help").output
    assert "KG_ENDPOINT_PASSWORD" in invoke("build", "--help").output


def test_wrong_password_is_one_line_without_the_secret(recorder, store_dir):
    url = f"http://ann:wrong-{SECRET}@127.0.0.1:{recorder.server_port}"
    result = invoke("push", "--store", store_dir, "--endpoint", url)
    assert result.exit_code == 1
    assert "401" in result.output and SECRET not in result.output and "Traceback" not in result.output
    with pytest.raises(StoreError) as err:
        query_endpoint(url, "ASK {}")
    assert SECRET not in str(err.value) and "401" in str(err.value)


@pytest.mark.parametrize("url", [
    "http://ann:{s}@127.0.0.1:{port}/store",        # nothing listens
    "http://ann:{s}@127.0.0.1:99999/store",         # a port out of range
    "ftp://ann:{s}@127.0.0.1/store",                # not http
], ids=["refused", "bad-port", "scheme"])
def test_every_failure_message_is_redacted(store_dir, url):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = url.format(s=SECRET, port=port)
    for args in (["push", "--store", store_dir, "--endpoint", url], ["query", "--endpoint", url, "ASK {}"],
                 ["export", "--endpoint", url, "-o", "-"], ["stats", "--endpoint", url]):
        result = invoke(*args)
        assert result.exit_code != 0, args
        assert SECRET not in result.output and "Traceback" not in result.output, result.output
    with pytest.raises(StoreError) as err:
        push_graph(url, "urn:g", [], timeout=2)
    assert SECRET not in str(err.value)
    assert SECRET not in repr(connect(f"http://ann:{SECRET}@h/"))


# -- total deadlines -----------------------------------------------------------------------------

def test_push_to_a_dripping_server_ends_at_the_timeout(drip, store_dir):
    start = time.monotonic()
    result = invoke("push", "--store", store_dir, "--endpoint", f"http://127.0.0.1:{drip.port}", "--timeout", "1.5")
    took = time.monotonic() - start
    assert result.exit_code == 1
    assert "did not answer within 1.5 s" in result.output and "--timeout" in result.output
    assert took < 10


@pytest.mark.parametrize("command", [["query", "ASK {}"], ["export", "-o", "-"], ["stats"], ["viz", "-o", "x.html"]])
def test_every_endpoint_command_has_a_timeout(silent, command, tmp_path):
    assert "--timeout" in invoke(command[0], "--help").output
    start = time.monotonic()
    result = invoke(*command, "--endpoint", f"http://127.0.0.1:{silent.port}", "--timeout", "1")
    assert result.exit_code == 1, result.output
    assert "did not answer within 1 s" in result.output
    assert time.monotonic() - start < 10


def test_library_deadline_covers_the_whole_answer(drip):
    start = time.monotonic()
    with pytest.raises(StoreError, match="did not answer within 1 s"):
        query_endpoint(f"http://127.0.0.1:{drip.port}", "ASK {}", timeout=1)
    assert time.monotonic() - start < 5


def test_dask_scheduler_that_never_speaks_ends_at_the_timeout(silent, tmp_path):
    pytest.importorskip("distributed")
    article = tmp_path / "a.md"
    article.write_text("# Head\n\nThe mayor of Oslo closed the harbour.\n", encoding="utf-8")
    start = time.monotonic()
    result = invoke("build", article, "-o", tmp_path / "o.ttl", "--engine", "dask",
                    "--scheduler", f"tcp://127.0.0.1:{silent.port}", "--timeout", "1")
    assert result.exit_code == 1, result.output
    assert "did not answer as a Dask scheduler within 1 s" in result.output
    assert time.monotonic() - start < 10
    assert not (tmp_path / "o.ttl").exists()


# -- no network switch hidden in the environment ---------------------------------------------------

def test_environment_turns_on_no_network_access(recorder, tmp_path):
    article = tmp_path / "a.md"
    article.write_text("# Head\n\nThe mayor of Oslo closed the harbour.\n", encoding="utf-8")
    url = f"http://ann:{SECRET}@127.0.0.1:{recorder.server_port}/store"
    result = invoke("build", article, "-q", env={"KG_BUILD_ENDPOINT": url})
    assert result.exit_code == 2 and "say where the graph goes" in result.output
    graph = tmp_path / "g.nt"
    graph.write_text("<urn:a> <urn:p> <urn:b> .\n", encoding="utf-8")
    service = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{recorder.server_port}/q> {{ ?s ?p ?o }} }}"
    result = invoke("query", graph, service, env={"KG_QUERY_ALLOW_SERVICE": "1"})
    assert result.exit_code == 1 and "SERVICE" in result.output
    assert recorder.seen == []
