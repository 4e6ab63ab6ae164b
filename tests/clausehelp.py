"""What the clause tests share: their tuples (predicate, subject, object, polarity, modality) and Docs built by
hand from a parse written out line by line, so that a new model release cannot change a rule test."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extract.clauses import sentence_clauses

POS, NEG = "Positive", "Negative"
ASSERTED, REPORTED, HYPOTHETICAL, REQUESTED = "Asserted", "Reported", "Hypothetical", "Requested"


def text(tokens) -> str | None:
    return " ".join(t.text for t in tokens) if tokens else None


def tuples(doc: Doc, openie: bool = False) -> set[tuple]:
    return {(c.predicate, text(c.subj), text(c.obj), c.polarity.value, c.modality.value)
            for sent in doc.sents for c in sentence_clauses(sent, openie=openie)}


def make_doc(spec: str, ents: list[str] | None = None) -> Doc:
    """A Doc from lines "word lemma POS TAG dep head", head as a 0-based index (itself for the root)."""
    cols = [line.split() for line in spec.strip().splitlines()]
    words = [c[0] for c in cols]
    return Doc(spacy.blank("en").vocab, words=words, lemmas=[c[1] for c in cols], pos=[c[2] for c in cols],
               tags=[c[3] for c in cols], deps=[c[4] for c in cols], heads=[int(c[5]) for c in cols],
               ents=ents or ["O"] * len(words))
