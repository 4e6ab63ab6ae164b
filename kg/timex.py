"""Temporal expressions: find them in a text and normalise them to TIMEX3 values against a reference date.

The tagger is rules over the raw text (no model): each pattern finds a kind of expression ("on 3 March",
"last week", "two days ago", "for ten years") and a resolver turns it into a TIMEX3 ``type`` (DATE, TIME,
DURATION, SET) and ``value`` (``2022-02-21``, ``2022-W07``, ``P3D``, ``PRESENT_REF``). Spans leave out the
preposition ("on Monday" is tagged "Monday"). Expressions that point back or forward from the reference date
(a weekday, "in December") are resolved by the tense of the clause: before the date for past events, after it
for future ones. The caller may pass its own ``tense`` function (the extractor uses the parse); the default
reads the auxiliaries around the expression.

>>> [(t.text, t.type, t.value) for t in find_timexes("She said on Monday she will leave in two weeks.", "2022-02-23")]
[('Monday', 'DATE', '2022-02-21'), ('two weeks', 'DURATION', 'P2W')]
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from kg.regex_gate import finditer, fold, may_match
from kg.tense import sentence_bounds, text_tense

MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december"]
WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                           "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
                                           .split())}
NUMBER_WORDS.update({"a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90,
                     "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12})
VAGUE = ("several", "a few", "few", "many", "some", "a couple of", "couple of", "the last few", "a number of")
UNIT_CODES = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "fortnight": "2W",
              "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]|20)\d\d"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NUM = (r"(?:\d+(?:\.\d+)?|a\s+dozen|a\s+hundred|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) +
        r"|" + "|".join(v.replace(" ", r"\s+") for v in VAGUE) + r")")
_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))"
_MOD = r"(?:(?:early|mid|late)[-\s]+|the\s+(?:end|beginning|start|middle)\s+of\s+)"


@dataclass(frozen=True)
class Timex:
    """One temporal expression: character offsets into the text, TIMEX3 type and value, and the text itself."""

    start: int
    end: int
    type: str
    value: str
    text: str

    @property
    def precision(self) -> str | None:
        """ "day", "week", "month" or "year" for a calendar DATE or TIME value, else None."""
        return value_precision(self.value) if self.type in ("DATE", "TIME") else None


def value_precision(value: str) -> str | None:
    """The granularity of a TIMEX3 calendar value.

    >>> [value_precision(v) for v in ("2022-02-21", "2022-02-21TNI", "2022-W07", "2022-02", "2022", "PAST_REF")]
    ['day', 'day', 'week', 'month', 'year', None]
    """
    for pattern, precision in _PRECISIONS:
        if pattern.fullmatch(value):
            return precision
    return None


_PRECISIONS = ((re.compile(r"\d{4}-\d\d-\d\d(T.*)?"), "day"), (re.compile(r"\d{4}-W\d\d"), "week"),
               (re.compile(r"\d{4}-\d\d"), "month"), (re.compile(r"\d{4}"), "year"))


def calendar_date(value: str) -> tuple[str, str, str] | None:
    """A TIMEX3 value as an RDF date: (lexical form, XSD type name, precision), or None when it is no calendar date.

    A week is its Monday, as an ``xsd:date`` with precision "week".

    >>> calendar_date("2022-W07"), calendar_date("2014"), calendar_date("P3D")
    (('2022-02-14', 'date', 'week'), ('2014', 'gYear', 'year'), None)
    """
    precision = value_precision(value)
    if precision == "day":
        return value[:10], "date", "day"
    if precision == "week":
        monday = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        return monday.isoformat(), "date", "week"
    if precision == "month":
        return value, "gYearMonth", "month"
    if precision == "year":
        return value, "gYear", "year"
    return None


# --- the patterns: each a regex and a resolver (match, reference, tense) -> (type, value) | None

def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return next(i + 1 for i, m in enumerate(MONTH_NAMES) if m.startswith(name[:3]))


def _weekday(name: str) -> int:
    return WEEKDAY_NAMES.index(name.lower())


def _number(text: str) -> str:
    """ "two" -> "2", "several" -> "X"."""
    text = " ".join(text.lower().split())
    if text in NUMBER_WORDS:
        return str(NUMBER_WORDS[text])
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return text.rstrip("0").rstrip(".") if "." in text else text
    return "X"


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _duration(n: str, unit: str) -> str:
    code = UNIT_CODES[unit.lower().rstrip("s").replace("ie", "y")]
    if code == "2W":
        return f"P{int(n) * 2}W" if n.isdigit() else "PXW"
    return f"PT{n}{code[1]}" if code.startswith("T") else f"P{n}{code}"


def _unit(text: str) -> str:
    text = text.lower()
    return "century" if text.startswith("centur") else text.rstrip("s")


def _full_date(m, ref, tense):
    month, day, year = (m["m1"], m["d1"], m["y1"]) if m["m1"] else (m["m2"], m["d2"], m["y2"])
    try:
        return "DATE", dt.date(int(year), _month(month), int(re.sub(r"\D", "", day))).isoformat()
    except ValueError:
        return None


def _iso_date(m, ref, tense):
    try:
        return "DATE", dt.date.fromisoformat(m[0]).isoformat()
    except ValueError:
        return None


def _month_day(m, ref, tense):
    month, day = (m["m1"], m["d1"]) if m["m1"] else (m["m2"], m["d2"])
    month, day = _month(month), int(re.sub(r"\D", "", day))
    if ref is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    try:
        best = dt.date(ref.year, month, day)
        if tense == "past" and best > ref + dt.timedelta(days=31):
            best = best.replace(year=ref.year - 1)
        elif tense == "future" and best < ref - dt.timedelta(days=31):
            best = best.replace(year=ref.year + 1)
        elif tense is None and abs((best - ref).days) > 183:
            best = best.replace(year=ref.year + (1 if best < ref else -1))
    except ValueError:
        return None
    return "DATE", best.isoformat()


def _day_of_month(m, ref, tense):
    """ "on the 3rd": a day of the date line's month, or of the month before for a past act on a day still to come
    (the month after for a future one on a day gone), the nearer of the two without a tense."""
    day = int(m["d"])
    if ref is None:
        return "DATE", f"XXXX-XX-{day:02d}"
    year, month = ref.year, ref.month
    if tense == "past" and day > ref.day or tense is None and day - ref.day > 15:
        year, month = _shift_month(year, month, -1)
    elif tense == "future" and day < ref.day or tense is None and ref.day - day > 15:
        year, month = _shift_month(year, month, 1)
    try:
        return "DATE", dt.date(year, month, day).isoformat()
    except ValueError:
        return None     # "on the 31st" of a month of 30 days


def _month_year(m, ref, tense):
    return "DATE", f"{int(m['y'])}-{_month(m['m']):02d}"


def _month_rel_year(m, ref, tense):
    """ "March last year", "in June next year", "May of this year": the month of the year the words name."""
    month = _month(m["m"])
    if ref is None:
        return "DATE", f"XXXX-{month:02d}"
    step = {"last": -1, "next": 1}.get(m["rel"].lower(), 0)     # ("the previous year" is the story's, not ours)
    return "DATE", f"{ref.year + step}-{month:02d}"


def _month_only(m, ref, tense):
    month, rel = _month(m["m"]), (m["rel"] or "").lower()
    if ref is None:
        return "DATE", f"XXXX-{month:02d}"
    year = ref.year
    if not rel and tense is None:       # no tense to go by: the nearer of the two
        year += -1 if month - ref.month > 6 else 1 if ref.month - month > 6 else 0
    elif rel == "last" or (rel != "this" and rel != "next" and tense != "future"):
        if month > ref.month or (rel == "last" and month == ref.month):
            year -= 1
    elif rel == "next" or tense == "future":
        if month < ref.month or (rel == "next" and month == ref.month):
            year += 1
    return "DATE", f"{year}-{month:02d}"


def _year(m, ref, tense):
    return "DATE", m["y"]


def _decade(m, ref, tense):
    return "DATE", m["dec"][:3]


def _relative_day(m, ref, tense):
    word = m["w"].lower()
    if ref is None:
        return ("DATE", "PRESENT_REF") if word == "today" else ("DATE", "XXXX-XX-XX")
    shift = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "last": -1, "this": 0}[word]
    day = (ref + dt.timedelta(days=shift)).isoformat()
    part = (m["part"] or ("night" if word == "tonight" else "")).lower()
    return ("TIME", f"{day}T{PARTS[part]}") if part else ("DATE", day)


def _weekday_expr(m, ref, tense):
    wd, rel = _weekday(m["wd"]), (m["rel"] or "").lower()
    part = (m["part"] or "").lower()
    if ref is None:
        value = f"XXXX-WXX-{wd + 1}"
    else:
        back = (ref.weekday() - wd) % 7
        if rel == "this":
            day = ref + dt.timedelta(days=wd - ref.weekday())
        elif rel in ("next", "coming") or (not rel and tense == "future"):
            same_day = re.search(r"\blater\s+(?:on\s+)?$", m.string[max(0, m.start() - 12):m.start()], re.I)
            day = ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or (0 if same_day else 7))
        else:       # past, last, or unknown: news reports what happened
            day = ref - dt.timedelta(days=back or (7 if rel in ("last", "past") else 0))
        value = day.isoformat()
    return ("TIME", f"{value}T{PARTS[part]}") if part and ref is not None else ("DATE", value)


def _weekend(m, ref, tense):
    if ref is None:
        return "DATE", "XXXX-WXX-WE"
    if ref.weekday() >= 5:
        return "DATE", _week(ref) + "-WE"
    return "DATE", _week(ref + dt.timedelta(weeks=0 if tense == "future" else -1)) + "-WE"


def _overnight(m, ref, tense):
    if ref is None:
        return "TIME", "XXXX-XX-XXTNI"
    return "TIME", (ref - dt.timedelta(days=0 if tense == "future" else 1)).isoformat() + "TNI"


def _relative_unit(m, ref, tense):
    rel, unit = (m["rel"] or "this").lower(), m["unit"].lower()
    if rel == "past" and unit != "weekend":
        return "DURATION", _duration("1", unit)
    if ref is None:
        return "DATE", {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}.get(unit, "XXXX")
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    if unit in ("week", "weekend"):
        value = _week(ref + dt.timedelta(weeks=step))
        return "DATE", value + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        return "DATE", "%d-%02d" % _shift_month(ref.year, ref.month, step)
    if unit == "quarter":
        q = (ref.month - 1) // 3 + step
        return "DATE", f"{ref.year + q // 4}-Q{q % 4 + 1}"
    if unit == "decade":
        return "DATE", str(ref.year // 10 + step)
    if unit == "century":
        return "DATE", str(ref.year // 100 + step)
    return "DATE", str(ref.year + step)


def _ago(m, ref, tense):
    n, unit = _number(m["n"] or "several"), _unit(m["unit"])
    if ref is None or n == "X" or "." in n:
        return "DATE", "PAST_REF"
    k = int(n)
    if unit in ("day", "hour", "minute", "second"):
        return "DATE", (ref - dt.timedelta(days=k if unit == "day" else 0)).isoformat()
    if unit in ("week", "fortnight"):
        return "DATE", _week(ref - dt.timedelta(weeks=k * (2 if unit == "fortnight" else 1)))
    if unit == "month":
        return "DATE", "%d-%02d" % _shift_month(ref.year, ref.month, -k)
    if unit == "year":
        return "DATE", str(ref.year - k)
    if unit == "decade":
        return "DATE", str(ref.year // 10 - k)
    return "DATE", "PAST_REF"


def _anchored(m, ref, tense):
    later = m["dir"].lower() in ("later", "after", "afterwards", "from now", "next", "following")
    return "DATE", "FUTURE_REF" if later else "PAST_REF"


def _duration_expr(m, ref, tense):
    return "DURATION", _duration(_number(m["n"]), _unit(m["unit"]))


def _vague_plural(m, ref, tense):
    return "DURATION", _duration("X", _unit(m["unit"]))


def _set_expr(m, ref, tense):
    word = m[0].lower()
    for adverb, unit in (("hourly", "hour"), ("daily", "day"), ("nightly", "day"), ("weekly", "week"),
                         ("monthly", "month"), ("annually", "year"), ("yearly", "year")):
        if word == adverb:
            return "SET", _duration("1", unit)
    n = m["n"] or "1"
    n = {"once": "1", "twice": "1"}.get(n.lower(), "1" if "times" in n.lower() else _number(n))
    return "SET", _duration(n, _unit(m["unit"]))


def _clock(m, ref, tense):
    word = m[0].lower()
    if word in ("noon", "midday"):
        hour, minute = 12, 0
    elif word == "midnight":
        hour, minute = 24, 0
    else:
        hour, minute = int(m["h"]), int(m["min"] or 0)
        if hour > 12 or minute > 59:
            return None
        pm = m["ap"].lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    day = ref.isoformat() if ref is not None else "XXXX-XX-XX"
    return "TIME", f"{day}T{hour:02d}:{minute:02d}"


def _season(m, ref, tense):
    season = SEASONS[m["s"].lower()]
    if m["y"]:
        return "DATE", f"{m['y']}-{season}"
    if ref is None:
        return "DATE", f"XXXX-{season}"
    step = {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
    return "DATE", f"{ref.year + step}-{season}"


def _part_of_year(m, ref, tense):
    ordinal = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
    n = ordinal[m["o"].lower()]
    kind = "H" if m["kind"].lower() == "half" else "Q"
    if kind == "H" and n > 2:
        return None
    if m["y"]:
        year = m["y"]
    elif ref is None:
        year = "XXXX"
    else:
        year = str(ref.year + {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0))
    return "DATE", f"{year}-{kind}{n}"


def _reference(m, ref, tense):
    word = " ".join(m[0].lower().split())
    if word in ("recently", "the past", "lately"):
        return "DATE", "PAST_REF"
    if word in ("the future", "soon"):
        return "DATE", "FUTURE_REF"
    return "DATE", "PRESENT_REF"


def _p(regex: str, flags: int = 0) -> re.Pattern:
    return re.compile(regex, flags)


_I = re.IGNORECASE
PATTERNS: list[tuple[re.Pattern, Callable]] = [
    (_p(rf"\b(?:{_WEEKDAY},?\s+)?(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR})|"
        rf"(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR}))\b"), _full_date),
    (_p(r"\b\d{4}-\d\d-\d\d\b"), _iso_date),
    (_p(rf"\b(?:{_WEEKDAY},?\s+)?(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\b(?!\s*(?:%|percent|per\s+cent))|"
        rf"(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH}))"), _month_day),
    # "on the 3rd" (not "on the 3rd floor", "on the 2nd of March")
    (_p(r"(?<=\bon\s)(?P<t>the\s+(?P<d>[12]\d|3[01]|[1-9])(?:st|nd|rd|th))\b(?!\s*[-\w])", _I), _day_of_month),
    (_p(rf"\b(?:{_MOD})?(?P<m>{_MONTH})\s+(?:of\s+)?(?P<y>{_YEAR})\b", 0), _month_year),
    (_p(rf"\b(?:{_MOD})?(?P<m>{_MONTH})\s+(?:of\s+)?(?P<rel>(?i:last|next|this))\s+(?i:year)\b"),
     _month_rel_year),
    (_p(rf"(?:\b(?P<rel>(?i:last|next|this))\s+|\b(?i:{_MOD}))?(?P<m>{_MONTH})"
        rf"(?<!May)(?![\w'])"), _month_only),
    (_p(r"\b(?i:in|by|of|until|since|during|from|to|before|after)\s+(?P<t>(?:(?i:early|mid|late)[-\s]+)?(?P<m>May))"
        r"(?P<rel>)\b"), _month_only),
    (_p(r"\b(?P<t>(?:(?P<rel>(?i:last|next|this))\s+|(?i:early|mid|late)[-\s]+)(?P<m>May))\b"), _month_only),
    (_p(r"\b(?:the\s+)?(?P<dec>(?:1[89]|20)\d0)s\b"), _decade),
    (_p(rf"(?<![\d$€£.,/-])\b(?:{_MOD})?(?P<y>{_YEAR})\b(?![\d%]|,\d|\.\d|\s*(?:percent|per cent)\b)", _I),
     _year),
    (_p(r"\b(?P<w>today|yesterday|tomorrow|tonight)(?:\s+(?P<part>morning|afternoon|evening|night))?\b", _I),
     _relative_day),
    (_p(r"\b(?P<w>this|last)\s+(?P<part>morning|afternoon|evening|night)\b", _I), _relative_day),
    (_p(rf"\b(?:(?P<rel>(?i:last|next|this|coming|past))\s+)?(?P<wd>{_WEEKDAY})"
        rf"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?\b"), _weekday_expr),
    (_p(r"\b(?:(?:earlier|later|early|late)\s+)?(?:the\s+)?(?P<rel>last|next|this|coming|past|previous|current)\s+"
        r"(?P<unit>week|weekend|month|quarter|year|decade|century)\b", _I), _relative_unit),
    (_p(rf"\b(?:(?P<n>{_NUM})\s+)?(?P<unit>{_UNIT})s?\s+ago\b", _I), _ago),
    (_p(r"\b(?:the\s+)?(?:end|beginning|start|middle|rest)\s+of\s+the\s+(?P<rel>)(?P<unit>year|month|week)\b", _I),
     _relative_unit),
    (_p(r"\b(?:the\s+)?(?P<c>\d\d?)(?:st|nd|rd|th)\s+century\b", _I), lambda m, r, t: ("DATE", f"{int(m['c']) - 1:02d}")),
    (_p(r"\b(?:the\s+)?weekend\b", _I), _weekend),
    (_p(r"\bovernight\b", _I), _overnight),
    (_p(rf"\b(?:(?P<n>{_NUM})\s+)?(?P<unit>{_UNIT})s?\s+(?P<dir>later|earlier|before|afterwards|from\s+now)\b", _I),
     _anchored),
    (_p(r"\bthe\s+(?P<dir>next|following|previous|preceding)\s+day\b", _I), _anchored),
    (_p(rf"\b(?:(?P<n>once|twice|{_NUM}\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>{_UNIT})|"
        rf"(?:every|each)\s+(?:(?P<n2>{_NUM})\s+)?(?P<unit2>{_UNIT})s?|hourly|daily|nightly|weekly|monthly|"
        rf"annually|yearly)\b", _I), lambda m, r, t: _set_expr(_SetMatch(m), r, t)),
    (_p(rf"\b(?:every|each)\s+(?P<wd>{_WEEKDAY})\b"), lambda m, r, t: ("SET", f"XXXX-WXX-{_weekday(m['wd']) + 1}")),
    (_p(rf"\b(?P<n>{_NUM})[-\s]+(?P<unit>{_UNIT})s?\b(?!\s+(?:ago|later|earlier|before|afterwards))", _I),
     _duration_expr),
    (_p(r"\b(?:(?<=for\s)|(?<=within\s)|(?<=take\s)|(?<=takes\s)|(?<=took\s)|(?<=lasted\s)|(?<=over\s)|"
        r"recent\s+|(?:the\s+)?coming\s+|(?:the\s+)?past\s+)(?P<unit>hours|days|weeks|months|years|"
        r"decades)\b", _I), _vague_plural),
    (_p(r"\b(?P<h>\d{1,2})(?::(?P<min>\d\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)|\b(?:noon|midday|midnight)\b", _I),
     _clock),
    (_p(r"\b(?:(?P<rel>this|last|next)\s+(?P<s>spring|summer|autumn|fall|winter)|"
        rf"(?:the\s+)?(?P<s2>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y>{_YEAR}))\b", _I),
     lambda m, r, t: _season(_SeasonMatch(m), r, t)),
    (_p(rf"\b(?:the\s+)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?P<kind>quarter|half)"
        rf"(?:\s+of\s+(?:(?P<y>{_YEAR})|(?:the\s+)?(?P<rel>last|next|this)\s+year))?\b", _I), _part_of_year),
    (_p(r"\b(?:now|currently|at\s+present|nowadays|these\s+days|recently|lately|the\s+past|the\s+future|soon)\b",
        _I), _reference),
]


class _SetMatch:
    """The SET pattern's two alternatives seen through one set of group names."""

    def __init__(self, m: re.Match):
        self.m = m

    def __getitem__(self, key):
        if key == "n":
            return self.m["n"] or self.m["n2"]
        if key == "unit":
            return self.m["unit"] or self.m["unit2"]
        if key == "wd":
            return None
        return self.m[key]


