"""A move whose "from" names a body is a move between employers, whose "to" is no place ("moved from Kelso Maritime
to Nordbank"); a journey from a place keeps its "to" a place (issue 9). Sentences written for these tests."""
from __future__ import annotations

import pytest
from clausehelp import named

from kg.types import EntityType

pytestmark = pytest.mark.model
GPE = EntityType.GPE


@pytest.mark.parametrize("text, name", [
    ("Peter Larsen, a senior trader, moved from Kelso Maritime to Nordbank last year.", "Nordbank"),
    ("The analyst moved from Kelso Maritime to Nordbank in March.", "Nordbank"),
    ("Tove Berg moved from Halden Shipping to Varnes Capital in May.", "Varnes Capital"),
])
def test_a_move_from_a_body_makes_its_to_no_place(run, text, name):
    assert all(e.type is not GPE for e in named(run(text), name))


@pytest.mark.parametrize("text, name", [
    ("The family moved from Lagos to Abuja in 2019.", "Abuja"),
    ("Anna Kowal flew from Oslo to Tromsø on Monday.", "Tromsø"),
    ("The ministry moved from the capital to Dodoma last year.", "Dodoma"),
])
def test_a_journey_from_a_place_keeps_its_to_a_place(run, text, name):
    found = named(run(text), name)
    assert found and all(e.type is GPE for e in found)
