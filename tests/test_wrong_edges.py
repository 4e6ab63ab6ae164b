"""Edges the builder must not state: an act's place as its actors' location, a warned party's act as the
warner's, a gerund held off as done."""
from __future__ import annotations

import pytest

from kg.types import Modality, Polarity


def edges(ex, predicate):
    return [(s.subject.entity, s.object.entity if s.object else None, s.polarity, s.modality)
            for s in ex.statements if s.predicate == predicate]


@pytest.mark.model
@pytest.mark.parametrize("text,actor", [
    ("The treaty was signed by Kenya and Uganda in Geneva.", "kenya"),
    ("The accord was signed by Chile in Madrid.", "chile"),
])
def test_the_place_of_an_act_is_no_location_of_its_actors(run, text, actor):
    found = [s for s in run(text).statements if s.predicate == "located_in"]
    assert not any(s.subject.entity == actor for s in found), found


@pytest.mark.model
def test_a_place_in_a_larger_place_is_still_located(run):
    found = edges(run("Amazon opened a warehouse in Leipzig in Germany."), "located_in")
    assert ("leipzig", "germany", Polarity.POSITIVE, Modality.ASSERTED) in found, found


@pytest.mark.model
@pytest.mark.parametrize("text,predicate,warned,warner", [
    ("Germany cautioned Poland against buying the jets.", "buy", "poland", "germany"),
    ("Turkey warned Greece against militarising the islands.", "militarise", "greece", "turkey"),
    ("The IMF advised Egypt against devaluing the pound.", "devalue", "egypt", "international-monetary-fund"),
])
def test_an_act_warned_against_is_the_warned_partys_and_not_done(run, text, predicate, warned, warner):
    found = [(s.subject.entity, s.polarity, s.modality, s.attributed_to) for s in run(text).statements
             if s.predicate == predicate]
    assert found and all(f == (warned, Polarity.NEGATIVE, Modality.REQUESTED, warner) for f in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,predicate", [
    ("Airbus held off raising prices.", "raise"),
    ("Boeing held off hiring engineers.", "hire"),
])
def test_a_gerund_held_off_did_not_happen(run, text, predicate):
    found = [s.polarity for s in run(text).statements if s.predicate == predicate]
    assert found and all(p is Polarity.NEGATIVE for p in found), found


@pytest.mark.model
def test_a_participle_after_a_comma_keeps_its_polarity(run):
    found = [s.polarity for s in run("Airbus stopped production, citing costs.").statements if s.predicate == "cite"]
    assert found and all(p is Polarity.POSITIVE for p in found), found
