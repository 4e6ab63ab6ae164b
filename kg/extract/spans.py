"""Provenance of statements: an argument's words as they stand in the text and a sentence's offsets in the article,
and the NER labels of the literal values an argument may be (a date, a quantity)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.docarrays import arrays

# NER labels of values that are literals, not entities, and the datatype each becomes.
LITERAL_TYPES = {"DATE": "date", "TIME": "date", "MONEY": "quantity", "PERCENT": "quantity",
                 "QUANTITY": "quantity", "CARDINAL": "quantity"}


def span_text(tokens: list[Token], text: str | None = None) -> str:
    """The argument's words as they stand in the text (contiguous) or joined (with gaps).

    ``text`` is the doc's text when the caller has it (Doc.text and Span.text join a Token per word)."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    if tokens[-1].i - tokens[0].i + 1 == len(tokens):
        if text is not None:
            return text[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]
        return doc[tokens[0].i:tokens[-1].i + 1].text
    parts = []
    for tok, nxt in zip(tokens, tokens[1:]):
        parts.append(tok.text_with_ws if nxt.i == tok.i + 1 else tok.text + " ")
    return ("".join(parts) + tokens[-1].text).replace("  ", " ")


def provenance(sent) -> tuple[str, int, int]:
    """A sentence's text without the whitespace around it, and its offsets in the article."""
    raw = arrays(sent.doc).doc_text[sent.start_char:sent.end_char]     # Span.text joins a Token per word
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    return text, sent.start_char + lead, sent.start_char + lead + len(text)
