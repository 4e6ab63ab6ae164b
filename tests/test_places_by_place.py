"""A name the NER takes for a person or a firm is a place where it stands as one: a later member of a list whose
first member is a place after a preposition of place ("off Townsville and Cairns"), and a one-word name modifying a
noun of a stretch of land ("the Kent coast", "the Norfolk coast")."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,name", [
    ("A team tracked 1,600 colonies at 12 reefs off Townsville and Cairns through the bleaching event.", "Cairns"),
    ("Divers surveyed reefs near Cairns and Gladstone last month.", "Gladstone"),
    ("The Home Office detained the migrants hours after they reached the Kent coast in a small boat.", "Kent"),
    ("Fishermen landed their catch on the Norfolk coast.", "Norfolk"),
])
def test_a_name_standing_as_a_place_is_one(run, text, name):
    types = {e.label: e.type.name for e in run(text).entities}
    assert types.get(name) == "GPE", types


def test_a_person_after_a_list_of_places_stays_a_person(run):
    types = {e.label: e.type.name for e in run("Talks between Russia and Sergei Lavrov's team ended in Geneva.").entities}
    assert types.get("Sergei Lavrov") == "PERSON", types
