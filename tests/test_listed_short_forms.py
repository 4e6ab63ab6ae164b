"""A one-word short form of a firm named before, coordinated with another organisation, is that firm, not the city
the gazetteer knows by the word ("BHP and Rio said they would merge" after "Rio Tinto"); the word alone as a place
stays the city (issue 9). Sentences written for these tests."""
from __future__ import annotations

import pytest
from clausehelp import named

from kg.types import EntityType

pytestmark = pytest.mark.model
ORG, GPE = EntityType.ORGANIZATION, EntityType.GPE


@pytest.mark.parametrize("text", [
    "Rio Tinto and BHP are the two largest miners. BHP and Rio said they would merge their iron ore units.",
    "Rio Tinto cut its forecast on Monday. Analysts said Rio and BHP would both raise their dividends.",
    "Shares of Rio Tinto rose. Vale and Rio agreed to share a railway.",
])
def test_a_short_form_listed_with_a_firm_is_the_firm(run, text):
    rio = named(run(text), "Rio")
    assert [(e.label, e.type) for e in rio] == [("Rio Tinto", ORG)]


@pytest.mark.parametrize("text", [
    "Rio Tinto and BHP are the two largest miners. The talks were held in Rio on Monday.",
    "Rio Tinto cut its forecast. Rio is a port city.",
])
def test_the_word_alone_as_a_place_stays_the_city(run, text):
    rio = named(run(text), "Rio")
    assert rio and all(e.type is GPE for e in rio)
