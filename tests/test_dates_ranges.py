"""A range of days in one month ("between 3 and 5 March", "3-5 March", "March 3-5") dates the event by its start
at the precision that holds for the whole range (the month), never by its last day. Sentences of our own."""
from __future__ import annotations

import pytest

from kg.extract.dates import day_range
from kg.timex import Timex


def widened(text: str, phrase: str) -> str:
    start = text.index(phrase)
    return day_range(text, Timex(start, start + len(phrase), "DATE", "2025-11-" + phrase[:2].strip().zfill(2)
                                 if phrase[0].isdigit() else "2025-11-" + phrase.split()[-1].zfill(2), phrase)).value


@pytest.mark.parametrize("text, phrase", [
    ("Between 12 and 14 November the dockers held strikes.", "14 November"),
    ("From 12 to 14 November the dockers blocked the port.", "14 November"),
    ("On 12-14 November the dockers blocked the port.", "14 November"),
    ("On 12–14 November the dockers blocked the port.", "14 November"),
    ("On November 12-14 the dockers blocked the port.", "November 12"),
    ("The dockers struck between November 12 and 14.", "November 12"),
])
def test_a_range_of_days_is_dated_by_its_month(text, phrase):
    assert widened(text, phrase) == "2025-11"


@pytest.mark.parametrize("text, phrase", [
    ("On 14 November the dockers held strikes.", "14 November"),
    ("The dockers won 3 and 14 November was quiet.", "14 November"),     # "and" without "between": no range
    ("On November 12 5 ships were held.", "November 12"),
    ("On November 12 to 14 ships were held.", "November 12"),    # a count after "to", not a day: no range
    ("On 15-14 November the dockers struck.", "14 November"),     # no range runs backwards
])
def test_one_day_stays_a_day(text, phrase):
    assert widened(text, phrase) != "2025-11"


@pytest.mark.model
def test_a_fronted_range_dates_the_event_by_its_month(nlp, gazetteer):
    from kg.extract.core import extract
    from kg.types import Article
    text = ("Between 12 and 14 November the dockers' union staged protests against Maersk. "
            "On 4 November Chile expelled the Peruvian ambassador.")
    ex = extract(nlp(text), Article(text=text, date="2025-11-20"), gazetteer)
    got = {s.predicate: s.date for s in ex.statements}
    assert got["protest_against"] == "2025-11"
    assert got["expel"] == "2025-11-04"
