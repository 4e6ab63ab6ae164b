"""kg openie, round 5 (issue 9): arguments printed whole and minimal, and no tuple for what has no argument.
Sentences written for these tests, apart from the benchmark-style sets in bench/openie_unseen/."""
from __future__ import annotations

import pytest


pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected, not_expected", [
    # two nouns under one determiner share it and the phrase after them
    ("Dakar is the capital and largest port of Senegal.", ("Dakar", "is", "the capital and largest port of Senegal"),
     None),
    ("Ms Ortiz is the founder and owner of the bakery.", ("Ms Ortiz", "is", "the owner of the bakery"),
     ("Ms Ortiz", "is", "owner")),
    ("The chairman and chief executive of the bank resigned.", ("The chief executive of the bank", "resigned"),
     ("chief executive", "resigned")),
    # each with a determiner of its own: two phrases, nothing shared
    ("He thanked his wife and their son for their support.", ("He", "thanked", "their son", "for their support"),
     None),
])
def test_nouns_under_one_determiner_share_it(rows, text, expected, not_expected):
    got = rows(text)
    assert expected in got, got
    assert not_expected not in got, got


def test_a_noun_phrase_cut_in_two_subjects_is_one_subject(rows):
    got = rows("A magnitude 5.9 tremor shook the island of Crete on Tuesday.")
    assert ("A magnitude 5.9 tremor", "shook", "the island of Crete", "on Tuesday") in got, got
    assert not [t for t in got if t[0] == "A magnitude"], got


def test_the_verb_of_a_comparison_gives_no_tuple(rows):
    got = rows("Sales grew more slowly than analysts had forecast.")
    assert not [t for t in got if t[0] == "analysts"], got


@pytest.mark.parametrize("text, subject, not_subjects", [
    # after a name and a comma, two nouns under one determiner are its description, not more members of a list
    ("Kumasi, Ghana's second city and commercial hub, hosted the summit.", "Kumasi", {"Ghana's second city", "commercial hub"}),
    # a list stays a list
    ("Aarhus, Odense and Aalborg voted for the plan.", "Odense", set()),
])
def test_a_description_after_a_name_is_no_list(rows, text, subject, not_subjects):
    got = rows(text)
    subjects = {t[0] for t in got if t[1] not in ("is", "is capital of", "is in")}
    assert subject in subjects, got
    assert not (subjects & not_subjects), got


@pytest.mark.parametrize("text, expected", [
    # a place participle on a compound's first noun says where the whole phrase's head is
    ("Analysts expect the Lyon-based tyres maker to cut jobs.", ("the tyres maker", "is based in", "Lyon")),
    ("The Milan-based fashion house raised prices.", ("The fashion house", "is based in", "Milan")),
])
def test_a_place_participle_on_a_compound(rows, text, expected):
    got = rows(text)
    assert expected in got, got


def test_a_description_after_a_name_says_what_the_name_is(rows):
    got = rows("Kumasi, Ghana's second city and commercial hub, hosted the summit.")
    assert ("Kumasi", "is in", "Ghana") in got, got
