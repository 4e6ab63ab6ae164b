"""Read-only SPARQL over a graph: the union of the article graphs is the default graph."""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from pyparsing import ParseBaseException
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.plugins.serializers.nt import _nt_row
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from kg.errors import QueryError, escape_control, one_line
from kg.export import quiet_rdflib
from kg.rdf.namespaces import PREFIXES, bind_prefixes

__all__ = ["QueryResult", "run_query", "run_query_file", "format_result", "check_query", "shorten", "RESULT_FORMATS"]

#: Output formats of :func:`format_result`.
RESULT_FORMATS = ("table", "csv", "tsv", "json", "turtle", "nt")

_UPDATE_WORDS = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)
_UPDATE_START = re.compile(r"^(\s|#[^\n]*\n|(PREFIX|BASE)\s+[^<]*<[^>]*>)*"
                           r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)
_MAX_CELL = 80


@dataclass
class QueryResult:
    """The answer to a SPARQL query, independent of the engine that produced it.

    Attributes
    ----------
    kind : str
        ``"select"``, ``"ask"`` or ``"graph"`` (CONSTRUCT and DESCRIBE).
    vars : list of str
        The SELECT variable names, without ``?``.
    rows : list of tuple
        One tuple per solution, aligned with ``vars``; ``None`` where a variable is unbound.
        Terms are rdflib ``URIRef``, ``Literal`` or ``BNode``.
    boolean : bool or None
        The answer of an ASK query.
    graph : rdflib.Graph or None
        The triples of a CONSTRUCT or DESCRIBE query.

    Examples
    --------
    >>> from rdflib import Literal
    >>> QueryResult.from_rows(["n"], [(Literal(3),)]).rows
    [(rdflib.term.Literal('3', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer')),)]
    >>> QueryResult.from_boolean(True).kind
    'ask'
    """

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    @classmethod
    def from_rows(cls, vars: Sequence[str], rows: Iterable[Sequence]) -> "QueryResult":
        """A SELECT result from variable names and rows of rdflib terms (or None)."""
        return cls("select", [str(v).lstrip("?$") for v in vars], [tuple(row) for row in rows])

    @classmethod
    def from_boolean(cls, value: bool) -> "QueryResult":
        """An ASK result."""
        return cls("ask", boolean=bool(value))

    @classmethod
    def from_triples(cls, triples: Iterable[tuple]) -> "QueryResult":
        """A CONSTRUCT/DESCRIBE result from (s, p, o) rdflib triples."""
        graph = Graph()
        bind_prefixes(graph)
        for triple in triples:
            graph.add(tuple(triple))
        return cls("graph", graph=graph)

    def __len__(self) -> int:
        if self.kind == "select":
            return len(self.rows)
        if self.kind == "graph":
            return len(self.graph) if self.graph is not None else 0
        return 1


def check_query(sparql: str, *, allow_service: bool = False):
    """Parse a query and refuse what kg-builder does not run; return rdflib's translated query.

    Parameters
    ----------
    sparql : str
        The query text. The contract's prefixes (``kg:``, ``kgr:``, ``kgp:``, ``wd:``, ``schema:``,
        ``rdf:``, ``rdfs:``, ``owl:``, ``xsd:``, ``skos:``, ``prov:``) need no PREFIX line.
    allow_service : bool
        Allow ``SERVICE`` clauses (federated queries reach out to the network).

    Returns
    -------
    rdflib.plugins.sparql.sparql.Query
        The parsed and translated query.

    Raises
    ------
    QueryError
        For a malformed query (naming its line and column), a SPARQL Update, a ``SERVICE``
        clause without ``allow_service``, or a ``FROM`` / ``FROM NAMED`` clause.
    """
    if not sparql or not sparql.strip():
        raise QueryError("The SPARQL query is empty; give a query or --file")
    with quiet_rdflib():
        return _check(sparql, allow_service)


