"""An appeal to a court is a legal appeal (CAMEO 115, as the gold's "appealing or challenging a ruling"), not a plea
to an actor (APPEAL TO alone is 020), on sentences of our own. The trap: an appeal to people or a government stays
a plea."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def codes(ex, predicate):
    return [s.event_type for s in ex.statements if s.predicate == predicate]


def test_an_appeal_to_a_court_is_a_legal_one(run):
    assert codes(run("Adidas said it would appeal to the Federal Supreme Court."), "appeal_to") == ["115"]
    assert codes(run("Yara appealed to the European Court of Justice in May."), "appeal_to") == ["115"]


def test_an_appeal_to_an_actor_is_a_plea(run):
    assert codes(run("The Red Cross appealed to Israel to let fuel into Gaza."), "appeal_to") == ["020"]


@pytest.mark.parametrize("sentence", [
    "Varnor Bank said it would appeal the order at the Supreme Court.",
    "Mirela Kostic said she would appeal the fine.",
    "Dynamo Kyiv appealed against the ban on Monday.",
])
def test_appealing_an_authority_s_order_or_sanction_is_a_legal_appeal(run, sentence):
    got = [s.event_type for s in run(sentence).statements if s.predicate.startswith("appeal")]
    assert got and set(got) == {"115"}
