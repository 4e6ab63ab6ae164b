"""An "it" that is the subject of a clause of time or condition hung on a clause whose subject is a thing no name
stands for ("The plane had been expected to land in Sydney before it flew to Perth") is that thing, not the last
organisation named, on sentences of our own. The traps: where the main clause's subject is a name, "it" is that name;
in a second "that" clause of a speaker, the speaker."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def subjects(ex, predicate):
    return {s.subject.entity for s in ex.statements if s.predicate == predicate}


def test_it_in_a_clause_of_a_thing_is_the_thing(run):
    ex = run("Airbus delivered the first jet to Qantas. The plane had been expected to land in Sydney before it flew "
             "to Perth.")
    assert "airbus" not in subjects(ex, "fly_to")
    ex = run("Rosatom shipped the reactor vessel to Akkuyu. The vessel was due to arrive in March, but it reached "
             "Mersin only when it had cleared Turkish customs.")
    assert "rosatom" not in subjects(ex, "reach")


def test_it_in_a_clause_of_a_name_is_the_name(run):
    ex = run("Maersk said that the burning containers held no fuel and that it expected to reopen the berth.")
    assert "maersk" in subjects(ex, "expect")
    ex = run("Ryanair cut fares in Poland after it lost passengers to Wizz Air.")
    assert "ryanair" in subjects(ex, "lose")
