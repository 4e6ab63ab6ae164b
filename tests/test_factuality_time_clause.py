"""A clause of time whose verb is one of saying, on sentences of our own: the small parser reads "X has withdrawn
the work ... after the heirs of a banker said it had been seized" as if "X has withdrawn the work after the heirs"
were what is said and "said" the sentence's root. The withdrawing is the writer's; what the heirs say stays theirs.
The trap: a complement before a verb of saying with its own subject ("..., the ministry said") is reported.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def facts(ex, predicate):
    return [(s.polarity.value, s.modality.value) for s in ex.statements if s.predicate == predicate]


def test_the_act_before_a_clause_of_time_is_asserted(run):
    ex = run("Phillips has withdrawn a 1920 portrait by Otto Dix from its Contemporary Art evening sale after the "
             "heirs of a Jewish banker from Vienna said the picture had been taken from him by the Gestapo.")
    assert facts(ex, "withdraw") == [("Positive", "Asserted")]
    assert ("Positive", "Asserted") not in facts(ex, "take") + facts(ex, "take_from")
    ex = run("Bonhams has withdrawn a 1911 landscape by Egon Schiele from its Modern Art evening sale after the heirs "
             "of a Jewish lawyer from Prague said the picture had been seized by the Nazis.")
    assert facts(ex, "withdraw") == [("Positive", "Asserted")]
    assert ("Positive", "Asserted") not in facts(ex, "seize")


def test_a_complement_before_a_speaker_is_reported(run):
    ex = run("Pearson has sold its stake in the printer after a review, the company said.")
    assert facts(ex, "sell") == [("Positive", "Reported")]
