"""Precision guards for roles: no office in the article's country or city for a title another body holds."""
from __future__ import annotations

import pytest

from kg.extract.roles import ROLES

CLUB_STORY = ("Brazil's football league faces a crisis. Clubs in Brazil voted on Monday, and Brazil's sports ministry "
              "urged talks.\n\n{} Rafael Costa told reporters the vote was unfair.")


def roles(ex) -> set[tuple]:
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text))
            for s in ex.statements if s.predicate in ROLES}


@pytest.mark.model
@pytest.mark.parametrize("title", ["Club president", "Union vice president", "Party chairman"])
def test_a_title_of_a_named_kind_of_body_is_not_the_countrys_office(run, title):
    assert not {r for r in roles(run(CLUB_STORY.format(title))) if r[2] == "Brazil"}


@pytest.mark.model
def test_a_bare_presidents_country_is_still_the_articles(run):
    assert ("Rafael Costa", "head_of", "Brazil") in roles(run(CLUB_STORY.format("President")))


@pytest.mark.model
def test_its_after_a_passive_is_the_agent_not_a_country_named_later(run):
    ex = run("Thousands of nurses marched in Dublin on Tuesday. The march was organised by the Irish Nurses Union, "
             "which says wards are short of staff. Its president, Aoife Byrne, told the crowd that Ireland had "
             "abandoned them.")
    got = roles(ex)
    assert ("Aoife Byrne", "head_of", "Irish Nurses Union") in got
    assert ("Aoife Byrne", "head_of", "Ireland") not in got


@pytest.mark.model
def test_its_after_a_states_agency_is_not_the_state(run):
    ex = run("Denmark's medicines agency is expected to review the trial. Its director general, Karin Lund, "
             "declined to comment.")
    assert ("Karin Lund", "head_of", "Denmark") not in roles(ex)


@pytest.mark.model
def test_its_after_a_states_government_or_economy_is_still_the_state(run):
    ex = run("Britain's economy shrank in May. Its finance minister, Rachel Dunn, said growth would return.")
    assert ("Rachel Dunn", "minister_of", "United Kingdom") in roles(ex)


@pytest.mark.model
def test_an_unresolved_holder_holds_no_role(run):
    ex = run("The deal was brokered by agent Mike Wells, whose agency also represents the fly-half Rhys Evans.")
    assert not {r for r in roles(ex) if r[0] != "Mike Wells"}


@pytest.mark.model
def test_a_unit_of_a_group_is_a_body_whatever_the_tagger_calls_it(run):
    ex = run("Norvexa Pharma, a unit of the Swiss group Lindgren Holding, halted a trial of its heart drug.")
    names = {e.key: e.label for e in ex.entities}
    assert ("Norvexa Pharma", "unit_of", "Lindgren Holding") in {
        (names.get(s.subject.entity), s.predicate, names.get(s.object.entity)) for s in ex.statements}
