"""What is neither done nor denied, on sentences of our own: an indirect question ("has not decided whether to
sell"), a denial or a request that is itself negated ("did not deny that", "did not order X to"), a finding not
made ("did not find that"), "neither confirmed nor denied", and the "not" of "whether or not". Each reads as
Positive and Hypothetical; a plain denial, a request not to, and "neither ... nor" on the acts themselves stay
Negative (the traps).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from clausehelp import score_cases


def facts(ex, predicate):
    return [(s.polarity.value, s.modality.value) for s in ex.statements if s.predicate == predicate]


OPEN = ("Positive", "Hypothetical")


@pytest.mark.model
def test_an_indirect_question_is_open_whatever_governs_it(run):
    assert facts(run("Barclays has not decided whether to sell its stake in Absa."), "sell") == [OPEN]
    assert facts(run("Toyota said it was unclear whether Denso had supplied the faulty pumps."), "supply") == [OPEN]
    assert facts(run("Philips said it would decide next week whether to close the factory in Drachten."),
                 "close") == [OPEN]


@pytest.mark.model
def test_the_not_of_whether_or_not_denies_nothing(run):
    ex = run("Kenya will sell the bonds whether or not the IMF approves the deal.")
    assert facts(ex, "approve") == [OPEN]


@pytest.mark.model
def test_a_denial_not_made_neither_denies_nor_claims(run):
    assert facts(run("Maersk did not deny that it had carried arms to Sudan."), "carry") == [OPEN]
    ex = run("The ministry neither confirmed nor denied that Saudi Aramco had bought the stake.")
    assert facts(ex, "buy") == [OPEN]
    assert facts(run("Maersk denied that it had carried arms to Sudan."), "carry") == [("Negative", "Reported")]


@pytest.mark.model
def test_neither_nor_negates_both_acts(run):
    ex = run("Unilever neither sold the plant nor closed it.")
    assert facts(ex, "sell") == [("Negative", "Asserted")] and facts(ex, "close") == [("Negative", "Asserted")]


@pytest.mark.model
def test_a_request_not_made_asks_nothing(run):
    ex = run("The court did not order Meta to pay damages.")
    assert facts(ex, "pay") == [OPEN]
    ex = run("The union urged Ford not to close the plant in Valencia.")
    assert facts(ex, "close") == [("Negative", "Requested")]


@pytest.mark.model
def test_a_finding_not_made_is_no_finding_of_the_opposite(run):
    assert facts(run("The inquiry did not find that Ryanair had falsified its records."), "falsify") == [OPEN]
    assert facts(run("The inquiry found that Ryanair had falsified its records."), "falsify") == [
        ("Positive", "Reported")]


@pytest.mark.model
def test_the_second_factuality_batch_yields_no_wrong_edge(run):
    """tests/data/relations/factuality2.json: 26 sentences of our own written after these rules, in beats the first
    batch lacks (churches, the arts, water, railways, councils, science funding), answers fixed before the first run
    (main before the rules: 4/14 expected, 11 wrong edges of 37; with them 10/14, none; the misses are names the
    NER does not find and one parse, "had discharged" read as "have")."""
    found, _, wrong = score_cases(run, Path(__file__).resolve().parent / "data" / "relations" / "factuality2.json")
    assert wrong == []
    assert found >= 10
