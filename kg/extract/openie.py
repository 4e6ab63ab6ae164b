"""Open IE tuples in the CaRB tab format, from the same clauses the graph is built from."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from kg.extract.clauses import sentence_clauses
from kg.extract.confidence import clause_confidence


def words(tokens: list[Token]) -> str:
    """The tokens' text with the sentence's own spacing; a gap between tokens becomes one space."""
    parts = []
    for k, tok in enumerate(tokens):
        parts.append(tok.text)
        if k + 1 < len(tokens):
            nxt = tokens[k + 1]
            parts.append(tok.whitespace_ if nxt.i == tok.i + 1 else " ")
    return "".join(parts)


def openie_rows(doc: Doc) -> Iterator[tuple[float, str, str, list[str]]]:
    """(confidence, relation, arg1, [arg2, more...]) for every clause of the doc, without duplicates.

    Parameters
    ----------
    doc : Doc
        A parsed document.

    Returns
    -------
    Iterator of (confidence, relation, arg1, further arguments)
    """
    seen = set()
    for sent in doc.sents:
        for clause in sentence_clauses(sent, openie=True):
            obj = clause.surface_obj if clause.surface_obj is not None else clause.obj
            args = [words(obj)] if obj else []
            args += [words(e) for e in clause.extras]
            rel = clause.surface_text
            row = (rel, words(clause.subj), tuple(args))
            if row in seen or not rel or (args and args[0] == row[1]):
                continue    # (X; demanded; X): an argument repeating the subject is a misreading
            seen.add(row)
            yield clause_confidence(clause), rel, words(clause.subj), args


def doc_lines(text: str, doc: Doc) -> Iterator[str]:
    """Tab-format lines for one parsed sentence (or text) ``text``.

    Parameters
    ----------
    text : str
        The sentence as given, repeated in the first column.
    doc : Doc
        Its parse.

    Returns
    -------
    Iterator of str, ``sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2...``
    """
    for conf, rel, arg1, args in openie_rows(doc):
        yield "\t".join([text, f"{conf:.3f}", rel, arg1, *args])


def openie_lines(sentences: Iterable[str], nlp, batch_size: int = 64) -> Iterator[str]:
    """Tab-format lines, ``sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2...``, one per extraction.

    Parameters
    ----------
    sentences : iterable of str
        One sentence (or text) each.
    nlp : Language
        The spaCy pipeline that parses them.
    batch_size : int
        Passed to ``nlp.pipe``.

    Returns
    -------
    Iterator of str
    """
    sentences = list(sentences)
    for text, doc in zip(sentences, nlp.pipe(sentences, batch_size=batch_size)):
        yield from doc_lines(text, doc)
