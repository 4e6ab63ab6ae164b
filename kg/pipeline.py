"""build(): articles in, contract graphs out, composed only from the stages."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from rdflib import Graph
from spacy.language import Language

from kg.extract.core import extract
from kg.nlp import DEFAULT_MODEL, gazetteer_of, load_pipeline
from kg.rdf.build import to_graph
from kg.types import Article, Extraction

__all__ = ["load_pipeline", "extract_articles", "iter_article_graphs", "article_graph", "DEFAULT_MODEL"]


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
