"""Factuality from shapes the parser does not hang on a verb of saying, on sentences of our own.

- An attribution set off by commas inside the sentence reports it ("Shell, the lawyers argue, polluted ...").
- A sentence of a quotation whose attribution stands in another sentence of its paragraph is the speaker's.
- A condition by inversion ("Had X done ...", "Were X to ...") supposes, it does not assert.
- "did not hesitate to buy" bought; "forgot to file" did not file.
- "appealed to X to", "pleaded with X to": X is asked (the parser may read the infinitive as an adverbial clause).
- The free relative of a pseudo-cleft ("What we want is ...") gives no statement whose object is "What".
Each rule has a trap where it must not fire.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from clausehelp import score_cases


def facts(ex, predicate):
    return [(s.polarity.value, s.modality.value) for s in ex.statements if s.predicate == predicate]


def key(ex, label):
    return next(e.key for e in ex.entities if e.label == label)


@pytest.mark.model
def test_an_aside_of_saying_reports_the_sentence(run):
    ex = run("Shell, the lawyers argue, polluted the creeks of Ogoniland for decades.")
    assert facts(ex, "pollute") == [("Positive", "Reported")]
    ex = run("Boeing, analysts at Jefferies said, will deliver fewer jets to Ryanair.")
    said = [s for s in ex.statements if s.predicate == "deliver"]
    assert said and all(s.modality.value == "Reported" and s.attributed_to == key(ex, "Jefferies") for s in said)


@pytest.mark.model
def test_an_apposition_or_an_endorsing_as_clause_is_no_attribution(run):
    ex = run("Aldi, the market leader, sold the store to Tesco.")
    assert facts(ex, "sell") == [("Positive", "Asserted")]
    ex = run("Lufthansa, as the minister said, flew the soldiers to Riga.")
    assert facts(ex, "fly") == [("Positive", "Asserted")]


@pytest.mark.model
def test_a_quotation_over_two_sentences_is_the_speakers(run):
    ex = run("The port reopened on Monday.\n\nLars Holm, the head of the dockers' union, spoke at the gate. "
             "\"Grimaldi has ignored every safety report. We will not unload its ships,\" Holm said.\n\n"
             "The ministry did not comment.")
    holm = key(ex, "Lars Holm")
    ignored = [s for s in ex.statements if s.predicate == "ignore"]
    assert ignored and all(s.modality.value == "Reported" and s.attributed_to == holm for s in ignored)


@pytest.mark.model
def test_a_quoted_title_or_a_closed_quotation_leaves_the_sentence_asserted(run):
    ex = run("\"Barbie\" earned more than a billion dollars for Mattel in Europe.\n\n"
             "Netflix bought the rights, \"all of them\", from Mattel in 2021.")
    assert ("Positive", "Asserted") in facts(ex, "earn") and ("Positive", "Asserted") in facts(ex, "buy")


@pytest.mark.model
def test_a_condition_by_inversion_is_not_asserted(run):
    ex = run("Were Kenya to default on the loan, China would seize the port of Mombasa.")
    assert all(m == "Hypothetical" for _, m in facts(ex, "default_on") + facts(ex, "seize"))
    assert facts(ex, "default_on")
    ex = run("Had Siemens tested the turbine, Vattenfall would have kept the order.")
    assert facts(ex, "test") == [("Positive", "Hypothetical")]


@pytest.mark.model
def test_a_pluperfect_main_clause_is_no_inversion(run):
    ex = run("Siemens had sold the plant before Alstom bought the rest of the site.")
    assert facts(ex, "sell") == [("Positive", "Asserted")] and facts(ex, "buy") == [("Positive", "Asserted")]


@pytest.mark.model
def test_not_hesitating_does_and_forgetting_does_not(run):
    ex = run("Iberdrola did not hesitate to buy the wind farms.")
    assert facts(ex, "buy") == [("Positive", "Asserted")]
    ex = run("Network Rail forgot to inspect the bridge at Carmont.")
    assert facts(ex, "inspect") == [("Negative", "Asserted")]
    ex = run("Ofwat forgot that Thames Water had paid the fine.")     # trap: "forgot that" is no failure
    assert all(p == "Positive" for p, _ in facts(ex, "pay"))


@pytest.mark.model
def test_a_request_through_a_preposition_is_asked_of_its_object(run):
    ex = run("The pilots' union appealed to Ryanair to reinstate the captains.")
    asked = [s for s in ex.statements if s.predicate == "reinstate"]
    assert [(s.subject.entity, s.modality.value) for s in asked] == [(key(ex, "Ryanair"), "Requested")]
    ex = run("The mayor pleaded with Amazon to keep the warehouse in Bristol.")
    asked = [s for s in ex.statements if s.predicate == "keep"]
    assert [(s.subject.entity, s.modality.value) for s in asked] == [(key(ex, "Amazon"), "Requested")]


@pytest.mark.model
def test_appealing_a_ruling_to_a_court_asks_nothing_of_the_court(run):
    ex = run("Kenya appealed the ruling to the Supreme Court to stop the deportation.")
    assert not [s for s in ex.statements if s.predicate == "stop" and s.modality.value == "Requested"]


@pytest.mark.model
def test_a_pseudo_cleft_gives_no_what_object(run):
    ex = run("Maria Soto runs Agrovia. \"What we want is a fair price,\" Soto said.")
    assert not [s for s in ex.statements if s.object.text == "What"]


@pytest.mark.model
def test_the_factuality_batch_yields_no_wrong_edge_and_most_expected_statements(run):
    """The builder on tests/data/relations/factuality.json (80 sentences of our own: denials, refusals, reports in
    several shapes, hypotheses, requests and 20 traps, written before the builder ran on them): no wrong edge, and at
    least the expected statements counted when this test was written (the misses left are coreference, coordination
    and parses: "It" read as the regulator, "Neither Sainsbury's nor Tesco", "the night trains" split)."""
    found, _, wrong = score_cases(run, Path(__file__).resolve().parent / "data" / "relations" / "factuality.json")
    assert wrong == []
    assert found >= 65


@pytest.mark.model
def test_a_writer_passing_on_hearsay_reports(run):
    assert facts(run("Barclays is understood to have closed the accounts of the charity."), "close") == [
        ("Positive", "Reported")]
    assert facts(run("It is understood that Barclays has closed the accounts of the charity."), "close") == [
        ("Positive", "Reported")]
    # trap: an active "understood that" is the subject's grasp of a fact, kept as it is
    assert facts(run("Airbus understood that Boeing had won the order."), "win") == [("Positive", "Asserted")]


@pytest.mark.model
def test_blaming_someone_for_an_act_is_the_blamers_claim(run):
    ex = run("Nigeria blamed Shell for polluting the Niger Delta.")
    nigeria = key(ex, "Nigeria")
    polluted = [s for s in ex.statements if s.predicate == "pollute"]
    assert polluted and all(s.modality.value == "Reported" and s.attributed_to == nigeria for s in polluted)
    # trap: thanking someone for an act takes it as done
    assert facts(run("Nigeria thanked Shell for cleaning the Niger Delta."), "clean") == [("Positive", "Asserted")]
