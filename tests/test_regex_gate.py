"""kg.regex_gate: a pattern is skipped only when it cannot match, so the time tagger finds what it found before."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from kg.regex_gate import fold, may_match, required_words
from kg.timex import PATTERNS, find_timexes

ROOT = Path(__file__).resolve().parent.parent

# sentences of our own, with every kind of expression the tagger knows, in odd cases and spacings
SAMPLES = """The treaty was signed on Tuesday, 4 July 2017 and ratified on March 3, 2019, then again on 2019-03-05.
Talks are set for 12th of October; they began in early May and end by late May. LAST May the firm grew.
In the 1990s and the 2000s output doubled; in mid-2014 and by 1998 it fell 3 percent, not 2020%.
TODAY the minister met envoys; yesterday evening and tomorrow morning are booked. This afternoon he rests.
Next Monday, last friday, coming Sunday night: the diary is full. Every Wednesday the board meets.
Earlier this week and the previous quarter, last YEAR, the coming decade, the current century.
Two days ago, a dozen years ago, several weeks ago; the end of the month; the 19th century; the weekend.
Overnight, strikes hit. Three hours later, a fortnight earlier, ten minutes afterwards, two weeks from now.
Twice a week, three times per year, every two months, each day, hourly, Daily, annually, WEEKLY reports.
It ran for six months over 4 years; it took hours; within days; in recent weeks; the coming months; past years.
At 4:17 a.m. and 9 PM, at noon, by midnight, 11am. This spring, next WINTER, the summer of 2021, autumn 2020.
The first quarter, the second half of 2023, the 3rd quarter of last year. Now, currently, at present,
nowadays, these days, recently, lately; the past and the future; soon. ıt ſeems the WEEK ends. Ago.
"""


def _texts() -> list[str]:
    texts = [SAMPLES]
    for path in sorted((ROOT / "examples" / "articles").glob("*.md")):
        texts.append(path.read_text(encoding="utf-8"))
    return texts


def test_fold_makes_every_ignorecase_twin_of_an_ascii_letter_that_letter():
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        twins = set(re.findall("(?i)" + letter, every))
        assert {fold(c) for c in twins} == {letter}, letter


@pytest.mark.parametrize("index", range(len(PATTERNS)))
def test_every_match_of_a_time_pattern_holds_its_required_words(index):
    pattern = PATTERNS[index][0]
    for text in _texts():
        for m in pattern.finditer(text):
            assert may_match(pattern, fold(m[0])), (pattern.pattern[:60], m[0])


def test_gated_tagger_finds_what_the_ungated_one_finds():
    import kg.timex as timex
    for text in _texts():
        gated = find_timexes(text, "2022-02-23")
        saved = timex.may_match
        timex.may_match = lambda pattern, folded: True
        try:
            assert find_timexes(text, "2022-02-23") == gated
        finally:
            timex.may_match = saved
    assert gated     # the articles have dates: the comparison saw some


def test_required_words_of_a_sequence_an_optional_part_a_lookbehind_and_a_branch():
    assert required_words(re.compile(r"\b(?:two\s+)?(?:day|week)s?\s+ago\b", re.I)) == (
        frozenset({"day", "week"}), frozenset({"ago"}))
    assert required_words(re.compile(r"(?<=for\s)hours")) == (frozenset({"hours"}),)
    assert required_words(re.compile(r"(?:AM|)x?")) == ()       # an empty alternative requires nothing
    assert required_words(re.compile(r"\d+[.,]\d*")) == ()
    # a case-sensitive pattern is gated case-blind: a weaker test, still a necessary one
    assert required_words(re.compile(r"Monday|Tuesday")) == (frozenset({"monday", "tuesday"}),)


def test_a_pattern_is_skipped_only_without_its_words():
    ago = re.compile(r"\b(?:day|week)s?\s+ago\b", re.I)
    assert not may_match(ago, fold("The talks took two weeks."))
    assert may_match(ago, fold("The talks ended two WEEKS AGO."))
    assert may_match(re.compile(r"\d+"), fold("no digits here"))     # no words to require: always run


def test_the_answers_kept_are_those_of_the_text_asked_about():
    # may_match keeps each word's answer for the last text only: a new text is searched again, and so is an old one
    ago, week = re.compile(r"\b(?:day|week)s?\s+ago\b", re.I), re.compile(r"\bweeks?\b", re.I)
    late, early = fold("It ended two weeks ago."), fold("The talks took a day.")
    assert may_match(ago, late) and may_match(week, late)
    assert not may_match(ago, early) and not may_match(week, early)
    assert may_match(ago, late) and not may_match(ago, "".join(["the talks ", "took a day."]))


def test_fold_keeps_every_offset_and_a_lower_case_literal_its_ignorecase_matches():
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    assert len(fold(every)) == len(every)
    folded = fold(every)
    for char in map(chr, range(32, 127)):
        if char.isupper():
            continue
        plain = {m.start() for m in re.finditer("(?i)" + re.escape(char), every)}
        twin = {m.start() for m in re.finditer(re.escape(char), folded)}
        assert plain == twin, char


def test_case_twin_only_for_patterns_without_upper_case_or_case_sensitive_parts():
    from kg.regex_gate import case_twin
    assert case_twin(re.compile(r"\b(?:a\s+few|\d+)[-\s]+weeks?\b(?<![$€])", re.I)) is not None
    assert case_twin(re.compile(r"\bweeks?\b")) is None                 # case-sensitive already
    assert case_twin(re.compile(r"\bMay\b", re.I)) is None             # an upper-case letter
    assert case_twin(re.compile(r"\b[A-Z]\w+", re.I)) is None          # an upper-case range
    assert case_twin(re.compile(r"\b(?-i:may)\b", re.I)) is None       # case-sensitive inside
    assert case_twin(re.compile(r"\bσ\b", re.I)) is None               # a non-ASCII letter ("ς" folds to it)


@pytest.mark.parametrize("index", range(len(PATTERNS)))
def test_twin_finds_the_matches_of_the_pattern(index):
    from kg.regex_gate import finditer
    pattern = PATTERNS[index][0]
    odd = "In TWO WEEKS ſome ıt Kelvin \u212a İstanbul 3 DAYS LATER, ςσ a FEW Months, €5 3 p.m. 2019 the ENd of the YEAR."
    for text in _texts() + [odd, odd.lower(), odd.upper()]:
        plain = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in finditer(pattern, text, fold(text))] == plain


def _shuffled_texts(count: int = 1500) -> list[str]:
    """Texts of our own made of the words and marks the time patterns begin, end and turn on, in random order and
    spacing (a fixed seed): starts at the text's edges, after letters, digits, marks and line ends."""
    import random
    words = """January Jan. May may MAY Monday monday LAST last next this early mid- late the of 1998 2024 20th 3rd 31 1
    05 12:30 p.m. am pm noon ago days weeks a an one two twenty hours for within took recent coming past every each
    once spring fall quarter first half now recently weekend overnight today tonight morning % percent $ € İ ı ſ
    \u212a _ - – , . ' é x 2024-01-05 1990s century later earlier daily İn ſeptember Ka year years decade""".split()
    words += ["\n", "\n\n", " ", "  ", "\t", "from now", "a few"]
    rnd = random.Random(9)
    return ["".join(rnd.choice(words) + rnd.choice(["", " ", " ", "  ", "\n", ",", "-"])
                    for _ in range(rnd.randint(1, 40))) for _ in range(count)]


