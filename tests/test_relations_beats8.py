"""Relations of the eighth batch (issue 9, classes "no statement between found arguments" and "argument not found"):
who is offered, promised or provided a thing, as the first of two objects ("offered Kenya a loan", "offered Syria's
new government $1 billion", "offered Vantor shareholders 14 euros a share") or after "to" ("provided aid to Sudan").
tests/data/relations/beats8.json holds 74 sentences of our own with 125 expected statements and 180 traps, written
before the builder ran on them (first run: 97 found, 8 traps hit; 101 and 2 once eight patterns' slips of form were
fixed)."""
from __future__ import annotations

from pathlib import Path

import pytest

from clausehelp import score_cases

pytestmark = pytest.mark.model

BEATS8 = Path(__file__).resolve().parent / "data" / "relations" / "beats8.json"


def facts(ex, pred=None):
    return {(s.subject.entity or s.subject.text, s.predicate, s.object.entity or s.object.text)
            for s in ex.statements if pred is None or s.predicate == pred}


def test_who_is_offered_promised_or_provided(run):
    assert ("world-bank", "offer_to", "kenya") in facts(run("The World Bank offered Kenya a $750 million loan."))
    ex = run("The European Commission offered Moldova's government 1.9 billion euros in support.")
    assert ("european-commission", "offer_to", "moldova") in facts(ex)
    ex = run("Halvard said it had offered Vantor shareholders 14 euros a share.")
    assert ("halvard", "offer_to", "Vantor shareholders") in facts(ex)
    assert ("japan", "promise_to", "ukraine") in facts(run("The Japanese government promised Ukraine $4.5 billion."))
    assert ("norway", "provide_to", "sudan") in facts(run("Norway provided emergency aid to Sudan."))
    # no one named is offered anything: a time, a noun of no name's, words after "to" that name none
    assert not facts(run("Halvard offered investors two weeks to respond."), "offer_to")
    assert not facts(run("Halvard offered the company's shareholders 14 euros a share."), "offer_to")
    assert not facts(run("The Norwegian minister offered his condolences to the families."), "offer_to")


def test_the_eighth_batch(run):
    """The builder on tests/data/relations/beats8.json: first run 101 of 125 found (patterns fixed), 2 traps hit."""
    found, _, wrong = score_cases(run, BEATS8)
    assert found >= 104
    assert len(wrong) <= 2
