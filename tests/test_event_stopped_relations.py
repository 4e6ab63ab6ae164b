"""Stopping a relation, talks, aid or a licence; boycotts and blockades by civilians; acts named by a noun after a
verb that repeats or delivers them; bodies named by a common noun as counterparts; receiving a visitor. Sentences
of our own.

- Suspending, freezing, revoking, cancelling or breaking off what one actor gives to or shares with another is
  reducing relations by the kind of the thing stopped (161 relations, 162 aid, 164 talks, 172 licences, 160 the
  rest); what names no other actor stays uncoded.
- Civilians' boycotts are strikes or boycotts (143), a state's an embargo or a refusal to meet.
- "renewed its demand", "repeated its call for", "handed a letter of protest": the noun's act.
"""
from __future__ import annotations

import pytest

from kg.events import default_coder


def codes(ex, predicate):
    return [s.event_type for s in ex.statements if s.predicate == predicate]


def roots(ex, predicate):
    return [c[:2] if c else c for c in codes(ex, predicate)]


def test_receiving_a_visitor_is_hosting_and_unveiling_a_product_no_cooperation():
    coder = default_coder()
    assert coder.code("receive", ["delegation"], "delegation", counterpart="actor") == "043"
    assert coder.code("receive", ["death", "threat"], "threat", counterpart="thing") is None
    assert coder.code("receive", ["award"], "award", counterpart="thing") is None
    assert coder.code("unveil", ["new", "jet"], "jet", counterpart="thing") is None
    assert coder.code("unveil", ["plan"], "plan", counterpart="thing") == "010"


def test_migrants_intercepted_or_sent_back_and_agreements_renewed():
    coder = default_coder()
    assert coder.code("intercept", ["migrant"], "migrant", counterpart="actor") == "170"
    assert coder.code("return", ["migrant"], "migrant", counterpart="actor") == "174"
    assert coder.code("renew", ["fishing", "agreement"], "agreement", counterpart="thing") == "057"
    assert coder.code("renew", ["passport"], "passport", counterpart="thing") is None


@pytest.mark.model
def test_stopping_what_is_given_to_or_shared_with_another(run):
    ex = run("The Congolese government revoked the mining permit of a Chinese cobalt company in May. "
             "Brussels froze the research grants of three Swiss universities. "
             "Kyiv cancelled its membership of the Commonwealth of Independent States. "
             "The opposition coalition in Caracas broke off talks on Sunday.")
    assert codes(ex, "revoke") == ["172"]
    assert codes(ex, "freeze") == ["162"]
    assert codes(ex, "cancel") == ["160"]
    assert roots(ex, "break_off") == ["16"]


@pytest.mark.model
def test_stopping_what_names_no_other_actor_is_no_event(run):
    ex = run("Siemens suspended production at its turbine plant in Berlin. "
             "Lufthansa froze its own hiring programme. "
             "The Tate cancelled the exhibition in March.")
    assert codes(ex, "suspend") == [None]
    assert codes(ex, "freeze") == [None]
    assert codes(ex, "cancel") == [None]


@pytest.mark.model
def test_civilians_boycott_in_protest_a_state_refuses(run):
    ex = run("Striking nurses at the Karolinska hospital boycotted the staff ballot. "
             "Iran boycotted the summit in Doha.")
    assert roots(ex, "boycott") == ["14", "12"]


@pytest.mark.model
def test_an_act_named_after_a_verb_that_repeats_or_delivers_it(run):
    ex = run("Seoul repeated its demand that Tokyo apologise for wartime forced labour. "
             "The Foreign Office handed a letter of protest to the Iranian ambassador. "
             "President Lula repeated the speech in Portuguese.")
    assert codes(ex, "repeat") == ["100", "010"]     # a speech repeated is the verb's own comment
    assert roots(ex, "hand") == ["14"]


@pytest.mark.model
def test_a_body_named_by_a_common_noun_is_a_counterpart_unless_made(run):
    ex = run("Chancellor Merz met the farmers' union on Monday. "
             "Cyril Ramaphosa received a delegation from the Ukrainian parliament. "
             "The Korean Physical Society set up a committee to verify the claim.")
    assert codes(ex, "meet") == ["040"]
    assert codes(ex, "receive") == ["043"]
    assert codes(ex, "set_up") == [None]


@pytest.mark.model
def test_a_protest_organised_led_or_mounted_by_a_non_state_actor(run):
    ex = run("The National Farmers' Union organised blockades of three supermarket depots. "
             "The student union led a march on the parliament in Belgrade. "
             "Two Kurdish activists began a hunger strike in Diyarbakir prison. "
             "Israel mounted a naval blockade of the Gaza Strip. "
             "Real Madrid's captain led the celebrations after the final.")
    assert codes(ex, "organise") == ["144"]
    assert codes(ex, "lead") == ["141", None]
    assert codes(ex, "begin") == ["142"]
    assert roots(ex, "mount") != ["14"]      # a state's blockade is no protest


@pytest.mark.model
def test_a_firm_s_own_works_are_no_attack(run):
    ex = run("Toyota stopped deliveries of its new hybrid for a month. "
             "The developer demolished the derelict tower block on the estate in Glasgow. "
             "Lafarge's contractor destroyed the warehouse of the Syrian Red Crescent.")
    assert codes(ex, "stop") == [None]
    assert codes(ex, "demolish") == [None]
    assert roots(ex, "destroy") == ["19"]     # another's property stays an attack


@pytest.mark.model
def test_the_bare_verb_s_own_code_yields_to_the_thing_stopped(run):
    ex = run("Rwanda broke off diplomatic relations with Belgium in March 2025. "
             "The Vatican has withdrawn the accreditation of a Chinese bishop. "
             "NATO withdrew its troops from the border.")
    assert codes(ex, "break_off") == ["161"]      # BREAK alone is force (190)
    assert codes(ex, "withdraw") == ["172", "0874"]    # troops withdrawn keep the dictionary's pattern


@pytest.mark.model
def test_private_people_protest_when_they_boycott_or_blockade(run):
    ex = run("Parents in Bavaria boycotted the new school tests. "
             "Fishermen from Boulogne mounted a blockade of the port of Calais.")
    assert codes(ex, "boycott") == ["143"]
    assert codes(ex, "mount") == ["144"]


@pytest.mark.model
def test_a_raid_by_the_police_or_an_inspectorate_is_coercion_not_war(run):
    ex = run("Police raided the offices of the opposition newspaper Kurir in Belgrade. "
             "Tax inspectors raided the headquarters of Oxfam India in Delhi. "
             "Israeli troops raided the Jenin refugee camp.")
    assert roots(ex, "raid") == ["17", "17", "19"]
