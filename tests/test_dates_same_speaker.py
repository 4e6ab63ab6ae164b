"""A clause coordinated with a dated one whose subject is "he" or "she" for the same person is that person's act on
the same occasion ("told Parliament last week ..., but he ruled out ..."; ANNOTATION rule 6: a date covers a
coordinated clause of the same occasion). Sentences of our own; the trap: another person's clause is not dated."""
from __future__ import annotations

import pytest

from clausehelp import dates

pytestmark = pytest.mark.model


def test_the_same_persons_coordinated_act_takes_the_date(run_dated):
    ex = run_dated("Finance Minister Nirmala Sitharaman told reporters on Monday that the ministry "
                   "was studying a fuel subsidy, but she ruled out cutting the excise on diesel.", "2026-11-18")
    assert dates(ex, "rule_out") == ["2026-11-16"]


def test_another_persons_coordinated_act_is_not_dated(run_dated):
    ex = run_dated("Finance Minister Nirmala Sitharaman met Rahul Gandhi on Monday, but the Congress "
                   "party rejected her offer of talks.", "2026-11-18")
    assert dates(ex, "reject") in ([], [None])
