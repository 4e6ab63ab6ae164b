"""A fronted participle phrase whose object the parser hangs the main clause's subject on as an apposition
("Writing on LinkedIn, the Siemens chief executive, Roland Busch, said ..."): the title is the named person's and
its possessor's, never the participle's object's (no chief_executive_of(LinkedIn, Siemens))."""
from __future__ import annotations

import pytest

from kg.extract.roles import ROLES

pytestmark = pytest.mark.model


def roles(ex) -> set[tuple]:
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text))
            for s in ex.statements if s.predicate in ROLES or s.predicate == "be"}


@pytest.mark.parametrize("text, platform, person, role, body", [
    ("Writing on LinkedIn, the Siemens chief executive, Roland Busch, said the company would hire engineers.",
     "LinkedIn", "Roland Busch", "chief_executive_of", "Siemens"),
    ("Posting on Instagram, the Adidas chairman, Thomas Rabe, has said the brand would grow.",
     "Instagram", "Thomas Rabe", "chair_of", "Adidas"),
])
def test_the_object_of_a_fronted_participle_takes_no_title(run, text, platform, person, role, body):
    got = roles(run(text))
    assert not any(s == platform for s, _, _ in got), got
    assert (person, role, body) in got


@pytest.mark.parametrize("text, expected", [
    # the parser's right reading, and the title after the name, stay
    ("Speaking to the BBC, the Unilever chairman, Ian Meakins, said sales had slowed.",
     ("Ian Meakins", "chair_of", "Unilever")),
    ("Writing on LinkedIn, Roland Busch, the Siemens chief executive, said the company would hire engineers.",
     ("Roland Busch", "chief_executive_of", "Siemens")),
])
def test_other_fronted_phrases_keep_their_titles(run, text, expected):
    assert expected in roles(run(text))


@pytest.mark.parametrize("text", [
    "Speaking in Munich, the capital of Bavaria, the minister said costs had risen.",
    "Based in Munich, the capital of Bavaria, the firm employs 300 people.",
])
def test_an_apposition_inside_the_phrase_stays_one(nlp, text):
    # the main clause has its own subject: the apposition names the participle's object
    from kg.extract.titleclauses import opening_participle_subject
    doc = nlp(text)
    capital = next(t for t in doc if t.text == "capital")
    assert capital.dep_ == "appos" and not opening_participle_subject(capital.head, capital)


def test_the_shape_is_found(nlp):
    from kg.extract.titleclauses import opening_participle_subject
    doc = nlp("Writing on LinkedIn, the Siemens chief executive, Roland Busch, said the company would hire engineers.")
    title = next(t for t in doc if t.text == "executive")
    assert opening_participle_subject(title.head, title)
