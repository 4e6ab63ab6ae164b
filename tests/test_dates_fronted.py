"""A fronted date the parser hung on the subject's name ("On 2 March Bolivia nationalised ...", "In June Peru
expelled ..."): the preposition is left without an object, and the date is the verb's. Sentences of our own."""
from __future__ import annotations

import pytest


def dates(ex, predicate):
    return [s.date for s in ex.statements if s.predicate == predicate]


@pytest.mark.model
def test_a_fronted_date_hung_on_the_subject_s_name_dates_the_verb(nlp, gazetteer):
    from kg.extract.core import extract
    from kg.types import Article
    text = ("On 2 March Bolivia nationalised the lithium operations of a Chinese consortium. "
            "In June Peru expelled the Mexican ambassador. "
            "The September 11 attacks changed American foreign policy.")
    ex = extract(nlp(text), Article(text=text, date="2026-03-11"), gazetteer)
    assert dates(ex, "nationalise") == ["2026-03-02"]
    assert dates(ex, "expel") == ["2025-06"]
    assert dates(ex, "change") == [None]     # a date in a name that no preposition opens dates nothing
