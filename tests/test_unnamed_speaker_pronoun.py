"""A "she" or "he" that opens a sentence after one whose subject is a person no name gives, of that gender ("A
spokeswoman for the health service said ... She said ..."), is that person, not the last woman named before, on
sentences of our own. The traps: the person named just before is the subject, or the spokeswoman's name is given."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def hired_by(ex):
    return {s.subject.entity for s in ex.statements if s.predicate == "say" and "hired" in s.object.text}


def key(ex, label):
    return next(e.key for e in ex.entities if e.label == label)


def test_the_pronoun_after_an_unnamed_spokeswoman_is_hers(run):
    ex = run("Maria Lopez, a nurse in Seville, said the hospital had closed its ward. A spokeswoman for the Andalusian "
             "health service said the ward had been moved. She said the hospital had hired 40 nurses.")
    assert key(ex, "Maria Lopez") not in hired_by(ex)
    ex = run("Tomas Berg, a farmer near Uppsala, said the dam had burst. A spokesman for the county said the water "
             "was falling. He said the army had sent two boats.")
    assert not [s for s in ex.statements if s.predicate == "say" and "army" in s.object.text
                and s.subject.entity == key(ex, "Tomas Berg")]


def test_the_pronoun_after_a_named_subject_is_that_person(run):
    ex = run("Maria Lopez, a nurse in Seville, said the hospital had closed its ward. She said the hospital had hired "
             "40 nurses.")
    assert key(ex, "Maria Lopez") in hired_by(ex)
    ex = run("Maria Lopez, a nurse in Seville, said the hospital had closed its ward. A spokeswoman for the health "
             "service, Ana Ruiz, said the ward had been moved. She said the hospital had hired 40 nurses.")
    assert key(ex, "Ana Ruiz") in hired_by(ex)
