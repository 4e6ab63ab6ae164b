"""A cheap test that a regex cannot match a text: the literal words every one of its matches contains.

Python's ``re`` tries a pattern that begins with ``\\b`` or a case-insensitive word list at every position of
the text; most of the time tagger's patterns find nothing in a given article ("ago", "overnight", a season), and
scanning for them was most of its time. :func:`required_words` reads a compiled pattern's syntax tree for a set
of lower-case words one of which every match contains; :func:`may_match` looks for them with ``str``'s
substring search in the text folded once (:func:`fold`). A pattern whose words are all absent is not run: the
result is the same, only faster. A pattern the reader does not understand gets no gate and always runs.
"""
from __future__ import annotations

import itertools
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


_seen: tuple = (None, {})     # the text asked about last, and whether each word asked of it is in it


def may_match(pattern: re.Pattern, folded: str) -> bool:
    """False only when ``pattern`` cannot match the text whose :func:`fold` is ``folded``.

    The time tagger asks this of one text for each of its patterns, whose words overlap (numbers, units, months):
    each word's answer for the text asked about last is kept, so that the text is searched for it once."""
    global _seen
    seen = _seen
    if seen[0] is not folded:
        seen = _seen = (folded, {})     # (a new pair, so that a thread never reads another text's answers)
    known = seen[1]
    for words in required_words(pattern):
        for w in words:
            hit = known.get(w)
            if hit is None:
                hit = known[w] = w in folded
            if hit:
                break
        else:
            return False
    return True


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


# Case-insensitive matching in re is slow: every literal is compared through a case table. A pattern compiled with
# re.IGNORECASE whose own letters are all lower case (no "A-Z" range, no "(?-i:...)") matches the text where its
# case-sensitive twin matches the folded text, at the same offsets (fold keeps every offset: no character but
# U+0130, which it maps first, changes length when lowered); :func:`finditer` runs the twin and reads each match
# again on the text, so that the groups hold the text's own words.
_twins: dict[re.Pattern, re.Pattern | None] = {}
_ASSERTS = tuple(getattr(_c, name) for name in ("ASSERT", "ASSERT_NOT"))
_PLAIN = tuple(getattr(_c, name) for name in ("AT", "ANY", "CATEGORY", "GROUPREF", "NEGATE"))


def _lower(code: int) -> bool:
    """Whether a literal matches the same characters with and without re.IGNORECASE once the text is folded: an
    ASCII character other than an upper-case letter, or a character without case ("€", "£", "–")."""
    char = chr(code)
    return not char.isupper() if code < 128 else char.lower() == char == char.upper()


def _case_free(items) -> bool:
    """Whether the parsed pattern ``items`` holds no upper-case letter and turns case-insensitivity off nowhere."""
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            ok = _lower(av)
        elif op is _c.IN:
            ok = all(_lower(a) if o is _c.LITERAL else
                     (o is _c.RANGE and all(_lower(c) for c in range(a[0], a[1] + 1))) or o in _PLAIN
                     for o, a in av)
        elif op is _c.SUBPATTERN:
            ok = not (av[2] & re.IGNORECASE) and _case_free(av[-1])
        elif op in _GROUPS:
            ok = _case_free(av)
        elif op in _REPEATS:
            ok = _case_free(av[2])
        elif op is _c.BRANCH:
            ok = all(_case_free(alt) for alt in av[1])
        elif op in _ASSERTS:
            ok = _case_free(av[1])
        else:
            ok = op in _PLAIN
        if not ok:
            return False
    return True


def case_twin(pattern: re.Pattern) -> re.Pattern | None:
    """The case-sensitive twin of a case-insensitive ``pattern`` for :func:`fold`-ed text, or None where the
    pattern has none (it is case-sensitive, or holds an upper-case letter or a construct not understood here).

    >>> bool(case_twin(re.compile(r"\\b(?:two|\\d+)\\s+weeks?\\s+ago\\b", re.I)).flags & re.I)
    False
    >>> case_twin(re.compile(r"\\bMay\\b", re.I)) is None
    True
    """
    if pattern not in _twins:
        twin = None
        if pattern.flags & re.IGNORECASE and isinstance(pattern.pattern, str):
            try:
                if _case_free(_parse.parse(pattern.pattern, pattern.flags)):
                    twin = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
            except Exception:       # an unknown construct of a future re: no twin
                twin = None
        _twins[pattern] = twin
    return _twins[pattern]


def finditer(pattern: re.Pattern, text: str, folded: str) -> list[re.Match]:
    """``list(pattern.finditer(text))``, faster for a case-insensitive pattern with a :func:`case_twin`:
    ``folded`` is ``fold(text)``. Either is run by :func:`scan`."""
    twin = case_twin(pattern)
    if twin is None or len(folded) != len(text):
        return scan(pattern, text)
    out = []
    for hit in scan(twin, folded):
        m = pattern.match(text, hit.start())
        if m is None or m.end() != hit.end():
            return list(pattern.finditer(text))     # not met by any pattern we know; the plain reading decides
        out.append(m)
    return out


# A pattern that starts with "\b" or an optional group gives re nothing to skip ahead by: it tries the whole pattern
# at every position of the text, and those tries were most of the time tagger's time. :func:`starts` reads from the
# pattern's syntax the characters a match can begin with and makes a pattern that begins with a set of them (re scans
# for such a set in a loop of its own), checks "\b" where the pattern begins with it, and then tries the pattern
# itself from a lookbehind at that character: it matches one character at each position where the pattern matches.
# :func:`scan` reads the pattern's own matches there, as finditer would (not inside the match before).
_starts: dict[re.Pattern, re.Pattern | None] = {}
_ANY = None     # a first character the reader cannot bound
# The characters other than A-Z and a-z that re.IGNORECASE matches to an ASCII letter (see _FOLD)
_CASE_EXTRA = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
_CATEGORIES = {getattr(_c, name): escape for name, escape in (
    ("CATEGORY_DIGIT", r"\d"), ("CATEGORY_NOT_DIGIT", r"\D"), ("CATEGORY_SPACE", r"\s"),
    ("CATEGORY_NOT_SPACE", r"\S"), ("CATEGORY_WORD", r"\w"), ("CATEGORY_NOT_WORD", r"\W"))}


