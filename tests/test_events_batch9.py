"""Event senses found on bench/events_wire/sentences9.json and sentences10.json (written before the builder ran on
them): firing a person is a dismissal, putting off one's own plans rejects no one, a gas cylinder that explodes and a
rocket launched into space attack no one, and a person named by a noun the agents dictionary lacks ("a pastor") is
still someone acted on."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def codes(ex, predicate):
    return {s.event_type for s in ex.statements if s.predicate == predicate}


@pytest.mark.parametrize("text, predicate", [
    ("Boeing fired the engineer who raised the alarm.", "fire"),
    ("Siemens fired its chief financial officer on Monday.", "fire"),
])
def test_firing_a_person_is_a_dismissal_not_force(run, text, predicate):
    assert codes(run(text), predicate) == {None}


def test_firing_at_people_stays_force(run):
    assert {c[:2] for c in codes(run("Israeli troops fired at the protesters in Jenin."), "fire_at")} <= {"17", "18",
                                                                                                          "19"}


@pytest.mark.parametrize("text, predicate, want", [
    ("SpaceX delayed the launch of its Starship rocket.", "delay", {None}),
    ("Toyota postponed the opening of its new plant.", "postpone", {None}),
    ("The European Commission postponed the signing of the trade deal with Mercosur.", "postpone", {"120"}),
    ("Serbia postponed talks with Kosovo.", "postpone", {"161"}),
])
def test_putting_off_is_a_rejection_only_of_an_act_done_with_others(run, text, predicate, want):
    assert codes(run(text), predicate) == want


@pytest.mark.parametrize("text, predicate, want", [
    ("A gas cylinder exploded at a restaurant in Karachi on Friday.", "explode_at", {None}),
    ("A boiler exploded at the Tata Steel plant in Jamshedpur.", "explode_at", {None}),
    ("A car bomb exploded near the Interior Ministry in Kabul on Friday.", "explode_near", {"183"}),
])
def test_a_blast_is_an_attack_only_of_a_weapon(run, text, predicate, want):
    assert codes(run(text), predicate) == want


def test_a_person_named_by_an_unlisted_noun_is_acted_on(run):
    assert codes(run("Police in Lagos arrested a pastor on Tuesday."), "arrest") == {"173"}
    assert codes(run("The ministry set up a committee to review the deal."), "set_up") <= {None}


@pytest.mark.parametrize("text, want", [
    ("SpaceX launched a Falcon 9 rocket from Cape Canaveral.", {None}),
    ("China launched the Long March 5 rocket on Sunday.", {None}),
    ("Nasa launched its moon rocket on Wednesday.", {None}),
    ("Hamas launched rockets at Tel Aviv.", {"194"}),
    ("Hamas launched a Qassam rocket at Sderot.", {"194"}),
    ("North Korea launched a ballistic missile on Sunday.", {"194"}),
])
def test_a_rocket_named_or_made_for_space_launched_at_no_one_is_no_attack(run, text, want):
    assert codes(run(text), "launch") == want


@pytest.mark.parametrize("text, want", [
    ("Airbus beat Boeing to a 100-jet order from IndiGo.", {None}),
    ("Samsung beat Apple to the market with a folding phone.", {None}),
    ("Iranian police beat the protester to death in Tehran.", {"190"}),
])
def test_beating_a_rival_to_a_prize_is_a_race(run, text, want):
    assert codes(run(text), "beat") == want


@pytest.mark.parametrize("text, predicate, want", [
    ("Boeing delivered 40 jets in March.", "deliver", {None}),
    ("Embraer will deliver 10 E2 jets to KLM.", "deliver", {None}),
    ("Boeing sold 30 jets to Ryanair.", "sell", {None}),
    ("The United States delivered F-16 jets to Ukraine.", "deliver", {"072"}),
    ("Airbus sold 20 jets to the Indian air force.", "sell", {"062"}),
])
def test_a_maker_handing_airliners_to_airlines_is_trade_not_military_aid(run, text, predicate, want):
    assert codes(run(text), predicate) == want


@pytest.mark.parametrize("text, want", [
    ("Serbia recalled its ambassador, deepening a diplomatic rift in the Balkans.", {"124"}),
    ("Hungary deepened the crisis in the EU.", {"124"}),
    ("Italy deepened its recession.", {None}),
    ("Serbia deepened its ties with China.", {"060"}),
])
def test_deepening_a_rift_is_no_cooperation(run, text, want):
    assert codes(run(text), "deepen") == want


@pytest.mark.parametrize("text, predicate, want", [
    ("Germany bought gas from Russia.", "buy", {"061"}),
    ("BYD sold 500 electric vehicles to Hertz.", "sell", {None}),
    ("Iraqi police fired tear gas at protesters.", "fire", {"175"}),
    ("Poland bought tanks from South Korea.", "buy", {"062"}),
    ("Germany sent armoured vehicles to Ukraine.", "send", {"062"}),
])
def test_an_everyday_word_heading_a_weapons_phrase_is_no_weapon_alone(run, text, predicate, want):
    assert codes(run(text), predicate) == want


@pytest.mark.parametrize("text, want", [
    ("Ukraine received a shipment of grain from Brazil.", {None}),
    ("Apple received a subpoena from the SEC.", {None}),
    ("Xi received a delegation from Vietnam.", {"043"}),
    ("Macron received Zelensky at the Elysee.", {"043"}),
])
def test_receiving_hosts_only_whom_the_object_names(run, text, want):
    assert codes(run(text), "receive") == want


@pytest.mark.parametrize("text, predicate, want", [
    ("Boeing drew criticism from the FAA.", "criticise", {"111"}),
    ("Germany's decision drew sharp criticism from Benjamin Netanyahu.", "criticise", {"111"}),
    ("Macron received a call from Trump.", "call", {"041"}),
])
def test_an_act_received_from_another_is_coded_as_the_givers_act(run, text, predicate, want):
    assert codes(run(text), predicate) == want
