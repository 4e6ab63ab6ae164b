"""Where reading and parsing run: in this process, in a pool of worker processes, or on a Dask cluster.

Whatever the engine, :func:`iter_graphs` streams ``(article, graph)`` pairs in input order and holds
only a bounded number of batches at a time, so memory stays flat however long the corpus is.
Graphs cross process boundaries as N-Triples text. The :class:`Workers` that :func:`open_workers`
starts also read the build's files (:mod:`kg.ingest.units`), so that reading is spread as parsing is.
"""
from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import multiprocessing
import socket
import struct
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence

import pyoxigraph as ox
from rdflib import Graph
from rdflib.plugins.serializers.nt import _nt_row

from kg.errors import KGError
from kg.gcpause import gc_frozen
from kg.resources import DEFAULT_MODEL
from kg.rdf.namespaces import bind_prefixes
from kg.rdf.oxterms import to_rdflib
from kg.types import Article

__all__ = ["iter_graphs", "open_workers", "Workers", "ENGINES"]

ENGINES = ("local", "dask")
DEFAULT_SCHEDULER_TIMEOUT = 10.0
_IN_FLIGHT_PER_WORKER = 2
# A local cluster's dashboard listens on any free loopback port: its default port, 8787, clashes with another cluster
# or dashboard on the machine, and nothing of a local build is for the network.
LOCAL_DASHBOARD = "127.0.0.1:0"

# The pipeline of a pool worker process, set once by its initializer (never used in the parent process).
_WORKER_STATE: dict = {}


def iter_graphs(articles: Iterable[Article], *, model: str = DEFAULT_MODEL, gazetteer: Sequence[str] = (),
                events: Sequence[str] = (),
                workers: int = 1, batch_size: int = 16, engine: str = "local", scheduler: str | None = None,
                nlp=None, scheduler_timeout: float | None = None, pool: Workers | None = None
                ) -> Iterator[tuple[Article, Graph]]:
    """Parse articles into their contract graphs, in input order, with one or more processes.

    Parameters
    ----------
    articles : iterable of Article
        Read lazily; at most a few batches per worker are held at a time.
    model : str
        The spaCy pipeline to load (in each worker process).
    gazetteer : sequence of str
        Extra gazetteer files, as :func:`kg.nlp.load_pipeline` takes them.
    events : sequence of str
        Event dictionaries of the user's, added to the shipped one (:func:`kg.events.load_coder`).
    workers : int
        Parsing processes. 1 parses in this process; more start a process pool (local engine) or
        a Dask ``LocalCluster`` of that many worker processes (dask engine without ``scheduler``).
    batch_size : int
        Articles per ``nlp.pipe`` batch, and per task sent to a worker.
    engine : {"local", "dask"}
        ``dask`` sends batches to a Dask cluster (the ``distributed`` package).
    scheduler : str, optional
        A Dask scheduler address such as ``tcp://10.0.0.5:8786``; None starts a local cluster.
    nlp : spacy.Language, optional
        An already loaded pipeline for the single-process local engine.
    scheduler_timeout : float, optional
        Seconds to wait for the Dask scheduler to answer (default 10).
    pool : Workers, optional
        Workers already started (:func:`open_workers`), which the build also reads with; the
        options that say which to start are then not used.

    Yields
    ------
    tuple of (Article, rdflib.Graph)
        Each article with its own graph (not yet merged across articles: see :mod:`kg.merge`).

    Raises
    ------
    KGError
        For an unknown engine, a missing ``distributed`` package or an unreachable scheduler;
        ModelError when the model cannot be loaded.
    """
    _check(engine, workers, batch_size)
    if pool is not None:
        yield from _graphs(articles, pool, batch_size)
    elif engine == "local" and workers == 1:
        from kg.pipeline import iter_article_graphs, load_pipeline
        nlp = nlp if nlp is not None else load_pipeline(model, tuple(gazetteer), tuple(events))
        with gc_frozen():       # the model and gazetteer, out of the collector's walks while articles are built
            yield from iter_article_graphs(articles, nlp, batch_size=batch_size)
    else:
        with open_workers(engine=engine, workers=workers, model=model, gazetteer=gazetteer, events=events,
                          scheduler=scheduler, scheduler_timeout=scheduler_timeout) as started:
            yield from _graphs(articles, started, batch_size)


