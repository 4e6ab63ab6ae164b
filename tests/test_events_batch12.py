"""Event senses and dates found on bench/events_wire/sentences12.json (written before the builder ran on it), tested
on sentences of their own: force verbs aimed at a rival's business or market are competition, not violence; a
state evacuating its own nationals gives no one aid; an occasion noun such as "an event" or "a forum" in a phrase
of the verb dates the act done at it; a bare day of the month ("on the 3rd") is a date of the month of the date
line, or of the month before for a day still to come."""
from __future__ import annotations

import pytest

from kg.timex import find_timexes

WED = "2026-03-11"


def codes(ex, predicate):
    return {s.event_type for s in ex.statements if s.predicate == predicate}


def dates(ex, predicate):
    return {s.date for s in ex.statements if s.predicate == predicate}


@pytest.mark.model
@pytest.mark.parametrize("text, predicate, want", [
    ("Netflix attacked Disney's streaming business with cheaper plans.", "attack", {None}),
    ("Pepsi launched an assault on Coca-Cola's market share in India.", "attack", {None}),
    ("Russian missiles attacked Ukraine's power stations.", "attack", {"190"}),
    ("Hamas fighters attacked Israeli army posts near Gaza.", "attack", {"190"}),
])
def test_force_on_a_rivals_business_is_competition(run, text, predicate, want):
    assert codes(run(text), predicate) == want


@pytest.mark.model
@pytest.mark.parametrize("text, predicate, want", [
    ("Japan evacuated 80 of its nationals from Lebanon.", "evacuate", {None}),
    ("India evacuated its citizens from Kabul by air.", "evacuate", {None}),
    ("The Red Cross evacuated 300 wounded civilians from Mariupol.", "evacuate", {"070"}),
])
def test_evacuating_ones_own_nationals_is_no_aid(run, text, predicate, want):
    assert codes(run(text), predicate) == want


@pytest.mark.model
@pytest.mark.parametrize("text, predicate, date", [
    ("Samsung unveiled a foldable phone at an event in Seoul on Tuesday.", "unveil", "2026-03-10"),
    ("Kenya's president criticised Uganda at a forum in Nairobi on Monday.", "criticise", "2026-03-09"),
    ("Brazil's minister praised China at a dinner in Beijing last Friday.", "praise", "2026-03-06"),
])
def test_an_occasion_in_a_phrase_of_the_verb_dates_the_act(run_dated, text, predicate, date):
    assert dates(run_dated(text, WED), predicate) == {date}


@pytest.mark.parametrize("text, value", [
    ("The army shelled the town on the 2nd.", "2026-03-02"),
    ("The army shelled the town on the 21st.", "2026-02-21"),
    ("The envoys will meet on the 21st.", "2026-03-21"),
    ("The envoys will meet on the 4th.", "2026-04-04"),
])
def test_a_bare_day_of_the_month(text, value):
    found = [t for t in find_timexes(text, WED) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize("text", [
    "The fire broke out on the 3rd floor.",
    "They met on the 5th anniversary of the war.",
    "The bill passed on the 2nd reading.",
])
def test_an_ordinal_before_a_noun_is_no_day(text):
    assert [t for t in find_timexes(text, WED) if t.type == "DATE"] == []


@pytest.mark.model
@pytest.mark.parametrize("text, predicate, want", [
    ("Greenpeace brought a case against TotalEnergies in a Paris court.", "sue", {"173"}),
    ("Peru launched legal action against Repsol over the oil spill.", "sue", {"173"}),
    ("Scholz made the case for a European air shield.", "sue", set()),
    ("The regulator took action against Binance.", "sue", set()),
])
def test_a_case_or_legal_action_against_someone_is_a_lawsuit(run, text, predicate, want):
    assert codes(run(text), predicate) == want


@pytest.mark.model
@pytest.mark.parametrize("text, want", [
    ("Ukraine took Russia to the International Court of Justice.", {"115"}),
    ("ConocoPhillips took Venezuela to arbitration over the seizure.", {"115"}),
    ("Scholz took Macron to a restaurant in Potsdam.", {None}),
])
def test_taking_someone_to_court_is_legal_action(run, text, want):
    assert codes(run(text), "take") == want


@pytest.mark.model
@pytest.mark.parametrize("text, predicate, date", [
    ("Starting Friday, Hungary will close its border with Serbia.", "close", "2026-03-13"),
    ("Starting Monday, Poland will ban Russian trucks.", "ban", "2026-03-16"),
    ("Beginning in June, the EU will impose duties on Chinese steel.", "impose", "2026-06"),
    ("Starting in 2019, Russia detained Ukrainian sailors near Crimea.", "detain", None),
])
def test_the_day_an_announced_measure_starts_dates_it(run_dated, text, predicate, date):
    assert dates(run_dated(text, WED), predicate) == {date}


@pytest.mark.model
@pytest.mark.parametrize("text, predicate, roots", [
    ("Xiaomi captured 15 percent of the Indian smartphone market.", "capture", {None}),
    ("Samsung seized a third of the European television market.", "seize", {None}),
    ("Russia captured 18 percent of Ukraine's territory.", "capture", {"17", "19"}),
])
def test_a_share_of_a_market_won_is_no_seizure(run, text, predicate, roots):
    got = {c[:2] if c else c for c in codes(run(text), predicate)}
    assert got and got <= roots


@pytest.mark.model
@pytest.mark.parametrize("text, predicate, want", [
    ("North Korea supplied drones to Russia.", "supply", {"072"}),
    ("Turkey supplied Bayraktar drones to Ukraine in 2022.", "supply", {"072"}),
    ("Belarus promised to supply drones to Russia.", "promise", {"0332"}),
])
def test_aircraft_supplied_are_military_aid_given(run, text, predicate, want):
    assert codes(run(text), predicate) == want
