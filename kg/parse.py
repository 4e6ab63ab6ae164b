"""Parsing article text with spaCy, whatever its length or shape, with offsets kept exact.

Two hazards of raw text are handled here, before the model sees it:

* a run of characters with no whitespace longer than :data:`MAX_TOKEN_CHARS` (a megabyte of
  punctuation, an inlined image) makes spaCy's tokenizer take quadratic time: such a run is blanked,
  each of its characters replaced by a space, so that every offset after it stays the same;
* a text longer than :data:`CHUNK_CHARS` (spaCy refuses more than ``nlp.max_length`` characters, its
  memory grows with the text, and its time faster than the text when no sentence ends) is parsed in
  chunks cut on paragraph boundaries (else at a sentence's end), and the chunks' Docs are joined
  into one Doc whose text is the article's text, character for character.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg.types import Article

__all__ = ["MAX_TOKEN_CHARS", "CHUNK_CHARS", "long_runs", "blank_long_runs", "chunks", "parse_articles"]

MAX_TOKEN_CHARS = 200
CHUNK_CHARS = 20_000
_NON_SPACE = re.compile(r"\S+")
_PARAGRAPH = re.compile(r"\n\s*\n")
_SPACE = re.compile(r"\s")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+")


def long_runs(text: str, limit: int = MAX_TOKEN_CHARS) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each run of non-space characters longer than ``limit``.

    Examples
    --------
    >>> long_runs("ok " + "." * 300 + " ok")
    [(3, 303)]
    """
    return [m.span() for m in _NON_SPACE.finditer(text) if m.end() - m.start() > limit]


def blank_long_runs(text: str, limit: int = MAX_TOKEN_CHARS) -> tuple[str, int]:
    """``text`` with each over-long run of non-space characters replaced by as many spaces; and how many.

    Examples
    --------
    >>> blank_long_runs("a " + "!" * 5 + " b", limit=3)
    ('a       b', 1)
    """
    runs = long_runs(text, limit)
    if not runs:
        return text, 0
    parts, last = [], 0
    for start, end in runs:
        parts += [text[last:start], " " * (end - start)]
        last = end
    parts.append(text[last:])
    return "".join(parts), len(runs)


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters that join back into it exactly.

    Cuts fall after a paragraph break where one is in reach, else after a line break, a sentence's
    end or a space (a text without any within ``size`` characters is cut hard).

    Examples
    --------
    >>> parts = chunks("one.\\n\\ntwo.\\n\\nthree.", size=8)
    >>> parts, "".join(parts) == "one.\\n\\ntwo.\\n\\nthree."
    (['one.\\n\\n', 'two.\\n\\n', 'three.'], True)
    """
    pieces, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = 0
        for match in _PARAGRAPH.finditer(window):
            cut = match.end()
        if cut == 0:
            cut = window.rfind("\n") + 1
        if cut == 0:
            for match in _SENTENCE_END.finditer(window):
                cut = match.end()
        if cut == 0:
            cut = _last_space(window)
        if cut <= 0:
            cut = size
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _last_space(window: str) -> int:
    for i in range(len(window) - 1, 0, -1):
        if _SPACE.match(window[i]):
            return i + 1
    return 0


def parse_articles(articles: Iterable[Article], nlp: Language, batch_size: int = 16
                   ) -> Iterator[tuple[Doc, Article]]:
    """Each article's Doc, streamed in input order; ``doc.text`` has the article text's length and offsets.

    The one place article text meets the model, whatever the engine.
    """
    size = min(CHUNK_CHARS, nlp.max_length - 1)

    def pieces() -> Iterator[tuple[str, tuple[Article, int, int]]]:
        for article in articles:
            text, _ = blank_long_runs(article.text)
            parts = chunks(text, size) if len(text) > size else [text]
            for i, part in enumerate(parts):
                yield part, (article, i, len(parts))

    done: list[Doc] = []
    for doc, (article, i, n) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size):
        if n == 1:
            yield doc, article
            continue
        done.append(doc)
        if i == n - 1:
            whole = Doc.from_docs(done, ensure_whitespace=False)
            done = []
            yield whole, article
