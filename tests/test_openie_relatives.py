"""kg openie, round 9 (issue 9): relative clauses whose pronoun stands inside an argument ("whose", "with whom",
"where"). Sentences written for these tests, apart from the benchmark-style sets in bench/openie_unseen/."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("The painter Anja Roth, whose sister was a famous pianist, died in Hamburg on Friday.",
     ("Anja Roth's sister", "was", "a famous pianist")),
    ("The small firm, whose owner lives in Graz, makes climbing ropes.",
     ("The small firm's owner", "lives in", "Graz")),
    ("The nurses, whose union called the strike, want a 10% pay rise.",
     ("The nurses' union", "called", "the strike")),
])
def test_whose_is_the_possessor_its_clause_hangs_on(rows, text, expected):
    got = rows(text)
    assert expected in got, got
    assert not [t for t in got if t[0].lower().startswith("whose")], got


def test_a_pronoun_after_a_preposition_is_its_antecedent(rows):
    got = rows("The old hotel in which the peace talks were held was demolished last year.")
    assert ("the peace talks", "were held", "in the old hotel") in got, got
    assert not [t for t in got if any(a.endswith(" which") for a in t[2:])], got


@pytest.mark.parametrize("text, expected", [
    ("The convoy reached Kherson, where volunteers handed out food and water.",
     ("volunteers", "handed out", "food", "in Kherson")),
    ("The crew landed on Mars, where they collected rock samples for two weeks.",
     ("they", "collected", "rock samples", "for two weeks", "on Mars")),
])
def test_where_places_its_clause_in_the_noun_it_hangs_on(rows, text, expected):
    got = rows(text)
    assert expected in got, got


def test_where_that_opens_no_relative_clause_adds_nothing(rows):
    got = rows("Nobody knows where the money went.")
    assert not [t for t in got if any(a.startswith("in ") for a in t[2:])], got


def test_a_ranked_second_noun_of_an_apposition_is_of_its_possessor(rows):
    got = rows("Almaty, Kazakhstan's former capital and largest city, lies at the foot of the mountains.")
    assert ("Almaty", "is largest city of", "Kazakhstan") in got, got
    # one noun alone is the apposition's own tuple, not a second one
    got = rows("Graz, Austria's second-largest city, hosts the festival.")
    assert not [t for t in got if t[1].startswith("is second-largest")], got


@pytest.mark.parametrize("text, expected", [
    ("Lotte Brandt, the Danish soprano, sang at the opening gala.", ("Lotte Brandt", "is from", "Denmark")),
    ("The Chilean pianist Rosa Vidal opened the festival on Friday.", ("Rosa Vidal", "is from", "Chile")),
])
def test_a_nationality_on_a_performer_says_where_they_are_from(rows, text, expected):
    got = rows(text)
    assert expected in got, got
