"""A capitalised gerund before "people" opens a clause ("Moving people 300 kilometres is not a solution"), it names
no people as "the Ebrié people" does (kg.extract.foreignnames). Sentences written for these tests."""
from __future__ import annotations

import pytest
from clausehelp import named

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, word", [
    ('"Moving people 300 kilometres is not a solution, it is a threat," said Thorsten Gröger.', "Moving"),
    ('"Helping people who lost their homes comes first," the mayor said on Sunday.', "Helping"),
])
def test_a_gerund_before_people_is_no_people(run, text, word):
    assert not named(run(text), word)
