"""Force verbs in reports of games, on sentences of our own: a side put "into the lead" or "to victory" is play, and
a force verb on a part of a side in a sentence about the course of a game ("throughout the second half") is too."""
from __future__ import annotations

import pytest


def coded(ex, predicate):
    return [s.event_type for s in ex.statements if s.predicate == predicate]


@pytest.mark.model
def test_a_side_put_into_the_lead_or_to_victory_is_play(run):
    ex = run("Erling Haaland fired Manchester City into the lead in the ninth minute. Luka Modric shot Croatia to "
             "victory over Wales. Hezbollah fired rockets into northern Israel.")
    assert coded(ex, "fire")[0] is None and coded(ex, "shoot") == [None]
    assert [c[:2] for c in coded(ex, "fire")[1:] if c] == ["19"]


@pytest.mark.model
def test_force_on_a_part_of_a_side_during_a_game_is_play(run):
    ex = run("Celtic attacked the Rangers defence throughout the second half. The Taliban attacked the army's "
             "defences near Kandahar.")
    assert coded(ex, "attack")[0] is None and coded(ex, "attack")[1][:2] in ("18", "19")
