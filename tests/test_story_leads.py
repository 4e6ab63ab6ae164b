"""A wire story's dateline and a live page's time stamp open a paragraph but are no part of its first sentence;
a verb the lemmatiser does not know keeps the word it is made of as its lemma (issue 9, new dev styles)."""
from __future__ import annotations

import pytest

from kg.nlp import _LEAD_RE, _bare_stem


@pytest.mark.parametrize("text, lead", [
    ("OSLO, May 2 - Statnett said", "OSLO, May 2 - "),
    ("PORT MORESBY, Papua New Guinea, Aug. 14, 2024 -- Kumul Holdings today",
     "PORT MORESBY, Papua New Guinea, Aug. 14, 2024 -- "),
    ("NAIROBI (Reuters) - Kenya's", "NAIROBI (Reuters) - "),
    ("DENVER, Feb. 3 /PRNewswire/ -- Rockline", "DENVER, Feb. 3 /PRNewswire/ -- "),
    ("QUITO \u2014 Ecuador's", "QUITO \u2014 "),
    ("08:15 - Firefighters", "08:15 - "),
    ("9.40pm BST: The", "9.40pm BST: "),
    ("21:02 CET \u2013 \"We", "21:02 CET \u2013 "),
])
def test_a_dateline_or_time_stamp_is_read_as_the_lead(text, lead):
    m = _LEAD_RE.match(text)
    assert m is not None and m.group() == lead


@pytest.mark.parametrize("text", [
    "Statnett said on Monday - and repeated - that",
    "The EU - a bloc of 27 - agreed",
    "IBM, the firm, said",
    "2024 - A year of records",
    "Dr Kaur, 52 - who led the team",
    "NATO - founded in 1949",
    "OK - fine",
    "At 10:15 the police arrived",
])
def test_an_ordinary_sentence_opening_is_no_lead(text):
    assert _LEAD_RE.match(text) is None


def test_stems_that_take_no_e():
    words = {"preposition", "bookend"}
    assert _bare_stem("preposition", words) and _bare_stem("bookend", words)
    assert _bare_stem("taser", words) and _bare_stem("livestream", words) and _bare_stem("waterboard", words)
    assert not _bare_stem("outpric", words) and not _bare_stem("geofenc", words) and not _bare_stem("wast", words)


@pytest.mark.model
def test_the_first_sentence_starts_after_the_dateline(nlp):
    text = ("HARARE, July 9 - Zimbabwe's central bank raised its policy rate on Tuesday, the bank said.\n\n"
            "11:20 - Finance Minister Mthuli Ncube welcomed the decision.\n\n"
            "The rate had been cut in May.")
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents == ["HARARE, July 9 -", "Zimbabwe's central bank raised its policy rate on Tuesday, the bank said.",
                     "11:20 -", "Finance Minister Mthuli Ncube welcomed the decision.", "The rate had been cut in May."]


@pytest.mark.model
def test_no_statement_takes_the_dateline_city_as_its_subject(run):
    text = ("TBILISI, March 3 - Georgian Railways suspended freight trains to Armenia on Sunday, the company said. "
            "Armenia protested.")
    ex = run(text)
    assert ex.statements
    for st in ex.statements:
        assert "TBILISI" not in st.subject.text and "Tbilisi" not in st.subject.text
        assert not st.sentence.startswith("TBILISI")


@pytest.mark.model
def test_an_unknown_past_form_keeps_the_word_it_is_made_of(nlp):
    doc = nlp("Aid agencies had prepositioned tents, and the festival was bookended by two concerts. "
              "Officers tasered one man, and the club livestreamed the match. Investors outpriced the bidders.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["prepositioned"], lemmas["bookended"], lemmas["tasered"], lemmas["livestreamed"]) == \
        ("preposition", "bookend", "taser", "livestream")
    assert lemmas["outpriced"] == "outprice"
