"""What is asked for, warned of or paid is not done, on sentences of our own.

One general class each: an appeal or a demand is coded as one whatever it asks for (not as the investigation or
the offensive asked for); a warning of a danger ("that inflation could rise", "of a shortage") is a pessimistic
comment, a warning of an act a threat; paying a price is suffering a cost, no payment.
"""
from __future__ import annotations

import pytest

from kg.events import default_coder


def coded(ex, predicate):
    return [s.event_type for s in ex.statements if s.predicate == predicate]


def test_an_appeal_or_demand_is_no_act_of_what_it_asks_for():
    coder = default_coder()
    assert coder.code("call_for", ["independent", "investigation"], "investigation", counterpart="thing") == "020"
    assert coder.code("demand", ["ransom"], "ransom", counterpart="thing") == "100"
    assert coder.code("demand", ["offensive"], "offensive", counterpart="thing") == "100"
    assert coder.code("call_for", ["ceasefire"], "ceasefire", counterpart="thing")[:2] == "02"    # kept
    assert coder.code("investigate", ["killing"], "killing", counterpart="thing")[:2] == "09"


@pytest.mark.model
def test_calling_for_an_inquiry_is_an_appeal(run):
    ex = run("Human Rights Watch called for an independent inquiry into the shooting of the protesters in Lima.")
    assert [c[:2] for c in coded(ex, "call_for")] == ["02"]


@pytest.mark.model
def test_a_warning_of_a_danger_is_a_comment_and_of_an_act_a_threat(run):
    ex = run("The central bank of Kenya warned that food prices could double. The World Food Programme warned of "
             "a famine in Gaza. Moscow warned of a military response. Beijing warned Manila that it would act.")
    assert coded(ex, "warn")[0] == "012" and coded(ex, "warn_of")[0] == "012"
    assert coded(ex, "warn_of")[1][:2] == "13" and coded(ex, "warn")[1][:2] == "13"


@pytest.mark.model
def test_paying_a_price_is_no_payment(run):
    ex = run("Serbia paid a heavy price for its neutrality. Germany paid 40 million euros to Namibia.")
    assert coded(ex, "pay") == [None, "061"]
