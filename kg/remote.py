"""SPARQL servers: push article graphs (Graph Store HTTP Protocol) and query them (SPARQL 1.1 Protocol).

Works with any server that speaks the two W3C protocols: Oxigraph server, Apache Jena Fuseki, GraphDB,
Virtuoso. Only the standard library's ``urllib`` is used.

An endpoint URL that has no path (``http://localhost:7878``) is taken as an Oxigraph server, whose
Graph Store endpoint is ``/store`` and query endpoint ``/query``; any other URL is used as given
(Fuseki: ``http://host:3030/DATASET/data`` to push, ``http://host:3030/DATASET/sparql`` to query).

Each article goes into its own named graph. For queries whose default graph is the union of the
articles, as with a file or a store, run the server that way: ``oxigraph serve --union-default-graph``,
Fuseki with ``tdb2:unionDefaultGraph true``; otherwise use ``GRAPH ?g { ... }``.

:func:`fetch_page` gets one web page (``kg build FEED --fetch``): a User-Agent naming kg-builder, a total
deadline, a byte cap, and at most :data:`MAX_REDIRECTS` redirects, to http(s) URLs only.

Credentials in the URL (``http://USER:PASSWORD@host/...``), or given apart, are sent as HTTP basic
auth and never shown: every message names the endpoint through :func:`redact`. Each request has a
total deadline (``timeout``): a server that trickles its answer cannot hold a command past it.
"""
from __future__ import annotations

import base64
import http.client
import io
import json
import re
import socket
import ssl
import time
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.serializers.nt import _nt_row

from kg.errors import FetchError, StoreError, one_line
from kg.rdf.namespaces import PREFIXES, bind_prefixes

__all__ = ["push_graph", "push_store", "query_endpoint", "fetch_dataset", "graph_store_url", "query_url",
           "Endpoint", "connect", "redact", "PASSWORD_ENV", "DEFAULT_TIMEOUT", "fetch_page", "Page",
           "USER_AGENT", "MAX_REDIRECTS", "PAGE_MAX_BYTES"]

PASSWORD_ENV = "KG_ENDPOINT_PASSWORD"
DEFAULT_TIMEOUT = 60.0
MAX_REDIRECTS = 5
PAGE_MAX_BYTES = 5_000_000
_REDIRECTS = (301, 302, 303, 307, 308)
_PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
_USERINFO = re.compile(r"(?<=//)[^/@\s]*@")

_RESULTS_JSON = "application/sparql-results+json"
_ACCEPT = f"{_RESULTS_JSON}, application/n-triples;q=0.9, text/turtle;q=0.8"
_GRAPH_TYPES = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
                "application/rdf+xml": "xml", "application/ld+json": "json-ld", "application/n-quads": "nquads"}


def redact(text: str, *secrets: str | None) -> str:
    """``text`` with the credentials of any URL in it, and each of ``secrets``, replaced by ``***``.

    The one helper every message about an endpoint goes through.

    Examples
    --------
    >>> redact("Cannot reach http://ann:s3cret@host:7878/store")
    'Cannot reach http://***@host:7878/store'
    >>> redact("server said: bad password s3cret", "s3cret")
    'server said: bad password ***'
    """
    text = _USERINFO.sub("***@", str(text))
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


@dataclass(frozen=True)
class Endpoint:
    """A server URL without credentials, the credentials to log in with, and the deadline of each request.

    ``str()`` gives the URL, which never holds the password. Build one with :func:`connect`.
    """

    url: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = DEFAULT_TIMEOUT

    def __str__(self) -> str:
        return self.url

    def redact(self, text: str) -> str:
        """A message with this endpoint's credentials taken out."""
        return redact(text, self.password)

    def with_path(self, path: str) -> Endpoint:
        """The same server and credentials, with ``path`` when the URL has none (see :func:`graph_store_url`)."""
        return Endpoint(_with_default_path(self.url, path), self.user, self.password, self.timeout)


