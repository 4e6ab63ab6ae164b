"""Read and write graph files: TriG and N-Quads keep one named graph per article, the others the union."""
from __future__ import annotations

import contextlib
import logging
import re
import sys
import warnings
from pathlib import Path
from typing import IO, Iterator

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.plugins.serializers.nt import _nt_row, _quoteLiteral

from kg.errors import InputError, OutputError, one_line, show_path
from kg.output import atomic_output
from kg.rdf.build import iter_triples
from kg.rdf.namespaces import bind_prefixes
from kg.rdf.safeparse import check_xml, install_context_guard
from kg.readfile import read_named_file

__all__ = ["FORMATS", "FORMAT_NAMES", "format_for", "write_dataset", "read_dataset", "union_graph",
           "atomic_output", "quiet_rdflib", "read_store"]

install_context_guard()   # JSON-LD contexts named by URL are fetched only with --allow-remote-context

#: File suffix -> rdflib plugin name.
FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld",
           ".json": "json-ld", ".rdf": "xml", ".xml": "xml", ".owl": "xml"}

#: Names a user may give with ``--format`` -> rdflib plugin name.
FORMAT_NAMES = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "n-triples": "nt",
                "nquads": "nquads", "nq": "nquads", "n-quads": "nquads", "trig": "trig",
                "json-ld": "json-ld", "jsonld": "json-ld", "xml": "xml", "rdfxml": "xml", "rdf/xml": "xml"}

#: Formats that keep named graphs.

_BINARY_PROBE = 8192


def format_for(path: str | Path, fmt: str | None = None, *, error: type = OutputError) -> str:
    """The rdflib format name for a file, from an explicit name or else from the file's suffix.

    Parameters
    ----------
    path : str or Path
        The file; its suffix decides when ``fmt`` is None. ``"-"`` (stdin/stdout) needs ``fmt``
        and otherwise defaults to TriG.
    fmt : str, optional
        A format name such as ``turtle``, ``nt``, ``nquads``, ``trig``, ``json-ld`` or ``xml``.
    error : type
        The KGError subclass to raise (InputError when reading, OutputError when writing).

    Returns
    -------
    str
        An rdflib parser/serializer plugin name.

    Raises
    ------
    InputError or OutputError
        When the name or the suffix is unknown.

    Examples
    --------
    >>> format_for("graph.ttl")
    'turtle'
    >>> format_for("out.data", "ntriples")
    'nt'
    """
    if fmt:
        name = FORMAT_NAMES.get(fmt.lower())
        if name is None:
            raise error(f"Unknown graph format {fmt!r}; choose one of: {', '.join(sorted(set(FORMAT_NAMES)))}")
        return name
    if str(path) == "-":
        return "trig"
    suffix = Path(str(path)).suffix.lower()
    name = FORMATS.get(suffix)
    if name is None:
        raise error(f"Cannot tell the graph format of {show_path(path)} from its suffix {suffix or '(none)'!r}; "
                    f"use one of {', '.join(FORMATS)} or give --format")
    return name


def union_graph(ds: Graph) -> Graph:
    """All triples of all graphs of a dataset in one plain Graph, without duplicates.

    Parameters
    ----------
    ds : rdflib.Dataset or rdflib.Graph
        A dataset (every named graph and the default graph are merged) or a graph (copied).

    Returns
    -------
    rdflib.Graph
        A new graph with the contract's prefixes bound.

    Examples
    --------
    >>> from rdflib import Dataset, URIRef
    >>> ds = Dataset()
    >>> t = (URIRef("urn:a"), URIRef("urn:b"), URIRef("urn:c"))
    >>> ds.graph(URIRef("urn:g1")).add(t); ds.graph(URIRef("urn:g2")).add(t)  # doctest: +ELLIPSIS
    <Graph ...>
    >>> len(union_graph(ds))
    1
    """
    union = Graph()
    bind_prefixes(union)
    for triple in _iter_union(ds):
        union.add(triple)
    return union


def _iter_union(ds: Graph) -> Iterator[tuple]:
    if isinstance(ds, ConjunctiveGraph):
        seen = set()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            if (s, p, o) not in seen:
                seen.add((s, p, o))
                yield s, p, o
    else:
        yield from ds.triples((None, None, None))


