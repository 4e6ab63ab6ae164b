"""Sentence-final attributions the parser misreads, on sentences of our own: ", the semi-official Tasnim news agency
reported." after "... talks with Washington" hung as an apposition on the last noun of the object, and ", the
state-run Tuoi Tre newspaper reported on Monday." hung as an adverbial clause of the main verb. Each is the source
of the sentence, not a description of the noun before it, and what it reports is Reported."""
from __future__ import annotations

import pytest

from kg.types import Modality


def by(ex, predicate):
    return [s for s in ex.statements if s.predicate == predicate]


@pytest.mark.model
def test_an_attribution_misread_as_an_apposition_reports_the_sentence(run):
    ex = run("Lima turned down an offer of direct talks with Santiago, the semi-official Andina news agency reported "
             "on Friday.")
    assert by(ex, "turn_down") and by(ex, "turn_down")[0].modality is Modality.REPORTED
    report = by(ex, "report")
    assert report and "andina" in f"{report[0].subject.entity} {report[0].subject.text}".lower()
    assert not by(ex, "be")     # no "Santiago is the news agency"


@pytest.mark.model
def test_an_attribution_misread_as_an_adverbial_clause_reports_the_sentence(run):
    ex = run("Hanoi rejected a proposal for joint patrols with Beijing, the state-run Tuoi Tre newspaper reported "
             "on Monday. Quito turned down an offer of military advisers from Bogota, the official Andes news agency "
             "reported on Friday.")
    assert by(ex, "reject") and by(ex, "reject")[0].modality is Modality.REPORTED
    assert by(ex, "turn_down") and by(ex, "turn_down")[0].modality is Modality.REPORTED


@pytest.mark.model
def test_an_apposition_or_a_clause_that_reports_nothing_stays_what_it_is(run):
    ex = run("Kenya sent 400 police officers to Port-au-Prince, the capital of Haiti. Hanoi rejected the proposal, "
             "as the newspaper reported on Monday.")
    assert all(s.modality is Modality.ASSERTED for s in ex.statements if s.predicate.startswith("send"))
    assert by(ex, "capital_of")


@pytest.mark.model
def test_an_attribution_read_as_a_parenthesis_or_citing_a_source_reports_the_sentence(run):
    ex = run("Chad expelled two Sudanese diplomats, Reuters reported, citing two officials in N'Djamena. "
             "Niger closed its border with Benin, state media reported on Tuesday, quoting an army statement.")
    assert [s.modality for s in by(ex, "expel")] == [Modality.REPORTED]
    assert [s.modality for s in by(ex, "close")] == [Modality.REPORTED]
