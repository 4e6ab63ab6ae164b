"""What a maker builds is a product, not a body or a place: the object of build, make, produce, manufacture or
assemble written as a model is ("builds the Golf and the Tiguan", "makes the Corolla") or as a maker's name in the
plural ("has built Volkswagens"); not where the verb makes something of a name ("made Andersen chairman", "built
Nordwind into a utility"). Sentences written for these tests."""
from __future__ import annotations

import pytest
from clausehelp import named

from kg.types import EntityType

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, thing", [
    ("Volkswagen builds the Golf and the Tiguan in Wolfsburg.", "Golf"),
    ("Volkswagen builds the Golf and the Tiguan in Wolfsburg.", "Tiguan"),
    ("Toyota makes the Corolla at its plant in Burnaston, the company said.", "Corolla"),
    ("Volkswagen wants to cut output. Jens Albrecht has built Volkswagens in Emden since 1999.", "Volkswagens"),
])
def test_a_made_thing_is_no_entity(run, text, thing):
    assert not named(run(text), thing)


def test_the_maker_stays_an_organisation(run):
    ex = run("Volkswagen builds the Golf and the Tiguan in Wolfsburg.")
    assert [e.type for e in named(ex, "Volkswagen")] == [EntityType.ORGANIZATION]


def test_a_firm_built_into_something_stays_a_firm(run):
    ex = run("Lars Andersen built Nordwind from a two-man firm into a utility, and Nordwind now employs 900 people.")
    assert [e.type for e in named(ex, "Nordwind")] == [EntityType.ORGANIZATION]
