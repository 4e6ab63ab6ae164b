"""kg openie, round 8 (issue 9): company results, obituaries, court and sports reports. Sentences written for these
tests, apart from the benchmark-style sets in bench/openie_unseen/."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("Sales at the Dutch brewer rose 4% in the year to March.",
     ("Sales at the Dutch brewer", "rose", "4%", "in the year to March")),
    ("Operating profit fell to $310 million in the six months to the end of September.",
     ("Operating profit", "fell to", "$310 million", "in the six months to the end of September")),
])
def test_a_span_of_time_keeps_the_date_that_closes_it(rows, text, expected):
    got = rows(text)
    assert expected in got, got
    assert not [t for t in got if t[-1].startswith("to ") and t[-1] in expected[-1]], got


def test_a_rise_to_an_amount_is_no_span(rows):
    got = rows("Its shares rose 3% to 412 pence on Friday.")
    assert ("Its shares", "rose", "3%", "to 412 pence", "on Friday") in got, got


def test_a_relation_the_rules_write_agrees_with_a_plural_subject(rows):
    got = rows("The three brothers, all former miners from Tredegar, opened a bakery in 1975.")
    assert [t for t in got if t[0] == "The three brothers" and t[1].split()[0] == "are"], got
    assert not [t for t in got if t[0] == "The three brothers" and t[1].split()[0] == "is"], got
    # a name stays singular
    got = rows("Sam Givens, a former senator, died on Sunday.")
    assert ("Sam Givens", "is", "a former senator") in got, got


def test_a_bare_pronoun_is_no_object_of_an_implied_relation(rows):
    got = rows("Orders fell at its Polish subsidiary, Vistula Mills, in March.")
    assert not [t for t in got if t[-1] in ("its", "their")], got


def test_aged_and_the_age_are_one_argument(rows):
    got = rows("The novelist Ruth Abernathy has died aged 91.")
    assert [t for t in got if t[1] == "has died" and t[2:] == ("aged 91",)], got
    assert not [t for t in got if t[2:] == ("aged", "91")], got


@pytest.mark.parametrize("text, expected", [
    ("A retired nurse from Swansea won the jackpot.", ("A retired nurse", "is from", "Swansea")),
    ("Mark Ellis, 41, of Manchester, was fined £500.", ("Mark Ellis", "is from", "Manchester")),
    ("Priya Nair, of Leicester, told the inquiry she had been misled.", ("Priya Nair", "is from", "Leicester")),
])
def test_where_a_person_is_from(rows, text, expected):
    assert expected in rows(text), rows(text)


def test_a_person_from_a_list_of_places_is_from_none_alone(rows):
    got = rows("Engineers from Chile and Peru inspected the dam.")
    assert not [t for t in got if t[1] == "are from"], got


def test_where_a_person_is_from_is_no_part_of_the_subject(rows):
    got = rows("Mark Ellis, 41, of Manchester, was fined £500.")
    assert ("Mark Ellis", "was fined", "£500") in got, got


def test_a_relative_clause_on_a_description_of_a_name_is_said_of_the_name(rows):
    got = rows("Lena Moreau, the French cyclist who won the race in 2019, retired on Friday.")
    assert [t for t in got if t[0] == "Lena Moreau" and t[1] == "won"], got
    assert not [t for t in got if t[0] == "the French cyclist" and t[1] == "won"], got
