"""described_as asks _describes only of names whose parse offers the description's noun: the shortcut must never
drop a name _describes would accept (texts of our own)."""
from __future__ import annotations

import pytest

from kg.extract.entities import resolve
from kg.extract.references import _describes, _description_nouns, described_as
from kg.types import EntityType

pytestmark = pytest.mark.model

TEXTS = [
    "Danish ferry operator Kattegat Line cancelled sailings on Monday. The operator blamed the storm. "
    "Halvorsen, the company's chief executive, said the ferry operator would pay refunds.",
    "Brightwell, the construction group, won the contract. The group said work starts in May. "
    "The Ostrava steel plant closed; the plant had run since 1951.",
    "Midfielder Tomas Varga signed for the club. The midfielder, who is 24, joined from Sparta. "
    "The defender, Ivo Brandt, stayed.",
]


def test_shortcut_keeps_every_name_a_description_fits(nlp, gazetteer):
    checked = accepted = 0
    for text in TEXTS:
        doc = nlp(text)
        r = resolve(doc, gazetteer)
        lemmas = {t.lemma_.lower() for t in doc if t.pos_ == "NOUN"}
        for m in r.mentions:
            if m.cluster < 0 or not r.clusters[m.cluster].mentions:
                continue
            nouns = _description_nouns(r, m)
            for lemma in lemmas:
                for etype in (None, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.GPE):
                    checked += 1
                    if _describes(r, m, lemma, etype):
                        accepted += 1
                        assert lemma in nouns, (text, m.text, lemma, etype)
        for tok in doc:
            if tok.pos_ == "NOUN":
                described_as(r, tok)    # runs through the shortcut without error
    assert accepted and checked > accepted
