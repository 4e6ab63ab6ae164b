"""Short names that refer back to a person named in full, written as news writes them in other naming traditions:
the first of two Spanish or Portuguese surnames ("María Fernanda Cabal Molina ... Cabal"), an Arabic name without
its article ("Ayman al-Safadi ... Safadi", "Al-Hayya" at a sentence's start), and the article's other spelling
("al-Sisi" for the gazetteer's "el-Sisi"). Sentences written for these tests."""
from __future__ import annotations

import pytest
from clausehelp import named, one

from kg.types import EntityType

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, full, short", [
    ("Colombian senator María Fernanda Cabal Molina attacked the reform on Tuesday. Cabal said the plan would ruin "
     "farmers.", "María Fernanda Cabal Molina", "Cabal"),
    ("Chilean lawmaker Camila Vallejo Dowling bought a stake in the paper. Vallejo, 37, said she saw value in the "
     "business.", "Camila Vallejo Dowling", "Vallejo"),
    ("Peru's economy minister Raúl Pérez Reyes resigned on Friday. Pérez told reporters he had been misled.",
     "Raúl Pérez Reyes", "Pérez"),
])
def test_the_first_of_two_surnames_is_the_persons(run, text, full, short):
    ex = run(text)
    person = one(ex, full)
    assert person.type is EntityType.PERSON and short in person.aliases
    assert len(named(ex, short)) == 1


@pytest.mark.parametrize("text, full, short", [
    ("Jordan's foreign minister Ayman al-Safadi met his Egyptian counterpart in Amman. Safadi said the talks had "
     "been frank.", "Ayman al-Safadi", "Safadi"),
    ("Hamas official Khalil al-Hayya said the group would not disarm. Al-Hayya spoke from Doha on Sunday.",
     "Khalil al-Hayya", "Al-Hayya"),
    ("Hassan el-Masry, the union's leader, rejected the offer. Masry said workers would strike in March.",
     "Hassan el-Masry", "Masry"),
])
def test_an_arabic_name_without_its_article_is_the_persons(run, text, full, short):
    ex = run(text)
    person = one(ex, full)
    assert person.type is EntityType.PERSON and short in person.aliases
    assert len(named(ex, short)) == 1


def test_a_middle_given_name_is_no_surname(run):
    ex = run("John Paul Hartley met Paul Jennings in Leeds on Monday. Jennings said the deal was close.")
    assert "Jennings" in one(ex, "Paul Jennings").aliases
    assert "Paul" not in one(ex, "John Paul Hartley").aliases


def test_the_other_spelling_of_the_arabic_article_finds_the_known_person(gazetteer):
    assert gazetteer.lookup("Abdel Fattah al-Sisi").label == "Abdel Fattah el-Sisi"
    assert gazetteer.lookup("Abdel Fattah El-Sisi").label == "Abdel Fattah el-Sisi"
    assert gazetteer.lookup("al-Bashir") is None or gazetteer.lookup("al-Bashir").type is EntityType.PERSON


def test_a_known_person_written_with_the_other_article_is_one_node(run):
    ex = run("President Abdel Fattah al-Sisi met the Jordanian king in Cairo on Monday. Sisi said the border "
             "would stay closed.")
    person = one(ex, "Sisi")
    assert "Abdel Fattah al-Sisi" in (person.label, *person.aliases)
