"""build(): articles in, contract graphs out, composed only from the stages."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from rdflib import Graph
from spacy.language import Language

from kg.extract.core import extract
from kg.nlp import DEFAULT_MODEL, gazetteer_of, load_pipeline
from kg.rdf.build import to_graph
from kg.types import Article, Extraction

__all__ = ["build", "load_pipeline", "extract_articles", "iter_article_graphs", "article_graph", "DEFAULT_MODEL"]


def extract_articles(articles: Iterable[Article], nlp: Language, batch_size: int = 16) -> Iterator[Extraction]:
    """Parse the articles in batches (streaming) and extract each one."""
    gaz = gazetteer_of(nlp)
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield extract(doc, article, gaz)


def iter_article_graphs(articles: Iterable[Article], nlp: Language, batch_size: int = 16
                        ) -> Iterator[tuple[Article, Graph]]:
    """Each article with its own contract graph, streamed."""
    for extraction in extract_articles(articles, nlp, batch_size=batch_size):
        yield extraction.article, to_graph(extraction)


def article_graph(article: Article, nlp: Language) -> Graph:
    """The contract graph of one article."""
    return next(iter_article_graphs([article], nlp))[1]


def build(sources, nlp: Language | None = None, *, model: str = DEFAULT_MODEL, gazetteer: Sequence[str] = (),
          batch_size: int = 16):
    """Articles (paths, folders, or Article values) in, one rdflib Dataset out: a named graph per article.

    Entities are resolved across the articles, as ``kg build`` does.

    Examples
    --------
    >>> from kg.types import Article
    >>> ds = build([Article(text="Russia has denied planning an invasion.")])  # doctest: +SKIP
    """
    from rdflib import Dataset

    from kg.ingest import iter_articles
    from kg.merge import EntityIndex
    from kg.rdf.iris import article_iri
    from kg.rdf.namespaces import bind_prefixes

    items = list(sources) if not isinstance(sources, (str, Article)) else [sources]
    articles = [a for a in items if isinstance(a, Article)]
    paths = [str(p) for p in items if not isinstance(p, Article)]
    if paths:
        articles += list(iter_articles(paths))
    nlp = nlp if nlp is not None else load_pipeline(model, gazetteer)
    index = EntityIndex()
    ds = Dataset()
    bind_prefixes(ds)
    for article, graph in iter_article_graphs(articles, nlp, batch_size=batch_size):
        graph = index.resolve(graph, copy=False)
        index.add(graph)
        named = ds.graph(article_iri(article))
        for triple in graph:
            named.add(triple)
    return ds
