"""Counterparts with sentences of our own: nationality adjectives distributed over a list of names, a counterpart the
parser hangs off the sentence, the other state a counterpart's nationality leaves, and a head's title "principal"."""
from __future__ import annotations

import pytest

from kg.extract.roles import ROLES


def roles(text: str, nlp, gazetteer) -> set[tuple]:
    from kg.extract.core import extract
    from kg.types import Article
    ex = extract(nlp(text), Article(text=text), gazetteer)
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text))
            for s in ex.statements if s.predicate in ROLES}


@pytest.mark.model
def test_nationalities_before_counterparts_go_to_the_names_in_order(nlp, gazetteer):
    text = ("Brazilian Finance Minister Paulo Reis met his Chilean and Peruvian counterparts, Mario Marcel and Jose "
            "Arista, in Lima on Monday.")
    found = roles(text, nlp, gazetteer)
    assert ("Mario Marcel", "minister_of", "Chile") in found
    assert ("Jose Arista", "minister_of", "Peru") in found
    assert ("Mario Marcel", "minister_of", "Peru") not in found and ("Jose Arista", "minister_of", "Chile") not in found


@pytest.mark.model
def test_a_list_of_counterparts_longer_than_its_nationalities_gets_no_state(nlp, gazetteer):
    text = "Kenyan Trade Minister Lee Kinyanjui met his European counterparts, Anna Berg, Tom Dahl and Eva Lund."
    found = roles(text, nlp, gazetteer)
    assert not [r for r in found if r[0] in ("Anna Berg", "Tom Dahl", "Eva Lund")], found


@pytest.mark.model
def test_a_counterpart_of_another_nationality_leaves_the_holder_the_other_country(nlp, gazetteer):
    text = ("Canada will lift its tariffs on Mexican steel in June. Trade Minister Mary Ng spoke with her Mexican "
            "counterpart, Marcelo Ebrard, on Friday.")
    found = roles(text, nlp, gazetteer)
    assert ("Mary Ng", "minister_of", "Canada") in found
    assert ("Marcelo Ebrard", "minister_of", "Mexico") in found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a third country: the holder may be of either
    "Canada and Japan will lift tariffs on Mexican steel. Trade Minister Mary Ng spoke with her Mexican counterpart, "
    "Marcelo Ebrard, on Friday.",
    # no other country at all: the counterpart's is no home for the holder
    "Trade Minister Mary Ng spoke with her Mexican counterpart, Marcelo Ebrard, on Friday.",
])
def test_a_counterpart_leaves_no_state_when_the_article_does_not_name_one_other(nlp, gazetteer, text):
    found = roles(text, nlp, gazetteer)
    assert not [r for r in found if r[0] == "Mary Ng"], found


@pytest.mark.model
def test_a_principal_heads_the_body_and_one_at_a_firm_works_there(nlp, gazetteer):
    found = roles("McLaren's team principal, Zak Brown, said the car was quick. Anna Berg, a principal at Bain "
                  "Capital, disagreed.", nlp, gazetteer)
    assert ("Zak Brown", "head_of", "McLaren") in found or any(
        r[0] == "Zak Brown" and r[1] == "head_of" and "McLaren" in r[2] for r in found), found
    assert ("Anna Berg", "employee_of", "Bain Capital") in found
