"""A place set off by commas after an opening phrase ("In the capital, Nairobi, police fired tear gas") is the phrase's
apposition, though the parser makes it the verb's subject with the true subject its conjunct: the place does not
act. Lists after an opening phrase ("In a statement, Kenya, Uganda and Tanzania condemned") are the subjects."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, place", [
    ("In the capital, Nairobi, police fired tear gas at protesters.", "nairobi"),
    ("In the capital, Kampala, soldiers have arrested the opposition leader.", "kampala"),
])
def test_a_place_apposed_to_an_opening_phrase_does_not_act(run, text, place):
    assert not [s for s in run(text).statements if s.subject.entity == place]


def test_a_list_after_an_opening_phrase_acts(run):
    ex = run("In a statement, Kenya, Uganda and Tanzania condemned the attack.")
    assert {s.subject.entity for s in ex.statements if s.predicate == "condemn"} == {"kenya", "uganda", "tanzania"}
