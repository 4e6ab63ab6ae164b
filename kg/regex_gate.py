"""A cheap test that a regex cannot match a text: the literal words every one of its matches contains.

Python's ``re`` tries a pattern that begins with ``\\b`` or a case-insensitive word list at every position of
the text; most of the time tagger's patterns find nothing in a given article ("ago", "overnight", a season), and
scanning for them was most of its time. :func:`required_words` reads a compiled pattern's syntax tree for a set
of lower-case words one of which every match contains; :func:`may_match` looks for them with ``str``'s
substring search in the text folded once (:func:`fold`). A pattern whose words are all absent is not run: the
result is the same, only faster. A pattern the reader does not understand gets no gate and always runs.
"""
from __future__ import annotations

import re

try:        # the parser re compiles with (Python 3.11+: re._parser; before: sre_parse)
    from re import _constants as _c
    from re import _parser as _parse
except ImportError:     # pragma: no cover
    import sre_constants as _c      # type: ignore[no-redef]
    import sre_parse as _parse      # type: ignore[no-redef]

# The characters other than A-Z that re.IGNORECASE matches to an ASCII letter (all of Unicode was checked:
# tests/test_regex_gate.py); str.lower() keeps them apart, so fold() maps them first.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_REPEATS = tuple(getattr(_c, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_c, name))
_GROUPS = tuple(getattr(_c, name) for name in ("ATOMIC_GROUP",) if hasattr(_c, name))
_gates: dict[re.Pattern, tuple[frozenset[str], ...]] = {}


def fold(text: str) -> str:
    """The text as :func:`may_match` searches it: lower case, with every character re.IGNORECASE takes for
    an ASCII letter made that letter."""
    return text.translate(_FOLD).lower()


def required_words(pattern: re.Pattern) -> tuple[frozenset[str], ...]:
    """Sets of lower-case strings such that every match of ``pattern`` contains (case aside) a string of each
    set; empty when the pattern's syntax gives none.

    >>> [sorted(words) for words in required_words(re.compile(r"\\b(?:two\\s+)?(?:day|week)s?\\s+ago\\b", re.I))]
    [['day', 'week'], ['ago']]
    >>> [sorted(words) for words in required_words(re.compile(r"\\b(?:noon|midday)\\b|\\b\\d+\\s*[ap]m"))]
    [['m', 'midday', 'noon']]
    >>> required_words(re.compile(r"\\d+"))
    ()
    """
    if pattern not in _gates:
        try:
            clauses = _sequence(_parse.parse(pattern.pattern, pattern.flags))
        except Exception:       # an unknown construct of a future re: no gate
            clauses = []
        _gates[pattern] = tuple(frozenset(words) for words in clauses if "" not in words)
    return _gates[pattern]


def may_match(pattern: re.Pattern, folded: str) -> bool:
    """False only when ``pattern`` cannot match the text whose :func:`fold` is ``folded``."""
    return all(any(w in folded for w in words) for words in required_words(pattern))


def _sequence(items) -> list[set[str]]:
    """What a sequence requires: each run of literal characters, and what each part it cannot skip requires."""
    clauses: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            clauses.append({"".join(run)})
            run = []
        if op is _c.SUBPATTERN:
            clauses += _sequence(av[-1])
        elif op in _GROUPS:
            clauses += _sequence(av)
        elif op in _REPEATS and av[0] >= 1:
            clauses += _sequence(av[2])
        elif op is _c.BRANCH:
            clauses += _branch(av[1])
    if run:
        clauses.append({"".join(run)})
    return clauses


def _branch(alternatives) -> list[set[str]]:
    """A branch requires one of its alternatives: the union of the most selective set of each (the longest
    shortest word, then the fewest words), or nothing when one alternative requires nothing."""
    out: set[str] = set()
    for alternative in alternatives:
        clauses = _sequence(alternative)
        if not clauses:
            return []
        out |= max(clauses, key=lambda words: (min(map(len, words)), -len(words)))
    return [out]
