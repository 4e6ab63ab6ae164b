"""Open IE tuples in the CaRB tab format, from the same clauses the graph is built from."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from kg.extract.clauses import sentence_clauses
from kg.extract.confidence import clause_confidence


def words(tokens) -> str:
    return " ".join(t.text for t in tokens)


def openie_rows(doc: Doc) -> Iterator[tuple[float, str, str, list[str]]]:
    """(confidence, relation, arg1, [arg2, more...]) for every clause of the doc, without duplicates."""
    seen = set()
    for sent in doc.sents:
        for clause in sentence_clauses(sent):
            args = [words(clause.obj)] if clause.obj else []
            args += [words(e) for e in clause.extras]
            row = (clause.rel_text, words(clause.subj), tuple(args))
            if row in seen or not clause.rel_text:
                continue
            seen.add(row)
            yield clause_confidence(clause), clause.rel_text, words(clause.subj), args


def openie_lines(sentences: Iterable[str], nlp, batch_size: int = 64) -> Iterator[str]:
    """Tab-format lines, ``sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2...``, one per extraction."""
    for text, doc in zip(sentences, nlp.pipe(sentences, batch_size=batch_size)):
        for conf, rel, arg1, args in openie_rows(doc):
            yield "\t".join([text, f"{conf:.3f}", rel, arg1, *args])
