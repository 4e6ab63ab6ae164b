"""Event senses found on bench/events_wire/sentences11.json (written before the builder ran on it), tested on
sentences of their own: a probe launched to a planet is a spacecraft, not an inquiry; sums of money given to someone
are aid, spent or earned they are no act; arms handed over or delivered are military aid, prisoners handed over are
released; a state's protest is an official complaint; supplies and exports to another cut off stop material support."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def codes(ex, predicate):
    return {s.event_type for s in ex.statements if s.predicate == predicate}


@pytest.mark.parametrize("text, want", [
    ("The European Space Agency launched a solar probe from Kourou.", {None}),
    ("Roscosmos launched a probe to Venus in 2025.", {None}),
    ("The Financial Conduct Authority launched a probe into the bank's lending.", {"090"}),
])
def test_a_probe_launched_to_a_planet_is_a_spacecraft(run, text, want):
    assert codes(run(text), "launch") == want


@pytest.mark.parametrize("text, predicate, want", [
    ("Kuwait transferred $50 million to the Palestinian Authority.", "transfer", {"071"}),
    ("The European Union gave 80 million euros to Moldova.", "give", {"071"}),
    ("Atletico Madrid spent 90 million euros on new players.", "spend", {None}),
    ("Microsoft earned 20 billion dollars in the quarter.", "earn", {None}),
    ("Jon Keller transferred money to his own account.", "transfer", {None}),
])
def test_sums_of_money_given_to_someone_are_aid(run, text, predicate, want):
    assert codes(run(text), predicate) == want


@pytest.mark.parametrize("text, predicate, want", [
    ("France delivered 12 Caesar howitzers to Ukraine.", "deliver", {"072"}),
    ("Slovakia handed over its MiG-29 jets to Ukraine.", "hand_over", {"072"}),
    ("Spain supplied six tanks to Ukraine.", "supply", {"072"}),
    ("Ukraine handed over 20 prisoners to Russia.", "hand_over", {"084"}),
])
def test_arms_handed_over_are_military_aid(run, text, predicate, want):
    assert codes(run(text), predicate) == want


@pytest.mark.parametrize("text, predicate, want", [
    ("India lodged a strong protest with Bangladesh over the attacks.", "protest_with", {"114"}),
    ("Vietnam protested to China over the survey ship.", "protest_to", {"114"}),
    ("The Kenya Union of Nurses protested against the pay deal.", "protest_against", {"140"}),
])
def test_a_states_protest_is_an_official_complaint(run, text, predicate, want):
    assert codes(run(text), predicate) == want


@pytest.mark.parametrize("text, predicate, want", [
    ("Ukraine halted gas deliveries to Slovakia on 1 January.", "halt", {"162"}),
    ("Qatar cut gas exports to Egypt.", "cut", {"162"}),
    ("Volkswagen cut exports of its cars by a fifth.", "cut", {None}),
])
def test_supplies_to_another_cut_off_stop_material_support(run, text, predicate, want):
    assert codes(run(text), predicate) == want


@pytest.mark.parametrize("text, want", [
    ("Trump pulled the United States out of the World Health Organization.", {"161"}),
    ("Nicaragua pulled its ambassador out of Madrid.", {"161"}),
    ("Fox pulled the advert from its channels.", {None}),
    ("Russia pulled its troops out of Syria.", {"0874"}),
])
def test_taking_something_out_of_something_withdraws_it_and_seizes_nothing(run, text, want):
    assert codes(run(text), "pull") == want


@pytest.mark.parametrize("text, predicate, want", [
    ("Anna Berg voted against the budget.", "vote_against", {None}),
    ("The Liberal Party tabled a motion of no confidence.", "table", {None}),
])
def test_a_legislatures_own_procedure_is_no_event(run, text, predicate, want):
    assert codes(run(text), predicate) == want


@pytest.mark.parametrize("text, predicate", [
    ("Russia pulled its troops out of Syria.", "pull"),
    ("Mali withdrew its troops from the peacekeeping mission.", "withdraw"),
])
def test_a_body_of_the_subjects_own_is_what_it_acts_on(run, text, predicate):
    """ "its troops" stands for the state as an actor elsewhere; as the object of the state's own act it is a concept,
    and the statement is kept (it was dropped as an edge from the state to itself)."""
    objects = [s.object for s in run(text).statements if s.predicate == predicate]
    assert objects and all(o.entity is None and "troops" in o.text for o in objects)


@pytest.mark.parametrize("text, want", [
    ("The military government suspended Al Jazeera in May.", {"172"}),
    ("Ghana suspended the licences of 20 foreign fishing vessels.", {"172"}),
    ("Siemens suspended production in Berlin.", {None}),
])
def test_a_state_suspending_an_organisation_or_anothers_licence_sanctions_it(run, text, want):
    assert codes(run(text), "suspend") == want


def test_a_sum_taken_from_an_actor_is_given_to_no_one(run):
    ex = run("Prosecutors said Lorraine Baird had transferred money from the accounts of Oxfam to her own.")
    assert codes(ex, "transfer") == {None}


def test_supplies_cut_to_a_region_stop_no_ones_support(run):
    ex = run("Ukraine cut off water supplies to Crimea in 2014.")
    assert codes(ex, "cut_off") == {None}


def test_a_fine_is_coded_whatever_the_sum(run):
    ex = run("The Central Bank of Nigeria fined Zenith Bank 50 million naira on Tuesday.")
    assert {c[:2] for c in codes(ex, "fine") if c} <= {"17"} and codes(ex, "fine") != {None}
