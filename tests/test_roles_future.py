"""A role whose holder does not hold it yet ("the next president of", "incoming chief executive", "nominated as")
is stated, but never as a fact: hypothetical, as a plan is."""
from __future__ import annotations

import pytest

from kg.extract.roles import ROLES
from kg.types import Modality


def roles(ex) -> dict[tuple, Modality]:
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text)):
            s.modality for s in ex.statements if s.predicate in ROLES}


def held(ex, person: str, body: str) -> list[Modality]:
    return [m for (s, _, o), m in roles(ex).items() if person in s and body in o]


@pytest.mark.model
@pytest.mark.parametrize("text, person, body", [
    ("Marta Ruiz, the next president of Banco Solano, said rates would stay low.", "Marta Ruiz", "Banco Solano"),
    ("Incoming Siemens chief executive Paul Geld told staff the plant would stay open.", "Paul Geld", "Siemens"),
    ("The board of Kelmar Group nominated Anna Weiss as its chairman on Monday.", "Anna Weiss", "Kelmar"),
])
def test_an_office_not_yet_held_is_no_fact(run, text, person, body):
    found = held(run(text), person, body)
    assert found and all(m is Modality.HYPOTHETICAL for m in found)


@pytest.mark.model
@pytest.mark.parametrize("text, person, body", [
    ("Marta Ruiz, the president of Banco Solano, said rates would stay low.", "Marta Ruiz", "Banco Solano"),
    ("Siemens chief executive Paul Geld told staff the plant would stay open.", "Paul Geld", "Siemens"),
    ("The board of Kelmar Group appointed Anna Weiss as its chairman on Monday.", "Anna Weiss", "Kelmar"),
])
def test_an_office_held_stays_a_fact(run, text, person, body):
    found = held(run(text), person, body)
    assert found and all(m is Modality.ASSERTED for m in found)
