"""A persistent article store on Oxigraph (RocksDB on disk): one named graph per article.

Each article's named graph is self-contained: it holds the article node with its ``kg:contentHash``,
its statements, and the descriptions (type, label, alt labels) of every entity and predicate it uses.
Replacing one article's graph therefore never removes what another article says about a shared entity.
Oxigraph's own union of named graphs is a bag (a triple in two graphs matches twice), so the store keeps
the deduplicated union in the default graph, and queries run over it; ``GRAPH ?g`` still reaches each article.
Each article is written in one Oxigraph transaction (a single SPARQL update that takes the article's
triples no other article holds out of the union, drops its old graph and inserts the new one into both),
so neither a reader nor a crash ever sees half an article.

One process writes at a time: a writer holds an exclusive ``flock`` on ``kg-writer.lock`` in the
store's folder, which the kernel releases when the process dies, so a killed build never blocks the next.
"""
from __future__ import annotations

import contextlib
import fcntl
import io
import os
import time
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.plugins.serializers.nt import _nt_row

from kg.errors import OutputError, QueryError, StoreError, one_line
from kg.merge import ENTITY_CLASSES, EntityIndex
from kg.rdf.namespaces import KG, KGR, OUTPUT_PREFIXES, OWL, PREFIXES, RDF, RDFS, SCHEMA, SKOS, bind_prefixes
from kg.rdf.oxterms import to_rdflib
from kg.types import Article

__all__ = ["Store", "LOCK_NAME", "article_node"]

LOCK_NAME = "kg-writer.lock"
_STREAMED = frozenset({"nt", "turtle", "trig", "nquads"})
_POLL = 0.1
_OPEN_ATTEMPTS = 8
# RocksDB keeps written quads in memory tables that Oxigraph does not flush on its own: flush every
# so many quads so that memory stays flat however many articles a build writes (~1 kB per quad).
_FLUSH_EVERY = 100_000
# With bulk=True, new articles are written together by Oxigraph's bulk loader once this many quads wait,
# or once this many seconds have passed since the last write (a crash loses at most that much work).
_BULK_QUADS = 50_000
_BULK_SECONDS = 0.25
_DESCRIBING = frozenset({RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs})
_ENTITY_ROWS = f"""
SELECT ?e ?p ?o WHERE {{
  ?e a ?t . VALUES ?t {{ {' '.join(f'<{c}>' for c in ENTITY_CLASSES)} }}
  ?e ?p ?o . VALUES ?p {{ <{RDF.type}> <{RDFS.label}> <{SKOS.altLabel}> <{OWL.sameAs}> }}
}}"""
# Takes out of the union (the default graph) the triples of article graph {g} that no other article holds.
_UNLINK = """DELETE {{ ?s ?p ?o }} WHERE {{
  GRAPH {g} {{ ?s ?p ?o }} FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER (?h != {g}) }}
}} ;
DROP SILENT GRAPH {g} ;
INSERT DATA {{ GRAPH {g} {{
{body}
}}
{body}
}}"""


def article_node(article: Article, graph: Graph | None = None) -> URIRef:
    """The IRI of an article's node: the graph's one ``schema:NewsArticle``, else ``kgr:article/KEY``.

    Examples
    --------
    >>> str(article_node(Article(text="x", url="https://example.org/a"))).startswith(str(KGR))
    True
    """
    if graph is not None:
        nodes = set(graph.subjects(RDF.type, SCHEMA.NewsArticle))
        if len(nodes) == 1:
            return URIRef(next(iter(nodes)))
    try:
        from kg.rdf.iris import article_iri
    except ImportError:
        return KGR["article/" + article.key]
    return URIRef(article_iri(article))


