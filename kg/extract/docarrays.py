"""Token attributes of a Doc as plain Python lists, read once per Doc.

Each ``doc[i]``, ``tok.head`` or ``tok.children`` makes a new spaCy Token, and each ``tok.lemma_`` looks its string
up in the StringStore: a walk over a Doc's tokens that does this for every clause costs more than the parse's
own Python. :func:`arrays` reads the columns the extraction's hot loops use once per Doc, with
``Doc.to_array``, and keeps them while the Doc lives. The extraction never changes a Doc it reads.
"""
from __future__ import annotations

import weakref
from functools import cached_property

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, ORTH, POS, SENT_START, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc

_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()    # Doc -> DocArrays


class DocArrays:
    """Columns of one Doc, each a list indexed by token position; each is read on first use."""

    def __init__(self, doc: Doc):
        self.doc = weakref.proxy(doc)     # the cache's value must not keep its key alive
        self.n = len(doc)

    def _strings(self, attr: int) -> list[str]:
        column = self.doc.to_array(attr).tolist()
        lookup = self.doc.vocab.strings.__getitem__
        memo = {h: (lookup(h) if h else "") for h in set(column)}   # each distinct string once
        return [memo[h] for h in column]

    @cached_property
    def text(self) -> list[str]:
        return self._strings(ORTH)

    @cached_property
    def doc_text(self) -> str:
        """The Doc's text (``Doc.text`` joins a Token per word on each access)."""
        return self.doc.text

    @cached_property
    def lower(self) -> list[str]:
        return self._strings(LOWER)

    @cached_property
    def lemma(self) -> list[str]:
        return self._strings(LEMMA)

    @cached_property
    def lemma_lower(self) -> list[str]:
        """``tok.lemma_.lower()`` of each token."""
        memo: dict[str, str] = {}
        return [memo.get(w) or memo.setdefault(w, w.lower()) for w in self.lemma]

    @cached_property
    def tag(self) -> list[str]:
        return self._strings(TAG)

    @cached_property
    def dep(self) -> list[str]:
        return self._strings(DEP)

    @cached_property
    def ent_type(self) -> list[str]:
        return self._strings(ENT_TYPE)

    @cached_property
    def pos(self) -> list[str]:
        return [POS_NAMES[p] for p in self.doc.to_array(POS).tolist()]

    @cached_property
    def head(self) -> list[int]:
        """The index of each token's head (a root is its own head)."""
        offsets = self.doc.to_array(HEAD).astype(numpy.int64).tolist()
        return [i + off for i, off in enumerate(offsets)]

    @cached_property
    def sent_starts(self) -> list[int]:
        """The indices of the sentences' first tokens, in order."""
        return [i for i, s in enumerate(self.doc.to_array(SENT_START).tolist()) if s == 1]


def arrays(doc: Doc) -> DocArrays:
    """The :class:`DocArrays` of ``doc``, made on the first call for it."""
    found = _CACHE.get(doc)
    if found is None:
        found = _CACHE[doc] = DocArrays(doc)
    return found