class _SeasonMatch(_SetMatch):
    def __getitem__(self, key):
        if key == "s":
            return self.m["s"] or self.m["s2"]
        return self.m[key]


def _as_date(reference) -> dt.date | None:
    if reference is None or isinstance(reference, dt.date):
        return reference
    try:
        return dt.date.fromisoformat(str(reference)[:10])
    except ValueError:
        return None


def find_timexes(text: str, reference=None, tense: Callable[[int, int], str | None] | None = None) -> list[Timex]:
    """Every temporal expression of ``text``, in order, normalised against ``reference``.

    Parameters
    ----------
    text : str
        The text; offsets of the result point into it (``text[t.start:t.end] == t.text``).
    reference : datetime.date or str or None
        The date the text was written (the article's date line), ISO 8601. Without it relative
        expressions get underspecified values (``XXXX-WXX-1`` for "Monday").
    tense : callable, optional
        ``tense(start, end)`` returns "past", "future" or None for the clause of the expression at
        text[start:end]; it decides which way a weekday or a month without a year points.
        The default reads the words around it (:func:`text_tense`).

    Returns
    -------
    list of Timex
    """
    ref = _as_date(reference)
    tense = tense or (lambda s, e: text_tense(text, s, e))
    found: list[tuple[int, int, int, re.Match, Callable]] = []
    folded = fold(text)
    for order, (pattern, resolve) in enumerate(PATTERNS):
        if not may_match(pattern, folded):
            continue    # none of the words every match holds is in the text (most patterns, most articles)
        for m in finditer(pattern, text, folded):
            start, end = m.span("t") if "t" in pattern.groupindex and m["t"] else m.span()
            if end > start:
                found.append((start, end, order, m, resolve))
    found.sort(key=lambda f: (f[0] - f[1], f[2], f[0]))
    taken = bytearray(len(text))        # characters already inside a longer expression
    out = []
    for start, end, _, m, resolve in found:
        if any(taken[start:end]):
            continue
        result = resolve(m, ref, tense(start, end) if ref is not None else None)
        if result is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        out.append(Timex(start, end, result[0], result[1], text[start:end]))
    return _anchor_offsets(text, _anchor_clock_times(text, sorted(out, key=lambda t: t.start)))


