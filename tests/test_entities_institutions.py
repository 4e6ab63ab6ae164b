"""Institutions with staff that the small NER calls facilities (or persons, when a person's name starts them): a
hospital, a school, a university, an institute is a body that acts ("the hospital said"), so an organisation;
a stadium or a cathedral stays a place. Sentences written for these tests."""
from __future__ import annotations

import pytest
from clausehelp import one

from kg.types import EntityType

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, name", [
    ("At Bach Mai Hospital, the city's largest, patients share beds in corridors.", "Bach Mai Hospital"),
    ("Doctors at the Sarah Okafor Memorial Hospital treated 40 patients, the hospital said.",
     "Sarah Okafor Memorial Hospital"),
    ("Mansour, who works for the Hisham Mubarak Law Institute, was arrested in Alexandria last September.",
     "Hisham Mubarak Law Institute"),
])
def test_a_staffed_institution_is_an_organisation(run, text, name):
    assert one(run(text), name).type is EntityType.ORGANIZATION


def test_a_stadium_stays_a_place(run):
    assert one(run("Fans filled Gaddafi Stadium on Sunday for the final."), "Gaddafi Stadium").type \
        is EntityType.LOCATION


@pytest.mark.parametrize("text, name", [
    ("Mansour, who works for the Hisham Mubarak Law Center, was arrested in Alexandria last September.",
     "Hisham Mubarak Law Center"),
    ("Staff at the Amara Okoye Cancer Centre walked out on Monday, the union said.", "Amara Okoye Cancer Centre"),
])
def test_a_fields_centre_named_after_a_person_is_an_organisation(run, text, name):
    assert one(run(text), name).type is EntityType.ORGANIZATION
