"""What a body does as its standing work, said in a relative clause set off by a comma in the present ("the
Sentencing Council, which advises judges on sentences") is a state of affairs, not an event: no CAMEO code (the
gold codes states not at all). Sentences of our own; the traps: a past act in such a clause, and a present "says"
(a claim made), keep their codes."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def codes(ex, predicate):
    return [s.event_type for s in ex.statements if s.predicate == predicate]


def test_a_bodys_standing_work_is_no_event(run):
    ex = run("The Sentencing Council, which advises judges in England on sentences, published new guidance.")
    assert codes(ex, "advise") == [None]
    ex = run("The Ghana Cocoa Board, which issues export licences to traders, raised the farm-gate price.")
    assert codes(ex, "issue") == [None]


def test_a_past_act_or_a_claim_keeps_its_code(run):
    ex = run("The Sentencing Council, which advised judges in England on sentences last year, published new guidance.")
    assert codes(ex, "advise") not in ([], [None])
    ex = run("The Dock Workers Union, which says the plan breaks the 2019 agreement, called a strike at Antwerp.")
    assert codes(ex, "say") == ["010"]
