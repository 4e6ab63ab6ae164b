"""The build: sources -> parsing engine -> entity resolution across articles -> sinks, in one function.

:func:`run` is the one build loop; ``kg build`` is a thin wrapper over it and :func:`build` uses it to
return an in-memory Dataset. :func:`extract_articles` is the one place an article's text is parsed,
whatever the engine (the pool and Dask workers call it too).
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from spacy.language import Language

from kg.errors import ExtractionError, InputError, KGError
from kg.extract.core import extract
from kg.nlp import DEFAULT_MODEL, coder_of, gazetteer_of, load_pipeline
from kg.rdf.build import to_graph
from kg.types import Article, Extraction

__all__ = ["build", "run", "BuildSummary", "load_pipeline", "extract_articles", "iter_article_graphs",
           "article_graph", "DEFAULT_MODEL"]

OUTCOMES = ("added", "replaced", "skipped", "duplicate")


def extract_articles(articles: Iterable[Article], nlp: Language, batch_size: int = 16) -> Iterator[Extraction]:
    """Parse the articles in batches (streaming) and extract each one.

    Text is parsed by :func:`kg.parse.parse_articles`: long articles in chunks, over-long runs
    without a space blanked, offsets exact.
    """
    from kg.parse import parse_articles
    gaz = gazetteer_of(nlp)
    coder = coder_of(nlp)
    for doc, article in parse_articles(articles, nlp, batch_size=batch_size):
        yield _guarded(article, extract, doc, article, gaz, coder)


def iter_article_graphs(articles: Iterable[Article], nlp: Language, batch_size: int = 16
                        ) -> Iterator[tuple[Article, Graph]]:
    """Each article with its own contract graph, streamed."""
    for extraction in extract_articles(articles, nlp, batch_size=batch_size):
        yield extraction.article, _guarded(extraction.article, to_graph, extraction)


def _guarded(article: Article, step: Callable, *args):
    """``step(*args)``, with a failure of kg-builder's own code on this article raised as one ExtractionError
    that names the article (the CLI shows it as one line; what the sinks already hold stays whole)."""
    try:
        return step(*args)
    except KGError:
        raise
    except Exception as err:
        raise ExtractionError(f"{article.source}: kg-builder failed on this article ({type(err).__name__}: {err}); "
                              "please report it with the article") from err


def article_graph(article: Article, nlp: Language) -> Graph:
    """The contract graph of one article."""
    return next(iter_article_graphs([article], nlp))[1]


@dataclass
class BuildSummary:
    """What a build did: how many articles each outcome had, and the inputs that could not be read."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    bad: list[str] = field(default_factory=list)
    left_out: dict[str, int] = field(default_factory=dict)   # records the readers left out, by reason

    @property
    def total(self) -> int:
        """Articles accounted for (built, skipped as unchanged or as duplicates)."""
        return sum(self.counts.values())

    def line(self) -> str:
        """The one-line summary, e.g. ``"3 added, 1 duplicate articles"``."""
        text = ", ".join(f"{n} {k}" for k, n in self.counts.items() if n)
        text = f"{text} article{'s' if self.total != 1 else ''}"
        if self.left_out:
            text += "; records left out: " + ", ".join(f"{n} {k}" for k, n in sorted(self.left_out.items()))
        return text


