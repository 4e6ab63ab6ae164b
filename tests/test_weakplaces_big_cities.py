"""Big cities whose names are also surnames or WordNet nouns ("Cairns", "Stavanger", "Metz") in the weak place tier
(ontologies/build_places.py: a one-word city of 100,000 people or more that other languages name too), and the
rule that keeps a person's surname a person's (kg.weakplaces). Sentences written for these tests."""
from __future__ import annotations

import pytest
from clausehelp import named, one

from kg.types import EntityType


@pytest.mark.parametrize("name", ["Cairns", "Stavanger", "Metz", "Trondheim", "Utrecht"])
def test_a_big_city_named_like_a_surname_or_a_noun_is_a_weak_place(gazetteer, name):
    assert gazetteer.place(name) is not None


@pytest.mark.parametrize("name", ["Rodriguez", "Mango", "Richardson", "Lira"])
def test_a_small_namesake_town_of_a_surname_or_a_noun_is_not(gazetteer, name):
    assert gazetteer.place(name) is None


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Ferries from Stavanger were cancelled on Monday as the storm hit the coast.", "Stavanger"),
    ("Residents of Cairns were told to stay indoors until the cyclone passed.", "Cairns"),
    ("The train stopped in Metz for four hours, the operator said.", "Metz"),
])
def test_the_big_city_in_a_sentence_is_a_place(run, text, name):
    assert one(run(text), name).type is EntityType.GPE


@pytest.mark.model
def test_a_persons_surname_stays_the_persons(run):
    ex = run("Lena Metz, the fund's chair, wrote to investors on Friday. Shareholders from Frankfurt backed Metz "
             "at the meeting.")
    assert all(e.type is EntityType.PERSON for e in named(ex, "Metz"))