def connect(endpoint: str | Endpoint, *, user: str | None = None, password: str | None = None,
            timeout: float | None = None) -> Endpoint:
    """An :class:`Endpoint` from a URL, taking ``USER:PASSWORD@`` out of it.

    Parameters
    ----------
    endpoint : str or Endpoint
        An http(s) URL, with or without credentials.
    user : str, optional
        The user name; ``NAME:PASSWORD`` also gives the password. Overrides the URL's.
    password : str, optional
        The password; overrides the URL's. Callers such as the CLI take it from the environment
        variable named by :data:`PASSWORD_ENV`.
    timeout : float, optional
        Seconds each request may take in all (default :data:`DEFAULT_TIMEOUT`, or the Endpoint's own).

    Raises
    ------
    StoreError
        When the URL is not http(s) (the message holds no password).

    Examples
    --------
    >>> e = connect("http://ann:s%40cret@127.0.0.1:7878/store")
    >>> e.url, e.user, e.password
    ('http://127.0.0.1:7878/store', 'ann', 's@cret')
    """
    if isinstance(endpoint, Endpoint):
        base = endpoint
    else:
        parts = urllib.parse.urlsplit(str(endpoint))
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreError(f"Endpoint {redact(endpoint)!r} is not an http(s) URL; give one like "
                             "http://127.0.0.1:7878/store")
        netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
        try:
            port = parts.port
        except ValueError as err:
            raise StoreError(f"Endpoint {redact(endpoint)!r} has a bad port; give one like "
                             "http://127.0.0.1:7878/store") from err
        if port is not None:
            netloc += f":{port}"
        url = urllib.parse.urlunsplit(parts._replace(netloc=netloc))
        unquote = urllib.parse.unquote
        base = Endpoint(url, unquote(parts.username) if parts.username else None,
                        unquote(parts.password) if parts.password is not None else None)
    if user and ":" in user and password is None:
        user, password = user.split(":", 1)
    return Endpoint(base.url, user or base.user, password if password is not None else base.password,
                    float(timeout) if timeout is not None else base.timeout)


def graph_store_url(endpoint: str | Endpoint) -> str:
    """The Graph Store endpoint of a server URL (``/store`` for a bare Oxigraph address), without credentials.

    Examples
    --------
    >>> graph_store_url("http://127.0.0.1:7878")
    'http://127.0.0.1:7878/store'
    >>> graph_store_url("http://fuseki:3030/news/data")
    'http://fuseki:3030/news/data'
    """
    return connect(endpoint).with_path("/store").url


def query_url(endpoint: str | Endpoint) -> str:
    """The SPARQL query endpoint of a server URL (``/query`` for a bare Oxigraph address), without credentials.

    Examples
    --------
    >>> query_url("http://127.0.0.1:7878/")
    'http://127.0.0.1:7878/query'
    """
    return connect(endpoint).with_path("/query").url


