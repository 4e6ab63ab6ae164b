"""kg openie: what a description, an age or a place noun says of the name beside it (issue 9, round 4). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from kg.extract.openie import openie_rows

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def rows(nlp):
    def go(text: str) -> list[tuple[str, ...]]:
        return [(arg1, rel, *args) for _, rel, arg1, args in openie_rows(nlp(text))]
    return go


def test_a_nationality_in_an_apposition_is_said_of_the_name(rows):
    got = rows("Vattenfall, the Swedish power company, raised prices.")
    assert ("Vattenfall", "is from", "Sweden") in got
    assert not any(r[0] == "the Swedish power company" for r in got), got


def test_a_description_split_from_its_name_gets_it_back(rows):
    got = rows("Telefonica and the Italian insurer Generali signed a deal.")
    assert ("Generali", "is from", "Italy") in got
    assert ("the Italian insurer Generali", "signed", "a deal") in got
    assert not any(r[0] == "the Italian insurer" for r in got), got


def test_a_place_in_an_apposition_is_still_said_of_the_noun(rows):
    assert ("The senator", "is from", "Ohio") in rows("The senator, a Democrat from Ohio, voted against the bill.")


def test_an_age_set_off_by_commas(rows):
    got = rows("Maria Lopez, 47, chaired the meeting.")
    assert ("Maria Lopez", "is", "47") in got
    assert ("Maria Lopez", "chaired", "the meeting") in got


def test_an_age_is_no_part_of_the_subject(rows):
    got = rows("Okonjo, 58, chaired the meeting.")
    assert ("Okonjo", "chaired", "the meeting") in got, got


def test_a_place_noun_makes_its_name_a_place(rows):
    assert ("Atacama", "is in", "Chile") in rows("Officials in the Chilean region of Atacama said the mine had closed.")


def test_a_verb_with_no_object_takes_its_clause_of_time(rows):
    got = rows("Dozens of families were moved after a dam burst near the village.")
    assert ("Dozens of families", "were moved", "after a dam burst near the village") in got, got


def test_a_name_joined_to_based_is_a_place_for_a_body(rows):
    got = rows("Heidelberg-based printing firm Druckwerk AG filed for insolvency last week.")
    assert ("Druckwerk AG", "is based in", "Heidelberg") in got, got
    assert not any(r[1] == "is based in" for r in rows("The Android-based phone sold well."))


def test_a_nationality_on_the_compound_before_the_noun(rows):
    got = rows("The Dutch chip equipment maker ASML raised its forecast.")
    assert ("ASML", "is from", "Netherlands") in got or ("ASML", "is from", "the Netherlands") in got, got


def test_a_time_right_after_said_dates_the_saying(rows):
    got = rows("The Finnish telecoms group Nokia said on Monday it would close a factory in Oulu.")
    assert ("The Finnish telecoms group Nokia", "said", "it would close a factory in Oulu", "on Monday") in got, got
    assert ("it", "would close", "a factory", "in Oulu") in got, got


def test_a_facility_near_a_place(rows):
    assert ("The village", "is near", "Kharkiv") in rows("The village near Kharkiv was shelled.")
    assert not any(r[1] == "is near" for r in rows("The fighting near Bakhmut continued."))
