"""An attribution set off by commas inside a clause ("The airline, a spokesman for Wizz Air said, will cut routes")
that the parser reads as an apposition on the clause's subject: its source says the sentence, and is no identity
of the subject (no be(airline, spokesman), no spokesperson_of for whatever "the airline" stands for)."""
from __future__ import annotations

import pytest

from kg.extract.roles import ROLES

pytestmark = pytest.mark.model

LEAD = "Lufthansa reported higher fuel costs on Monday. "


def facts(ex) -> set[tuple]:
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text))
            for s in ex.statements if s.predicate in ROLES or s.predicate == "be"}


@pytest.mark.parametrize("text, source", [
    ("The airline, a spokesman for Wizz Air said, will cut routes to Poland next year.", "spokesman"),
    ("The carrier, an official at Ryanair said, had grounded four jets.", "official"),
    ("The club, a lawyer for FC Porto said, will appeal.", "lawyer"),
])
def test_the_source_of_an_interrupting_attribution_is_found(nlp, text, source):
    from kg.extract.asides import medial_attribution
    doc = nlp(text)
    found = medial_attribution(next(doc.sents).root)
    assert found is not None and found.text == source


@pytest.mark.parametrize("text, role", [
    ("The airline, a spokesman for Wizz Air said, will cut routes to Poland next year.", "spokesperson_of"),
    ("The carrier, an official at Ryanair said, had grounded four jets.", "employee_of"),
    ("The club, a lawyer for FC Porto said, will appeal.", "lawyer_of"),
])
def test_an_interrupting_attribution_gives_the_subject_no_title(run, text, role):
    got = facts(run(LEAD + text))
    assert not any(p == role or p == "be" for _, p, _ in got), got


def test_an_interrupting_attribution_is_no_apposition_in_open_ie(rows):
    got = rows("The airline, a spokesman for Wizz Air said, will cut routes to Poland next year.")
    assert not any(r[1].startswith("is") for r in got), got


@pytest.mark.parametrize("text, expected", [
    # a closed apposition before the verb of saying stays one
    ("Tim Cook, the chief executive of Apple, said sales rose.", ("Tim Cook", "chief_executive_of", "Apple")),
    ("A spokesman for Wizz Air, Jan Kowalski, said the airline would cut routes.",
     ("Jan Kowalski", "spokesperson_of", "Wizz Air")),
    ("Jan Kowalski, a spokesman for Wizz Air, said on Monday the airline would cut routes.",
     ("Jan Kowalski", "spokesperson_of", "Wizz Air")),
])
def test_a_closed_apposition_keeps_its_title(run, text, expected):
    assert expected in facts(run(text))


def test_a_medial_attribution_on_its_own_verb_is_unchanged(nlp):
    from kg.extract.asides import medial_attribution
    doc = nlp("Vale, the ministry claims, has paid no compensation.")
    assert medial_attribution(next(doc.sents).root).text == "ministry"
