"""Definite descriptions of people ("the minister", "the player", "the 45-year-old") on sentences written for these
tests: the one person so titled or of that age, and no one where two fit or an unnamed one comes between."""
from __future__ import annotations

import pytest

from kg.extract.entities import resolve

pytestmark = pytest.mark.model


def names_of(nlp, gazetteer, text: str, word: str, nth: int = 0) -> set[str] | None:
    doc = nlp(text)
    r = resolve(doc, gazetteer)
    cid = r.cluster_of_token([t for t in doc if t.text == word][nth])
    return None if cid is None else set(r.clusters[cid].names)


@pytest.mark.parametrize("text, word, expected", [
    ("Interior Minister Hanne Dahl visited the flooded town on Monday. The minister promised help within a week.",
     "minister", "Hanne Dahl"),
    ("Coach Ana Silva praised goalkeeper Rita Costa after the final. The player had saved two penalties.",
     "player", "Rita Costa"),
    ("Verdex named Omar Haddad as chief executive on Friday. The boss will start in March.", "boss", "Omar Haddad"),
    ("Police arrested Sam Reed, 31, and Daniel Moss, 45, in Leeds. The 45-year-old was charged with theft.",
     "old", "Daniel Moss"),
    ("Police questioned Lena Ortiz in Cork on Friday. The 52-year-old was released on bail.", "old", "Lena Ortiz"),
    ("Brackwell Mining named Ines Duarte as chief executive. The miner's new boss starts in June.", "boss",
     "Ines Duarte"),
])
def test_a_description_stands_for_the_one_person_it_fits(nlp, gazetteer, text, word, expected):
    assert expected in (names_of(nlp, gazetteer, text, word) or set())


@pytest.mark.parametrize("text, word", [
    # two ministers named
    ("Interior Minister Hanne Dahl met Finance Minister Per Olsen on Monday. The minister promised help.", "minister"),
    # an unnamed minister between
    ("Interior Minister Hanne Dahl met the health minister on Monday. The minister promised help.", "minister"),
    # "the foreign minister" is a minister of its own
    ("Interior Minister Hanne Dahl spoke on Monday. The foreign minister disagreed.", "minister"),
    # two people named, no age given
    ("Police arrested Sam Reed and Daniel Moss in Leeds. The 45-year-old was charged with theft.", "old"),
    # a boss named where another firm is: not this firm's
    ("Brackwell Mining hired Ines Duarte from Ostrava Steel, where she was chief executive. Brackwell's boss said "
     "she would start in June.", "boss"),
    # a coach is no player
    ("Coach Ana Silva praised the team after the final. The player of the match was Rui Lopes.", "player"),
])
def test_a_description_two_people_or_none_could_be_stays_unresolved(nlp, gazetteer, text, word):
    assert names_of(nlp, gazetteer, text, word) is None


@pytest.mark.parametrize("text, expected", [
    ("In her first interview as mayor, Clara Voss promised cheaper buses.", {"Clara Voss"}),
    ("After his defeat in the runoff, Tomas Ribeiro called for a recount.", {"Tomas Ribeiro"}),
    # the subject after the phrase is no person: the man named before
    ("Clara Voss met Tomas Ribeiro, and in his office they signed the deal.", {"Tomas Ribeiro"}),
    # the gender does not fit
    ("In his first interview as mayor, Clara Voss promised cheaper buses.", None),
])
def test_a_possessive_before_its_clause_subject_is_that_subject(nlp, gazetteer, text, expected):
    word = next(w for w in ("his", "her") if f" {w} " in f" {text} ")
    got = names_of(nlp, gazetteer, text, word)
    assert got == expected if expected is None else got is not None and got & expected