class Store:
    """An on-disk RDF store of article graphs.

    Parameters
    ----------
    path : str or Path
        The store's folder; a writer creates it when missing.
    read_only : bool
        Open for reading only: many readers may run beside one writer, each seeing the articles
        that were complete when it opened.
    wait : float
        How many seconds a writer waits for another writer to finish before giving up.
    bulk : bool
        Write new articles in batches through Oxigraph's bulk loader (several times faster for a large
        build). Each batch of whole articles (at most 50,000 quads, or a quarter second's work) lands
        in one atomic ingestion: a crash loses the batch being gathered, never part of an article, and no
        reader sees half of one. Reading through this object writes what is pending first.

    Raises
    ------
    StoreError
        When the folder is not a store, another process is writing it, or Oxigraph cannot open it.

    Examples
    --------
    >>> import tempfile
    >>> from rdflib import Graph, Literal
    >>> folder = tempfile.mkdtemp()
    >>> article = Article(text="Kyiv is calm.", url="https://example.org/kyiv")
    >>> graph = Graph()
    >>> _ = graph.add((article_node(article), RDF.type, SCHEMA.NewsArticle))
    >>> with Store(folder) as store:
    ...     store.put_article(article, graph), store.put_article(article, graph), len(store.articles())
    ('added', 'skipped', 1)
    """

    def __init__(self, path: str | os.PathLike, read_only: bool = False, wait: float = 0, bulk: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.bulk = bulk and not read_only
        self._pending: list[str] = []       # N-Quads lines of the new articles gathered in bulk mode
        self._pending_hashes: dict[str, str] = {}
        self._last_write = 0.0     # a build's first article is written at once, then a batch at most every _BULK_SECONDS
        self._lock: int | None = None
        self._index: EntityIndex | None = None
        self._unflushed = 0
        if read_only:
            self._db = self._open_read_only()
        else:
            self._check_folder()
            self._lock = _acquire(self.path, wait)
            try:
                self._db = ox.Store(str(self.path))
            except (OSError, RuntimeError) as err:
                self._release()
                raise _open_error(self.path, err) from err

    # -- opening and closing -------------------------------------------------------------------

    def _open_read_only(self) -> ox.Store:
        if not (self.path / "CURRENT").is_file():
            raise StoreError(f"No store at {self.path}; build one with: kg build ARTICLES --store {self.path}")
        for attempt in range(_OPEN_ATTEMPTS):
            try:
                return ox.Store.read_only(str(self.path))
            except (OSError, RuntimeError) as err:
                # A running build may compact away a file between listing and opening it: look again.
                if attempt == _OPEN_ATTEMPTS - 1 or _damaged(err):
                    raise _open_error(self.path, err) from err
                time.sleep(_POLL * (attempt + 1))

    def _check_folder(self) -> None:
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"Cannot use {self.path} as a store: it is a file; name a folder")
        if self.path.is_dir() and not (self.path / "CURRENT").exists():
            others = [p.name for p in self.path.iterdir() if p.name != LOCK_NAME]
            if others:
                raise StoreError(f"Cannot use {self.path} as a store: the folder holds other files "
                                 f"({others[0]}, ...); name a new or empty folder")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"Cannot create store {self.path}: {err.strerror or one_line(err)}") from err

    def close(self) -> None:
        """Flush the writes and release the writer's lock. The store cannot be used afterwards."""
        if "_db" in self.__dict__ and self._pending:
            try:
                self._write_pending()
            except StoreError:
                self.__dict__.pop("_db", None)
                self._release()
                raise
        db = self.__dict__.pop("_db", None)
        if db is not None and not self.read_only:
            with contextlib.suppress(OSError):
                db.flush()
        del db              # RocksDB closes when its last reference goes, before the lock is released
        self._release()

    def _release(self) -> None:
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __len__(self) -> int:
        """The number of distinct triples over all articles (the size of their union)."""
        self._write_pending()
        rows = self._read(lambda: list(self._store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
        return int(rows[0][0].value)

    @property
    def _store(self) -> ox.Store:
        try:
            return self._db
        except AttributeError:
            raise StoreError(f"Store {self.path} is closed; open it again") from None

    # -- articles ------------------------------------------------------------------------------

    @property
    def index(self) -> EntityIndex:
        """The entity index, loaded from the store's entity descriptions on first use."""
        if self._index is None:
            self._index = EntityIndex()
            graph = Graph()
            for row in self._read(lambda: list(self._store.query(_ENTITY_ROWS))):
                graph.add(tuple(to_rdflib(term) for term in row))
            self._index.add(graph)
            from kg.curate import load_curation
            load_curation(self, self._index)        # the user's merges and splits; later merges go on record
        return self._index

    def entity_index(self) -> EntityIndex:
        """The store's entity index (see :attr:`index`); resolving with it matches what the store holds."""
        return self.index

    def content_hash(self, article_iri: str) -> str | None:
        """The content hash recorded with an article's graph, or None when the article is not stored."""
        if str(article_iri) in self._pending_hashes:
            return self._pending_hashes[str(article_iri)]
        node = ox.NamedNode(str(article_iri))
        quads = self._read(lambda: list(self._store.quads_for_pattern(node, ox.NamedNode(str(KG.contentHash)),
                                                                     None, node)))
        return quads[0].object.value if quads else None

    def put_article(self, article: Article, graph: Graph) -> str:
        """Store one article's graph, resolving its entities onto those already stored.

        Parameters
        ----------
        article : Article
            The article the graph was built from; its ``content_hash`` decides whether to write.
        graph : rdflib.Graph
            The article's contract graph.

        Returns
        -------
        str
            ``"skipped"`` when the store holds the article with the same content hash,
            ``"replaced"`` when it held an older version, ``"added"`` otherwise.

        Raises
        ------
        StoreError
            When the store is read-only or the write fails.
        """
        if self.read_only:
            raise StoreError(f"Store {self.path} is open read-only; open it without read_only to write")
        iri = article_node(article, graph)
        digest = article.content_hash
        old = self.content_hash(iri)
        if old == digest:
            if self._index is not None:
                self._index.merges.clear()      # merges made resolving this graph elsewhere are on record already
            return "skipped"
        hash_triple = (iri, KG.contentHash, Literal(digest))
        triples = [t for t in self.index.resolve_triples(graph) if t[:2] != hash_triple[:2]] + [hash_triple]
        name = ox.NamedNode(str(iri))
        try:
            if self.bulk and old is None and not self.index.merges:
                # A new article with no merge to record waits for the batch's one bulk write (see _write_pending)
                suffix = f" {name} .\n"
                rows = [row for row in map(_nt_row, triples)]
                self._pending += rows                                       # the union (default graph)
                self._pending += [row[:-3] + suffix for row in rows]        # "s p o .\n" in the article's graph
                self._pending_hashes[str(iri)] = digest
                if len(self._pending) >= _BULK_QUADS or time.monotonic() - self._last_write >= _BULK_SECONDS:
                    self._write_pending()
            else:
                self._write_pending()         # in order: what is pending lands before this update
                from kg.curate import merge_records
                records = merge_records(iri, self.index)    # the cross-article merges, in the same transaction
                # One update is one transaction: no reader and no crash sees the old graph gone and the new one
                # half in.
                body = "".join(map(_nt_row, triples))
                self._store.update(_UNLINK.format(g=name, body=body) + records)
                self._unflushed += 2 * len(triples)
        except (OSError, RuntimeError, SyntaxError) as err:
            raise StoreError(f"Cannot write article {article.source} to store {self.path}: {one_line(err)}") from err
        self.index.add(_descriptions(triples))
        if self._unflushed >= _FLUSH_EVERY:
            self._read(self._store.flush)
            self._unflushed = 0
        return "added" if old is None else "replaced"

    def _write_pending(self) -> None:
        """Write the new articles gathered in bulk mode with one bulk load (one atomic ingestion)."""
        if not self._pending:
            return
        quads, count = self._pending, len(self._pending_hashes)
        self._pending, self._pending_hashes = [], {}
        self._last_write = time.monotonic()
        try:
            self._store.bulk_load("".join(quads).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        except (OSError, RuntimeError, SyntaxError) as err:
            raise StoreError(f"Cannot write {count} articles to store {self.path}: {one_line(err)}") from err

    def articles(self) -> list[str]:
        """The IRIs of the stored articles' named graphs, sorted."""
        self._write_pending()
        from kg.curate import CURATION
        return sorted(g.value for g in self._read(lambda: list(self._store.named_graphs()))
                      if isinstance(g, ox.NamedNode) and g.value != str(CURATION))

    def article_graph(self, article_iri: str) -> Graph:
        """One article's named graph as an rdflib Graph (empty when the article is not stored)."""
        self._write_pending()
        data = self._read(lambda: self._store.dump(format=ox.RdfFormat.N_TRIPLES,
                                                   from_graph=ox.NamedNode(str(article_iri))))
        graph = Graph()
        bind_prefixes(graph)
        graph.parse(data=data.decode("utf-8"), format="nt")
        return graph

    def update(self, sparql: str) -> None:
        """Run one SPARQL update on the store as one transaction (curation commands use it).

        Raises
        ------
        StoreError
            When the store is read-only or the update fails.
        """
        if self.read_only:
            raise StoreError(f"Store {self.path} is open read-only; open it without read_only to write")
        try:
            self._store.update(sparql)
        except (OSError, RuntimeError, SyntaxError, ValueError) as err:
            raise StoreError(f"Cannot write to store {self.path}: {one_line(err)}") from err
        self._index = None          # reloaded with what the update changed on next use

    def quads(self, subject=None, predicate=None, obj=None, graph=None) -> list:
        """The stored quads matching a pattern (pyoxigraph terms; None matches anything)."""
        return self._read(lambda: list(self._store.quads_for_pattern(subject, predicate, obj, graph)))

    # -- reading it all ------------------------------------------------------------------------

    def query(self, sparql: str):
        """Run a SPARQL query over the union of the article graphs.

        Parameters
        ----------
        sparql : str
            A SELECT, ASK, CONSTRUCT or DESCRIBE query; the contract's prefixes are predeclared.

        Returns
        -------
        kg.query.QueryResult
            The same result type as :func:`kg.query.run_query`, so that it formats alike.

        Raises
        ------
        QueryError
            When the query is malformed, or is an update or uses SERVICE.
        """
        from kg.query import QueryResult, check_query
        check_query(sparql)
        self._write_pending()
        prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
        try:
            answer = self._store.query(sparql, prefixes=prefixes, use_default_graph_as_union=False)
            if isinstance(answer, ox.QueryBoolean):
                return QueryResult.from_boolean(bool(answer))
            if isinstance(answer, ox.QuerySolutions):
                names = [v.value for v in answer.variables]
                width = range(len(names))
                rows = [tuple(to_rdflib(row[i]) for i in width) for row in answer]
                return QueryResult.from_rows(names, rows)
            return QueryResult.from_triples(tuple(to_rdflib(t) for t in triple) for triple in answer)
        except (SyntaxError, ValueError) as err:
            raise QueryError(f"The SPARQL query failed: {one_line(err)}") from err
        except (OSError, RuntimeError) as err:
            raise StoreError(f"Cannot read store {self.path}: {one_line(err)}; if a build is running, "
                             "run the command again") from err
        finally:
            # rdflib's parser keeps tracebacks whose frames reach this one: an answer left here would
            # hold the database open after close()
            answer = None  # noqa: F841

    def to_dataset(self) -> Dataset:
        """The whole store as an rdflib Dataset with one named graph per article (held in memory)."""
        self._write_pending()
        buffer = io.BytesIO()
        self._write(buffer, "nquads")
        ds = Dataset()
        bind_prefixes(ds)
        ds.parse(data=buffer.getvalue().decode("utf-8"), format="nquads")
        return ds

    def export(self, path: str | os.PathLike, fmt: str | None = None) -> None:
        """Write the store to a file atomically (``"-"``: stdout).

        TriG and N-Quads keep one named graph per article; Turtle and N-Triples carry the union.
        These four are streamed from Oxigraph; JSON-LD and RDF/XML go through
        :func:`kg.export.write_dataset`.

        Parameters
        ----------
        path : str or Path
            The target file, or ``"-"``; its suffix picks the format unless ``fmt`` is given.
        fmt : str, optional
            A format name as :func:`kg.export.format_for` takes it.

        Raises
        ------
        OutputError
            When the format is unknown or the file cannot be written.
        """
        from kg.export import format_for, write_dataset
        from kg.output import atomic_output
        name = format_for(path, fmt, error=OutputError)
        if name not in _STREAMED:
            write_dataset(self.to_dataset(), path, name)
            return
        with atomic_output(path, what="the graph") as stream:
            self._write(stream, name)

    def _write(self, stream: IO[bytes], name: str) -> None:
        self._write_pending()
        db = self._store
        if name in ("nt", "turtle"):
            ox_format = ox.RdfFormat.N_TRIPLES if name == "nt" else ox.RdfFormat.TURTLE
            prefixes = None if name == "nt" else {p: str(ns) for p, ns in OUTPUT_PREFIXES.items()}
            self._read(lambda: db.dump(stream, format=ox_format, from_graph=ox.DefaultGraph(), prefixes=prefixes))
            return
        if name == "trig":
            stream.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in OUTPUT_PREFIXES.items()).encode("utf-8"))
        for iri in self.articles():
            graph = ox.NamedNode(iri)
            data = self._read(lambda: db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph))
            if name == "trig":
                stream.write(f"\n{graph} {{\n".encode("utf-8") + data + b"}\n")
            else:
                suffix = f" {graph} .\n".encode("utf-8")
                stream.write(b"".join(line.rstrip()[:-1].rstrip() + suffix for line in data.splitlines() if line))

    def _read(self, func):
        try:
            return func()
        except (OSError, RuntimeError) as err:
            if _damaged(err):
                raise _open_error(self.path, err) from err
            raise StoreError(f"Cannot read store {self.path}: {one_line(err)}; if a build is running, "
                             "run the command again") from err


