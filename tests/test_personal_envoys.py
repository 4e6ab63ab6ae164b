"""A person's envoy is that person's representative, as a person's spokesman or lawyer is: "his envoy, X" with "his" a
person the article names. Sentences of our own; the trap: a state's envoy named with the state stays the state's."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def roles(ex):
    return {(s.subject.entity, s.predicate, s.object.entity) for s in ex.statements if s.predicate.endswith("_of")}


def test_his_envoy_represents_him(run):
    ex = run("President Emmanuel Macron did not attend, but his envoy, Jean-Yves Le Drian, met the delegates in "
             "Beirut.")
    assert ("jean-yves-le-drian", "representative_of", "emmanuel-macron") in roles(ex)
    ex = run("Sheikh Tamim stayed in Doha, and his envoy, Mohammed Al-Khulaifi, flew to Cairo on Sunday.")
    assert ("mohammed-al-khulaifi", "representative_of", "tamim") in roles(ex)


def test_a_states_envoy_is_the_states(run):
    ex = run("Norway's envoy, Tor Wennesland, met the delegates in Beirut.")
    assert ("tor-wennesland", "representative_of", "norway") in roles(ex)
