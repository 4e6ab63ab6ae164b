"""kg build FEED --fetch: the pages a feed only links to, fetched politely from a real server on 127.0.0.1.

The server (http.server in a thread) serves pages written in tests/data/fetch, a redirect, a redirect loop, a
404, a slow page, huge pages, a non-HTML answer and a robots.txt; a feed written by each test links to them.
Without a fetcher nothing touches the network.
"""
from __future__ import annotations

import gzip
import shutil
import ssl
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kg.errors import FetchError
from kg.ingest import iter_articles
from kg.ingest.fetch import Fetcher
from kg.web import USER_AGENT, fetch_page

PAGES = Path(__file__).parent / "data" / "fetch"
SLOW = 3.0          # seconds the slow page waits before its first byte
HUGE = 300_000      # bytes of the huge pages (the tests cap pages at 100 KB)


class Site(BaseHTTPRequestHandler):
    """A small news site; every request is recorded as (path, User-Agent, time)."""

    def do_GET(self) -> None:   # noqa: N802 (http.server's name)
        self.server.seen.append((self.path, self.headers.get("User-Agent"), time.monotonic()))
        path = self.path.split("?")[0]
        if path == "/robots.txt":
            self._answer(200, "text/plain", b"User-agent: kg-builder\nDisallow: /private/\n\nUser-agent: *\nAllow: /\n")
        elif path.startswith("/pages/") and (PAGES / path[len("/pages/"):]).is_file():
            self._answer(200, "text/html; charset=utf-8", (PAGES / path[len("/pages/"):]).read_bytes())
        elif path == "/private/dam.html":
            self._answer(200, "text/html", (PAGES / "dam.html").read_bytes())
        elif path == "/caf%C3%A9/court":
            self._answer(200, "text/html; charset=utf-8", (PAGES / "court.html").read_bytes())
        elif path == "/moved":
            self._redirect("/pages/court.html")
        elif path.startswith("/loop/"):
            self._redirect(f"/loop/{int(path.rsplit('/', 1)[1]) + 1}")
        elif path == "/to-file":
            self._redirect("file:///etc/passwd")
        elif path == "/slow":
            if not self.server.stop.wait(SLOW):
                self._answer(200, "text/html", (PAGES / "dam.html").read_bytes())
        elif path == "/huge":          # says its size, and is refused before it is read
            self._answer(200, "text/html", b"<p>" + b"word " * (HUGE // 5) + b"</p>")
        elif path == "/endless":       # says no size: read only up to the cap
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(HUGE // 1000):
                    self.wfile.write((b"<p>" + b"more " * 200)[:996] + b"</p>")     # 1,000 bytes
            except OSError:
                pass
            self.close_connection = True
        elif path == "/gzip":          # the page packed, as most servers send it
            self._answer(200, "text/html", gzip.compress((PAGES / "court.html").read_bytes()), "gzip")
        elif path == "/bomb":          # 20 MB of blanks packed into some 20 KB
            self._answer(200, "text/html", gzip.compress(b"<p>" + b" " * 20_000_000), "gzip")
        elif path == "/brotli":
            self._answer(200, "text/html", b"\x8b\x02\x80", "br")
        elif path == "/data.json":
            self._answer(200, "application/json", b'{"story": "The council met on Monday."}')
        else:
            self._answer(404, "text/html", b"<h1>Not found</h1>")

    def _answer(self, status: int, content_type: str, body: bytes, encoding: str = "") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.seen, server.stop = [], threading.Event()
    server.base = f"http://127.0.0.1:{server.server_port}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.stop.set()
        server.shutdown()
        server.server_close()


def fetcher(**kwargs) -> Fetcher:
    return Fetcher(**{"timeout": 1.0, "delay": 0.0, "max_bytes": 100_000, **kwargs})


def write_feed(folder: Path, links: list[str], name: str = "teasers.rss") -> Path:
    items = "".join(f"<item><title>Item {n}</title><link>{link}</link><pubDate>Fri, 0{n % 9 + 1} Feb 2024 "
                    "10:00:00 +0000</pubDate><dc:creator>Desk Writer</dc:creator>"
                    f"<description>A teaser for item {n}.</description></item>" for n, link in enumerate(links, 1))
    path = folder / name
    path.write_text('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
                    'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Herald</title>'
                    f"<link>https://herald.example/</link><description>News</description>{items}</channel></rss>",
                    encoding="utf-8")
    return path


def read(paths, fetch=None, languages=None):
    skipped, notes = [], []
    articles = list(iter_articles([str(p) for p in paths], on_skip=skipped.append, on_note=notes.append,
                                  languages=languages, fetch=fetch))
    return articles, skipped, notes


# -- the feed's pages become articles ------------------------------------------------------------

def test_summary_only_items_are_fetched_and_read_as_html(site, tmp_path):
    feed = write_feed(tmp_path, [f"{site.base}/pages/dam.html", f"{site.base}/pages/bare.html"])
    articles, skipped, notes = read([feed], fetcher())
    assert skipped == [] and notes == []
    dam, bare = articles
    assert dam.headline == "River Authority Opens Floodgates at Kessel Dam"        # the page's own metadata
    assert (dam.date, dam.author, dam.url) == ("2024-03-05", "Ines Varga", f"{site.base}/pages/dam.html")
    assert dam.text.startswith("The river authority opened three floodgates") and "Most read" not in dam.text
    assert dam.source == f"{feed}:1"
    # a page with no title, date or author: the item's fill them
    assert (bare.headline, bare.date, bare.author) == ("Item 2", "2024-02-03", "Desk Writer")
    assert bare.url == f"{site.base}/pages/bare.html" and "ferry company voted" in bare.text
    assert {agent for _, agent, _ in site.seen} == {USER_AGENT} and "kg-builder" in USER_AGENT


def test_nothing_is_fetched_without_a_fetcher(site, tmp_path):
    feed = write_feed(tmp_path, [f"{site.base}/pages/dam.html", f"{site.base}/moved"])
    articles, skipped, notes = read([feed])
    assert articles == [] and skipped == ["summary only", "summary only"]
    assert notes[0] == f"left out (summary only): {site.base}/pages/dam.html"
    assert site.seen == []


def test_a_redirect_is_followed_and_the_page_keeps_the_url_it_came_from(site, tmp_path):
    feed = write_feed(tmp_path, [f"{site.base}/moved"])
    [article], skipped, _ = read([feed], fetcher())
    assert article.headline == "Court Delays Ruling on Mine Expansion" and skipped == []
    assert article.url == f"{site.base}/pages/court.html"
    assert [path for path, _, _ in site.seen] == ["/robots.txt", "/moved", "/pages/court.html"]


# -- failures are counted by reason, and the rest go on -------------------------------------------

def test_every_kind_of_failure_is_counted_and_the_rest_are_built(site, tmp_path):
    links = [f"{site.base}/missing", f"{site.base}/slow", f"{site.base}/huge", f"{site.base}/endless",
             f"{site.base}/data.json", f"{site.base}/pages/menu.html", f"{site.base}/pages/german.html",
             f"{site.base}/loop/0", f"{site.base}/to-file", f"{site.base}/private/dam.html",
             "file:///etc/passwd", "ftp://127.0.0.1/story.html", "data:text/html,<p>Hello</p>",
             f"{site.base}/pages/dam.html"]
    feed = write_feed(tmp_path, links)
    start = time.monotonic()
    articles, skipped, notes = read([feed], fetcher(), languages={"en"})
    assert time.monotonic() - start < SLOW      # the slow page was given up at the timeout, not waited for
    assert [a.headline for a in articles] == ["River Authority Opens Floodgates at Kessel Dam"]
    assert sorted(skipped) == sorted([
        "fetch: HTTP 404", "fetch: timeout", "fetch: too large", "fetch: too large", "fetch: not HTML",
        "fetch: no story", "language de", "fetch: too many redirects", "fetch: not http(s)", "fetch: robots.txt",
        "fetch: not http(s)", "fetch: not http(s)", "fetch: not http(s)"])
    assert all("\n" not in note for note in notes)
    assert f"left out (fetch: HTTP 404): {site.base}/missing: answered HTTP 404 Not Found" in notes
    assert any("/slow: did not arrive within 1 s" in note for note in notes)
    assert any(note.startswith("left out (fetch: not http(s)): file:") and "not an http(s) URL" in note
               for note in notes)
    assert f"left out (fetch: not http(s)): {site.base}/to-file: redirected to file:///etc/passwd, which is not " \
           "http(s); not fetched" in notes
    fetched = [path for path, _, _ in site.seen]
    assert "/private/dam.html" not in fetched and fetched.count("/robots.txt") == 1
    assert sum(path.startswith("/loop/") for path in fetched) == 6    # the page and five redirects


def test_a_huge_page_is_refused_by_its_length_or_cut_at_the_cap(site):
    with pytest.raises(FetchError, match=r"/huge: is over the 100,000-byte limit \(300,\d+ bytes\)") as info:
        fetch_page(f"{site.base}/huge", timeout=2, max_bytes=100_000)
    assert info.value.reason == "too large"
    with pytest.raises(FetchError, match=r"/endless: is over the 100,000-byte limit; not read"):
        fetch_page(f"{site.base}/endless", timeout=2, max_bytes=100_000)
    assert len(fetch_page(f"{site.base}/endless", timeout=2, max_bytes=HUGE * 2).data) == HUGE


def test_a_link_in_non_ascii_characters_is_percent_encoded(site):
    page = fetch_page(f"{site.base}/caf\u00e9/court", timeout=2)
    assert page.url == f"{site.base}/caf%C3%A9/court" and b"Dolen" in page.data
    assert fetch_page(f"{site.base}/caf%C3%A9/court", timeout=2).url == page.url     # encoded once only


def test_a_packed_page_is_unpacked_but_never_past_the_cap(site):
    page = fetch_page(f"{site.base}/gzip", timeout=2, max_bytes=100_000)
    assert page.data == (PAGES / "court.html").read_bytes()
    with pytest.raises(FetchError, match=r"/bomb: is over the 100,000-byte limit once unpacked") as info:
        fetch_page(f"{site.base}/bomb", timeout=2, max_bytes=100_000)
    assert info.value.reason == "too large"
    with pytest.raises(FetchError, match=r"/brotli: sent in the encoding 'br', which kg cannot read"):
        fetch_page(f"{site.base}/brotli", timeout=2)


def test_a_feed_on_standard_input_is_fetched_too(site):
    from kg.ingest import parse_text
    text = ('<rss version="2.0"><channel><title>T</title><item><title>Court</title>'
            f"<link>{site.base}/gzip</link><description>Teaser.</description></item></channel></rss>")
    [article] = parse_text(text, fetch=fetcher())
    assert article.headline == "Court Delays Ruling on Mine Expansion" and article.source == "<stdin>:1"
    assert [path for path, _, _ in site.seen] == ["/robots.txt", "/gzip"]
    assert parse_text(text) == []                      # without a fetcher: no request, and nothing to build
    assert len(site.seen) == 2


def test_a_host_that_does_not_answer_is_one_reason_not_a_crash(tmp_path):
    import socket
    with socket.socket() as sock:           # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    feed = write_feed(tmp_path, [f"http://127.0.0.1:{port}/a", f"http://127.0.0.1:{port}/b"])
    articles, skipped, notes = read([feed], fetcher())
    assert articles == [] and skipped == ["fetch: unreachable", "fetch: unreachable"]
    assert "robots.txt could not be read" in notes[0]


@pytest.fixture
def tls_site(tmp_path):
    """The site over HTTPS on 127.0.0.1, with a certificate of its own that no one trusts by default."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make the test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.seen, server.stop, server.cert = [], threading.Event(), cert
    server.base = f"https://127.0.0.1:{server.server_port}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.stop.set()
        server.shutdown()
        server.server_close()


def test_https_is_verified(tls_site, tmp_path, monkeypatch):
    feed = write_feed(tmp_path, [f"{tls_site.base}/pages/dam.html"])
    articles, skipped, notes = read([feed], fetcher())
    assert articles == [] and skipped == ["fetch: TLS"] and "CERTIFICATE_VERIFY_FAILED" in notes[0]
    assert tls_site.seen == []
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_site.cert))     # the user trusts it: it is read
    [article], skipped, _ = read([feed], fetcher())
    assert article.headline == "River Authority Opens Floodgates at Kessel Dam" and skipped == []
    assert article.url == f"{tls_site.base}/pages/dam.html"


# -- politeness -------------------------------------------------------------------------------------

def test_requests_to_one_host_are_spaced_by_the_delay(site, tmp_path):
    feed = write_feed(tmp_path, [f"{site.base}/pages/dam.html", f"{site.base}/pages/bare.html",
                                 f"{site.base}/missing"])
    read([feed], fetcher(delay=0.25))
    times = [when for _, _, when in site.seen]
    assert len(times) == 4                       # robots.txt, then the three pages, one at a time
    assert all(later - earlier >= 0.25 for earlier, later in zip(times, times[1:]))


def test_robots_txt_can_be_left_unread_by_the_library(site):
    page = fetcher(robots=False).page(f"{site.base}/private/dam.html")
    assert page.content_type == "text/html" and b"Kessel" in page.data
    assert [path for path, _, _ in site.seen] == ["/private/dam.html"]


@pytest.mark.model
def test_kg_build_fetch_builds_the_pages_and_counts_what_failed(nlp, site, tmp_path):
    from click.testing import CliRunner
    from rdflib import Dataset

    from kg.cli import main

    feed = write_feed(tmp_path, [f"{site.base}/pages/dam.html", f"{site.base}/missing", f"{site.base}/data.json",
                                 f"{site.base}/moved"])
    out = tmp_path / "g.trig"
    result = CliRunner().invoke(main, ["build", str(feed), "--fetch", "--fetch-delay", "0", "--timeout", "2",
                                       "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 added articles; records left out: 1 fetch: HTTP 404, 1 fetch: not HTML" in result.output
    assert f"kg: left out (fetch: not HTML): {site.base}/data.json: is application/json, not HTML" in result.output
    text = out.read_text(encoding="utf-8")
    assert f"{site.base}/pages/dam.html" in text and f"{site.base}/pages/court.html" in text
    assert len(Dataset().parse(out, format="trig")) > 0
    before = len(site.seen)
    result = CliRunner().invoke(main, ["build", str(feed), "-o", str(tmp_path / "h.ttl")])
    assert result.exit_code == 1 and "records left out: 4 summary only" in result.output
    assert len(site.seen) == before            # no --fetch: no request


def test_a_page_linked_twice_is_fetched_once(site, tmp_path):
    feed = write_feed(tmp_path, [f"{site.base}/pages/dam.html", f"{site.base}/pages/dam.html#comments"])
    [article], skipped, notes = read([feed], fetcher())
    assert skipped == ["fetch: duplicate"] and notes == [f"left out (fetch: duplicate): {site.base}/pages/dam.html: "
                                                         "is linked again; fetched once"]
    assert [path for path, _, _ in site.seen] == ["/robots.txt", "/pages/dam.html"]


@pytest.mark.model
def test_a_store_is_not_fetched_again_for_the_pages_it_holds(nlp, site, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    feed = write_feed(tmp_path, [f"{site.base}/pages/dam.html", f"{site.base}/pages/bare.html"])
    args = ["build", str(feed), "--fetch", "--fetch-delay", "0", "--store", str(tmp_path / "store")]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0 and "2 added articles" in first.output, first.output
    asked = len(site.seen)
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0 and "kg: 2 skipped articles" in again.output, again.output
    assert len(site.seen) == asked
    # written elsewhere too, the build needs every page: they are fetched again (by this process, with workers)
    again = CliRunner().invoke(main, [*args, "-o", str(tmp_path / "g.ttl"), "--workers", "2"])
    assert again.exit_code == 0 and len(site.seen) == asked + 3, again.output
    assert "kg: 2 skipped articles" in again.output