def _char_atoms(code: int, ignore: bool) -> set[str] | None:
    """The characters a literal matches, as escaped atoms of a character set; None where not known here."""
    char = chr(code)
    if not ignore or code < 128 and not char.isalpha():
        return {re.escape(char)}
    if code >= 128:
        return None     # (re.IGNORECASE's classes outside ASCII are not read here)
    low = char.lower()
    return {re.escape(c) for c in {low, low.upper(), *_CASE_EXTRA.get(low, "")}}


def _first(items, flags: int) -> tuple[set[str] | None, bool]:
    """The atoms of the characters a match of the parsed sequence ``items`` can begin with (None: any), and whether
    the sequence can match the empty string."""
    atoms: set[str] = set()
    for op, av in items:
        ignore = bool(flags & re.IGNORECASE)
        nullable = False
        if op is _c.LITERAL:
            got = _char_atoms(av, ignore)
        elif op is _c.IN:
            got = set()
            for o, a in av:
                if o is _c.LITERAL:
                    more = _char_atoms(a, ignore)
                elif o is _c.CATEGORY and a in _CATEGORIES:
                    more = {_CATEGORIES[a]}
                elif o is _c.RANGE and a[1] - a[0] < 64:   # ("0-9", "1-4": each character)
                    more = set()
                    for c in range(a[0], a[1] + 1):
                        more |= _char_atoms(c, ignore) or {""}
                    if "" in more:
                        more = None
                else:
                    more = None
                if more is None:
                    return _ANY, False
                got |= more
        elif op is _c.SUBPATTERN:
            sub_flags = (flags | av[1]) & ~av[2]
            got, nullable = _first(av[-1], sub_flags)
        elif op in _REPEATS:
            got, nullable = _first(av[2], flags)
            nullable = nullable or av[0] == 0
        elif op in _GROUPS:
            got, nullable = _first(av, flags)
        elif op is _c.BRANCH:
            got, nullable = set(), False
            for alternative in av[1]:
                more, empty = _first(alternative, flags)
                if more is None:
                    return _ANY, False
                got |= more
                nullable = nullable or empty
        elif op is _c.AT or op in _ASSERTS:
            got, nullable = set(), True     # takes no character (a superset of the starts is enough)
        else:
            return _ANY, False
        if got is None:
            return _ANY, False
        atoms |= got
        if not nullable:
            return atoms, False
    return atoms, True


def starts(pattern: re.Pattern) -> re.Pattern | None:
    """A pattern that matches the first character of each match of ``pattern``, and of each position where
    ``pattern`` could match in its search, and begins with a character set (so that re skips ahead by it); None
    where the pattern's first characters cannot be bounded.

    It is ``pattern`` itself, tried from a lookbehind where its first character stands: a character of the set,
    not after a word character where the pattern begins with "\\b", and where ``pattern`` matches.

    >>> starts(re.compile(r"\\b(?:(?P<rel>last|next)\\s+)?(?P<wd>Monday|Tuesday)")).pattern[:6]
    '[MTln]'
    """
    if pattern not in _starts:
        found = None
        if isinstance(pattern.pattern, str) and not pattern.flags & re.IGNORECASE:
            try:
                items = _parse.parse(pattern.pattern, pattern.flags)
                atoms, nullable = _first(items, items.state.flags)
                if atoms and not nullable:
                    # "\b" among the zero-width items the pattern begins with
                    lead = itertools.takewhile(lambda item: item[0] is _c.AT or item[0] in _ASSERTS, items.data)
                    boundary = (_c.AT, _c.AT_BOUNDARY) in list(lead)
                    charset = "[" + "".join(sorted(atoms)) + "]"
                    # "\b" before a word character: no word character before it
                    before = r"(?<!\w[\s\S])" if boundary and all(_word_atom(a) for a in atoms) else ""
                    found = re.compile(f"{charset}{before}(?<=(?={pattern.pattern})[\\s\\S])", pattern.flags)
            except Exception:       # an unknown construct of a future re: no start pattern
                found = None
        _starts[pattern] = found
    return _starts[pattern]


def _word_atom(atom: str) -> bool:
    """Whether every character an atom of :func:`_first` stands for is a word character (``\\w``)."""
    if atom in (r"\d", r"\w"):
        return True
    char = atom[1:] if atom.startswith("\\") else atom
    return len(char) == 1 and re.fullmatch(r"\w", char) is not None


def scan(pattern: re.Pattern, text: str) -> list[re.Match]:
    """``list(pattern.finditer(text))``, found by :func:`starts`'s pattern (one match at each position where
    ``pattern`` matches) and read again with ``pattern`` at the positions a match before does not cover."""
    first = starts(pattern)
    if first is None:
        return list(pattern.finditer(text))
    out = []
    end = 0
    for hit in first.finditer(text):
        start = hit.start()
        if start < end:
            continue    # inside the match before (finditer's matches do not overlap)
        m = pattern.match(text, start)
        if m is None or m.end() == start:
            return list(pattern.finditer(text))     # not met by any pattern we know; the plain reading decides
        out.append(m)
        end = m.end()
    return out
