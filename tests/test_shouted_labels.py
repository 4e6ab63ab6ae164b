"""A transcript's speaker label in capitals ("JENNIFER HOMENDY: We will ...") names its person in the case the
article writes the name elsewhere, or in title case; an acronym of one word keeps its capitals (issue 9).
Sentences written for these tests."""
from __future__ import annotations

import pytest
from clausehelp import named, one

from kg.extract.entities import shouted, written_case
from kg.types import EntityType


@pytest.mark.parametrize("name, names, label", [
    ("JENNIFER HOMENDY", {"JENNIFER HOMENDY", "HOMENDY"}, "Jennifer Homendy"),
    ("DAVID MCKAY", {"DAVID MCKAY", "McKay"}, "David McKay"),
    ("ROSA DE LUCA", {"ROSA DE LUCA", "de Luca"}, "Rosa de Luca"),
])
def test_a_name_in_capitals_takes_the_article_s_case_or_title_case(name, names, label):
    assert shouted(name) and written_case(name, names) == label


@pytest.mark.parametrize("name", ["NTSB", "Jennifer Homendy", "BHP Group", "US"])
def test_an_acronym_or_a_written_name_is_not_shouted(name):
    assert not shouted(name)


@pytest.mark.model
@pytest.mark.parametrize("text, label", [
    ("The hearing opened on Tuesday.\n\nJENNIFER HOMENDY: We will find the cause of this crash.", "Jennifer Homendy"),
    ("Q: Who checked the pumps?\n\nMARTA KOWALSKA: The engineers checked them on Friday.", "Marta Kowalska"),
])
def test_a_speaker_label_in_capitals_gives_a_label_in_title_case(run, text, label):
    people = [e for e in run(text).entities if e.type is EntityType.PERSON]
    assert [e.label for e in people] == [label]


@pytest.mark.model
def test_the_ntsb_keeps_its_capitals(run):
    ex = run("The NTSB opened a hearing on Tuesday.\n\nJENNIFER HOMENDY: The NTSB will find the cause.")
    assert one(ex, "NTSB").label in ("NTSB", "National Transportation Safety Board")     # the gazetteer knows it
    assert [e.label for e in named(ex, "JENNIFER HOMENDY")] == ["Jennifer Homendy"]
