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


@pytest.mark.model
@pytest.mark.parametrize("text, subject, date", [
    ("On 2 March Bolivia nationalised the lithium operations of a Chinese consortium.", "Bolivia", "On 2 March"),
    ("In June Peru expelled the Mexican ambassador.", "Peru", "In June"),
])
def test_a_fronted_date_hung_on_the_subject_s_name_leaves_the_subject_s_text(rows, nlp, gazetteer, text, subject,
                                                                            date):
    from kg.extract.core import extract
    from kg.types import Article
    got = rows(text)
    assert [r[0] for r in got] == [subject]     # not "2 March Bolivia", "June Peru"
    assert date in next(iter(got))[2:]          # the date is an argument of its own
    ex = extract(nlp(text), Article(text=text, date="2026-03-11"), gazetteer)
    assert [s.subject.text for s in ex.statements] == [subject]


@pytest.mark.model
def test_a_date_inside_a_subject_s_name_stays(rows):
    # no preposition left without its object: the year is the name's
    assert {r[0] for r in rows("The 2019 Bolivia crisis ended in November.")} == {"The 2019 Bolivia crisis"}
    assert {r[0] for r in rows("On Friday Russia attacked Kyiv.")} == {"Russia"}
