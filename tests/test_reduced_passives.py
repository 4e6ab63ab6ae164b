"""A participle with no subject and no auxiliary tells what happened to the noun it follows or to the subject of the
sentence it opens or stands aside of ("Kagame, asked about the border, said ..."): that noun was asked, invited or
accused; it did not ask. The statement is be_<participle>_<prep>, with no event (the asker is unnamed), and the aside
is no content of the verb it stands before."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def preds(ex, key):
    return {s.predicate for s in ex.statements if s.subject.entity == key}


@pytest.mark.parametrize("text, key, passive, active", [
    ("Paul Kagame, asked about the border on Tuesday, said Rwanda had no troops there.", "paul-kagame",
     "be_asked_about", "ask_about"),
    ("Asked about the merger, Satya Nadella said Microsoft would wait.", "satya-nadella", "be_asked_about",
     "ask_about"),
    ("Lula, invited to address the assembly, declined.", "luiz-inacio-lula-da-silva", "be_invited", "invite"),
])
def test_a_reduced_passive_is_what_happened_to_its_noun(run, text, key, passive, active):
    ex = run(text)
    assert passive in preds(ex, key) and active not in preds(ex, key)
    assert all(s.event_type is None for s in ex.statements if s.predicate == passive)


def test_the_aside_is_no_content_of_the_verb_it_stands_before(run):
    ex = run("Paul Kagame, asked about the border on Tuesday, said Rwanda had no troops there.")
    said = [s.object.text for s in ex.statements if s.predicate == "say"]
    assert said and not any("asked" in t for t in said)


def test_an_active_relative_clause_stays_active(run):
    ex = run("Angela Merkel, who asked Putin to stop, said the talks failed.")
    assert ("angela-merkel", "ask", "vladimir-putin") in {(s.subject.entity, s.predicate, s.object.entity)
                                                          for s in ex.statements}