_OFFSET = re.compile(rf"(?:(?P<n>{_NUM})\s+)?(?:the\s+)?(?P<unit>day|week|month|year)s?\s+"
                     r"(?P<dir>later|earlier|before|after|afterwards)$", re.I)
_NEXT = re.compile(r"the\s+(?P<dir>next|following|previous|preceding)\s+(?P<unit>day)$", re.I)
_OFFSET_OBJECTS = frozenset("the a an his her its their our your my this that these those".split())


def _anchor_offsets(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "On 3 March they met. The day before, they had rejected the offer", "a week later", "two years later",
    "the next day": an offset from the date the paragraph named last before it (of the offset's precision or
    finer), as a narrative counts on from its last date; unresolved without one (``PAST_REF``/``FUTURE_REF``)."""
    out = list(timexes)
    for i, t in enumerate(out):
        if t.value not in ("PAST_REF", "FUTURE_REF"):
            continue
        m = _OFFSET.fullmatch(t.text.strip()) or _NEXT.fullmatch(t.text.strip())
        after = re.match(r"\s*([\w']+)", text[t.end:])
        if m is None or m["dir"].lower() in ("before", "after") and after is not None and (
                after[1].lower() in _OFFSET_OBJECTS or after[1][0].isdigit()):
            continue    # "two days before the vote", "a week after 9/11": counted from what follows
        unit = m["unit"].lower()
        n = _number(m["n"]) if "n" in m.re.groupindex and m["n"] else "1"
        if not n.isdigit():
            continue
        k = int(n) * (1 if m["dir"].lower() in ("later", "after", "afterwards", "next", "following") else -1)
        anchor = next((d for d in reversed(out[:i]) if d.type == "DATE" and "\n\n" not in text[d.end:t.start]
                       and value_precision(d.value) in ("day", "month", "year")), None)
        if anchor is None:
            continue
        precision = value_precision(anchor.value)
        if unit in ("day", "week") and precision == "day":
            day = dt.date.fromisoformat(anchor.value[:10]) + dt.timedelta(days=k * (7 if unit == "week" else 1))
            value = day.isoformat()
        elif unit == "month" and precision in ("day", "month"):
            value = "%d-%02d" % _shift_month(int(anchor.value[:4]), int(anchor.value[5:7]), k)
        elif unit == "year":
            value = str(int(anchor.value[:4]) + k)
        else:
            continue
        out[i] = Timex(t.start, t.end, t.type, value, t.text)
    return out


def _anchor_clock_times(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "at 4:17 a.m. on Monday": a clock time takes the day a date of its sentence names, not the reference's."""
    out = list(timexes)
    day_dates = [d for d in out if d.type == "DATE" and value_precision(d.value) == "day"]
    starts = [d.start for d in day_dates]
    for i, t in enumerate(out):
        if t.type != "TIME" or not re.match(r"(\d{4}-\d\d-\d\d|XXXX-XX-XX)T\d", t.value):
            continue
        left, right = sentence_bounds(text, t.start, t.end)
        days = day_dates[bisect.bisect_left(starts, left):bisect.bisect_left(starts, right)]
        if days:
            day = min(days, key=lambda d: abs(d.start - t.start)).value
            out[i] = Timex(t.start, t.end, t.type, day + t.value[10:], t.text)
    return out