def write_dataset(ds: Graph, path: str | Path, fmt: str | None = None) -> None:
    """Write a dataset to a file atomically, or to stdout when ``path`` is ``"-"``.

    TriG and N-Quads keep each named graph (one per article); Turtle, N-Triples, JSON-LD and
    RDF/XML carry the union of all graphs.

    Parameters
    ----------
    ds : rdflib.Dataset or rdflib.Graph
        What to write.
    path : str or Path
        The target file, or ``"-"`` for stdout. Its suffix picks the format unless ``fmt`` is given.
    fmt : str, optional
        A format name, see :func:`format_for`.

    Raises
    ------
    OutputError
        When the format is unknown, cannot express the graph (RDF/XML needs predicates that split
        into a QName), or the target cannot be written (missing folder, permission).
    """
    name = format_for(path, fmt, error=OutputError)
    try:
        with atomic_output(path, what="the graph") as stream:
            _serialize(ds, name, stream)
    except ValueError as err:  # rdflib: an IRI the format cannot express, and the like
        raise OutputError(f"Cannot write the graph as {_FORMAT_TITLES.get(name, name)}: {one_line(err)}; "
                          f"try another format such as TriG") from err


def _serialize(ds: Graph, name: str, stream: IO[bytes]) -> None:
    quads = isinstance(ds, ConjunctiveGraph)
    if name == "nt":
        # Line by line: rdflib's Turtle machinery is far slower than needed for N-Triples.
        for triple in _iter_union(ds):
            stream.write(_nt_row(triple).encode("utf-8"))
    elif name == "nquads" and quads:
        for s, p, o, c in ds.quads((None, None, None, None)):
            row = _nt_row((s, p, o))
            graph_id = getattr(c, "identifier", c)
            if graph_id is not None and str(graph_id) != "urn:x-rdflib:default":
                row = f"{row[:-3]} {graph_id.n3()} .\n"
            stream.write(row.encode("utf-8"))
    elif name == "nquads":
        for triple in _iter_union(ds):
            stream.write(_nt_row(triple).encode("utf-8"))
    elif name == "trig":
        out = ds if quads else _as_dataset(ds)
        bind_prefixes(out)
        out.serialize(stream, format="trig", encoding="utf-8")
    else:
        graph = union_graph(ds)
        graph.serialize(stream, format=name, encoding="utf-8")


def _as_dataset(graph: Graph) -> Dataset:
    ds = Dataset()
    for triple in graph:
        ds.add(triple)
    return ds


def read_dataset(path: str | Path, fmt: str | None = None) -> Dataset:
    """Read a graph file into a Dataset; ``"-"`` reads stdin.

    Triple formats (Turtle, N-Triples, JSON-LD without graphs, RDF/XML) land in the default graph;
    TriG and N-Quads keep their named graphs.

    Parameters
    ----------
    path : str or Path
        The file; its suffix picks the format unless ``fmt`` is given.
    fmt : str, optional
        A format name, see :func:`format_for`.

    Returns
    -------
    rdflib.Dataset
        The graphs, with the contract's prefixes bound.

    Raises
    ------
    InputError
        When the file is missing, empty, binary, not UTF-8 or not valid RDF in that format.
    """
    name = format_for(path, fmt, error=InputError)
    data, text, shown, base = _read_graph_bytes(path)
    ds = Dataset()
    try:
        if name == "xml":
            check_xml(data)
        with quiet_rdflib():
            if name in _OXIGRAPH_FORMATS and _oxigraph_parse(ds, data, name, base):
                pass
            else:
                # N-Triples is a subset of N-Quads, whose rdflib parser names the bad line.
                ds.parse(data=text, format="nquads" if name == "nt" else name, publicID=base)
    except InputError as err:   # an XML bomb, a JSON-LD context that is not fetched
        raise InputError(f"Graph file {shown} {err}") from err
    except Exception as err:  # the parsers raise many unrelated types
        raise InputError(f"Graph file {shown} is not valid {_FORMAT_TITLES.get(name, name)}: "
                         f"{_parser_message(err, text)}") from err
    bind_prefixes(ds)
    return ds


def _read_graph_bytes(path: str | Path) -> tuple[bytes, str, str, str]:
    """The bytes and text of a graph file (``"-"``: stdin), how messages name it, and its base IRI."""
    shown = show_path("<stdin>" if str(path) == "-" else path)
    if str(path) == "-":
        data = sys.stdin.buffer.read()
    else:
        target = Path(path)
        if not target.exists():
            raise InputError(f"Graph file {shown} does not exist; check the path")
        if target.is_dir():
            raise InputError(f"Graph file {shown} is a folder; name a graph file")
        try:
            data = read_named_file(target, f"Graph file {shown}")
        except OSError as err:
            raise InputError(f"Cannot read graph file {shown}: {err.strerror or one_line(err)}") from err
    if not data.strip():
        raise InputError(f"Graph file {shown} is empty; build a graph first (kg build)")
    if b"\x00" in data[:_BINARY_PROBE]:
        raise InputError(f"Graph file {shown} is binary, not an RDF text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"Graph file {shown} is not valid UTF-8 (byte {err.start}); "
                         f"save it as UTF-8") from err
    base = "file:///dev/stdin" if str(path) == "-" else Path(path).resolve().as_uri()
    return data, text, shown, base


