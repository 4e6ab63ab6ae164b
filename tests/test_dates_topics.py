"""A date after a topic's gerund ("a conference on phasing out coal in April") is the noun's or its verb's, not the
gerund's: a topic has no time of its own. A past verb takes no date after the date line from it ("proposed a ban on
selling petrol cars in 2035")."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def dates(ex, predicate):
    return {s.date for s in ex.statements if s.predicate == predicate}


@pytest.mark.parametrize("text, predicate, want", [
    ("Chile will host a summit on protecting the oceans in March.", "host", {"2027-03"}),
    ("Norway hosted a conference on ending the war in Sudan in June.", "host", {"2026-06"}),
    ("The European Commission proposed a ban on importing Russian gas in 2028.", "propose", {None}),
])
def test_a_topics_gerund_has_no_time_of_its_own(run_dated, text, predicate, want):
    assert dates(run_dated(text, "2026-11-30"), predicate) == want