def run(sources, *, output: str | None = None, fmt: str | None = None, store=None, endpoint=None,
        sinks: Sequence = (), endpoint_options: dict | None = None, wait: float = 0, nlp: Language | None = None,
        model: str = DEFAULT_MODEL, gazetteer: Sequence[str] = (), events: Sequence[str] = (), workers: int = 1,
        batch_size: int = 16, engine: str = "local", scheduler: str | None = None, scheduler_timeout: float | None = None,
        on_error: Callable[[InputError], None] | None = None, on_note: Callable[[str], None] | None = None,
        on_article: Callable[[Article, str], None] | None = None,
        on_skip: Callable[[str], None] | None = None, kb=None, fetch=None) -> BuildSummary:
    """Build articles into graphs and send each to every sink: the one build loop.

    Sources are read lazily and parsed by the engine; each article's graph is resolved onto the
    entities of the articles before it (the store's own entities when there is a store), then put
    into every sink. An article whose URL an earlier one already had is skipped as a duplicate (with
    one note); with a store as the only sink, an article the store holds unchanged is not parsed again.

    Parameters
    ----------
    sources : path, Article, or iterable of paths and Article values
        Files, folders, ``"-"`` for stdin (read with :func:`kg.ingest.iter_articles`), or articles.
    output, fmt : str, optional
        A graph file (``"-"``: stdout) and its format, written once at the end (:class:`kg.sinks.FileSink`).
    store : str, Path or kg.store.Store, optional
        A store folder or an open store (:class:`kg.sinks.StoreSink`).
    endpoint : str or kg.remote.Endpoint, optional
        A SPARQL Graph Store endpoint each article is pushed to (:class:`kg.sinks.EndpointSink`),
        with ``endpoint_options`` (timeout, user, password) passed to :func:`kg.remote.push_graph`.
    sinks : sequence of kg.sinks.Sink
        Further sinks, such as a :class:`kg.sinks.DatasetSink`.
    wait : float
        Seconds to wait for another build's lock on ``store``.
    nlp, model, gazetteer, events, workers, batch_size, engine, scheduler, scheduler_timeout
        How to parse, as :func:`kg.engine.iter_graphs` takes them. With more than one worker or the
        dask engine, the workers read the files too (:mod:`kg.ingest.units`), with the same result.
    on_error : callable, optional
        Called with the InputError of a source that cannot be read, and the rest go on (the message
        is also kept in the summary). None raises it.
    on_note : callable, optional
        Called with a one-line note for the user (duplicate URLs, text blanked before parsing).
    on_article : callable, optional
        Called with each article and its outcome, for progress.
    on_skip : callable, optional
        Called with the reason of each record a reader leaves out (an archive's non-HTML page, say),
        for progress; the summary counts them by reason.
    kb : str, Path or kg.kb.KnowledgeBase, optional
        A knowledge base (``kg kb build``) that links the entities the gazetteer left unlinked.
    fetch : kg.ingest.fetch.Fetcher or True, optional
        Fetches the page of each feed item that carries only a summary (see
        :func:`kg.ingest.iter_articles`; True: a Fetcher with its defaults); None (the default) touches
        no network. With a store as the only sink, a page the store holds (by the item's link) is not
        fetched again and counts as skipped.

    Returns
    -------
    BuildSummary

    Raises
    ------
    KGError
        When no sink is named or no article was built; InputError, StoreError, ModelError as the
        stages raise them.
    """
    from kg.engine import iter_graphs
    from kg.merge import EntityIndex
    from kg.parse import MAX_TOKEN_CHARS, long_runs
    from kg.rdf.iris import article_iri
    from kg.sinks import EndpointSink, FileSink, StoreSink

    summary = BuildSummary()

    def skip(err: InputError) -> None:
        summary.bad.append(str(err))
        if on_error is None:
            raise err
        on_error(err)

    def left_out(reason: str) -> None:
        if reason == "fetch: already stored":      # a feed's page the store holds: skipped as unchanged
            summary.counts["skipped"] += 1
        else:
            summary.left_out[reason] = summary.left_out.get(reason, 0) + 1
        if on_skip is not None:
            on_skip(reason)

    if kb is not None:
        from kg.kb import KnowledgeBase, link_graph
        kb = kb if isinstance(kb, KnowledgeBase) else KnowledgeBase(kb)
    from kg.ingest.language import model_language
    language = getattr(nlp, "lang", None) if nlp is not None else model_language(model)
    languages = {language} if language and language != "xx" else None   # articles in others are left out
    if fetch is True:
        from kg.ingest.fetch import Fetcher
        fetch = Fetcher()
    read = _read_sources(sources, skip, left_out, languages, on_note, fetch or None)   # a missing path fails here, before anything is opened
    opened: list = []
    stack = contextlib.ExitStack()
    try:
        if output:
            opened.append(FileSink(output, fmt))
        if endpoint:
            opened.append(EndpointSink(endpoint, **(endpoint_options or {})))
        if store is not None:
            opened.append(StoreSink(store, wait=wait))
        every = [*opened, *sinks]
        if not every:
            raise KGError("say where the graph goes: an output file, a store or an endpoint")
        stores = [s for s in every if isinstance(s, StoreSink)]
        only_store = len(every) == 1 and stores
        # the store resolves entities itself as it writes; resolve here only what also goes elsewhere
        index = None if only_store else stores[0].store.entity_index() if stores else EntityIndex()
        if only_store and fetch is not None:     # a page the store holds is not fetched again
            held = stores[0].store
            fetch.stored = lambda url: held.content_hash(str(article_iri(Article(text="", url=url)))) is not None
        seen: dict[str, str] = {}
        noted = False

        def fresh(stream: Iterable[Article]) -> Iterator[Article]:
            nonlocal noted
            for article in stream:
                iri = str(article_iri(article))
                if iri in seen:
                    summary.counts["duplicate"] += 1
                    if not noted and on_note is not None:
                        on_note(f"{article.source!r} has the same URL as {seen[iri]!r} ({article.url}); keeping "
                                "the first article of each URL and skipping the others as duplicates")
                    noted = True
                    continue
                seen[iri] = article.source
                if only_store and stores[0].unchanged(iri, article):
                    summary.counts["skipped"] += 1
                    if on_article is not None:
                        on_article(article, "skipped")
                    continue
                runs = long_runs(article.text)
                if runs and on_note is not None:
                    longest = max(end - start for start, end in runs)
                    on_note(f"{article.source!r}: blanked {len(runs):,} run{'s' if len(runs) > 1 else ''} of text "
                            f"with no space longer than {MAX_TOKEN_CHARS} characters (the longest: {longest:,}) "
                            "before parsing")
                yield article

        pool = None
        if engine != "local" or workers > 1:      # the workers read the files too (kg.ingest.units)
            from kg.engine import open_workers
            pool = stack.enter_context(open_workers(engine=engine, workers=workers, model=model,
                                                    gazetteer=tuple(gazetteer), events=tuple(events),
                                                    scheduler=scheduler, scheduler_timeout=scheduler_timeout))
        articles = read(pool)
        for article, graph in iter_graphs(fresh(articles), nlp=nlp, model=model, gazetteer=tuple(gazetteer),
                                          events=tuple(events),
                                          workers=workers, batch_size=batch_size, engine=engine,
                                          scheduler=scheduler, scheduler_timeout=scheduler_timeout, pool=pool):
            if kb is not None:
                link_graph(graph, kb, article.text, article_iri(article))     # before resolution: Q-ids merge
            if index is not None:
                graph = index.resolve(graph, copy=False)
                index.add(graph)
            iri = str(article_iri(article))
            outcome = "added"
            for sink in every:
                outcome = sink.put(iri, article, graph) or outcome
            summary.counts[outcome] = summary.counts.get(outcome, 0) + 1
            if on_article is not None:
                on_article(article, outcome)
        if summary.total == 0:
            if summary.bad:
                n = len(summary.bad)
                raise KGError(f"no article could be read ({n} bad input{'s' if n > 1 else ''})")
            if summary.left_out:
                raise KGError("no article to build in the sources given; records left out: " + ", ".join(
                    f"{n} {k}" for k, n in sorted(summary.left_out.items())))
            raise KGError("no articles found in the sources given")
        for sink in every:
            sink.finish()
    finally:
        if fetch is not None:
            fetch.stored = None
        stack.close()
        for sink in reversed(opened):
            sink.close()
    return summary


