"""Entity recall and typing on unseen news paragraphs (issue 9; tests/data/typing/paragraphs-10.json): the classes
of missed and mistyped names found there, each on sentences written here."""
from __future__ import annotations

import pytest

from kg.types import EntityType

pytestmark = pytest.mark.model


def typed(ex, etype: EntityType) -> set[str]:
    return {e.label for e in ex.entities if e.type is etype}


def test_a_firm_named_by_a_common_word_that_reports_its_own_figures_is_a_body(run):
    assert "Target" in typed(run("Target raised its dividend for a 54th year in a row."), EntityType.ORGANIZATION)
    assert "Next" in typed(run("Next raised its profit forecast again on Thursday."), EntityType.ORGANIZATION)
    # a common noun opening a sentence owns no forecast, and stays no name
    ex = run("Demand lost its momentum in March. Growth cut its pace, and Inflation hit its highest level in May.")
    assert not {e.label for e in ex.entities} & {"Demand", "Growth", "Inflation"}


def test_the_name_after_shares_in_is_a_firms(run):
    ex = run("Shares in Halvora rose 6% after the results, and investors sold shares in Trevanta.")
    assert {"Halvora", "Trevanta"} <= typed(ex, EntityType.ORGANIZATION)
    assert not typed(ex, EntityType.GPE) & {"Halvora", "Trevanta"}
    # a town after "in" is still a place
    assert "Kestrane" in typed(run("Farmers in Kestrane sold their shares."), EntityType.GPE)


def test_a_city_the_ner_took_for_a_body_in_a_games_result_is_its_club(run):
    ex = run("Porto beat Barcelona 2-1 in the first leg on Tuesday.")
    assert not typed(ex, EntityType.GPE) & {"Barcelona"}
    assert any(e.label in ("Barcelona", "FC Barcelona") for e in ex.entities if e.type is EntityType.ORGANIZATION)
    # the city itself, with no result, stays the city
    assert "Barcelona" in typed(run("Barcelona raised its tourist tax, the city council said."), EntityType.GPE)


def test_a_firms_name_that_opens_with_a_number_and_a_hyphen_is_kept(run):
    ex = run("7-Eleven said it would close 400 stores in North America. Analysts expect 7-Eleven to cut prices.")
    assert "7-Eleven" in typed(ex, EntityType.ORGANIZATION)
    # a number before a common word is no name
    ex = run("The 5G rollout and the 20th anniversary were delayed, the ministry said.")
    assert not any(e.label[:1].isdigit() for e in ex.entities)


def test_a_short_form_with_an_ampersand_joins_the_long_name(run):
    ex = run("Halden & Varga raised its forecast on Monday. H&V said sales rose 4% in Oslo.")
    assert typed(ex, EntityType.ORGANIZATION) == {"Halden & Varga"}
    assert any("H&V" in e.aliases for e in ex.entities if e.label == "Halden & Varga")
    # two bodies with different initials stay two
    ex = run("Halden & Varga sued K&R Logistics in Oslo on Monday.")
    assert {"Halden & Varga", "K&R Logistics"} <= typed(ex, EntityType.ORGANIZATION)


def test_a_title_after_a_work_noun_is_a_works_no_entity(run):
    ex = run("Cillian Murphy won an Oscar for the film Oppenheimer, and the novel Wolf Hall sold a million copies.")
    assert {e.label for e in ex.entities} & {"Oppenheimer", "Wolf Hall"} == set()
    assert "Cillian Murphy" in typed(ex, EntityType.PERSON)


def test_the_one_appointed_to_head_or_chair_a_body_is_a_person(run):
    ex = run("President Bola Tinubu named Olayemi Cardoso to head the central bank, and the board appointed "
             "Halvard Kessing to chair the inquiry.")
    assert {"Olayemi Cardoso", "Halvard Kessing"} <= typed(ex, EntityType.PERSON)
    # a bank named to lead a sale is a body
    assert "Lazard" in typed(run("The government named Lazard to lead the share sale."), EntityType.ORGANIZATION)
