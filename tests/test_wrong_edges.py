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


@pytest.fixture(scope="module")
def on_monday(nlp, gazetteer):
    """(predicate, date) of every statement of a text in an article dated Monday 2023-03-13."""
    from kg.extract.core import extract
    from kg.types import Article

    def go(text: str) -> set[tuple[str, str | None]]:
        return {(s.predicate, s.date) for s in extract(nlp(text), Article(text=text, headline="T", date="2023-03-13"),
                                                         gazetteer).statements}
    return go


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Theresa May will step down as leader on Friday.", ("step_down_as", "2023-03-17")),
    ("The Senate is due to vote on the bill on Thursday, officials said.", ("vote_on", "2023-03-16")),
    ("Johnson is set to leave office on Thursday.", ("leave", "2023-03-16")),
    ("Siemens plans to sign the deal on Thursday.", ("sign", "2023-03-16")),
    ("Siemens signed the deal with Alstom on Thursday.", ("sign", "2023-03-09")),     # the past points back
])
def test_a_weekday_points_the_way_of_its_tense(on_monday, text, expected):
    assert expected in on_monday(text)


@pytest.mark.model
def test_a_denied_claim_in_apposition_leaves_the_accusation_positive(run):
    ex = run("Ukraine accused Russia of shelling the plant, a claim Moscow denied.")
    assert ("ukraine", "russia", Polarity.POSITIVE, Modality.ASSERTED) in edges(ex, "accuse")
    assert all(p is Polarity.POSITIVE for _, _, p, _ in edges(ex, "shell"))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Iran has not commented on the sanctions it reimposed.",
    "Siemens did not buy the plant that Alstom sold.",
])
def test_a_relative_clause_on_an_object_keeps_its_own_polarity(run, text):
    ex = run(text)
    found = [(s.predicate, s.polarity) for s in ex.statements]
    assert any(p is Polarity.NEGATIVE for _, p in found), found
    assert any(p is Polarity.POSITIVE and pred in ("reimpose", "sell") for pred, p in found), found
