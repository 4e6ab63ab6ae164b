"""Links between bodies and the officers of a field: ownership by a participle ("majority-owned by", "the
Qatar-owned chain", "a news agency run by"), a body's relation as a copula's attribute ("is a subsidiary of"), a
description with a name in apposition ("a unit of the Swedish group Bergfors", "runs the consultancy X"), and a
title of a field held at a body ("head of research at Y" is an officer of Y, not its head)."""
from __future__ import annotations

import pytest

from kg.extract.roles import ROLES


def triples(ex) -> set[tuple]:
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity), s.predicate, names.get(s.object.entity), s.polarity.value, s.modality.value)
            for s in ex.statements if s.subject.entity and s.object.entity}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Marlow Airways, which is majority-owned by the Kessler Group, cut 400 jobs.",
     ("Kessler Group", "own", "Marlow Airways")),
    ("Brixton Bank is majority owned by the Kessler Group.", ("Kessler Group", "own", "Brixton Bank")),
    ("AsiaLink, a regional news agency run by the Pacific Press Institute, denied the report.",
     ("Pacific Press Institute", "run", "AsiaLink")),
    ("Marlow Airways is a subsidiary of the Kessler Group.", ("Marlow Airways", "subsidiary_of", "Kessler Group")),
    ("The Kessler Group is the parent company of Marlow Airways.",
     ("Kessler Group", "parent_company_of", "Marlow Airways")),
    ("Nordlight Media, a unit of the Swedish conglomerate Bergfors, sold its radio stations.",
     ("Nordlight Media", "unit_of", "Bergfors")),
])
def test_bodies_owned_run_or_part_of_others(run, text, expected):
    found = triples(run(text))
    assert (*expected, "Positive", "Asserted") in found, found


@pytest.mark.model
def test_a_denied_ownership_is_negative(run):
    found = triples(run("Brixton Bank is not owned by the Kessler Group."))
    assert ("Kessler Group", "own", "Brixton Bank", "Negative", "Asserted") in found


@pytest.mark.model
@pytest.mark.parametrize("text, person, role, body", [
    ("Pia Wahl, who runs the design studio Formhaus, won the award.", "Pia Wahl", "head_of", "Formhaus"),
    ("Dan Weir, head of research at Pellam Securities, expects a rate cut.", "Dan Weir", "employee_of",
     "Pellam Securities"),
    ("Anna Kol, professor of economics at Leiden University, disagreed.", "Anna Kol", "employee_of",
     "Leiden University"),
    ("Ben Ode, the head of the Lagos office at Zenith Bank, resigned.", "Ben Ode", "employee_of", "Zenith Bank"),
])
def test_officers_of_a_named_body(run, text, person, role, body):
    found = triples(run(text))
    assert (person, role, body, "Positive", "Asserted") in found, found
    assert not [t for t in found if t[0] == person and t[1] in ROLES and t[2] != body], found