def _check(engine: str, workers: int, batch_size: int = 1) -> None:
    if engine not in ENGINES:
        raise KGError(f"Unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    if workers < 1 or batch_size < 1:
        raise KGError("workers and batch size must be at least 1")


class Workers:
    """Worker processes that read and parse for a build: a local process pool or a Dask cluster.

    ``read(unit, languages)`` and ``parse(batch)`` start a task and return a handle whose ``get()`` or
    ``result()`` gives what :func:`kg.ingest.units.read_unit` or :func:`_parse` returns; ``size`` is
    the number of worker processes.
    """

    size = 1

    def read(self, unit, languages):
        raise NotImplementedError

    def parse(self, batch: list[Article]):
        raise NotImplementedError

    def close(self) -> None:
        """Stop the workers."""


@contextlib.contextmanager
def open_workers(*, engine: str = "local", workers: int = 2, model: str = DEFAULT_MODEL,
                 gazetteer: Sequence[str] = (), events: Sequence[str] = (), scheduler: str | None = None,
                 scheduler_timeout: float | None = None) -> Iterator[Workers]:
    """Start worker processes (a process pool, or a Dask cluster: local, or at ``scheduler``), and stop them after.

    Parameters are those of :func:`iter_graphs`. Each worker loads the pipeline once, for its first batch.

    Raises
    ------
    KGError
        As :func:`iter_graphs`.
    """
    _check(engine, workers)
    if engine == "dask":
        started: Workers = _Dask(model, tuple(gazetteer), tuple(events), workers, scheduler,
                                 scheduler_timeout or DEFAULT_SCHEDULER_TIMEOUT)
    else:
        started = _Pool(model, tuple(gazetteer), tuple(events), workers)
    try:
        yield started
    finally:
        started.close()


def _graphs(articles: Iterable[Article], pool: Workers, batch_size: int) -> Iterator[tuple[Article, Graph]]:
    limit = pool.size * _IN_FLIGHT_PER_WORKER
    pending: deque = deque()
    for batch in _batches(articles, batch_size):
        pending.append((batch, pool.parse(batch)))
        if len(pending) >= limit:
            yield from _ready(*pending.popleft())
    while pending:
        yield from _ready(*pending.popleft())


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _to_graph(text: str) -> Graph:
    """N-Triples text as an rdflib Graph: parsed by Oxigraph, 4-5x faster than rdflib's own parser."""
    graph = Graph(store="SimpleMemory")
    bind_prefixes(graph)
    terms: dict = {}
    for triple in ox.parse(text, format=ox.RdfFormat.N_TRIPLES):
        graph.add((to_rdflib(triple.subject, terms), to_rdflib(triple.predicate, terms),
                   to_rdflib(triple.object, terms)))
    return graph


def _parse(batch: list[Article], nlp) -> list[str]:
    """N-Triples text of each article's graph, in batch order."""
    from kg.pipeline import iter_article_graphs
    return ["".join(map(_nt_row, graph)) for _, graph in iter_article_graphs(batch, nlp, batch_size=len(batch))]


# -- a local process pool ---------------------------------------------------------------------

def _init_worker(model: str, gazetteer: tuple[str, ...], events: tuple[str, ...] = ()) -> None:
    # Loaded by the first batch, not here: a worker reads while others still parse, and an initializer
    # that raises makes multiprocessing restart the worker for ever.
    _WORKER_STATE["options"] = (model, gazetteer, events)


def _pool_task(batch: list[Article]) -> list[str]:
    if "nlp" not in _WORKER_STATE:
        from kg.pipeline import load_pipeline
        _WORKER_STATE["nlp"] = load_pipeline(*_WORKER_STATE["options"])
        gc.freeze()     # a worker lives for one build: its model stays out of the collector's walks (kg.gcpause)
    return _parse(batch, _WORKER_STATE["nlp"])


class _Pool(Workers):
    def __init__(self, model: str, gazetteer: tuple[str, ...], events: tuple[str, ...], workers: int) -> None:
        # forkserver: workers start clean, without the parent's threads or open files (a store's lock among them).
        method = "forkserver" if sys.platform.startswith("linux") else "spawn"
        context = multiprocessing.get_context(method)
        self.size = workers
        self._pool = context.Pool(workers, initializer=_init_worker, initargs=(model, gazetteer, events))
        self._pids = self._worker_pids()

    def _worker_pids(self) -> set[int]:
        return {process.pid for process in list(getattr(self._pool, "_pool", ()))}

    def submit(self, fn, *args) -> _PoolTask:
        """Run ``fn(*args)`` in a worker; the handle's ``get()`` raises KGError if a worker dies meanwhile."""
        return _PoolTask(self, self._pool.apply_async(fn, args))

    def read(self, unit, languages):
        from kg.ingest.units import read_unit
        return self.submit(read_unit, unit, languages)

    def parse(self, batch: list[Article]):
        return self.submit(_pool_task, batch)

    def check(self) -> None:
        """Raise KGError if a worker process has died: the pool replaces it, but the task it held is lost."""
        if self._worker_pids() != self._pids:
            raise KGError("a worker process died (killed, or out of memory?); the build stopped. Run it again, with "
                          "fewer --workers or a smaller --batch-size if memory is short")

    def close(self) -> None:
        self._pool.terminate()
        self._pool.join()


class _PoolTask:
    """A task in the pool, waited for in short steps so that a worker's death ends the wait."""

    def __init__(self, pool: _Pool, result) -> None:
        self._pool, self._result = pool, result

    def get(self):
        while True:
            try:
                return self._result.get(timeout=0.5)
            except multiprocessing.TimeoutError:
                self._pool.check()


def _ready(batch: list[Article], result) -> Iterator[tuple[Article, Graph]]:
    texts = result.get() if hasattr(result, "get") else result.result()
    for article, text in zip(batch, texts):
        yield article, _to_graph(text)


# -- a Dask cluster ---------------------------------------------------------------------------

def _probe_scheduler(address: str, timeout: float) -> None:
    """Check that a ``tcp://`` address greets as a Dask scheduler does, within ``timeout`` seconds.

    distributed's Client waits for the scheduler's handshake without a deadline, so something that
    accepts connections and never speaks would hold the build for ever: a scheduler speaks first
    (a length-prefixed frame), so listen for that before handing the address to the Client.
    """
    scheme, _, rest = address.rpartition("://")
    if scheme not in ("", "tcp"):
        return              # tls://, ucx://, ...: left to distributed
    host, _, port = rest.rpartition(":")
    try:
        with socket.create_connection((host.strip("[]") or "127.0.0.1", int(port)), timeout=timeout) as sock:
            sock.settimeout(timeout)
            greeting = sock.recv(8)
    except ValueError as err:
        raise KGError(f"Dask scheduler address {address!r} has no port; give one like tcp://HOST:8786") from err
    except (socket.timeout, TimeoutError) as err:
        raise KGError(f"{address} did not answer as a Dask scheduler within {timeout:g} s; check the address "
                      "(tcp://HOST:8786) or give a larger --timeout") from err
    except OSError as err:
        raise KGError(f"Cannot reach the Dask scheduler at {address}: {err.strerror or err}; check the address "
                      "(tcp://HOST:8786) and that dask-scheduler is running") from err
    if len(greeting) < 8 or not 0 < struct.unpack("<Q", greeting)[0] < 1 << 24:
        raise KGError(f"{address} is not a Dask scheduler (it answered something else); check the address")


@functools.lru_cache(maxsize=2)
def _cached_pipeline(model: str, gazetteer: tuple[str, ...], events: tuple[str, ...] = ()):
    """The pipeline of a Dask worker process, loaded once per process."""
    from kg.pipeline import load_pipeline
    return load_pipeline(model, gazetteer, events)


def _dask_task(batch: list[Article], model: str, gazetteer: tuple[str, ...], events: tuple[str, ...] = ()
               ) -> list[str]:
    return _parse(batch, _cached_pipeline(model, gazetteer, events))


class _Dask(Workers):
    def __init__(self, model: str, gazetteer: tuple[str, ...], events: tuple[str, ...], workers: int,
                 scheduler: str | None, timeout: float) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as err:
            raise KGError("--engine dask needs the distributed package; run: pip install 'kg-builder[dask]'") from err
        self._options = (model, gazetteer, events)
        self._cluster = None
        try:
            if scheduler:
                _probe_scheduler(scheduler, timeout)
                import dask
                with dask.config.set({"distributed.comm.timeouts.connect": f"{timeout}s"}):
                    self._client = Client(scheduler, timeout=f"{timeout}s")
            else:
                self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                             dashboard_address=LOCAL_DASHBOARD, silence_logs=40)
                self._client = Client(self._cluster)
        except (OSError, TimeoutError) as err:
            if self._cluster is not None:
                self._cluster.close()
            where = scheduler or "a local cluster"
            raise KGError(f"Cannot reach the Dask scheduler at {where}: {err}; check the address "
                          "(tcp://HOST:8786) and that dask-scheduler is running") from err
        self.size = max(len(self._client.scheduler_info().get("workers", {})), 1)

    def read(self, unit, languages):
        from kg.ingest.units import read_unit
        return self._client.submit(read_unit, unit, languages, pure=False)

    def parse(self, batch: list[Article]):
        return self._client.submit(_dask_task, batch, *self._options, pure=False)

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