def _read_sources(sources, on_error, on_skip=None, languages=None, on_note=None, fetch=None
                  ) -> Callable[..., Iterator[Article]]:
    """Check the sources now; return ``read(pool)``, the articles read lazily (by the workers of ``pool`` if any).

    With ``fetch``, reading stays in this process: one fetcher keeps its delays between requests to a host.
    """
    from kg.ingest.sources import _skipper, plan_paths, read_plan
    if isinstance(sources, (str, Path, Article)):
        sources = [sources]
    if not isinstance(sources, (list, tuple)):
        return lambda pool: (_article(a) for a in sources)       # a stream of articles, read lazily
    articles = [a for a in sources if isinstance(a, Article)]
    paths = [str(p) for p in sources if not isinstance(p, Article)]
    if not paths:
        return lambda pool: iter(articles)
    plan = plan_paths(paths)

    def read(pool) -> Iterator[Article]:
        if pool is None or fetch is not None:
            rest = read_plan(plan, on_error=on_error, on_skip=on_skip, languages=languages, on_note=on_note,
                             fetch=fetch)
        else:
            from kg.ingest.units import iter_read
            rest = iter_read(plan, pool, on_error=on_error, skip=_skipper(on_skip, on_note), languages=languages,
                             on_note=on_note)
        return _chain(articles, rest)
    return read


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


def _article(item) -> Article:
    if not isinstance(item, Article):
        raise KGError(f"a stream of sources must hold Article values, not {type(item).__name__}")
    return item


def build(sources, nlp: Language | None = None, *, model: str = DEFAULT_MODEL, gazetteer: Sequence[str] = (),
          batch_size: int = 16):
    """Articles (paths, folders, or Article values) in, one rdflib Dataset out: a named graph per article.

    Entities are resolved across the articles, as ``kg build`` does (this is :func:`run` with a
    :class:`kg.sinks.DatasetSink`).

    Examples
    --------
    >>> from kg.types import Article
    >>> ds = build([Article(text="Russia has denied planning an invasion.")])  # doctest: +SKIP
    """
    from kg.sinks import DatasetSink
    sink = DatasetSink()
    run(sources, sinks=[sink], nlp=nlp, model=model, gazetteer=gazetteer, batch_size=batch_size)
    return sink.dataset
