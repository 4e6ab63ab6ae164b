"""CAMEO codes whose sense depends on the object, the particle or the sentence; sentences of our own.

- Force verbs as metaphors: a record, a market or a lead is no target of force, and a contest's side is beaten,
  not attacked; a building destroyed stays an attack.
- Forces sent with no one to receive them are a show of force (154), not military cooperation or aid.
- Verb-and-noun rows the dictionary lacks or codes by another sense (cameo_verbs_extra.tsv).
"""
from __future__ import annotations

import pytest

from kg.events import default_coder


def codes(ex, predicate):
    return [s.event_type for s in ex.statements if s.predicate == predicate]


def test_force_on_a_measure_is_no_event():
    coder = default_coder()
    assert coder.code("shatter", ["national", "record"], "record", counterpart="thing") is None
    assert coder.code("crush", ["analyst", "expectation"], "expectation", counterpart="thing") is None
    assert coder.code("smash", ["analyst", "forecast"], "forecast", counterpart="thing") is None
    assert coder.code("shell", ["market"], "market", counterpart="placed")[:2] == "19"     # a market place
    assert coder.code("crush", ["hope"], "hope", counterpart="actor") is None      # "crushed Russia's hopes"
    assert coder.code("shatter", ["window"], "window", counterpart="placed")[:2] in ("17", "18", "19")
    assert coder.code("crush", ["rebel"], "rebel", counterpart="actor")[:2] == "19"


def test_dominating_is_a_state_and_rallying_people_demonstrate():
    coder = default_coder()
    assert coder.code("dominate", ["smartphone", "market"], "market", counterpart="thing") is None
    assert coder.code("dominate", ["debate"], "debate", counterpart="thing") is None
    assert coder.code("rally_in", ["square"], "square", counterpart="thing") == "141"
    assert coder.code("rally", [], None, counterpart="thing") == "141"
    assert coder.code("rally", ["troop"], "troop", counterpart="actor") == "154"


def test_verb_and_noun_rows():
    coder = default_coder()
    assert coder.code("go_on", ["strike"], "strike", counterpart="thing") == "143"
    assert coder.code("go_on", ["hunger", "strike"], "strike", counterpart="thing") == "142"
    assert coder.code("sign", ["memorandum"], "memorandum", counterpart="thing") == "057"
    assert coder.code("sign", ["supply", "deal"], "deal", counterpart="thing") == "057"
    assert coder.code("sell", ["minority", "stake"], "stake", counterpart="thing") == "061"
    assert coder.code("buy", ["subsidiary"], "subsidiary", counterpart="thing") == "061"
    assert coder.code("lift", ["sanction"], "sanction", counterpart="thing") == "081"
    assert coder.code("suspend", ["budget", "support"], "support", counterpart="thing") == "162"
    assert coder.code("carry_out", ["ethnic", "cleansing"], "cleansing", counterpart="thing") == "203"
    assert coder.code("carry_out", ["massacre"], "massacre", counterpart="thing") == "202"
    assert coder.code("fire_on", ["crowd"], "crowd", counterpart="thing") == "180"
    assert coder.code("fire_at", ["protester"], "protester", counterpart="actor") == "175"
    assert coder.code("dispute", ["prosecution", "claim"], "claim", counterpart="thing") == "016"
    assert coder.code("dispute", ["border"], "border", counterpart="thing") != "016"
    assert coder.code("testify_against", ["former", "boss"], "boss", counterpart="actor") == "112"
    assert coder.code("turn_down", ["invitation"], "invitation", counterpart="thing") == "120"


@pytest.mark.model
def test_force_verbs_in_sport_and_markets_code_nothing(run):
    ex = run("Norway's Karsten Warholm shattered the 400m hurdles world record in Oslo on Thursday. "
             "Pakistan's seamers wrecked Australia's batting in Perth. "
             "Samsung dominates the market for memory chips. "
             "Iga Swiatek demolished Coco Gauff 6-1, 6-0 to take the title in Rome. "
             "Russian drones destroyed a football stadium in Donetsk.")
    assert codes(ex, "shatter") == [None]
    assert codes(ex, "wreck") == [None]
    assert codes(ex, "dominate") == [None]
    assert codes(ex, "demolish") == [None]
    assert [c[:2] for c in codes(ex, "destroy")] == ["19"]


@pytest.mark.model
def test_forces_sent_to_no_one_are_a_show_of_force(run):
    ex = run("Japan dispatched three destroyers to the East China Sea on Friday. "
             "Italy sent 200 soldiers to Lebanon. "
             "Canada will send Latvia more artillery.")
    assert codes(ex, "dispatch") == ["154"]
    assert [c[:2] for c in codes(ex, "send") if c] and all(c[:2] in ("06", "07") for c in codes(ex, "send") if c)


def test_leaving_a_bloc_vetoing_impeaching_and_freezing_lending():
    coder = default_coder()
    assert coder.code("pull_out_of", ["defence", "pact"], "pact", counterpart="thing") == "161"
    assert coder.code("quit", ["customs", "union"], "union", counterpart="thing") == "161"
    assert coder.code("leave", ["company"], "company", counterpart="thing") is None      # a job, no relations
    assert coder.code("pull_out", [], None, counterpart="thing") is None                 # no visit (040)
    assert coder.code("recall", ["envoy"], "envoy", counterpart="actor") == "161"
    assert coder.code("veto", ["appointment"], "appointment", counterpart="thing") == "120"
    assert coder.code("impeach", ["governor"], "governor", counterpart="actor") == "173"
    assert coder.code("freeze", ["lending"], "lending", counterpart="thing") == "162"


def test_a_contest_verb_on_an_election_or_a_final_is_a_contest():
    coder = default_coder()
    assert coder.code("sweep", ["regional", "election"], "election", counterpart="actor") is None
    assert coder.code("sweep", ["village"], "village", counterpart="placed") is not None


@pytest.mark.model
def test_a_rent_or_a_tent_is_a_thing_not_a_doer(run):
    ex = run("Soaring rents are killing the bookshops of Porto.")
    assert codes(ex, "kill") == [None]


def test_a_side_outplayed_in_a_game_is_no_attack():
    coder = default_coder()
    game = "the winger tore the defence apart in the cup semifinal".split()
    war = "missiles tore apart the air defence near the port of Odesa".split()
    assert coder.code("tear", ["defence"], "defence", counterpart="placed", sentence=war)[:2] == "18"
    assert coder.code("tear", ["defence"], "defence", counterpart="placed", sentence=game) is None


@pytest.mark.model
def test_people_the_agents_dictionary_lacks_are_counterparts(run):
    ex = run("Police in Harare arrested the organisers of the march on Friday. "
             "Belarusian police detained the leader of the teachers' union.")
    assert [c[:2] for c in codes(ex, "arrest")] == ["17"]
    assert [c[:2] for c in codes(ex, "detain")] == ["17"]
