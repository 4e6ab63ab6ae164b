"""A restrictive relative clause on a definite noun is presupposed: what is denied, asked, supposed or requested
of the noun leaves it true ("the sanctions it reimposed"). Sentences of our own."""
from __future__ import annotations

import pytest


def facts(ex, predicate):
    return [(s.polarity.value, s.modality.value) for s in ex.statements if s.predicate == predicate]


@pytest.mark.model
@pytest.mark.parametrize("text, predicate", [
    ("Oslo has not said whether the strike was linked to the fees it raised in May.", "raise"),
    ("Siemens would buy the plant that Alstom sold.", "sell"),
    ("Chile urged Peru to lift the tariffs it imposed on Bolivia.", "impose"),
    ("Kenya did not sign the treaty that Uganda drafted.", "draft"),
])
def test_a_relative_clause_on_a_definite_noun_is_presupposed(run, text, predicate):
    assert facts(run(text), predicate) == [("Positive", "Asserted")]


@pytest.mark.model
def test_in_a_report_it_is_the_speakers_presupposition(run):
    ex = run("Tesla said Ford had not copied the design that Volvo patented.")
    assert facts(ex, "patent") == [("Positive", "Reported")]



@pytest.mark.model
def test_a_participle_on_a_noun_is_a_relative_clause_cut_short(run):
    ex = run("Kenya did not sign the treaty drafted by Uganda. Yuki Tanaka said the accord, signed by Japan and "
             "Vietnam in May, would lower tariffs.")
    assert facts(ex, "draft") == [("Positive", "Asserted")]
    signed = [s for s in ex.statements if s.predicate == "sign" and s.polarity.value == "Positive"]
    assert signed and all(s.modality.value == "Asserted" for s in signed)


@pytest.mark.model
@pytest.mark.parametrize("text, predicate, expected", [
    ("Ravi Menon admitted failing to report two approaches from a man who asked him to lose.", "ask",
     ("Positive", "Reported")),
    ("The regulator did not fine a bank that had misled Lena Ortiz.", "mislead", ("Positive", "Asserted")),
])
def test_a_negation_does_not_reach_a_relative_clause_on_an_indefinite_noun(run, text, predicate, expected):
    assert facts(run(text), predicate) == [expected]
