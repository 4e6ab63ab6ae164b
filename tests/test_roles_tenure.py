"""When an office is held: an infinitive of holding one that someone was put in is held ("was appointed in May to run
the agency"), while one chosen for later is not yet ("chose X to lead it from March"); a title held by someone a verb
of removal removed is a former office ("the club has sacked head coach X"), unless the removal is only planned or
denied. Sentences written for these tests."""
from __future__ import annotations

import pytest

from clausehelp import role_rows


def modality_of(ex, holder: str, role: str) -> set[str]:
    names = {e.key: e.label for e in ex.entities}
    return {s.modality.value for s in ex.statements
            if s.predicate == role and holder in names.get(s.subject.entity, s.subject.text)}


@pytest.mark.model
@pytest.mark.parametrize("text, holder, role", [
    ("Priya Raman, who was appointed in May to run the Tamil Nadu Water Board, ordered an audit.",
     "Priya Raman", "head_of"),
    ("Lise Moreau was hired last year to lead the Lyon Chamber of Commerce.", "Lise Moreau", "head_of"),
])
def test_an_office_someone_was_put_in_is_held(run, text, holder, role):
    assert modality_of(run(text), holder, role) == {"Asserted"}


@pytest.mark.model
@pytest.mark.parametrize("text, holder, role", [
    ("The board of Ostrava Steel chose Pavel Dvorak to lead Ostrava Steel from March.", "Pavel Dvorak", "head_of"),
    ("Lise Moreau hopes to lead the Lyon Chamber of Commerce.", "Lise Moreau", "head_of"),
    ("Lise Moreau is expected to be appointed to run the Lyon Chamber of Commerce.", "Lise Moreau", "head_of"),
])
def test_an_office_chosen_for_later_or_hoped_for_is_not_yet_held(run, text, holder, role):
    assert "Asserted" not in modality_of(run(text), holder, role)


@pytest.mark.model
@pytest.mark.parametrize("text, holder, role, body", [
    ("Galway United have sacked head coach Conor Keane after five straight defeats.", "Conor Keane", "coach_of",
     "Galway United"),
    ("Brenner Logistics' chairman, Tove Lund, was ousted by shareholders on Friday.", "Tove Lund", "chair_of",
     "Brenner Logistics"),
    ("Brenner Logistics fired Tove Lund, its chief executive, in a cost-cutting drive.", "Tove Lund",
     "chief_executive_of", "Brenner Logistics"),
])
def test_a_title_of_someone_removed_is_a_former_office(run, text, holder, role, body):
    rows = role_rows(run(text))
    assert (holder, role, body, "former") in rows
    assert (holder, role, body, "") not in rows


@pytest.mark.model
@pytest.mark.parametrize("text, holder, role, body", [
    ("Brenner Logistics plans to sack its chief executive, Tove Lund.", "Tove Lund", "chief_executive_of",
     "Brenner Logistics"),
    ("Brenner Logistics' chairman, Tove Lund, was praised by shareholders on Friday.", "Tove Lund", "chair_of",
     "Brenner Logistics"),
    ("The Greens, whose leader Maja Holt was sacked as environment minister, left the coalition.", "Maja Holt",
     "head_of", "Greens"),
])
def test_a_removal_planned_or_no_removal_leaves_the_office_held(run, text, holder, role, body):
    assert (holder, role, body, "") in role_rows(run(text))
