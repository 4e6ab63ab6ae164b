"""Where built article graphs go: a graph file, a store, a SPARQL server, an in-memory Dataset.

:func:`kg.pipeline.run` drives every sink alike: :meth:`Sink.put` once per article (already resolved
across articles), :meth:`Sink.finish` once after the last one when at least one article was built,
and :meth:`Sink.close` always.
"""
from __future__ import annotations

from rdflib import Dataset, Graph

from kg.types import Article

__all__ = ["Sink", "FileSink", "StoreSink", "EndpointSink", "DatasetSink"]


class Sink:
    """One destination of article graphs."""

    def put(self, iri: str, article: Article, graph: Graph) -> str | None:
        """Take one article's graph; return an outcome for the summary ("added", "replaced", ...) or None."""
        raise NotImplementedError

    def finish(self) -> None:
        """Called once after the last article, when at least one was built."""

    def close(self) -> None:
        """Called once at the end, whatever happened."""


class FileSink(Sink):
    """A graph file (or ``-`` for stdout), written once at the end, atomically."""

    def __init__(self, path: str, fmt: str | None = None) -> None:
        from kg.export import GraphCollector
        self.path = path
        self._collector = GraphCollector(path, fmt)     # an unknown suffix fails here, before any parsing

    def put(self, iri: str, article: Article, graph: Graph) -> None:
        self._collector.add(iri, graph)

    def finish(self) -> None:
        self._collector.write()


class StoreSink(Sink):
    """A persistent store folder (see :class:`kg.store.Store`); it resolves entities as it writes.

    Parameters
    ----------
    store : str, Path or kg.store.Store
        A folder (opened here, for writing, and closed at the end) or an open store.
    wait : float
        Seconds to wait for another writer's lock, when the folder is opened here.
    """

    def __init__(self, store, wait: float = 0) -> None:
        from kg.store import Store
        self._owned = not isinstance(store, Store)
        # a build writes new articles in batches through the bulk loader (each batch one atomic ingestion)
        self.store = Store(store, wait=wait, bulk=True) if self._owned else store

    def unchanged(self, iri: str, article: Article) -> bool:
        """Whether the store holds this article with the same content already."""
        return self.store.content_hash(iri) == article.content_hash

    def put(self, iri: str, article: Article, graph: Graph) -> str:
        return self.store.put_article(article, graph)

    def close(self) -> None:
        if self._owned:
            self.store.close()


class EndpointSink(Sink):
    """A SPARQL server's Graph Store endpoint: each article's named graph is replaced with an HTTP PUT."""

    def __init__(self, endpoint, **options) -> None:
        from kg.remote import connect
        # a malformed URL fails here, before any parsing; options: timeout, user, password (kg.remote.connect)
        self.endpoint = connect(endpoint, **options).with_path("/store")

    def put(self, iri: str, article: Article, graph: Graph) -> None:
        from kg.remote import push_graph
        push_graph(self.endpoint, iri, graph)


class DatasetSink(Sink):
    """An rdflib Dataset in memory, with a named graph per article."""

    def __init__(self, dataset: Dataset | None = None) -> None:
        from kg.rdf.namespaces import bind_prefixes
        if dataset is None:
            dataset = Dataset()
            bind_prefixes(dataset)
        self.dataset = dataset

    def put(self, iri: str, article: Article, graph: Graph) -> None:
        from rdflib import URIRef
        named = self.dataset.graph(URIRef(iri))
        for triple in graph:
            named.add(triple)