def _check(sparql: str, allow_service: bool):
    try:
        tree = parseQuery(sparql)
    except ParseBaseException as err:
        if _is_update(sparql):
            raise QueryError("SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ...) is refused: "
                             "queries are read-only; rebuild the graph to change it") from err
        raise QueryError(_syntax_message(sparql, err)) from err
    except Exception as err:  # rdflib raises plain Exceptions for some lexical problems
        raise QueryError(f"Malformed SPARQL query: {one_line(err)}") from err
    try:
        query = translateQuery(tree, initNs=dict(PREFIXES))
    except Exception as err:  # e.g. "Unknown namespace prefix : foo"
        raise QueryError(f"Malformed SPARQL query: {one_line(err)}") from err
    if getattr(query.algebra, "datasetClause", None):
        raise QueryError("FROM and FROM NAMED are not supported: the query runs over the union of the "
                         "article graphs; use GRAPH ?g { ... } to pick an article")
    if not allow_service and _has_service(query.algebra):
        raise QueryError("SERVICE (a federated query over the network) is refused; "
                         "pass --allow-service to run it")
    return query


def _is_update(sparql: str) -> bool:
    if _UPDATE_START.match(sparql):
        return True
    if not _UPDATE_WORDS.search(sparql):
        return False
    try:
        parseUpdate(sparql)
    except Exception:
        return False
    return True


def _syntax_message(sparql: str, err: ParseBaseException) -> str:
    line, col = err.lineno, err.col
    text = sparql.splitlines()[line - 1] if 0 < line <= len(sparql.splitlines()) else ""
    near = text[col - 1:col + 29].strip() if text else ""
    expected = re.sub(r",? found .*", "", str(err.msg) or "")
    expected = re.sub(r"\s+", " ", expected)
    if len(expected) > 100:
        expected = expected[:97] + "..."
    where = f"line {line}, column {col}"
    return (f"Malformed SPARQL query at {where}" + (f" near {near!r}" if near else " (at the end)")
            + (f": {expected}" if expected else ""))


def _has_service(node) -> bool:
    stack = [node]
    seen = set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, CompValue):
            if item.name == "ServiceGraphPattern":
                return True
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
    return False


def run_query(source: Graph, sparql: str, *, allow_service: bool = False) -> QueryResult:
    """Run a read-only SPARQL query over a graph or dataset.

    Parameters
    ----------
    source : rdflib.Dataset or rdflib.Graph
        A dataset's default graph is the union of its graphs (each article's named graph stays
        reachable with ``GRAPH ?g``).
    sparql : str
        SELECT, ASK, CONSTRUCT or DESCRIBE; the contract's prefixes are predeclared.
    allow_service : bool
        Allow ``SERVICE`` clauses.

    Returns
    -------
    QueryResult

    Raises
    ------
    QueryError
        See :func:`check_query`; also when evaluation fails.

    Examples
    --------
    >>> from rdflib import Graph
    >>> g = Graph().parse(data="<urn:a> a <https://w3id.org/kg-builder/ontology#Person> .", format="turtle")
    >>> run_query(g, "SELECT ?p WHERE { ?p a kg:Person }").rows
    [(rdflib.term.URIRef('urn:a'),)]
    >>> run_query(g, "ASK { ?p a kg:Event }").boolean
    False
    """
    query = check_query(sparql, allow_service=allow_service)
    is_dataset = isinstance(source, ConjunctiveGraph)
    previous = getattr(source, "default_union", None)
    try:
        if is_dataset:
            source.default_union = True
        with quiet_rdflib():
            return _star_order(sparql, _to_result(source.query(query)))
    except QueryError:
        raise
    except Exception as err:  # evaluation errors from rdflib (type errors, SERVICE failures, ...)
        raise QueryError(f"The SPARQL query failed: {one_line(err)}") from err
    finally:
        if is_dataset:
            source.default_union = previous