def read_store(path: str | Path, fmt: str | None = None):
    """Read a graph file into an in-memory Oxigraph store, or return None for a format only rdflib reads.

    N-Triples, N-Quads, Turtle and TriG load straight into Oxigraph (several times faster than an
    rdflib Dataset, and queried without converting terms); JSON-LD and RDF/XML return None, for
    :func:`read_dataset`.

    Parameters
    ----------
    path : str or Path
        The file, or ``"-"`` for stdin (TriG unless ``fmt`` says otherwise).
    fmt : str, optional
        A format name, see :func:`format_for`.

    Returns
    -------
    pyoxigraph.Store or None

    Raises
    ------
    InputError
        As :func:`read_dataset`.
    """
    name = format_for(path, fmt, error=InputError)
    if name not in _OXIGRAPH_FORMATS:
        return None
    try:
        import pyoxigraph as ox
    except ImportError:
        return None
    data, text, shown, base = _read_graph_bytes(path)
    store = ox.Store()
    fmt_ox = getattr(ox.RdfFormat, _OX_FORMATS[name])
    try:
        store.bulk_load(data, format=fmt_ox, base_iri=base)
    except Exception as err:  # SyntaxError and friends, with a position
        raise InputError(f"Graph file {shown} is not valid {_FORMAT_TITLES.get(name, name)}: "
                         f"{_parser_message(err, text)}") from err
    return store


_OXIGRAPH_FORMATS = frozenset({"nt", "nquads", "turtle", "trig"})


def _oxigraph_parse(ds: Dataset, data: bytes, name: str, base: str) -> bool:
    """Parse with pyoxigraph (about twice as fast as rdflib's parsers here); False if it is missing."""
    try:
        import pyoxigraph as ox
    except ImportError:
        return False
    fmt = {"nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS, "turtle": ox.RdfFormat.TURTLE,
           "trig": ox.RdfFormat.TRIG}[name]
    from kg.rdf.oxterms import to_rdflib
    cache: dict = {}

    def term(node):
        return to_rdflib(node, cache)

    graphs: dict = {}
    quads = []
    for quad in ox.parse(data, format=fmt, base_iri=base):
        graph_name = quad.graph_name
        key = None if isinstance(graph_name, ox.DefaultGraph) else term(graph_name)
        context = graphs.get(key)
        if context is None:
            context = graphs[key] = ds.default_context if key is None else ds.graph(key)
        quads.append((term(quad.subject), term(quad.predicate), term(quad.object), context))
    ds.addN(quads)
    return True


_FORMAT_TITLES = {"turtle": "Turtle", "nt": "N-Triples", "nquads": "N-Quads", "trig": "TriG",
                  "json-ld": "JSON-LD", "xml": "RDF/XML"}


def _parser_message(err: Exception, data: str) -> str:
    text = str(err)
    oxigraph = re.match(r"Parser error at line (\d+),? (?:between )?columns? (\d+)(?: and \d+)?: (.*?)"
                        r"(?: \(line \d+\))?$", text, re.S)
    if oxigraph:
        return f"line {oxigraph.group(1)}, column {oxigraph.group(2)}: {' '.join(oxigraph.group(3).split())[:200]}"
    found = re.search(r"at line (\d+)", text)
    if found and "Bad syntax" in text:
        reason = re.search(r"Bad syntax \((.*?)\) at \^", text, re.S)
        near = re.search(r'at \^ in:\n"(.*)', text, re.S)
        line = f"line {found.group(1)}: {reason.group(1) if reason else 'bad syntax'}"
        if near:
            after = near.group(1).split("^", 1)[-1]
            snippet = re.sub(r"^b'|'$", "", after.split("'")[0] if after.startswith("b'") else after)
            snippet = " ".join(snippet.replace("\\n", " ").split())[:40]
            if snippet:
                line += f" near {snippet!r}"
        return line
    bad_line = re.match(r"Invalid line(?: \((.*?)\))?:\s*'?(.*?)'?$", text, re.S)
    if bad_line:  # the N-Triples/N-Quads parser quotes the line but does not number it
        reason, content = bad_line.group(1) or "invalid line", bad_line.group(2).strip()
        for number, line in enumerate(data.splitlines(), 1):
            if content and line.strip() == content:
                return f"line {number}: {reason}: {content[:80]}"
        return f"{reason}: {content[:80]}"
    if hasattr(err, "getLineNumber"):  # SAXParseException
        return f"line {err.getLineNumber()}, column {err.getColumnNumber()}: {err.getMessage()}"
    return one_line(err)[:240]


