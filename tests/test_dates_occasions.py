"""Dates the parser hangs on a noun of the clause: the occasion of the act, the object's phrase, a count.

Sentences of our own, in an article dated Wednesday 2023-03-15.
"""
from __future__ import annotations

import pytest

from kg.extract.dates import ClauseDates
from kg.types import Article

from clausehelp import make_doc


@pytest.fixture(scope="module")
def dated(nlp, gazetteer):
    from kg.extract.core import extract

    def go(body: str) -> dict[str, set]:
        article = Article(text=body, headline="Test", date="2023-03-15")
        out: dict[str, set] = {}
        for st in extract(nlp(body), article, gazetteer).statements:
            out.setdefault(st.predicate, set()).add(st.date)
        return out
    return go


@pytest.mark.model
@pytest.mark.parametrize("body, predicate, date", [
    # an occasion in a phrase of the verb: the act is done in it
    ("In a radio interview on Sunday, Olaf Scholz criticised Viktor Orban.", "criticise", "2023-03-12"),
    ("At a news conference late on Monday, Kenya's health minister thanked Japan.", "thank", "2023-03-13"),
    ("Chile's foreign minister signed a trade accord with Vietnam during a visit to Hanoi on Friday.", "sign",
     "2023-03-10"),
    # a time hung on a noun of the object, after it: the act's
    ("The Arab League imposed sanctions against Syria's defence ministers last month.", "impose", "2023-02"),
    ("Norway will host talks between the government and the rebels in Oslo next month.", "host", "2023-04"),
    ("Canada expelled a Chinese diplomat last week after the hacking scandal.", "expel", "2023-03-06"),
])
def test_dates_hung_on_a_noun_date_the_act(dated, body, predicate, date):
    assert date in dated(body).get(predicate, set())


@pytest.mark.model
@pytest.mark.parametrize("body, predicate", [
    ("Poland approved plans for a summit with Lithuania in May.", "approve"),         # the summit's own date
])
def test_a_count_of_acts_or_an_event_noun_keeps_its_date(dated, body, predicate):
    found = dated(body).get(predicate)
    assert found and found == {None}


def test_a_count_of_acts_is_no_one_occasion():
    # "Rebels staged 40 raids this year": the parser hangs the time on the counted noun; a count of acts over a
    # time dates no one of them (a hand-built parse, so that a model release cannot change the rule test)
    spec = """
Rebels rebel NOUN NNS nsubj 1
staged stage VERB VBD ROOT 1
40 40 NUM CD nummod 3
raids raid NOUN NNS dobj 1
this this DET DT det 5
year year NOUN NN npadvmod 3
. . PUNCT . punct 1
"""
    doc = make_doc(spec, ["O", "O", "O", "O", "B-DATE", "I-DATE", "O"])
    assert ClauseDates(doc, "2023-03-15").own == {}
    one = make_doc(spec.replace("40 40 NUM CD nummod 3", "a a DET DT det 3").replace("raids raid NOUN NNS",
                                                                                       "raid raid NOUN NN"),
                   ["O", "O", "O", "O", "B-DATE", "I-DATE", "O"])
    assert list(ClauseDates(one, "2023-03-15").own) == [1]      # "staged a raid this year": the staging's