def _with_default_path(url: str, path: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.path in ("", "/"):
        parts = parts._replace(path=path)
    return urllib.parse.urlunsplit(parts)


def push_graph(endpoint: str | Endpoint, graph_iri: str, graph: Graph | Iterable[tuple], *,
               timeout: float | None = None, user: str | None = None, password: str | None = None) -> None:
    """Replace one named graph on a server with ``graph`` (an HTTP PUT of N-Triples).

    Parameters
    ----------
    endpoint : str or Endpoint
        The server's Graph Store endpoint (see :func:`graph_store_url`).
    graph_iri : str
        The named graph to replace, such as an article's IRI.
    graph : rdflib.Graph or iterable of triples
        What the named graph holds afterwards.
    timeout : float, optional
        Seconds the whole request may take (default 60).
    user, password : str, optional
        Credentials for HTTP basic auth, as :func:`connect` takes them.

    Raises
    ------
    StoreError
        When the server cannot be reached, does not answer in time, or answers with an HTTP error
        (its status and the first line of its answer are in the message, credentials redacted).
    """
    target = connect(endpoint, user=user, password=password, timeout=timeout).with_path("/store")
    url = target.url
    target = Endpoint(f"{url}{'&' if '?' in url else '?'}{urllib.parse.urlencode({'graph': str(graph_iri)})}",
                      target.user, target.password, target.timeout)
    body = "".join(map(_nt_row, graph)).encode("utf-8")
    _send(target, "PUT", body, {"Content-Type": "application/n-triples"}, name=url)


def push_store(store, endpoint: str | Endpoint, *, timeout: float | None = None,
               progress: Callable[[str], None] | None = None, user: str | None = None,
               password: str | None = None) -> int:
    """Push every article's named graph of a :class:`kg.store.Store` to a server; return how many.

    Parameters
    ----------
    store : kg.store.Store
        An open store (read-only is enough).
    endpoint : str or Endpoint
        The server's Graph Store endpoint.
    timeout : float, optional
        Seconds each graph's request may take in all.
    progress : callable, optional
        Called with each article IRI once it is pushed.
    user, password : str, optional
        Credentials, as :func:`connect` takes them.
    """
    target = connect(endpoint, user=user, password=password, timeout=timeout)
    count = 0
    for iri in store.articles():
        push_graph(target, iri, store.article_graph(iri))
        count += 1
        if progress is not None:
            progress(iri)
    return count


def query_endpoint(endpoint: str | Endpoint, sparql: str, *, timeout: float | None = None,
                   allow_service: bool = False, user: str | None = None, password: str | None = None):
    """Run a read-only SPARQL query on a server (SPARQL 1.1 Protocol, POST).

    The query is checked as :func:`kg.query.check_query` checks it (no updates, no SERVICE), and
    the contract's prefixes are declared for the server.

    Parameters
    ----------
    endpoint : str or Endpoint
        The server's query endpoint (see :func:`query_url`).
    sparql : str
        SELECT, ASK, CONSTRUCT or DESCRIBE.
    timeout : float, optional
        Seconds the whole request may take (default 60).
    allow_service : bool
        Allow SERVICE clauses.
    user, password : str, optional
        Credentials, as :func:`connect` takes them.

    Returns
    -------
    kg.query.QueryResult

    Raises
    ------
    QueryError
        When the query is malformed or refused.
    StoreError
        When the server cannot be reached, answers late, with an HTTP error or with something unreadable.
    """
    from kg.query import check_query
    check_query(sparql, allow_service=allow_service)
    declared = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    target = connect(endpoint, user=user, password=password, timeout=timeout).with_path("/query")
    body = urllib.parse.urlencode({"query": declared + sparql}).encode("utf-8")
    content_type, data = _send(target, "POST", body, {"Content-Type": "application/x-www-form-urlencoded",
                                                      "Accept": _ACCEPT})
    try:
        return _to_result(content_type, data)
    except (ValueError, KeyError, TypeError, SyntaxError) as err:
        raise StoreError(target.redact(f"{target.url} answered with results kg cannot read ({content_type}): "
                                       f"{one_line(err)}")) from err


def fetch_dataset(endpoint: str | Endpoint, *, timeout: float | None = None, user: str | None = None,
                  password: str | None = None):
    """Every named graph a server holds, as an rdflib Dataset (for commands that need the whole graph).

    Raises
    ------
    StoreError
        As :func:`query_endpoint`.
    """
    from rdflib import Dataset
    result = query_endpoint(endpoint, "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", timeout=timeout,
                            user=user, password=password)
    ds = Dataset()
    bind_prefixes(ds)
    for g, s, p, o in result.rows:
        ds.add((s, p, o, g))
    return ds


def _user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return f"kg-builder/{version('kg-builder')}"
    except PackageNotFoundError:
        return "kg-builder"


USER_AGENT = f"{_user_agent()} (news articles to a knowledge graph; one page at a time)"


@dataclass(frozen=True)
class Page:
    """A fetched web page: the URL it came from (after redirects), its media type and charset, its bytes."""

    url: str
    content_type: str       # "" when the server named none
    charset: str | None
    data: bytes


def fetch_page(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = PAGE_MAX_BYTES,
               max_redirects: int = MAX_REDIRECTS, user_agent: str = USER_AGENT, accept: str = _PAGE_ACCEPT
               ) -> Page:
    """GET one web page, following at most ``max_redirects`` redirects to http(s) URLs.

    Parameters
    ----------
    url : str
        An http or https URL. Credentials in it are neither sent nor shown.
    timeout : float
        Seconds the page may take in all, its redirects included.
    max_bytes : int
        The largest body read; a larger page is refused (at once when its Content-Length says so).
    max_redirects : int
        Redirects (301, 302, 303, 307, 308) followed before giving up.
    user_agent, accept : str
        The ``User-Agent`` and ``Accept`` headers.

    Returns
    -------
    Page
        Any 2xx answer, whatever its media type.

    Raises
    ------
    FetchError
        With ``reason`` one of ``"not http(s)"``, ``"timeout"``, ``"unreachable"``, ``"TLS"``, ``"too large"``,
        ``"too many redirects"``, ``"HTTP <status>"``, ``"bad answer"``; the message is one line, redacted.

    Examples
    --------
    >>> fetch_page("file:///etc/passwd")
    Traceback (most recent call last):
    ...
    kg.errors.FetchError: file:///etc/passwd: not an http(s) URL; not fetched
    """
    deadline = time.monotonic() + timeout
    asked = redact(url.strip())[:200]
    for hop in range(max_redirects + 1):
        parts = urllib.parse.urlsplit(url.strip())
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            what = f"redirected to {redact(url)[:200]}, which is not http(s)" if hop else "not an http(s) URL"
            raise FetchError("not http(s)", f"{asked}: {what}; not fetched")
        # no credentials sent, no fragment, and a path written in non-ASCII characters percent-encoded
        path, query = (urllib.parse.quote(part, safe="/%:@!$&'()*+,;=?~") for part in (parts.path, parts.query))
        url = urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2], path=path, query=query,
                                                     fragment=""))
        headers = {"User-Agent": user_agent, "Accept": accept, "Accept-Encoding": "gzip, deflate"}
        try:
            status, reason, answer, data = _exchange(url, "GET", None, headers, deadline, max_bytes)
        except _TooLarge as err:
            size = f" ({err.args[0]:,} bytes)" if err.args[0] else ""
            raise FetchError("too large", f"{url}: is over the {max_bytes:,}-byte limit{size}; not read") from None
        except (socket.timeout, TimeoutError):
            raise FetchError("timeout", f"{url}: did not arrive within {timeout:g} s; try a larger --timeout"
                             ) from None
        except socket.gaierror:
            raise FetchError("unreachable", f"{url}: unknown host {parts.hostname!r}") from None
        except ConnectionRefusedError as err:
            raise FetchError("unreachable", f"{url}: cannot be reached ({err.strerror})") from None
        except ssl.SSLError as err:
            raise FetchError("TLS", f"{url}: its TLS could not be trusted or set up ({one_line(err)[:120]})"
                             ) from None
        except (OSError, http.client.HTTPException, ValueError) as err:
            raise FetchError("bad answer", f"{url}: {one_line(err)[:100] or type(err).__name__}") from None
        if status in _REDIRECTS and answer.get("Location"):
            url = urllib.parse.urljoin(url, answer.get("Location").strip())
            continue
        if not 200 <= status < 300:
            raise FetchError(f"HTTP {status}", f"{url}: answered HTTP {status} {one_line(reason)[:60]}".rstrip())
        data = _decompress(url, data, (answer.get("Content-Encoding") or "").strip().lower(), max_bytes)
        content_type = answer.get_content_type() if answer.get("Content-Type") else ""
        return Page(url, content_type, answer.get_content_charset(), data)
    raise FetchError("too many redirects", f"{url}: more than {max_redirects} redirects; not followed")


