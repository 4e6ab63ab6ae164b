"""A restrictive relative clause ("that", no comma) the parser hangs on a name in a prepositional phrase restricts the
common noun the phrase belongs to: a name needs no restricting ("a test flight around the Moon that opens the
programme": the flight opens it, not the Moon)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,predicate", [
    ("The capsule went on a test flight around the Moon that opens the agency's lunar programme.", "open"),
    ("The president made a visit to the White House that ended the dispute.", "end"),
])
def test_a_restrictive_relative_is_no_act_of_the_name(run, text, predicate):
    ex = run(text)
    subjects = [(s.subject.text, s.subject.entity) for s in ex.statements if s.predicate == predicate]
    assert subjects and not any(entity for _, entity in subjects), subjects


def test_a_non_restrictive_relative_stays_the_name_s(run):
    ex = run("The ministry announced a partnership with Siemens, which makes trains in Krefeld.")
    assert any(s.subject.entity and s.predicate == "make" for s in ex.statements)
