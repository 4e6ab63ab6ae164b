"""SPARQL servers: push article graphs (Graph Store HTTP Protocol) and query them (SPARQL 1.1 Protocol).

Works with any server that speaks the two W3C protocols: Oxigraph server, Apache Jena Fuseki, GraphDB,
Virtuoso. Only the standard library's ``urllib`` is used.

An endpoint URL that has no path (``http://localhost:7878``) is taken as an Oxigraph server, whose
Graph Store endpoint is ``/store`` and query endpoint ``/query``; any other URL is used as given
(Fuseki: ``http://host:3030/DATASET/data`` to push, ``http://host:3030/DATASET/sparql`` to query).

Each article goes into its own named graph. For queries whose default graph is the union of the
articles, as with a file or a store, run the server that way: ``oxigraph serve --union-default-graph``,
Fuseki with ``tdb2:unionDefaultGraph true``; otherwise use ``GRAPH ?g { ... }``.
"""
from __future__ import annotations

import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.serializers.nt import _nt_row

from kg.errors import StoreError, one_line
from kg.rdf.namespaces import PREFIXES, bind_prefixes

__all__ = ["push_graph", "push_store", "query_endpoint", "fetch_dataset", "graph_store_url", "query_url"]

_RESULTS_JSON = "application/sparql-results+json"
_ACCEPT = f"{_RESULTS_JSON}, application/n-triples;q=0.9, text/turtle;q=0.8"
_GRAPH_TYPES = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
                "application/rdf+xml": "xml", "application/ld+json": "json-ld", "application/n-quads": "nquads"}


def graph_store_url(endpoint: str) -> str:
    """The Graph Store endpoint of a server URL (``/store`` for a bare Oxigraph address).

    Examples
    --------
    >>> graph_store_url("http://127.0.0.1:7878")
    'http://127.0.0.1:7878/store'
    >>> graph_store_url("http://fuseki:3030/news/data")
    'http://fuseki:3030/news/data'
    """
    return _with_default_path(endpoint, "/store")


def query_url(endpoint: str) -> str:
    """The SPARQL query endpoint of a server URL (``/query`` for a bare Oxigraph address).

    Examples
    --------
    >>> query_url("http://127.0.0.1:7878/")
    'http://127.0.0.1:7878/query'
    """
    return _with_default_path(endpoint, "/query")


def _with_default_path(endpoint: str, path: str) -> str:
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"Endpoint {endpoint!r} is not an http(s) URL; give one like http://127.0.0.1:7878/store")
    if parts.path in ("", "/"):
        parts = parts._replace(path=path)
    return urllib.parse.urlunsplit(parts)


def push_graph(endpoint: str, graph_iri: str, graph: Graph | Iterable[tuple], *, timeout: float = 30) -> None:
    """Replace one named graph on a server with ``graph`` (an HTTP PUT of N-Triples).

    Parameters
    ----------
    endpoint : str
        The server's Graph Store endpoint (see :func:`graph_store_url`).
    graph_iri : str
        The named graph to replace, such as an article's IRI.
    graph : rdflib.Graph or iterable of triples
        What the named graph holds afterwards.
    timeout : float
        Seconds to wait for the server.

    Raises
    ------
    StoreError
        When the server cannot be reached or answers with an HTTP error (its status and the first
        line of its answer are in the message).
    """
    url = graph_store_url(endpoint)
    target = f"{url}{'&' if '?' in url else '?'}{urllib.parse.urlencode({'graph': str(graph_iri)})}"
    body = "".join(map(_nt_row, graph)).encode("utf-8")
    request = urllib.request.Request(target, data=body, method="PUT",
                                     headers={"Content-Type": "application/n-triples"})
    _send(request, url, timeout)


def push_store(store, endpoint: str, *, timeout: float = 30, progress: Callable[[str], None] | None = None) -> int:
    """Push every article's named graph of a :class:`kg.store.Store` to a server; return how many.

    Parameters
    ----------
    store : kg.store.Store
        An open store (read-only is enough).
    endpoint : str
        The server's Graph Store endpoint.
    timeout : float
        Seconds to wait for the server, per graph.
    progress : callable, optional
        Called with each article IRI once it is pushed.
    """
    count = 0
    for iri in store.articles():
        push_graph(endpoint, iri, store.article_graph(iri), timeout=timeout)
        count += 1
        if progress is not None:
            progress(iri)
    return count


def query_endpoint(endpoint: str, sparql: str, *, timeout: float = 60, allow_service: bool = False):
    """Run a read-only SPARQL query on a server (SPARQL 1.1 Protocol, POST).

    The query is checked as :func:`kg.query.check_query` checks it (no updates, no SERVICE), and
    the contract's prefixes are declared for the server.

    Parameters
    ----------
    endpoint : str
        The server's query endpoint (see :func:`query_url`).
    sparql : str
        SELECT, ASK, CONSTRUCT or DESCRIBE.
    timeout : float
        Seconds to wait for the answer.
    allow_service : bool
        Allow SERVICE clauses.

    Returns
    -------
    kg.query.QueryResult

    Raises
    ------
    QueryError
        When the query is malformed or refused.
    StoreError
        When the server cannot be reached, answers with an HTTP error or with something unreadable.
    """
    from kg.query import check_query
    check_query(sparql, allow_service=allow_service)
    declared = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    url = query_url(endpoint)
    body = urllib.parse.urlencode({"query": declared + sparql}).encode("utf-8")
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded",
                                              "Accept": _ACCEPT})
    content_type, data = _send(request, url, timeout)
    try:
        return _to_result(content_type, data)
    except (ValueError, KeyError, TypeError) as err:
        raise StoreError(f"{url} answered with results kg cannot read ({content_type}): {one_line(err)}") from err


def fetch_dataset(endpoint: str, *, timeout: float = 300):
    """Every named graph a server holds, as an rdflib Dataset (for commands that need the whole graph).

    Raises
    ------
    StoreError
        As :func:`query_endpoint`.
    """
    from rdflib import Dataset
    result = query_endpoint(endpoint, "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", timeout=timeout)
    ds = Dataset()
    bind_prefixes(ds)
    for g, s, p, o in result.rows:
        ds.add((s, p, o, g))
    return ds


def _send(request: urllib.request.Request, url: str, timeout: float) -> tuple[str, bytes]:
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as err:
        detail = err.read().decode("utf-8", "replace").strip().splitlines()
        first = detail[0][:200] if detail else err.reason
        raise StoreError(f"{url} answered HTTP {err.code}: {first}") from err
    except urllib.error.URLError as err:
        reason = getattr(err.reason, "strerror", None) or err.reason
        raise StoreError(f"Cannot reach {url}: {reason}; is the server running?") from err
    except (socket.timeout, TimeoutError) as err:
        raise StoreError(f"{url} did not answer within {timeout:g} s; try a larger --timeout") from err
    except OSError as err:
        raise StoreError(f"Cannot talk to {url}: {one_line(err)}") from err


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
    graph = Graph()
    bind_prefixes(graph)
    graph.parse(data=data.decode("utf-8"), format=fmt)
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
