"""A cabinet title's of-phrase names its portfolio, not a body ("Minister of Information", "the minister of the
interior"): the state is the one the adjective or possessor names. A state's "top diplomat" is its foreign minister;
a bloc's represents it; "a top diplomat" is one of many. A minister a head of state appoints is a minister of that
state; a portfolio word before "chief" or "director" heads a part of the body ("its finance chief"), not the body."""
from __future__ import annotations

import pytest

from kg.extract.roles import ROLES


def roles(ex) -> set[tuple]:
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text))
            for s in ex.statements if s.predicate in ROLES and s.predicate not in ("citizen_of", "located_in")}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Nigerian Minister of Information Lai Mohammed dismissed the claims.", ("Lai Mohammed", "minister_of", "Nigeria")),
    ("The conference was opened by Malaysia's Minister of Foreign Affairs, Aziz Hassan, in Kuala Lumpur.",
     ("Aziz Hassan", "minister_of", "Malaysia")),
    ("Ruth Abbot, the Belgian minister of the interior, resigned on Friday.", ("Ruth Abbot", "minister_of", "Belgium")),
    ("Peru's top diplomat, Elmer Schialer, said the ambassador had been recalled.",
     ("Elmer Schialer", "minister_of", "Peru")),
    ("Kaja Kallas, the European Union's top diplomat, said the bloc would not recognise the result.",
     ("Kaja Kallas", "representative_of", "European Union")),
    ("Kenyan President William Ruto appointed Musalia Mudavadi as foreign minister in 2024.",
     ("Musalia Mudavadi", "minister_of", "Kenya")),
    ("Halvard Steel said profits fell by a third. Its finance chief, Mette Berg, told analysts that costs had risen.",
     ("Mette Berg", "employee_of", "Halvard Steel")),
    ("Osei Bonsu, the security director of the Accra Port Authority, resigned.",
     ("Osei Bonsu", "employee_of", "Accra Port Authority")),
    ("Anita Shah, Lumora Foods' head of communications, declined to comment.",
     ("Anita Shah", "employee_of", "Lumora Foods")),
    ("Germany's minister of finance, Lars Klingbeil, said the budget was sound.",
     ("Lars Klingbeil", "minister_of", "Germany")),
])
def test_portfolios_and_top_diplomats(run, text, expected):
    found = roles(run(text))
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, person, wrong", [
    ("Nigerian Minister of Information Lai Mohammed dismissed the claims.", "Lai Mohammed", "Information"),
    ("Ruth Abbot, the minister of the interior, resigned on Friday.", "Ruth Abbot", "interior"),
    ("A top diplomat from Peru, Elmer Schialer, said the ambassador had been recalled.", "Elmer Schialer", None),
])
def test_a_portfolio_is_no_body_and_a_top_diplomat_no_minister(run, text, person, wrong):
    found = [r for r in roles(run(text)) if r[0] == person]
    if wrong is None:
        assert not [r for r in found if r[1] == "minister_of"], found
    else:
        assert not [r for r in found if wrong in r[2]], found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The junior coalition partner, the Social Liberals, whose leader Ida Holm was sacked as justice minister, left "
     "the government on Friday.", ("Ida Holm", "head_of", "Social Liberals")),
])
def test_whose_title_is_the_bodys(run, text, expected):
    assert expected in roles(run(text))


@pytest.mark.model
@pytest.mark.parametrize("text, expected, wrong", [
    ("Omar Haddad, the US envoy for Syria, arrived in Damascus on Sunday.",
     ("Omar Haddad", "representative_of", "United States"), "Syria"),
    ("Rosa Tan, who heads the Red Cross's logistics division, warned of shortages.",
     ("Rosa Tan", "employee_of", "International Committee of the Red Cross"), None),
])
def test_an_envoys_post_and_the_head_of_a_part(run, text, expected, wrong):
    found = roles(run(text))
    assert expected in found, found
    assert not [r for r in found if r[0] == expected[0] and (r[2] == wrong or r[1] == "head_of")], found
