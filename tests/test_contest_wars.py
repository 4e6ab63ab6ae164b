"""A "war" or "battle" of prices, bids or words between two sides is a contest, not fighting, on sentences of our
own: "a fare war between Ryanair and Wizz Air" gave fight_with (coded 190, conventional military force). The trap:
a border war or street fighting between two sides is fighting."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def fights(ex):
    return [s for s in ex.statements if s.predicate == "fight_with"]


def test_a_contest_of_prices_bids_or_words_is_no_fight(run):
    assert not fights(run("A fare war between Ryanair and Wizz Air has cut ticket prices in Poland."))
    assert not fights(run("Bankers said a bidding war between Pfizer and Merck could lift the price of Seagen."))
    assert not fights(run("The war of words between Ankara and Athens escalated on Tuesday."))
    assert not fights(run("The legal battle between Epic Games and Apple has lasted four years."))


def test_a_war_of_arms_is_fighting(run):
    assert fights(run("The border war between Eritrea and Ethiopia killed 80,000 people."))
    assert fights(run("Heavy fighting between Sudan's army and the Rapid Support Forces continued in Khartoum."))
