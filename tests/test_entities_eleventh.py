"""Short names and names in odd places (tests/data/typing/paragraphs-11.json's classes), on sentences written for
these tests: a long Arabic name's given name after a title, a firm's name without its trade word, a body named after a
country's possessive that the gazetteer knows under the country's adjective."""
from __future__ import annotations

import pytest
from clausehelp import named, one

from kg.types import EntityType

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, full, short", [
    ("Sheikh Saeed bin Hamad Al Kuwari, who chairs Doha Marine Holdings, said the firm would buy two tankers. "
     "Sheikh Saeed said the ships would be delivered in 2027.", "Saeed bin Hamad Al Kuwari", "Saeed"),
    ("Abdullah bin Hamad Al Attiyah, Qatar's former energy minister, died on Sunday. Abdullah was 73.",
     "Abdullah bin Hamad Al Attiyah", "Abdullah"),
])
def test_a_long_arabic_name_goes_by_its_given_name(run, text, full, short):
    ex = run(text)
    person = one(ex, full)
    assert person.type is EntityType.PERSON and short in person.aliases
    assert len(named(ex, short)) == 1
