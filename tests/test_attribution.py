"""Reported and negated claims: who a clause is attributed to, in the shapes news writes attribution, and acts
ruled out, refused or not yet done."""
from __future__ import annotations

import pytest

from kg.types import Modality


def claims(ex, predicate):
    return [(s.modality, s.attributed_to) for s in ex.statements if s.predicate == predicate]


@pytest.mark.model
@pytest.mark.parametrize("text,predicate,source", [
    ("Volvo's spokesman said the company would close its plant in Ghent.", "close", "volvo"),
    ("A spokeswoman for Heineken said the brewer had bought Tiger Beer.", "buy", "heineken"),
    ("Officials at the Kremlin said Moscow would expel the envoy from Estonia.", "expel", "kremlin"),
    ("Siemens had sued Alstom in Paris, according to Reuters.", "sue", "reuters"),
    ("According to Reuters, Siemens had sued Alstom in Paris.", "sue", "reuters"),
    ("Siemens had sued Alstom in Paris, Reuters reported.", "sue", "reuters"),
    ("In a statement, Unilever said it had sold Knorr to Nestle.", "sell", "unilever"),
    ("Unilever told reporters it had sold Knorr to Nestle.", "sell", "unilever"),
])
def test_a_reported_claim_is_attributed_to_its_source(run, text, predicate, source):
    found = claims(run(text), predicate)
    assert found and all(m is Modality.REPORTED for m, _ in found), found
    assert any(who == source for _, who in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chancellor Olaf Scholz ruled out sending tanks to Ukraine.",
    "Spain refrained from sending warships to Libya.",
    "Siemens declined to buy Alstom.",
    "Renault has yet to sign the deal with Nissan.",
])
def test_an_act_ruled_out_refused_or_not_yet_done_is_negative(run, text):
    from kg.types import Polarity
    acts = [s for s in run(text).statements if s.predicate in ("send", "buy", "sign")]
    assert acts and all(s.polarity is Polarity.NEGATIVE for s in acts), acts
