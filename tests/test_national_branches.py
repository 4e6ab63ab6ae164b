"""An organisation's name run into a country's that heads the phrase is the body's branch in that country
(kg.gazcomponent): "Amnesty International Kenya said" is no statement of Kenya; and "May" after a preposition
of time is the month, not a surname (kg.extract.thingnames). Sentences of our own."""
from __future__ import annotations

import pytest

from kg.types import EntityType

pytestmark = pytest.mark.model


def speakers(ex) -> set[str]:
    names = {e.key: e.label for e in ex.entities}
    return {names.get(s.subject.entity, s.subject.text) for s in ex.statements if s.predicate == "say"}


@pytest.mark.parametrize("text,branch,country", [
    ("Amnesty International Kenya said the police had killed 12 protesters in Nakuru.",
     "Amnesty International Kenya", "Kenya"),
    ("Save the Children UK said it would send aid to Gaza.", "Save the Children UK", "United Kingdom"),
])
def test_a_national_branch_speaks_not_its_country(run, text, branch, country):
    ex = run(text)
    kinds = {e.label: e.type for e in ex.entities}
    assert kinds.get(branch) is EntityType.ORGANIZATION and country not in kinds, kinds
    assert speakers(ex) == {branch}


def test_a_country_after_a_body_in_its_own_clause_is_the_country(run):
    ex = run("Amnesty International said Kenya had killed 12 protesters.")
    kinds = {e.label: e.type for e in ex.entities}
    assert kinds.get("Amnesty International") is EntityType.ORGANIZATION and kinds.get("Kenya") is EntityType.GPE


def test_may_after_a_preposition_of_time_is_the_month(run):
    ex = run("Theresa May said in May that she would resign.")
    assert {e.label: e.type for e in ex.entities} == {"Theresa May": EntityType.PERSON}


def test_may_after_by_is_still_the_person(run):
    ex = run("Theresa May met Emmanuel Macron on Monday. The plan was backed by May, her aides said.")
    assert {e.label: e.type for e in ex.entities} == {"Theresa May": EntityType.PERSON,
                                                      "Emmanuel Macron": EntityType.PERSON}
