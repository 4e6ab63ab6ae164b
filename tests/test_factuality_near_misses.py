"""Acts that came near but were not done (found on tests/data/relations/factuality3.json, written before the builder
ran on it), tested on sentences of their own: "came close to buying", "nearly/almost V" before the verb are
Negative; "nearly" on a number counts and negates nothing."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def polarities(ex, predicate):
    return {s.polarity.value for s in ex.statements if s.predicate == predicate}


@pytest.mark.parametrize("text, predicate, want", [
    ("Pfizer came close to acquiring AstraZeneca in 2014.", "acquire", {"Negative"}),
    ("Greece came close to leaving the eurozone.", "leave", {"Negative"}),
    ("Serbian police nearly arrested Kosovo's deputy prime minister.", "arrest", {"Negative"}),
    ("Turkey almost shot down a Russian jet in 2016.", "shoot_down", {"Negative"}),
    ("Hungary has nearly blocked the EU's aid to Ukraine twice.", "block", {"Negative"}),
    # "nearly" of a number, or after the verb: the act was done
    ("The militia killed nearly 40 villagers in Ituri.", "kill", {"Positive"}),
    ("Nearly 200 protesters were arrested by the Georgian police.", "arrest", {"Positive"}),
    ("Iran sent almost 400 drones to Russia.", "send", {"Positive"}),
])
def test_acts_that_came_near_were_not_done(run, text, predicate, want):
    assert polarities(run(text), predicate) == want


@pytest.mark.parametrize("text, predicate, want", [
    ("Serbia did not inform Hungary before opening the dam.", "open", {("Positive", "Asserted")}),
    ("Romania never apologised to Moldova after expelling its ambassador.", "expel", {("Positive", "Asserted")}),
    ("Poland has not paid despite signing the contract.", "sign", {("Positive", "Asserted")}),
    ("Peru will notify Chile before closing the border.", "close", {("Positive", "Hypothetical")}),
    ("The court barred Ecuador from selling the bonds.", "sell", {("Negative", "Asserted")}),
])
def test_a_gerund_of_time_keeps_its_own_polarity(run, text, predicate, want):
    assert {(s.polarity.value, s.modality.value) for s in run(text).statements if s.predicate == predicate} == want