@pytest.mark.parametrize("index", range(len(PATTERNS)))
def test_scan_finds_the_matches_of_finditer(index):
    from kg.regex_gate import case_twin, scan, starts
    pattern = PATTERNS[index][0]
    for regex, folding in ((pattern, False), (case_twin(pattern), True)):
        if regex is None:
            continue
        # every time pattern's first characters are bounded (a case-insensitive one's, its twin's)
        assert (starts(regex) is None) == bool(regex.flags & re.IGNORECASE)
        for text in _texts() + _shuffled_texts():
            text = fold(text) if folding else text
            plain = [(m.span(), m.groups()) for m in regex.finditer(text)]
            assert [(m.span(), m.groups()) for m in scan(regex, text)] == plain, text


def test_starts_bounds_the_first_characters_or_gives_none():
    from kg.regex_gate import scan, starts
    assert starts(re.compile(r"\b(?:last\s+)?(?:May|June)")).pattern.startswith("[JMl](?<!\\w[\\s\\S])")
    assert starts(re.compile(r"(?:x|\d)+y")).pattern.startswith("[\\dx]")        # no "\b": no check before
    assert starts(re.compile(r"\b(?:a|$)")) is None       # a match may take no character
    assert starts(re.compile(r"(?<=x)\b(?=a)a")).pattern.startswith("[a](?<!")   # zero-width parts before it
    assert starts(re.compile(r"\b(?i:may)")).pattern.startswith("[Mm]")             # both cases
    assert starts(re.compile(r"\b(?i:sik)")).pattern.startswith("[Ssſ]")          # and re's other twins
    assert starts(re.compile(r".x")) is None                # any character
    assert starts(re.compile(r"[^a]x")) is None             # a negated set
    assert starts(re.compile(r"(?:ab)?")) is None           # the empty string
    assert starts(re.compile(r"\bmay", re.I)) is None       # case-insensitive: its twin is scanned
    assert starts(re.compile(r"\b(?i:σ)")) is None          # a letter outside ASCII under IGNORECASE
    text = "May, June; mid-May. Mayday"
    for pattern in (r"\bMay\b", r"(?<=-)May", r"May|Jun", r"\b(?:mid-)?May(?![\w'])"):
        regex = re.compile(pattern)
        assert [m.span() for m in scan(regex, text)] == [m.span() for m in regex.finditer(text)]
