"""A headline's title case is no organisation (kg.extract.orgproof): the small model reads capitalised headline
words as an organisation's name ("Tractors Block Brussels", "Regulator Says No"). A cluster the gazetteer does not
know, whose every mention is in the headline and which no organisation word or description grounds, is left a
concept; a body the story's text names again keeps its node. Articles of our own."""
from __future__ import annotations

import pytest

from kg.types import EntityType

pytestmark = pytest.mark.model

ARTICLES = [
    ("# Truckers Block Warsaw as Hauliers Protest Permit Rules\n\n"
     "Hundreds of lorry drivers blocked roads into Warsaw on Tuesday.",
     {"Hauliers Protest Permit Rules"}, set()),
    ("# Regulator Clears Vexa Takeover of Orlen Foods\n\n"
     "The competition authority on Wednesday cleared the takeover by Vexa Holdings of Orlen Foods.",
     set(), {"Orlen Foods"}),       # named again in the story
    ("# Dockers Halt Rotterdam as Unions Reject Pay Offer\n\n"
     "Dock workers walked off the job in Rotterdam on Monday after the Kalvermarkt Group rejected a pay offer.",
     set(), {"Kalvermarkt Group"}),
]


@pytest.mark.parametrize("text,junk,kept", ARTICLES)
def test_headline_title_case_is_no_organisation(run, text, junk, kept):
    labels = {e.label for e in run(text).entities if e.type is EntityType.ORGANIZATION}
    assert not labels & junk, labels
    assert kept <= labels, labels
