"""Factuality of the future and of an attribution the parser reads as a conjunct, on sentences of our own.

What "will" happen has not happened: a future is hypothetical, as "would" is ("will visit Warsaw on Friday"),
but leaving an office in the future says it is held now ("will step down as chairman"). A sentence-final
attribution the parser reads as the main verb's last conjunct (", the minister said.") reports the whole sentence.
"""
from __future__ import annotations

import pytest


def facts(ex, predicate):
    return [(s.polarity.value, s.modality.value) for s in ex.statements if s.predicate == predicate]


@pytest.mark.model
def test_a_future_is_hypothetical(run):
    ex = run("Chancellor Olaf Brandt will visit Warsaw on Friday. Ghana won't sign the treaty.")
    assert facts(ex, "visit") == [("Positive", "Hypothetical")]
    assert facts(ex, "sign") == [("Negative", "Hypothetical")]


@pytest.mark.model
def test_a_past_or_present_stays_asserted(run):
    ex = run("Chancellor Olaf Brandt visited Warsaw on Friday. Ghana signs the treaty.")
    assert facts(ex, "visit") == [("Positive", "Asserted")] and facts(ex, "sign") == [("Positive", "Asserted")]


@pytest.mark.model
def test_leaving_an_office_in_the_future_says_it_is_held(run):
    ex = run("Marta Lindqvist will step down as chair of Nordbank in June.")
    assert ("Positive", "Asserted") in facts(ex, "chair_of")


@pytest.mark.model
def test_an_attribution_read_as_a_conjunct_reports_the_sentence(run):
    ex = run("Peru has closed its northern border and will deploy 2,000 soldiers, Interior Minister Ana Rosas "
             "said on Monday.")
    speaker = next(e.key for e in ex.entities if e.label == "Ana Rosas")
    for predicate in ("close", "deploy"):
        said = [s for s in ex.statements if s.predicate == predicate]
        assert said and all(s.modality.value == "Reported" and s.attributed_to == speaker for s in said)


@pytest.mark.model
def test_a_conjunct_of_saying_with_its_own_content_is_no_attribution(run):
    ex = run("Peru closed its northern border, and the minister said it would stay closed.")
    assert facts(ex, "close") == [("Positive", "Asserted")]


@pytest.mark.model
@pytest.mark.parametrize("text, predicate, want", [
    ("Iran has to accept the inspectors.", "accept", ("Positive", "Hypothetical")),     # owed, not done
    ("Macron is to meet Scholz on Friday.", "meet", ("Positive", "Hypothetical")),      # scheduled
    ("Volvo had to recall 10,000 cars.", "recall", ("Positive", "Asserted")),            # a past obligation was met
    ("Shell was unable to deliver the cargo to Japan.", "deliver", ("Negative", "Asserted")),
])
def test_a_semi_modal_gives_the_act_its_factuality(run, text, predicate, want):
    assert facts(run(text), predicate) == [want]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Iran has to accept the inspectors.", "Ukraine has yet to receive the jets.", "Macron is to meet Scholz.",
    "Shell was unable to deliver the cargo to Japan.", "Nestle was able to sell the plant to Danone.",
    "The Fed is likely to raise rates.",
])
def test_a_semi_modal_is_no_statement_of_its_own(run, text):
    assert not [s.predicate for s in run(text).statements if s.predicate.split("_")[0] in ("have", "be")]