def _damaged(err: BaseException) -> bool:
    # a file a running build compacted away between listing and opening is no damage: look again
    text = str(err)
    return "orrupt" in text and "No such file" not in text


def _open_error(path: Path, err: BaseException) -> StoreError:
    """The one-line message for a store Oxigraph cannot open (damaged files above all)."""
    if _damaged(err):
        return StoreError(f"Store {path} is damaged ({one_line(err)[:160]}); nothing was written to it: restore it "
                          "from a copy, or build into a new folder")
    return StoreError(f"Cannot open store {path}: {one_line(err)}")


def _descriptions(triples: list[tuple]) -> Graph:
    """The entity-describing triples (type, names, links of entity nodes), for the entity index."""
    entities = {s for s, p, o in triples if p == RDF.type and o in ENTITY_CLASSES}
    graph = Graph()
    for triple in triples:
        if triple[0] in entities and triple[1] in _DESCRIBING:
            graph.add(triple)
    return graph


def _acquire(folder: Path, wait: float) -> int:
    """Take the writer's lock on a store folder, waiting up to ``wait`` seconds; return its descriptor."""
    lock_path = folder / LOCK_NAME
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise StoreError(f"Cannot lock store {folder}: {err.strerror or one_line(err)}") from err
    deadline = time.monotonic() + max(wait, 0)
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
                os.close(fd)
                raise StoreError(f"store {folder} is being written by another build (pid {holder}); "
                                 "wait or use another --store") from None
            time.sleep(min(_POLL, max(deadline - time.monotonic(), 0.01)))
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
    return fd
