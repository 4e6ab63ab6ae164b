"""Dates as news pages write them, to ISO dates: "Feb. 21, 2022 10:45 a.m. EST" -> "2022-02-21"."""
from __future__ import annotations

import re
from datetime import date as _date

__all__ = ["parse_date"]

_MONTHS = {name: number for number, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}
_DATE_RE = re.compile(
    r"(?:(?:published|updated|posted|dated?)(?:\s+on)?\s*:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:(?P<mon1>[a-z]{3,9})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon2>[a-z]{3,9})\.?,?\s+(?P<y2>\d{4})"
    r"|(?P<iy>\d{4})[-/](?P<im>\d{1,2})[-/](?P<id>\d{1,2})"
    r"(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?)"
    r"(?:[\s,]+(?:at\s+)?\d{1,2}(?:[:.]\d{2}){0,2}\s*(?:[ap]\.?\s?m\.?)?"
    r"(?:\s*\(?(?:[a-z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})\)?)?)?",
    re.IGNORECASE)


def parse_date(text: str) -> str | None:
    """The ISO date ("2022-02-21") a date line or timestamp gives, or None if it is not one.

    Examples
    --------
    >>> [parse_date(s) for s in ("February 21, 2022", "21 February 2022", "Feb. 21, 2022 10:45 a.m. EST",
    ...                           "2022-02-21T08:00:00Z", "Monday, Feb 21, 2022", "Published: 21 Feb 2022")]
    ['2022-02-21', '2022-02-21', '2022-02-21', '2022-02-21', '2022-02-21', '2022-02-21']
    >>> parse_date("February 30, 2022") is None, parse_date("By Reuters") is None
    (True, True)
    """
    match = _DATE_RE.fullmatch(" ".join(text.split()))
    if not match:
        return None
    parts = match.groupdict()
    try:
        if parts["iy"]:
            day = _date(int(parts["iy"]), int(parts["im"]), int(parts["id"]))
        else:
            month = _MONTHS.get((parts["mon1"] or parts["mon2"]).lower())
            if month is None:
                return None
            day = _date(int(parts["y1"] or parts["y2"]), month, int(parts["d1"] or parts["d2"]))
    except ValueError:
        return None
    return day.isoformat()