def _decompress(url: str, data: bytes, encoding: str, max_bytes: int) -> bytes:
    """A gzip or deflate body unpacked, never past ``max_bytes`` (a small bomb cannot fill the memory)."""
    if encoding in ("", "identity"):
        return data
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError("bad answer", f"{url}: sent in the encoding {encoding[:40]!r}, which kg cannot read")
    import zlib
    wbits = zlib.MAX_WBITS | 32 if encoding != "deflate" else zlib.MAX_WBITS   # 32: gzip or zlib header
    try:
        try:
            unpack = zlib.decompressobj(wbits)
            out = unpack.decompress(data, max_bytes + 1)
        except zlib.error:
            if encoding != "deflate":
                raise
            unpack = zlib.decompressobj(-zlib.MAX_WBITS)       # raw deflate, as some servers send it
            out = unpack.decompress(data, max_bytes + 1)
    except zlib.error as err:
        raise FetchError("bad answer", f"{url}: its {encoding} body cannot be unpacked ({one_line(err)[:80]})"
                         ) from None
    if len(out) > max_bytes:
        raise FetchError("too large", f"{url}: is over the {max_bytes:,}-byte limit once unpacked; not read")
    return out


# -- HTTP with a total deadline -----------------------------------------------------------------

class _DeadlineSocket:
    """A connected socket whose every send and receive ends by one deadline (``TimeoutError`` after it)."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self.sock = sock
        self.deadline = deadline

    def arm(self) -> None:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("deadline passed")
        self.sock.settimeout(left)

    def sendall(self, data) -> None:
        self.arm()
        self.sock.sendall(data)

    def makefile(self, mode: str = "rb", *args, **kwargs):
        return io.BufferedReader(_DeadlineReader(self))

    def close(self) -> None:
        pass            # http.client closes before the body is read; _send closes the real socket after

    def __getattr__(self, name):
        return getattr(self.sock, name)


class _DeadlineReader(io.RawIOBase):
    def __init__(self, owner: _DeadlineSocket) -> None:
        self.owner = owner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        self.owner.arm()
        return self.owner.sock.recv_into(buffer)


def _connection(parts: urllib.parse.SplitResult, deadline: float) -> http.client.HTTPConnection:
    base = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection

    class Connection(base):
        def connect(self) -> None:
            super().connect()
            self.raw_socket = self.sock
            self.sock = _DeadlineSocket(self.sock, deadline)

    left = max(deadline - time.monotonic(), 0.001)
    if parts.scheme == "https":
        return Connection(parts.hostname, parts.port, timeout=left, context=ssl.create_default_context())
    return Connection(parts.hostname, parts.port, timeout=left)


class _TooLarge(Exception):
    """An answer over the byte cap (its Content-Length, or None when it said none)."""


def _exchange(url: str, method: str, body: bytes | None, headers: dict[str, str], deadline: float,
              max_bytes: int | None = None) -> tuple[int, str, http.client.HTTPMessage, bytes]:
    """One HTTP request that ends, answer read, by ``deadline``: status, reason, headers and body.

    With ``max_bytes``, an answer over the cap raises ``_TooLarge``: at once when its Content-Length says
    so, else after one byte more than the cap is read. Network errors are raised as they come
    (``TimeoutError``, ``OSError``, ``http.client.HTTPException``).
    """
    parts = urllib.parse.urlsplit(url)
    path = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    connection = _connection(parts, deadline)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        if max_bytes is None:
            data = response.read()
        else:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise _TooLarge(int(length))
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise _TooLarge(None)
        return response.status, response.reason, response.headers, data
    finally:
        connection.close()
        raw = getattr(connection, "raw_socket", None)
        if raw is not None:
            raw.close()


def _send(target: Endpoint, method: str, body: bytes, headers: dict[str, str], name: str | None = None
          ) -> tuple[str, bytes]:
    """One HTTP request that ends, answer read, within ``target.timeout`` seconds; the content type and body."""
    name = name or target.url
    parts = urllib.parse.urlsplit(target.url)
    headers = dict(headers)
    if target.user is not None or target.password is not None:
        token = f"{target.user or ''}:{target.password or ''}".encode("utf-8")
        headers["Authorization"] = "Basic " + base64.b64encode(token).decode("ascii")
    try:
        status, reason, answer, data = _exchange(target.url, method, body, headers,
                                                 time.monotonic() + target.timeout)
        content_type = answer.get_content_type()
    except (socket.timeout, TimeoutError) as err:
        raise StoreError(target.redact(f"{name} did not answer within {target.timeout:g} s; "
                                       "try a larger --timeout")) from err
    except ConnectionRefusedError as err:
        raise StoreError(target.redact(f"Cannot reach {name}: {err.strerror}; is the server running?")) from err
    except socket.gaierror as err:
        raise StoreError(target.redact(f"Cannot reach {name}: unknown host {parts.hostname!r}")) from err
    except (OSError, http.client.HTTPException) as err:
        raise StoreError(target.redact(f"Cannot talk to {name}: {one_line(err)}")) from err
    if status == 401:
        hint = "check --user and $" + PASSWORD_ENV if target.user else "give --user (and $" + PASSWORD_ENV + ")"
        raise StoreError(target.redact(f"{name} answered HTTP 401 (login needed or refused); {hint}"))
    if status >= 300:
        detail = data.decode("utf-8", "replace").strip().splitlines()
        first = detail[0][:200] if detail else reason
        raise StoreError(target.redact(f"{name} answered HTTP {status}: {first}"))
    return content_type, data


def _to_result(content_type: str, data: bytes):
    from kg.query import QueryResult
    if content_type in (_RESULTS_JSON, "application/json"):
        answer = json.loads(data.decode("utf-8"))
        if "boolean" in answer:
            return QueryResult.from_boolean(answer["boolean"])
        names = answer["head"].get("vars", [])
        rows = ([_term(binding.get(name)) for name in names] for binding in answer["results"]["bindings"])
        return QueryResult.from_rows(names, rows)
    fmt = _GRAPH_TYPES.get(content_type)
    if fmt is None:
        raise ValueError(f"unexpected content type {content_type}")
    from kg.errors import InputError
    from kg.rdf.safeparse import parse_graph
    graph = Graph()
    bind_prefixes(graph)
    try:   # no BadSyntax traceback, no JSON-LD context fetched, no XML bomb
        parse_graph(graph, data, fmt)
    except InputError as err:
        raise ValueError(str(err)) from err
    return QueryResult.from_triples(graph)


def _term(value: dict | None):
    if value is None:
        return None
    kind, text = value["type"], value["value"]
    if kind == "uri":
        return URIRef(text)
    if kind == "bnode":
        return BNode(text)
    if "xml:lang" in value:
        return Literal(text, lang=value["xml:lang"])
    if value.get("datatype"):
        return Literal(text, datatype=URIRef(value["datatype"]))
    return Literal(text)
