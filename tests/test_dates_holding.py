"""A date the parser hangs on a participle of a state that describes the object ("a platform operated by Shell ...
on Sunday") dates the act on the object, not the state (sentences of our own)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def dated(nlp, gazetteer):
    from kg.extract.core import extract
    from kg.types import Article

    def go(text, predicate):
        ex = extract(nlp(text), Article(text=text, date="2026-03-11"), gazetteer)
        return [s.date for s in ex.statements if s.predicate == predicate]
    return go


@pytest.mark.model
def test_a_date_on_a_participle_of_a_state_dates_the_act(dated):
    text = "Iranian commandos boarded a tanker owned by a Greek shipping firm in the Gulf of Oman on Thursday."
    assert dated(text, "board") == ["2026-03-05"] and dated(text, "own") == [None]
    text = "Activists occupied a coal mine operated by RWE in western Germany on Sunday."
    assert dated(text, "occupy") == ["2026-03-08"]
