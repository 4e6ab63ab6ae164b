"""A name the NER misses that says "it" is a body: "Takeda said it would supply the programme" (a firm or an
authority is "it", a person never). Sentences written for these tests."""
from __future__ import annotations

import pytest
from clausehelp import named, one

from kg.types import EntityType

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, name", [
    ("Takeda said it would supply the programme next year.", "Takeda"),
    ("Nordlys, which has sold turbines in Chile since 2021, said it would build a plant there.", "Nordlys"),
    ("Japan's Takeda said on Monday it would cut 500 jobs.", "Takeda"),
])
def test_a_name_that_says_it_is_an_organisation(run, text, name):
    assert one(run(text), name).type is EntityType.ORGANIZATION


def test_a_person_who_says_it_of_a_thing_stays_a_person(run):
    ex = run("The Commission defended the deal on Wednesday. Trade Commissioner Anton Vesely said it contained "
             "the strongest safeguards the bloc had ever agreed.")
    assert [e.type for e in named(ex, "Anton Vesely")] == [EntityType.PERSON]
