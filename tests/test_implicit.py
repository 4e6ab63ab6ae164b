"""Implicit relations (issue 9): places in places, capitals, nationality on a description; in the graph as role
statements, in Open IE as tuples with the sentence's words."""
from __future__ import annotations

import pytest

from kg.extract.core import extract
from kg.extract.openie import openie_rows
from kg.types import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(nlp, gazetteer):
    def go(text: str):
        ex = extract(nlp(text), Article(text=text), gazetteer)
        names = {e.key: e.label for e in ex.entities}
        return {(names.get(s.subject.entity), s.predicate, names.get(s.object.entity)) for s in ex.statements}
    return go


@pytest.mark.parametrize("text, expected", [
    ("Delegates gathered at a hotel in Toulouse, France, on Friday.", ("Toulouse", "located_in", "France")),
    ("Minsk, Belarus's capital, was quiet.", ("Minsk", "capital_of", "Belarus")),
    ("The Swedish carmaker Volvo raised prices.", ("Volvo", "located_in", "Sweden")),
    ("Anna Nowak, a Polish chemist, won the award.", ("Anna Nowak", "citizen_of", "Poland")),
])
def test_implied_relations_are_statements(run, text, expected):
    assert expected in run(text)


def test_a_list_of_places_is_no_place_in_a_place(run):
    got = run("Chile, Peru, Bolivia and Ecuador signed the accord.")
    assert not [t for t in got if t[1] == "located_in"]


def test_a_name_apposed_to_the_noun_before_a_place_is_no_larger_place(run):
    got = run("The British ambassador to Japan, Julia Longbottom, met the prime minister on Monday.")
    assert not [t for t in got if t[1] == "located_in"], got


def test_a_title_is_a_role_not_an_origin(run):
    got = run("Brazilian President Luiz Inacio Lula da Silva met the press.")
    assert not [t for t in got if t[1] == "citizen_of"]


def test_open_ie_prints_them_with_surface_words(nlp):
    rows = {(rel, arg1, *args) for _, rel, arg1, args in openie_rows(nlp("Minsk, Belarus's capital, was quiet."))}
    assert ("is capital of", "Minsk", "Belarus") in rows


@pytest.mark.parametrize("text, expected", [
    ("Oslo-based Vantor Holdings won the tender.", ("Vantor Holdings", "located_in", "Oslo")),
    ("Vantor Holdings, based in Oslo, won the tender.", ("Vantor Holdings", "located_in", "Oslo")),
])
def test_based_in_is_located_in(run, text, expected):
    assert expected in run(text)