def run_query_file(path, sparql: str, *, fmt: str | None = None, allow_service: bool = False) -> QueryResult:
    """Run a read-only SPARQL query over a graph file, through an in-memory Oxigraph store.

    N-Triples, N-Quads, Turtle and TriG load into Oxigraph and are queried there (loading and
    querying a large file take a fraction of rdflib's time); JSON-LD and RDF/XML, DESCRIBE, a query
    with ``SERVICE`` (``allow_service``), and a query Oxigraph's parser does not take run on rdflib
    as :func:`run_query` does. The guards, the union default graph and the result are the same
    (up to what SPARQL leaves open: the order of unordered rows and of GROUP_CONCAT, the digits of
    an AVG).

    Parameters
    ----------
    path : str or Path
        The graph file, or ``"-"`` for stdin.
    sparql : str
        SELECT, ASK, CONSTRUCT or DESCRIBE; the contract's prefixes are predeclared.
    fmt : str, optional
        The file's format when its suffix does not tell (see :func:`kg.export.format_for`).
    allow_service : bool
        Allow ``SERVICE`` clauses (run by rdflib).

    Returns
    -------
    QueryResult

    Raises
    ------
    QueryError
        See :func:`check_query`; also when evaluation fails.
    InputError
        When the file cannot be read as RDF.
    """
    from kg.export import read_dataset, read_store
    query = check_query(sparql, allow_service=allow_service)
    if (allow_service and _has_service(query.algebra)) or query.algebra.name == "DescribeQuery":
        # rdflib's SERVICE, and its DESCRIBE (which also gives the triples naming the resource as object)
        return run_query(read_dataset(path, fmt), sparql, allow_service=allow_service)
    store = read_store(path, fmt)
    if store is None:
        return run_query(read_dataset(path, fmt), sparql, allow_service=allow_service)
    # The default graph is the union of the graphs as a set of triples, as rdflib's default_union
    # makes it (Oxigraph's own union default graph repeats a triple once per graph holding it).
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    result = _ox_query(store, sparql)
    if result is None:   # a query rdflib reads and Oxigraph does not: run it on rdflib, same data
        return run_query(_ox_dataset(store), sparql, allow_service=allow_service)
    return _star_order(sparql, result)


_SELECT_STAR = re.compile(r"\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?\*", re.I)
_VARIABLE = re.compile(r"[?$]([A-Za-z0-9_\u00b7\u00c0-\uffff]+)")


def _star_order(sparql: str, result: QueryResult) -> QueryResult:
    """``SELECT *`` columns in the order the variables first appear in the query (rdflib's order
    follows a hash, Oxigraph's the alphabet), so that every engine prints the same table."""
    if result.kind != "select" or not _SELECT_STAR.search(sparql):
        return result
    first: dict[str, int] = {}
    for found in _VARIABLE.finditer(sparql):
        first.setdefault(found.group(1), found.start())
    order = sorted(range(len(result.vars)), key=lambda i: (first.get(result.vars[i], len(sparql)), result.vars[i]))
    if order == list(range(len(result.vars))):
        return result
    return QueryResult("select", [result.vars[i] for i in order], [tuple(row[i] for i in order) for row in result.rows])


def _ox_query(store, sparql: str) -> QueryResult | None:
    import pyoxigraph as ox
    from kg.rdf.oxterms import to_rdflib
    cache: dict = {}
    try:
        answer = store.query(sparql, prefixes={p: str(ns) for p, ns in PREFIXES.items()})
    except SyntaxError:
        return None
    try:
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult.from_boolean(bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            names = [v.value for v in answer.variables]
            return QueryResult.from_rows(names, (tuple(to_rdflib(row[i], cache) for i in range(len(names)))
                                                 for row in answer))
        return QueryResult.from_triples(tuple(to_rdflib(t, cache) for t in triple) for triple in answer)
    except (ValueError, OSError, RuntimeError) as err:
        raise QueryError(f"The SPARQL query failed: {one_line(err)}") from err


def _ox_dataset(store):
    import pyoxigraph as ox
    from rdflib import Dataset
    ds = Dataset()
    bind_prefixes(ds)
    data = store.dump(format=ox.RdfFormat.N_QUADS)
    if data:
        ds.parse(data=data.decode("utf-8"), format="nquads")
    return ds


def _to_result(result) -> QueryResult:
    kind = result.type
    if kind == "SELECT":
        names = [str(v) for v in (result.vars or [])]
        return QueryResult.from_rows(names, (tuple(row) for row in result))
    if kind == "ASK":
        return QueryResult.from_boolean(result.askAnswer)
    return QueryResult.from_triples(result.graph)


# --- formatting ------------------------------------------------------------------------------

def shorten(term) -> str:
    """A term as a person reads it: IRIs under a contract prefix shortened, literals bare.

    Examples
    --------
    >>> from rdflib import URIRef
    >>> shorten(URIRef("https://w3id.org/kg-builder/id/entity/vladimir-putin"))
    'kgr:entity/vladimir-putin'
    >>> shorten(URIRef("urn:x"))
    '<urn:x>'
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        best = max((ns for ns in PREFIXES.items() if text.startswith(str(ns[1]))),
                   key=lambda item: len(str(item[1])), default=None)
        return f"{best[0]}:{text[len(str(best[1])):]}" if best else f"<{text}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal) and term.language:
        return f"{term}@{term.language}"
    return str(term)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a query result as text.

    Parameters
    ----------
    result : QueryResult
    fmt : str
        ``table`` (aligned columns, shortened IRIs, a row count), ``csv`` and ``tsv`` (SPARQL 1.1
        CSV/TSV results), ``json`` (SPARQL 1.1 results JSON; JSON-LD for graph results),
        ``turtle`` or ``nt`` (graph results only; ``table`` prints a graph result as Turtle).

    Returns
    -------
    str

    Raises
    ------
    QueryError
        When the format does not fit the kind of result.

    Examples
    --------
    >>> from rdflib import Literal
    >>> format_result(QueryResult.from_rows(["name"], [(Literal("NATO"),)]), "csv")
    'name\\r\\nNATO\\r\\n'
    >>> format_result(QueryResult.from_boolean(True), "json")
    '{"head": {}, "boolean": true}'
    """
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"Unknown result format {fmt!r}; choose one of: {', '.join(RESULT_FORMATS)}")
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.boolean)})
        if fmt in ("turtle", "nt"):
            raise QueryError(f"An ASK result has no {fmt} form; use table, csv, tsv or json")
        return "true" if result.boolean else "false"
    if result.kind == "graph":
        return _format_graph(result.graph if result.graph is not None else Graph(), fmt)
    if fmt in ("turtle", "nt"):
        raise QueryError(f"--format {fmt} is for CONSTRUCT and DESCRIBE; a SELECT result prints as "
                         f"table, csv, tsv or json")
    return {"table": _table, "csv": _csv, "tsv": _tsv, "json": _json}[fmt](result)