@contextlib.contextmanager
def quiet_rdflib() -> Iterator[None]:
    """Silence rdflib's loggers and warnings while parsing, so the user sees one line."""
    logger = logging.getLogger("rdflib")
    level, propagate = logger.level, logger.propagate
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)
        logger.propagate = propagate


_OX_FORMATS = {"nt": "N_TRIPLES", "turtle": "TURTLE", "nquads": "N_QUADS", "trig": "TRIG"}


def nt_rows(graph: Graph) -> str:
    """``"".join(map(_nt_row, graph))``, rdflib's N-Triples rows of the graph, with each term's text made once.

    An article graph names its statement, article and entity nodes, predicates and common literals again and
    again; rdflib checks and quotes every occurrence. A literal is remembered by its text, language and datatype
    (literals equal in rdflib may differ in the case of their language tag, and so in their text).

    >>> from rdflib import Literal, URIRef
    >>> g = Graph(); _ = g.add((URIRef("urn:a"), URIRef("urn:p"), Literal('say "hi"', lang="en")))
    >>> nt_rows(g) == "".join(map(_nt_row, g))
    True
    """
    iris: dict = {}
    literals: dict = {}
    out = []
    for s, p, o in iter_triples(graph):
        st = iris.get(s)
        if st is None:
            st = iris[s] = s.n3()
        pt = iris.get(p)
        if pt is None:
            pt = iris[p] = p.n3()
        if isinstance(o, Literal):
            key = (str(o), o.language, o.datatype)
            ot = literals.get(key)
            if ot is None:
                ot = literals[key] = _quoteLiteral(o)
        else:
            ot = iris.get(o)
            if ot is None:
                ot = iris[o] = o.n3()
        out.append(f"{st} {pt} {ot} .\n")
    return "".join(out)


class GraphCollector:
    """Collects article graphs as they are built and writes them once, as :func:`write_dataset` would.

    N-Triples, Turtle, N-Quads and TriG go through an in-memory Oxigraph store (C++: adding a triple
    costs a fraction of rdflib's in-memory store, and the writers stream); other formats through an
    rdflib Dataset. TriG and N-Quads keep one named graph per article; the others write the union.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from rdflib import Graph, URIRef
    >>> g = Graph(); _ = g.add((URIRef("urn:a"), URIRef("urn:p"), URIRef("urn:b")))
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "out.nt"
    >>> out = GraphCollector(path); out.add("urn:g", g); out.write()
    >>> path.read_text().strip()
    '<urn:a> <urn:p> <urn:b> .'
    """

    def __init__(self, path: str | Path, fmt: str | None = None) -> None:
        self.path = path
        self.name = format_for(path, fmt, error=OutputError)
        self._ox = None
        self._ds = None
        if self.name in _OX_FORMATS:
            import pyoxigraph as ox
            self._ox = ox.Store()
        else:
            self._ds = Dataset()

    def add(self, graph_iri: str, graph: Graph) -> None:
        """Add one article's graph under its IRI."""
        if self._ds is not None:
            named = self._ds.graph(URIRef(graph_iri))
            for triple in graph:
                named.add(triple)
            return
        import pyoxigraph as ox
        data = nt_rows(graph).encode("utf-8")
        target = ox.NamedNode(graph_iri) if self.name in ("nquads", "trig") else ox.DefaultGraph()
        self._ox.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=target)

    def write(self) -> None:
        """Write everything added, atomically (see :func:`atomic_output`)."""
        if self._ds is not None:
            write_dataset(self._ds, self.path, self.name)
            return
        import pyoxigraph as ox
        from kg.rdf.namespaces import OUTPUT_PREFIXES
        fmt = getattr(ox.RdfFormat, _OX_FORMATS[self.name])
        prefixes = {p: str(ns) for p, ns in OUTPUT_PREFIXES.items()} if self.name in ("turtle", "trig") else None
        with atomic_output(self.path, what="the graph") as stream:
            if self.name in ("nt", "turtle"):
                self._ox.dump(stream, format=fmt, from_graph=ox.DefaultGraph(), prefixes=prefixes)
            else:
                self._ox.dump(stream, format=fmt, prefixes=prefixes)
