"""Bare titles held in a state the article leaves unsaid: never another state's officer bound to the article's."""
from __future__ import annotations

import pytest

from kg.extract.roles import ROLES


def roles(ex) -> set[tuple]:
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text))
            for s in ex.statements if s.predicate in ROLES}


def article_run(nlp, gazetteer, text: str, headline: str | None = None, author: str | None = None):
    from kg.extract.core import extract
    from kg.types import Article
    return extract(nlp(text), Article(text=text, headline=headline, author=author), gazetteer)


OSLO = dict(headline="Parliament Debates Fuel Tax", author="By Tom Hale in Oslo")


@pytest.mark.model
def test_a_home_cabinet_title_stays_with_the_home_state_when_the_sentence_names_no_other(nlp, gazetteer):
    text = "Finance Minister Ana Lind said the tax on American cars would rise in May. Dealers were angry."
    assert ("Ana Lind", "minister_of", "Norway") in roles(article_run(nlp, gazetteer, text, **OSLO))


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    # the sentence names another country, not the home one: the minister may be that country's
    ("The Swedish government approved the plan in Stockholm, and Finance Minister Erik Berg will defend it in "
     "Brussels.", "Erik Berg"),
    ("Sweden backed the deal on Monday, and Trade Secretary Mark Dunn said it would create jobs.", "Mark Dunn"),
    # the holder travels to the home state: a visitor is none of its officers
    ("Defence Secretary John Hart is expected to visit Oslo next week to discuss the purchase.", "John Hart"),
    ("Foreign Minister Lena Park will travel to Norway on Tuesday for the talks.", "Lena Park"),
])
def test_a_bare_cabinet_title_of_another_state_is_not_bound_to_the_home_state(nlp, gazetteer, text, person):
    found = roles(article_run(nlp, gazetteer, text + " Critics were not convinced.", **OSLO))
    assert (person, "minister_of", "Norway") not in found


@pytest.mark.model
def test_a_sentence_opening_on_a_country_binds_a_bare_title_to_it(nlp, gazetteer):
    text = "In Denmark, Justice Minister Lars Holm said the law would change next year. Critics were not convinced."
    found = roles(article_run(nlp, gazetteer, text, **OSLO))
    assert ("Lars Holm", "minister_of", "Denmark") in found
    assert ("Lars Holm", "minister_of", "Norway") not in found


PORTUGAL = ("Portugal declared a state of emergency on Sunday as floods swept the north. Portugal's army moved "
            "thousands of people from their homes, and Portugal asked the European Union for help. ")


@pytest.mark.model
def test_a_head_of_government_is_held_in_the_state_the_sentence_speaks_of(nlp, gazetteer):
    text = PORTUGAL + "In Spain, where two people died, Prime Minister Carlos Ruiz said the storm was the worst in decades."
    found = roles(article_run(nlp, gazetteer, text))
    assert ("Carlos Ruiz", "head_of", "Portugal") not in found
    assert ("Carlos Ruiz", "head_of", "Spain") in found
    text = PORTUGAL + "Spain sent two planes, and Prime Minister Carlos Ruiz said more help would follow."
    assert ("Carlos Ruiz", "head_of", "Portugal") not in roles(article_run(nlp, gazetteer, text))
    text = PORTUGAL + "Prime Minister Carlos Ruiz said the storm was the worst in decades."
    assert ("Carlos Ruiz", "head_of", "Portugal") in roles(article_run(nlp, gazetteer, text))


@pytest.mark.model
def test_a_known_monarch_named_by_a_titled_form_is_not_given_the_article_s_country(nlp, gazetteer):
    text = ("Bishop Jean Mugabo of Rwanda led the service. The prime minister later wrote to King Charles about "
            "the new archbishop, who was enthroned on Friday.")
    found = roles(article_run(nlp, gazetteer, text))
    assert not [r for r in found if r[0] in ("Charles", "King Charles") and r[2] == "Rwanda"]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the NER reads the surname as the computer maker: the resolver's person still has the title's role
    ("Quebec Premier Anne Dell said the province would join Ontario and Alberta in the appeal.",
     ("Anne Dell", "head_of", "Quebec")),
    # a title on a word inside a long name
    ("Council President Maria von der Berg postponed the vote, and the Council will meet again in May.",
     ("Maria von der Berg", "head_of", "Council")),
])
def test_a_title_before_a_name_reaches_the_resolved_person(run, text, expected):
    assert expected in roles(run(text))


@pytest.mark.model
def test_a_possessed_title_with_a_nationality_is_held_in_the_possessor(run):
    text = ("The Transport Workers Union called a national strike on Monday. Its Scottish director, Ewan Ross, "
            "said members would walk out at noon.")
    found = roles(run(text))
    assert ("Ewan Ross", "head_of", "Transport Workers Union") in found
    assert not [r for r in found if r[0] == "Ewan Ross" and r[2] in ("Scotland", "Scottish")]
