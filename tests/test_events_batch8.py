"""Events in the shapes of whole stories (bench/events_wire/sentences8.json, written before the builder ran on it):
a second clause whose opening name the parser joins to the noun before "and" ("collapsed on Friday and Serbia
recalled ..."), leaving its verb with no subject."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def facts(ex):
    return {(s.subject.entity or s.subject.text, s.predicate, s.object.entity or s.object.text, s.modality.value)
            for s in ex.statements}


def test_a_name_joined_to_the_noun_before_and_opens_the_second_clause(run):
    ex = run("Talks with the union broke down in May and Ford closed the plant.")
    assert ("ford", "close", "the plant", "Asserted") in facts(ex)
    ex = run("The ceasefire collapsed on Sunday and Israel resumed its strikes on Gaza, officials said.")
    assert any(s == "israel" and p == "resume" and m == "Reported" for s, p, _, m in facts(ex))


def test_a_name_joined_to_an_object_with_no_verb_after_it_stays_an_object(run):
    ex = run("The envoy met officials from Kenya and Uganda in Nairobi on Monday.")
    assert not any(s in ("kenya", "uganda") for s, *_ in facts(ex))


@pytest.mark.parametrize("text, code", [
    ("Russia vowed retaliation against Ukraine.", "130"),
    ("Hamas promised reprisals against Israel.", "130"),
    ("Iran pledged revenge against Israel.", "138"),
])
def test_retaliation_vowed_or_promised_is_a_threat(run, text, code):
    assert {s.event_type for s in run(text).statements if s.predicate in ("vow", "promise", "pledge")} == {code}


def test_a_framework_signed_is_a_formal_agreement(run):
    ex = run("Chile and Peru signed a framework on water sharing.")
    assert {s.event_type for s in ex.statements if s.predicate == "sign"} == {"057"}
