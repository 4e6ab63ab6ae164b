"""kg-builder: news articles in, an RDF knowledge graph with provenance out.

>>> import kg
>>> sorted(kg.__all__)[:3]
['Argument', 'Article', 'Entity']
"""
from kg.errors import InputError, KGError, ModelError, QueryError, StoreError
from kg.types import Argument, Article, Entity, EntityType, Extraction, Modality, Polarity, Statement

__all__ = ["KGError", "InputError", "ModelError", "QueryError", "StoreError", "Article", "Argument", "Entity",
           "EntityType", "Extraction", "Modality", "Polarity", "Statement", "build", "load_pipeline",
           "read_article", "iter_articles"]


def __getattr__(name):
    # spaCy and rdflib load only when a stage that needs them is asked for
    if name in ("build", "load_pipeline"):
        from kg import pipeline
        return getattr(pipeline, name)
    if name in ("read_article", "iter_articles"):
        from kg import ingest
        return getattr(ingest, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
