"""A title written in lower case after a determiner is a common noun, whatever the tagger said: the small model
tags "the president" in "A spokesman for President William Ruto said the president would meet ..." as a proper
noun, and the description then stood for no one. Sentences of our own; the trap: a title written as part of a name
("President William Ruto") stays a name's."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_lower_case_title_after_a_determiner_is_a_common_noun(nlp):
    doc = nlp("A spokesman for President William Ruto said the president would meet the governors in Mombasa.")
    president = [t for t in doc if t.text == "president"]
    assert [(t.pos_, t.tag_) for t in president] == [("NOUN", "NN")]
    assert next(t for t in doc if t.text == "President").pos_ == "PROPN"


def test_the_president_is_the_one_named_before(run):
    ex = run("A spokesman for President William Ruto said the president would meet the governors in Mombasa on "
             "Thursday.")
    assert {s.subject.entity for s in ex.statements if s.predicate == "meet"} == {"william-ruto"}


def test_the_president_is_the_one_so_titled_in_its_sentence(run):
    ex = run("Ruth Kamau, the national president of the Kenya Union of Journalists, criticised the plan. A spokesman "
             "for President William Ruto said the president would meet the governors in Mombasa on Thursday.")
    assert {s.subject.entity for s in ex.statements if s.predicate == "meet"} == {"william-ruto"}
