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
