"""A month with "last year", "next year" or "this year" is that year's month, not the nearest month of its name.
Sentences of our own."""
from __future__ import annotations

import pytest

from kg.timex import find_timexes


@pytest.fixture
def run_dated(nlp, gazetteer):
    """Extract one text as an article dated Wednesday 11 March 2026."""
    from kg.extract.core import extract
    from kg.types import Article
    return lambda text: extract(nlp(text), Article(text=text, date="2026-03-11"), gazetteer)


def dates(ex, predicate):
    return [s.date for s in ex.statements if s.predicate == predicate]


def values(text, date):
    return [(t.text, t.value) for t in find_timexes(text, date)]


def test_a_month_of_last_or_next_year():
    assert values("The tribunal ruled in March last year that the levy was lawful.", "2026-09-09") == [
        ("March last year", "2025-03")]
    assert values("The airport will reopen in June next year.", "2026-09-09") == [("June next year", "2027-06")]
    assert values("Exports fell in May of last year.", "2026-02-01") == [("May of last year", "2025-05")]
    assert values("Prices peaked in early July this year.", "2026-09-09") == [("early July this year", "2026-07")]


def test_a_month_alone_keeps_the_tense_rule_and_the_story_s_own_years_are_not_ours():
    assert values("The tribunal ruled in March.", "2026-09-09") == [("March", "2026-03")]
    # "the previous year" is the story's year before, not the date line's: the month stays apart
    assert ("March the previous year", "2025-03") not in values("In March the previous year, it failed.",
                                                                "2026-09-09")


@pytest.mark.model
def test_a_clause_timed_from_below_or_by_the_act_it_follows(run_dated):
    ex = run_dated("Police in Nairobi detained the blogger when she landed at the airport on Sunday. "
                   "Ukraine's coast guard halted sharing radar data with Moldova in January. "
                   "The Federal Court ruled in May last year that the state had no such power, quashing a "
                   "permit granted to the miner.")
    assert dates(ex, "detain") == ["2026-03-08"]
    assert dates(ex, "halt") == ["2026-01"]
    assert dates(ex, "quash") == ["2025-05"]
