"""The maker a "by" phrase names on a work of art ("a portrait by Lucian Freud") is no counterpart of what is done
with the work: withdrawing a painting from a sale is no yielding to its painter (the dictionary's WITHDRAW, 080, wants
one; the gold codes a product withdrawn not at all); nor is who acts in a clause of time ("after the heirs
said ..."). Sentences of our own; the trap: returning a work to its owners'
heirs keeps their return (084)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def codes(ex, predicate):
    return [s.event_type for s in ex.statements if s.predicate == predicate]


def test_a_works_maker_is_no_counterpart(run):
    assert codes(run("Sotheby's withdrew a portrait by Lucian Freud from its evening sale."), "withdraw") == [None]
    assert codes(run("Phillips withdrew a 1911 landscape by Egon Schiele from the auction."), "withdraw") == [None]


def test_who_acts_in_a_clause_of_time_is_no_counterpart(run):
    ex = run("Bonhams has withdrawn a bronze head from its African art sale after the descendants of a Benin chief "
             "from Lagos said the head had been looted.")
    assert codes(ex, "withdraw") == [None]     # (the parser hangs "after the descendants" on the verb)


def test_the_one_a_work_is_given_back_to_is(run):
    ex = run("The Tate returned a drawing by Egon Schiele to the heirs of Fritz Grünbaum.")
    assert "084" in codes(ex, "return")
