"""Roles on whole news articles (bench/roles_unseen batch 10's classes), on sentences of our own: a wire dateline's
agency is no antecedent of a description, a kind of place before a body's name says whose body it is, a role verb's
object possessed by a state is a body of the state, a title's own first word is no body ("Solicitor General"),
"Chancellor of the Exchequer" is a cabinet title of the article's state."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def roles(ex):
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text))
            for s in ex.statements if s.is_fact}


def test_the_agency_of_a_dateline_is_no_antecedent(run):
    ex = run("SEVILLE (AP) — Valencia sacked its coach on Monday. Valencia president Kiat Lim said the club would "
             "appeal. The club's medical director, Rui Matos, said two players were injured.")
    assert not {r for r in roles(ex) if r[0] == "Rui Matos" and "Associated Press" in r[2]}


def test_a_kind_of_place_before_a_body_says_whose_body_it_is(run):
    ex = run("SACRAMENTO, California (AP) — Maria Ortega, who presides over the state Senate, backed the bill. Tom Reyes, "
             "the state's insurance commissioner, opposed it.")
    assert not {r for r in roles(ex) if r[0] == "Tom Reyes" and "Senate" in r[2]}


def test_a_body_a_state_possesses_is_no_office_in_the_state(run):
    ex = run("OSLO (Reuters) - Norway will cut its emissions faster. Hanna Berg, who chairs the government's advisory "
             "council on climate, said the targets were too low.")
    assert not {r for r in roles(ex) if r[0] == "Hanna Berg" and r[2] == "Norway"}


def test_a_title_word_before_general_is_no_body(run):
    ex = run("Solicitor General D. Ruth Avery argued the case before the court on Monday.")
    assert not {r for r in roles(ex) if "Ruth Avery" in r[0] and r[2] == "Solicitor"}


def test_the_chancellor_of_the_exchequer_is_a_minister_of_the_state(run):
    ex = run("LONDON (Reuters) - Britain will raise taxes on gambling, Chancellor of the Exchequer Tom Harding said "
             "on Wednesday.")
    assert ("Tom Harding", "minister_of", "United Kingdom") in roles(ex)
    assert not {r for r in roles(ex) if r[0] == "Tom Harding" and r[2] == "Exchequer"}
