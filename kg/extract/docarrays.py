"""Token attributes of a Doc as plain Python lists, read once per Doc.

Each ``doc[i]``, ``tok.head`` or ``tok.children`` makes a new spaCy Token, and each ``tok.lemma_`` looks its string
up in the StringStore: a walk over a Doc's tokens that does this for every clause costs more than the parse's
own Python. :func:`arrays` reads the columns the extraction's hot loops use once per Doc, with
``Doc.to_array``, and keeps them while the Doc lives. The extraction never changes a Doc it reads.
"""
from __future__ import annotations

import bisect
import weakref
from functools import cached_property

import numpy
from spacy.attrs import (DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, IS_STOP, IS_TITLE,
                         IS_UPPER, LEMMA, LIKE_NUM, LOWER, ORTH, POS, SENT_START, SPACY, TAG)
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc

_IOB = ("", "I", "O", "B")     # Token.ent_iob_ by the number Doc.to_array(ENT_IOB) gives
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()    # Doc -> DocArrays


class DocArrays:
    """Columns of one Doc, each a list indexed by token position; each is read on first use."""

    def __init__(self, doc: Doc):
        self.doc = weakref.proxy(doc)     # the cache's value must not keep its key alive
        self.n = len(doc)
        # argument spans found so far, by head position and skipped relations: positions only, never Tokens
        # (a Token would keep the Doc alive); see kg.extract.arguments.arg_tokens
        self.arg_spans: dict[tuple, tuple[int, ...]] = {}
        self.conjunct_lists: dict[int, tuple[int, ...]] = {}     # kg.extract.arguments.conjuncts, likewise
        self.subject_lists: dict[int, tuple[tuple[int, ...], bool]] = {}     # and subjects_of
        self.verb_lemmas: dict[int, str] = {}      # kg.extract.verbwords.verb_lemma, by the verb's position
        # kg.extract.namecues.context_votes, by the name's bounds: asked of one name by the finder, the NER repairs,
        # the candidates, the clusterer and the retyping, and read from the parse alone
        self.context_votes: dict[tuple[int, int], tuple] = {}
        # per word, the end of the longest name the entity finder resolved that starts at or before it and covers
        # it (-1 for none), once the finder has run (kg.extract.finding); None before
        self.name_spans: list[int] | None = None

    def set_name_spans(self, spans) -> None:
        """Record the names the entity finder resolved; the arguments found before them are found again."""
        ends = [-1] * self.n
        for start, end in spans:
            for i in range(start, end):
                ends[i] = max(ends[i], end)
        self.name_spans = ends
        self.arg_spans.clear()
        self.conjunct_lists.clear()
        self.subject_lists.clear()

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
        """The Doc's text (``Doc.text`` joins a Token per word on each access): each word's text and the space
        after it (``Token.text_with_ws``)."""
        return "".join([w + " " if sp else w for w, sp in zip(self.text, self.space_after)])

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
    def ent_iob(self) -> list[str]:
        """``Token.ent_iob_``: "B", "I", "O", or "" where the Doc does not say."""
        return [_IOB[v] for v in self.doc.to_array(ENT_IOB).tolist()]

    @cached_property
    def pos(self) -> list[str]:
        return [POS_NAMES[p] for p in self.doc.to_array(POS).tolist()]

    @cached_property
    def head(self) -> list[int]:
        """The index of each token's head (a root is its own head)."""
        offsets = self.doc.to_array(HEAD).astype(numpy.int64).tolist()
        return [i + off for i, off in enumerate(offsets)]

    @cached_property
    def children(self) -> list[list[int]]:
        """The indices of each token's children, in order (``Token.children``, without making Tokens)."""
        kids: list[list[int]] = [[] for _ in range(self.n)]
        for i, h in enumerate(self.head):
            if h != i:
                kids[h].append(i)
        return kids

    def _flags(self, attr: int) -> list[bool]:
        return [bool(v) for v in self.doc.to_array(attr).tolist()]

    @cached_property
    def is_punct(self) -> list[bool]:
        return self._flags(IS_PUNCT)

    @cached_property
    def is_alpha(self) -> list[bool]:
        return self._flags(IS_ALPHA)

    @cached_property
    def is_stop(self) -> list[bool]:
        return self._flags(IS_STOP)

    @cached_property
    def is_space(self) -> list[bool]:
        return self._flags(IS_SPACE)

    @cached_property
    def is_upper(self) -> list[bool]:
        return self._flags(IS_UPPER)

    @cached_property
    def is_lower(self) -> list[bool]:
        return self._flags(IS_LOWER)

    @cached_property
    def is_title(self) -> list[bool]:
        return self._flags(IS_TITLE)

    @cached_property
    def like_num(self) -> list[bool]:
        return self._flags(LIKE_NUM)

    @cached_property
    def idx(self) -> list[int]:
        """The character offset of each token in the Doc's text."""
        return self.doc.to_array(IDX).astype(numpy.int64).tolist()

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` (a Span and its text join a Token per word), sliced from the Doc's text; the
        bounds are read as a slice's, as ``Doc.__getitem__`` reads them."""
        n = self.n
        if start < 0:
            start += n
        start = min(n, max(0, start))
        if end < 0:
            end += n
        end = min(n, max(start, end))
        if start == end:
            return ""
        return self.doc_text[self.idx[start]:self.idx[end - 1] + len(self.text[end - 1])]

    def span_root(self, start: int, end: int) -> int:
        """The position of ``doc[start:end].root``, found as ``Span.root`` finds it (a sentence's root inside the
        span, else the word fewest steps below one whose head is outside it; a bare space or punctuation mark only
        where nothing else is), without making the Span and its Tokens. ``start < end``, both within the Doc."""
        head = self.head
        for i in range(start, end):
            if head[i] == i:
                return i
        n, children, space, punct = self.n, self.children, self.is_space, self.is_punct
        best, root = n, -1
        for i in range(start, end):
            if start <= head[i] < end:
                continue
            if (space[i] or punct[i]) and not children[i]:
                steps = n - 1
            else:
                steps, k = 0, i
                while head[k] != k:
                    k = head[k]
                    steps += 1
            if steps < best:
                best, root = steps, i
        return start if root == -1 else root

    @cached_property
    def ents(self) -> tuple[tuple[int, int, str], ...]:
        """``(start, end, label_)`` of each of ``Doc.ents`` (each access of which makes a Span per name)."""
        return tuple((e.start, e.end, e.label_) for e in self.doc.ents)

    @cached_property
    def ent_index(self) -> list[int]:
        """Per word, the index in :attr:`ents` of the name it is a word of (names never overlap), or -1."""
        out = [-1] * self.n
        for k, (start, end, _) in enumerate(self.ents):
            out[start:end] = [k] * (end - start)
        return out

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        """The positions of each distinct word (``Token.text``), in order."""
        out: dict[str, list[int]] = {}
        for i, w in enumerate(self.text):
            out.setdefault(w, []).append(i)
        return out

    @cached_property
    def is_sent_start(self) -> list[bool]:
        """``Token.is_sent_start`` is True (it is None where the Doc does not say)."""
        return [s == 1 for s in self.doc.to_array(SENT_START).tolist()]

    @cached_property
    def space_after(self) -> list[bool]:
        """Whether a space follows each token (``Token.whitespace_`` is not empty)."""
        return self._flags(SPACY)

    @cached_property
    def sent_starts(self) -> list[int]:
        """The indices of the sentences' first tokens, in order."""
        return [i for i, s in enumerate(self.doc.to_array(SENT_START).tolist()) if s == 1]

    def sentence_of(self, i: int) -> tuple[int, int]:
        """The positions of the first and the last word of the sentence that holds position ``i`` (``Token.sent``
        builds a Span, and its text a Token per word)."""
        starts = self.sent_starts
        k = bisect.bisect_right(starts, i)
        return (starts[k - 1] if k else 0), (starts[k] - 1 if k < len(starts) else self.n - 1)


_last: tuple = (lambda: None, None)   # (a weak reference to the Doc asked for last, its DocArrays)


def arrays(doc: Doc) -> DocArrays:
    """The :class:`DocArrays` of ``doc``, made on the first call for it.

    The extraction asks for one Doc's arrays tens of thousands of times in a row: the last Doc is checked first,
    through a weak reference, before the weak dictionary (whose lookup is Python code)."""
    global _last
    ref, found = _last
    if ref() is doc:
        return found
    found = _CACHE.get(doc)
    if found is None:
        found = _CACHE[doc] = DocArrays(doc)
    _last = weakref.ref(doc), found
    return found
