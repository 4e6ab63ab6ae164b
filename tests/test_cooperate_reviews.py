"""Cooperating with a regulator's review or an audit is cooperation with an inquiry, coded as cooperating with an
investigation is (judicial cooperation, 063), not plain cooperation (050). Sentences of our own; the trap:
cooperating on trade stays as the dictionary codes it."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def codes(ex, predicate):
    return [s.event_type for s in ex.statements if s.predicate == predicate]


def test_cooperating_with_a_review_or_an_audit(run):
    assert codes(run("Boeing cooperated with the review of its 737 factory in Renton."), "cooperate_with") == ["063"]
    ex = run("Siemens said it would cooperate with the audit ordered by the ministry.")
    assert codes(ex, "cooperate_with") == ["063"]


def test_cooperating_with_a_state(run):
    assert codes(run("Norway cooperated with Sweden on the pipeline."), "cooperate_with") == ["050"]
