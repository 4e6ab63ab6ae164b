"""Removing someone from an office (a parliament voting to remove its prime minister, a board removing its chief
executive) is a personnel change, which CAMEO does not code (ANNOTATION: personnel changes get no code), not the
expulsion of persons (EXPEL/REMOVE, 174). Sentences of our own; the trap: expelling a person stays 174."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def codes(ex, predicate):
    return [s.event_type for s in ex.statements if s.predicate == predicate]


def test_removing_an_office_holder_is_no_expulsion(run):
    assert codes(run("Peru's Congress voted on Friday to remove President Dina Boluarte."), "remove") == [None]
    assert codes(run("The board of OpenAI removed chief executive Sam Altman in November."), "remove") == [None]
    assert codes(run("Sony dismissed Kenji Ito from his post as finance chief."), "dismiss") == [None]


def test_expelling_a_person_is_an_expulsion(run):
    assert codes(run("Turkey expelled the Swedish journalist Anna Berg."), "expel") == ["174"]
