"""Offices named by a post's of-phrase ("took up the post of director of Y", "held the role of chairwoman of Y") and
by a passive of reappointing ("was reappointed governor of Y", "X, who is expected to be reappointed governor of
Y"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.extract.roles import ROLES


def roles_with_modality(ex) -> set[tuple]:
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text),
             s.modality.value, "former" if any(x.datatype == "former" for x in s.extra) else "")
            for s in ex.statements if s.polarity.value == "Positive"}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Agnes Mwangi took up the post of chief executive of Safari Freight Ltd in 2021.",
     ("Agnes Mwangi", "chief_executive_of", "Safari Freight Ltd", "Asserted", "")),
    ("Agnes Mwangi will assume the role of chairwoman of the Nairobi Securities Exchange in March.",
     ("Agnes Mwangi", "chair_of", "Nairobi Securities Exchange", "Hypothetical", "")),
    ("Agnes Mwangi held the post of director of the Kenya Wildlife Service until 2018.",
     ("Agnes Mwangi", "head_of", "Kenya Wildlife Service", "Asserted", "former")),
])
def test_an_office_named_by_a_posts_of_phrase(run, text, expected):
    assert expected in roles_with_modality(run(text))


@pytest.mark.model
def test_refusing_a_post_states_no_office(run):
    rows = roles_with_modality(run("Agnes Mwangi refused to accept the role of chairwoman of Safari Freight Ltd."))
    assert not [r for r in rows if r[1] == "chair_of" and r[3] == "Asserted"]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Haruka Mori was reappointed governor of the Bank of Japan on Friday.",
     ("Haruka Mori", "head_of", "Bank of Japan", "Asserted", "")),
    ("Haruka Mori, who is widely expected to be reappointed governor of the Bank of Japan, declined to comment.",
     ("Haruka Mori", "head_of", "Bank of Japan", "Hypothetical", "")),
])
def test_a_passive_of_reappointing_states_the_office(run, text, expected):
    assert expected in roles_with_modality(run(text))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Shares in Halden Shipping Group fell 7% on Monday. Karen Moe, who has been chief executive since 2020, blamed fuel costs.",
     ("Karen Moe", "chief_executive_of", "Halden Shipping Group", "Asserted", "")),
    ("Shares in Halden Shipping Group fell 7% on Monday. Karen Moe, the chairwoman, blamed fuel costs.",
     ("Karen Moe", "chair_of", "Halden Shipping Group", "Asserted", "")),
])
def test_a_bare_title_after_the_name_is_held_in_the_one_firm_the_article_names(run, text, expected):
    assert expected in roles_with_modality(run(text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Shares in Halden Shipping Group fell 7% on Monday. Karen Moe, who was chief executive until 2019, blamed fuel costs.",
    "Shares in Halden Shipping Group fell 7% on Monday. Karen Moe, who is not chairwoman, blamed fuel costs.",
])
def test_a_past_or_denied_title_in_a_relative_clause_is_no_office_held(run, text):
    assert not [r for r in roles_with_modality(run(text)) if r[0] == "Karen Moe" and r[1] in ROLES
                and r[3] == "Asserted" and not r[4]]


@pytest.mark.model
def test_a_relative_clause_after_a_description_and_its_name_is_about_the_name(run):
    rows = roles_with_modality(run("The museum's new head, Laila Haddad, who will take up the post of director of the "
                                   "Louvre Abu Dhabi in May, is leaving the Sharjah Art Foundation."))
    assert ("Laila Haddad", "head_of", "Louvre Abu Dhabi", "Hypothetical", "") in rows


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Indonesian defence chief, Sjafrie Sjamsoeddin, inspected the new frigates.",
     ("Sjafrie Sjamsoeddin", "minister_of", "Indonesia")),
    ("Halvard Bank's finance chief, Ole Rask, resigned on Monday.", ("Ole Rask", "employee_of", "Halvard Bank")),
])
def test_a_countrys_chief_of_a_portfolio_is_its_minister(run, text, expected):
    assert expected in {r[:3] for r in roles_with_modality(run(text))}


@pytest.mark.model
def test_an_army_chief_is_no_minister_nor_head_of_the_state(run):
    rows = roles_with_modality(run("Nigeria's army chief, General Olufemi Oluyede, visited the troops in Maiduguri."))
    assert not [r for r in rows if r[1] in ("minister_of", "head_of") and r[2] == "Nigeria"]
