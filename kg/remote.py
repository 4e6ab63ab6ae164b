"""SPARQL servers: push article graphs (Graph Store HTTP Protocol) and query them (SPARQL 1.1 Protocol).

Works with any server that speaks the two W3C protocols: Oxigraph server, Apache Jena Fuseki, GraphDB,
Virtuoso. HTTP goes through :mod:`kg.web` (the standard library only).

An endpoint URL that has no path (``http://localhost:7878``) is taken as an Oxigraph server, whose
Graph Store endpoint is ``/store`` and query endpoint ``/query``; any other URL is used as given
(Fuseki: ``http://host:3030/DATASET/data`` to push, ``http://host:3030/DATASET/sparql`` to query).

Each article goes into its own named graph. For queries whose default graph is the union of the
articles, as with a file or a store, run the server that way: ``oxigraph serve --union-default-graph``,
Fuseki with ``tdb2:unionDefaultGraph true``; otherwise use ``GRAPH ?g { ... }``.

Credentials in the URL (``http://USER:PASSWORD@host/...``), or given apart, are sent as HTTP basic
auth and never shown: every message names the endpoint through :func:`redact`. Each request has a
total deadline (``timeout``): a server that trickles its answer cannot hold a command past it.
"""
from __future__ import annotations

import base64
import http.client
import json
import socket
import time
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.serializers.nt import _nt_row

from kg.errors import StoreError, one_line
from kg.rdf.namespaces import PREFIXES, bind_prefixes
from kg.web import redact, request

__all__ = ["push_graph", "push_store", "query_endpoint", "fetch_dataset", "graph_store_url", "query_url",
           "Endpoint", "connect", "redact", "PASSWORD_ENV", "DEFAULT_TIMEOUT"]

PASSWORD_ENV = "KG_ENDPOINT_PASSWORD"
DEFAULT_TIMEOUT = 60.0

_RESULTS_JSON = "application/sparql-results+json"
_ACCEPT = f"{_RESULTS_JSON}, application/n-triples;q=0.9, text/turtle;q=0.8"
_GRAPH_TYPES = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
                "application/rdf+xml": "xml", "application/ld+json": "json-ld", "application/n-quads": "nquads"}


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
        status, reason, answer, data = request(target.url, method, body, headers,
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
