"""kg-builder: news articles in, an RDF knowledge graph with provenance out."""
from kg.errors import InputError, KGError, ModelError, QueryError, StoreError
from kg.types import Argument, Article, Entity, EntityType, Extraction, Modality, Polarity, Statement

__all__ = ["KGError", "InputError", "ModelError", "QueryError", "StoreError", "Article", "Argument", "Entity",
           "EntityType", "Extraction", "Modality", "Polarity", "Statement"]
