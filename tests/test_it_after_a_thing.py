"""'It' as the subject of what a person says, after a thing the same sentence names, is that thing, not a body
named before it: "Secretary-General X welcomed the decision and said it would allow more aid" (the decision)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,predicate", [
    ("Nordic Council Secretary-General Anna Lind welcomed the ruling and said it would allow more trade.", "allow"),
    ("Vexa Motors chief executive Paul Moreau criticised the policy, arguing that it would push buyers towards "
     "cheaper rivals.", "push"),
    ("Valdoria Party leader Ingrid Sol called the result painful but said it would not change her plans.", "change"),
])
def test_it_after_a_thing_is_no_body(run, text, predicate):
    ex = run(text)
    acts = [(s.subject.text, s.subject.entity) for s in ex.statements if s.predicate == predicate]
    assert not any(entity for _, entity in acts), acts
