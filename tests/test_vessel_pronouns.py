"""A firm that says "it" did what only a vessel does ("Ambrey said it had been sailing without a transponder"):
the pronoun is not the firm (a wrong edge costs more than a missing one); a firm's own act, even one of sailing with
an object ("it would sail its vessels around the Cape"), stays the firm's."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def edges(ex) -> set[tuple]:
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate) for s in ex.statements}


@pytest.mark.parametrize("text, firm", [
    ("The tanker Ocean Star was seized on Friday. Ambrey said it had been sailing without a transponder.",
     "Ambrey"),
    ("A cargo ship lost power off Brittany. Vanguard Maritime said it sank near the coast on Sunday.",
     "Vanguard Maritime"),
    ("The ferry left Dover at noon. DFDS said it docked in Calais two hours late.", "DFDS"),
])
def test_a_vessels_act_is_not_the_speaking_firms(run, text, firm):
    got = edges(run(text))
    assert not any(s == firm and p.split("_")[0] in ("sail", "sink", "dock") for s, p in got), got


@pytest.mark.parametrize("text, expected", [
    ("Maersk diverted two ships on Friday. The company said it would sail its vessels around the Cape.",
     ("Maersk", "sail")),
    ("Siemens reported record orders. The company said it would cut 500 jobs.", ("Siemens", "cut")),
])
def test_a_firms_own_act_stays_its(run, text, expected):
    got = edges(run(text))
    assert expected in got, got


def test_the_shape(nlp):
    from kg.extract.antecedents import vessel_act
    doc = nlp("Ambrey said it had been sailing without a transponder. Maersk said it would sail its ships home.")
    its = [t for t in doc if t.lower_ == "it"]
    assert vessel_act(its[0]) and not vessel_act(its[1])
