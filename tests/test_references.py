"""Referring phrases resolved by what the article is about: "the government", descriptions, sets."""
from __future__ import annotations

import pytest

from kg.extract.entities import resolve

pytestmark = pytest.mark.model


def resolved(nlp, gazetteer, text, word, nth=0):
    """The names of the cluster the ``nth`` ``word`` of ``text`` is resolved to (None when it is not)."""
    doc = nlp(text)
    r = resolve(doc, gazetteer)
    tok = [t for t in doc if t.text == word][nth]
    cid = r.cluster_of_token(tok)
    return None if cid is None else set(r.clusters[cid].names)


def test_the_government_is_the_state_the_story_is_about_not_the_latest_country(nlp, gazetteer):
    text = ("Heavy rain flooded villages across Portugal on Monday, and Portuguese officials said 12 people had "
            "died. Spain sent two rescue teams to Portugal, and Morocco offered a plane, which the government "
            "accepted.")
    assert resolved(nlp, gazetteer, text, "government") == {"Portugal"}
    text = "Floods hit towns across Portugal, and Lisbon declared an emergency. Spain sent rescue teams. " \
           "Morocco offered a plane, which the government accepted."
    assert resolved(nlp, gazetteer, text, "government") == {"Portugal"}     # its capital counts for it


def test_the_government_is_the_state_of_a_body_named_in_its_sentence(nlp, gazetteer):
    text = ("Chile hosted the fisheries talks in Santiago, and Chilean officials praised the pact with Peru. "
            "Peru's main opposition party accused the government of giving away too much.")
    assert resolved(nlp, gazetteer, text, "government") == {"Peru"}


def test_a_regional_government_is_not_the_state(nlp, gazetteer):
    text = "Flooding hit Italy on Sunday. The regional government asked for help."
    assert resolved(nlp, gazetteer, text, "government") is None


def test_the_government_is_no_plural_name_with_the_same_head(nlp, gazetteer):
    text = ("Kenya said it would help African governments buy vaccines. Uganda's health minister said the "
            "government had acted quickly.")
    assert resolved(nlp, gazetteer, text, "government") == {"Uganda"}


def test_an_object_government_is_a_concept_that_involves_its_state(run):
    ex = run("Wildfires burned across Portugal on Tuesday. The mayor of Braga, Ana Reis, accused the government "
             "of cutting the budget of the fire service.")
    accused = [s for s in ex.statements if s.predicate == "accuse"]
    assert accused and all(s.object.entity is None for s in accused)
    assert any("government" in s.object.text and "portugal" in s.object.involves for s in accused)
