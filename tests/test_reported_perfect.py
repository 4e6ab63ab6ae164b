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
