"""Offsets counted from the date a paragraph named last ("A day later", "the day before", "two years later", "the
next day"), and those counted from what follows them or with no date before them, which stay unresolved.
Sentences of our own."""
from __future__ import annotations

from kg.timex import find_timexes

REF = "2026-03-11"


def values(text):
    return [(t.text, t.value) for t in find_timexes(text, REF)]


def test_an_offset_counts_from_the_last_date_named():
    assert values("Hungary vetoed the package on Monday. A day later, Slovakia criticised the veto.")[1] == (
        "A day later", "2026-03-10")
    assert values("The unions met the minister on 3 March. The day before, they had rejected the offer.")[1] == (
        "day before", "2026-03-02")
    assert values("Ghana expelled two diplomats on 4 February. The next day, Togo recalled its envoy.")[1] == (
        "The next day", "2026-02-05")
    assert values("The law was passed in 2019. Two years later the court struck it down.")[1] == (
        "Two years later", "2021")
    assert values("The strike began on 2 March. A week later, the port reopened.")[1] == ("A week later", "2026-03-09")


def test_an_offset_from_what_follows_or_from_nothing_stays_unresolved():
    assert values("Two days before the vote, Togo recalled its envoy.") == [("Two days before", "PAST_REF")]
    assert values("Ten days later the hostages were freed.") == [("Ten days later", "FUTURE_REF")]
    assert "2026-03-10" not in dict(values("They met on 3 March. A week after the summit, they signed.")).values()
    # a day offset from a month or a year is no day; nor is a date across a paragraph break its anchor
    assert values("They met in March. Two days later they signed.")[1] == ("Two days later", "FUTURE_REF")
    assert values("He left in May 2020.\n\nThree years later he came back.")[1] == ("Three years later", "FUTURE_REF")
