"""Plural descriptions and titles whose parse goes astray: a set a description named once is the set the same
description names again, and a title after a list of names belongs to the body named before it."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def triples(ex, predicate=None):
    keys = {e.key: e.label for e in ex.entities}
    return {(keys.get(s.subject.entity, s.subject.text), s.predicate, keys.get(s.object.entity, s.object.text))
            for s in ex.statements if predicate is None or s.predicate == predicate}


def test_the_set_of_an_earlier_description_in_apposition_to_a_list(run):
    ex = run("Russia recognised Abkhazia and South Ossetia, two breakaway regions of Georgia, in 2008. The decision "
             "angered Tbilisi. Georgia and the United States called the move illegal. The two regions rejected "
             "their view.")
    rejected = {s for s, p, _ in triples(ex, "reject")}
    assert {"Abkhazia", "South Ossetia"} <= rejected and not rejected & {"Georgia", "United States"}, rejected


@pytest.mark.parametrize("text", [
    "Nordic Council President Elin Sandberg von der Wall and Baltic Assembly President Jonas Falk condemned the "
    "vote in Ukraine. Ukraine said it would ignore them. Ukraine's parliament met on Friday.",
    "European Commission President Ursula von der Leyen and European Council President Antonio Costa called the "
    "decision illegal. Ukraine welcomed their support. Ukraine asked for more aid.",
])
def test_a_title_after_a_list_of_names_is_no_seat_and_no_office_held_under_a_person(run, text):
    ex = run(text)
    persons = {e.label for e in ex.entities if e.type.name == "PERSON"}
    roles = {t for t in triples(ex) if t[1].endswith("_of")}
    assert not any(o == "Ukraine" or o in persons for _, _, o in roles), roles


def test_a_one_word_body_the_ner_calls_a_person_keeps_its_title(run):
    ex = run("Former Corvix chief executive Anna Holm was charged with fraud on Tuesday.")
    assert ("Anna Holm", "chief_executive_of", "Corvix") in triples(ex, "chief_executive_of"), triples(ex)
