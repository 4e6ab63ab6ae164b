"""A bare head-of-government title ("Prime Minister X") in an article that speaks of two countries almost as often
is held in the one its dateline is in, when that country is also the one it names most, on articles of our own.
The trap: with no dateline, no seat is guessed."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

BODY = ("Uzbekistan's senate approved a gas deal with Russia on Monday. Prime Minister Abdulla Aripov said the deal "
        "would cut prices for Uzbek households. Russia will raise deliveries, and Russian officials said Moscow "
        "expected Uzbekistan to pay on time. Uzbekistan has bought gas from Russia since 2023.")


def seats(ex):
    return {(s.subject.entity, s.predicate, s.object.entity) for s in ex.statements if s.predicate.endswith("_of")}


def test_a_bare_title_is_held_in_the_dateline_country(run):
    assert ("abdulla-aripov", "head_of", "uzbekistan") in seats(run("TASHKENT — " + BODY))


def test_no_dateline_guesses_no_seat(run):
    assert not seats(run(BODY))
