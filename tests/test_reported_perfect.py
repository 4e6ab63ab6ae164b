"""A regular past form after a perfect inside a reported clause shares the perfect and its subject, and does not
climb to the verb of saying (issue 9). Sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.extract.repairs import coordination_head

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, verb, head", [
    ("Officials said that rebels had seized the airport and closed the border.", "closed", "seized"),
    ("The agency reported that storms had flooded 40 villages and destroyed two bridges.", "destroyed", "flooded"),
    # a speaker's own act still goes with the saying
    ("The minister said police had arrested two men and urged calm.", "urged", "said"),
])
def test_a_regular_past_after_a_reported_perfect(nlp, text, verb, head):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert tok.dep_ == "conj", [(t.text, t.dep_, t.head.text) for t in doc]
    assert coordination_head(tok).text == head


@pytest.mark.parametrize("text, verb, head", [
    # a plain past after ", and" tells what came to pass after a reported "would": the writer's next clause
    ("Microsoft denied that it would withdraw the game, and in July the two companies signed a deal.",
     "signed", "denied"),
    ("The ministry said the army would withdraw from the town, and on Friday rebels seized it.", "seized", "said"),
    ("Kenya insisted that it would not expel the envoy, and two days later police arrested him.", "arrested",
     "insisted"),
    ("The union warned that it could strike, and in May workers walked out.", "walked", "warned"),
])
def test_a_plain_past_after_a_reported_would_is_the_writers(nlp, text, verb, head):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert tok.dep_ == "conj" and tok.head.dep_ == "ccomp", [(t.text, t.dep_, t.head.text) for t in doc]
    assert coordination_head(tok).text == head


@pytest.mark.parametrize("text, verb", [
    ("The spokesman said Acme would sign the deal, and the two sides would meet again in May.", "meet"),
    ("Officials said that Lima would host the talks, and that Quito had agreed.", "agreed"),
])
def test_a_conjunct_of_the_report_stays_in_it(nlp, text, verb):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    if tok.dep_ != "conj":
        pytest.skip(f"parsed {tok.dep_}")
    assert coordination_head(tok).i == tok.head.i


def test_the_deal_signed_after_a_denial_is_asserted(run):
    ex = run("Sony criticised the takeover. Microsoft denied that it would withdraw the game from PlayStation, and in "
             "July the two companies signed an agreement to keep it on Sony's console.")
    signed = [s for s in ex.statements if s.predicate == "sign"]
    assert signed and all(s.polarity.value == "Positive" and s.modality.value == "Asserted" for s in signed), signed
    withdraw = [s for s in ex.statements if s.predicate == "withdraw"]
    assert withdraw and all(s.polarity.value == "Negative" for s in withdraw)
