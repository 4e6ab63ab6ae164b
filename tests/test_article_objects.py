"""An article the parser leaves alone as a verb's object ("He said the WHO was working": "the" as the object of
"said", "WHO" as a relative clause on it) is no argument: no statement has a bare article for its object."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Maria Lindqvist, a doctor with the World Health Organization (WHO), toured the clinic on Monday. "
    "She said the WHO was sending doctors to the region.",
    "Officials in Geneva met on Friday. One of them said the WHO was working to reach families in need.",
])
def test_no_statement_has_a_bare_article_for_its_object(run, text):
    objects = [s.object.text for s in run(text).statements]
    assert not any(o.lower() in ("the", "a", "an") for o in objects), objects
