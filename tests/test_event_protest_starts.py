"""A protest a non-state actor begins, starts or launches is that protest, as one it stages or organises is: "the union
began an indefinite strike" 143, "launched a boycott of the fund" 143, "began a march" 141. A strike begun or
launched is a labour one only with a labour cue (an indefinite, general, nationwide or 48-hour strike, a union's or
workers' strike); "the militants launched a strike on the base" stays the attack it is. Found with the new eval/dev
case nigeria-lecturers-strike; the sentences are our own."""
from __future__ import annotations

import pytest


def codes(ex, predicate):
    return {s.event_type for s in ex.statements if s.predicate == predicate}


@pytest.mark.parametrize("text, predicate, code", [
    ("The National Union of Teachers began an indefinite strike on Monday.", "begin", "143"),
    ("Dockworkers began a 48-hour strike at the port of Santos.", "begin", "143"),
    ("The Kenya Medical Association launched a boycott of the new health fund.", "launch", "143"),
    ("The Dhaka University Students' Federation began a march to the parliament.", "begin", "141"),
    ("The Confederation of Farmers started a blockade of the port of Rouen.", "start", "144"),
])
def test_a_protest_begun_is_that_protest(run, text, predicate, code):
    assert codes(run(text), predicate) == {code}


@pytest.mark.parametrize("text", [
    "The militants launched a strike on the army base in Kidal.",
    "Hezbollah launched a strike on an Israeli army post.",
    "The rebels began a strike against the convoy near Goma.",
])
def test_a_strike_launched_by_fighters_is_no_labour_strike(run, text):
    assert not any(s.event_type == "143" for s in run(text).statements)