def _format_graph(graph: Graph, fmt: str) -> str:
    if fmt in ("csv", "tsv"):
        raise QueryError(f"A CONSTRUCT or DESCRIBE result has no {fmt} form; use turtle, nt or json")
    if fmt == "nt":
        return _uchar_controls("".join(sorted(_nt_row(t) for t in graph)))
    bind_prefixes(graph)
    name = "json-ld" if fmt == "json" else "turtle"
    return _uchar_controls(graph.serialize(format=name))


# Control characters other than the line breaks and tabs of the layout; in Turtle, N-Triples and
# JSON strings \uXXXX means the same character, so the output stays valid and cannot drive a terminal.
_RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _uchar_controls(text: str) -> str:
    return _RAW_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04X}", text)


def _cell(term) -> str:
    # A label may hold anything: control characters (an escape sequence, a bell) are shown escaped.
    text = escape_control(" ".join(shorten(term).split()))
    return text if len(text) <= _MAX_CELL else text[:_MAX_CELL - 1] + "…"


def _table(result: QueryResult) -> str:
    header = result.vars
    body = [[_cell(term) for term in row] for row in result.rows]
    widths = [max([len(name)] + [len(row[i]) for row in body]) for i, name in enumerate(header)]
    lines = []
    if header:
        lines.append("  ".join(name.ljust(w) for name, w in zip(header, widths)).rstrip())
        lines.append("  ".join("-" * w for w in widths))
        lines.extend("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in body)
    count = len(result.rows)
    lines.append(f"({count} row{'' if count == 1 else 's'})")
    return "\n".join(lines) + "\n"


def _csv_value(term) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _csv(result: QueryResult) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.vars)
    for row in result.rows:
        writer.writerow([_csv_value(term) for term in row])
    return out.getvalue()


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _tsv_value(term) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    text = f'"{str(term).translate(_TSV_ESCAPES)}"'
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype:
        return f"{text}^^<{term.datatype}>"
    return text


def _tsv(result: QueryResult) -> str:
    lines = ["\t".join(f"?{name}" for name in result.vars)]
    lines.extend("\t".join(_tsv_value(term) for term in row) for row in result.rows)
    return "\n".join(lines) + "\n"


def _json_value(term) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    value = {"type": "literal", "value": str(term)}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype:
        value["datatype"] = str(term.datatype)
    return value


def _json(result: QueryResult) -> str:
    bindings = [{name: _json_value(term) for name, term in zip(result.vars, row) if term is not None}
                for row in result.rows]
    return _uchar_controls(json.dumps({"head": {"vars": result.vars}, "results": {"bindings": bindings}},
                                      ensure_ascii=False))
