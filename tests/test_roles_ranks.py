"""Words around a name that are no body the named person holds a role in: the first words of a military or police
rank ("Major General X"), the party-and-state label of a US lawmaker ("Rep. X, D-Vt., a member of ..."). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from clausehelp import role_rows


@pytest.mark.model
@pytest.mark.parametrize("text, rank_word", [
    ("Major General Halima Yusuf inspected the barracks at dawn.", "Major"),
    ("Lieutenant General Piet Bosman retired after forty years in uniform.", "Lieutenant"),
    ("Brigadier General Oren Dahan told the inquiry the orders had been verbal.", "Brigadier"),
    ("Staff Sergeant Luis Ortega was decorated for the rescue.", "Staff"),
])
def test_the_first_words_of_a_rank_are_no_body(run, text, rank_word):
    assert not [r for r in role_rows(run(text)) if rank_word in r[2]]


@pytest.mark.model
def test_a_rank_keeps_the_unit_a_verb_of_commanding_names(run):
    rows = role_rows(run("The 3rd Infantry Division, commanded by Major General Tomas Reyes, crossed the river."))
    assert ("Tomas Reyes", "head_of", "The 3rd Infantry Division", "") in rows
    assert not [r for r in rows if r[2] == "Major"]


@pytest.mark.model
@pytest.mark.parametrize("text, holder, body, label", [
    ("Rep. Dana Whitfield, R-Texas, a member of the House Intelligence Committee, said the briefing was thin.",
     "Dana Whitfield", "House Intelligence Committee", "Texas"),
    ("Sen. Marco Bell, D-Ore., a member of the Senate Finance Committee, voted against the bill.",
     "Marco Bell", "Senate Finance Committee", "Ore"),
])
def test_a_party_and_state_label_is_not_the_holder_of_the_next_apposition(run, text, holder, body, label):
    rows = role_rows(run(text))
    assert (holder, "member_of", body, "") in rows
    assert not [r for r in rows if label in r[0]]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Feyenoord captain Gernot Trauner was booked in the first half.",
     ("Gernot Trauner", "member_of", "Feyenoord", "")),
    ("Serbia's deputy prime minister, Ana Markovic, met the envoy.", ("Ana Markovic", "member_of", "Serbia", "")),
])
def test_a_club_and_a_government_title_keep_their_bodies(run, expected, text):
    assert expected in role_rows(run(text))


@pytest.mark.model
@pytest.mark.parametrize("text, holder, role, body", [
    ("Meera Iyer, Chief Financial Officer, Vantara Textiles Ltd, said margins had improved in the quarter.",
     "Meera Iyer", "employee_of", "Vantara Textiles Ltd"),
    ("Arjun Mehta, Managing Director, Kaveri Polymers Ltd, told analysts that exports would double.",
     "Arjun Mehta", "chief_executive_of", "Kaveri Polymers Ltd"),
])
def test_a_bare_title_between_a_name_and_a_firm_is_held_in_the_firm(run, text, holder, role, body):
    ex = run(text)
    assert [r for r in role_rows(ex) if holder.split()[-1] in r[0] and r[1:3] == (role, body)]
    types = {e.label: e.type.value for e in ex.entities}
    assert types[body] == "Organization"        # the firm is no name of the person the title is in apposition to
    assert not [s for s in ex.statements if s.predicate == "be" and body in s.object.text]


@pytest.mark.model
def test_a_title_in_a_unit_of_a_body_is_membership_of_the_body(run):
    rows = role_rows(run("Judge Tomas Lindqvist of the European Court of Human Rights' Grand Chamber dissented."))
    assert [r for r in rows if r[0] == "Tomas Lindqvist" and r[1] == "member_of" and "European Court" in r[2]]
    assert not [r for r in rows if r[1] == "head_of"]


@pytest.mark.model
def test_chief_of_mission_is_one_title_not_a_body(run):
    rows = role_rows(run("Hannah Poole, deputy chief of mission at the British embassy in Accra, attended the rally."))
    assert not [r for r in rows if r[2] == "mission"]
