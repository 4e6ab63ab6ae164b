"""Precision on unseen saved pages (issue 9; bench/pages-judged-2026.tsv): the classes of wrong statements between two
entities found there, each on sentences written here, not the pages' own."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def facts(ex) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of the statements whose both ends are entities."""
    label = {e.key: e.label for e in ex.entities}
    return {(label[s.subject.entity], s.predicate, label[s.object.entity]) for s in ex.statements
            if s.subject.entity in label and s.object.entity in label}


def test_a_persons_name_beside_a_body_noun_is_not_that_body(run):
    # the name is the head's, whatever the parse attaches it to; and a later "the commission" is no person
    got = facts(run("The minister praised the head of the water commission, Maria Lopes, for a fair process. "
                    "The deputy head of the commission, Tomas Reis, disagreed with her."))
    assert not [f for f in got if f[2] in ("Maria Lopes", "Tomas Reis")]
    got = facts(run("A spokeswoman for the regulator, Ilse Berg, said the rules would stay. "
                    "Dagny Holm, who chairs the Harbour Authority, agreed."))
    assert not [f for f in got if f[2] == "Ilse Berg"]


def test_the_company_that_reports_a_clause_is_that_clauses_subject(run):
    text = ("Brightwell, a Lisbon startup that makes solar inverters, has raised $40 million in a round led by "
            "Atomico, the company told reporters. The company was founded in 2019 by Rui Costa, a former engineer "
            "at Siemens.")
    got = facts(run(text))
    assert ("Rui Costa", "founder_of", "Brightwell") in got
    assert not [f for f in got if f[0] == "Atomico" and f[1] == "tell" or f[2] == "Atomico" and f[1] == "founder_of"]


def test_the_company_after_a_one_word_name_that_acts(run):
    text = ("Early backers Northwind Partners and Baltic Seed also joined the round, which values Quillo at $300 "
            "million. Quillo declined to comment on the valuation. The company was founded in 2021 by Sara Lind.")
    got = facts(run(text))
    assert ("Sara Lind", "founder_of", "Quillo") in got
    assert not [f for f in got if f[1] == "founder_of" and f[2] != "Quillo"]


def test_a_states_outpost_in_a_city_does_not_put_the_state_there(run):
    got = facts(run("The United States embassy in Lima warned citizens to avoid the port. The Canada office in "
                    "Geneva closed on Friday, and the Bonn office in Berlin reopened."))
    assert not [f for f in got if f[1] == "located_in"]


def test_a_regions_director_is_no_head_of_the_body(run):
    got = facts(run('"Prices will rise for everyone," said Anna Berg, Africa director at Oxfam. Tom Lee, the '
                    "Europe director of Amnesty International, and Eva Holm, Oxfam's Asia chief, met in Oslo."))
    assert {("Anna Berg", "employee_of", "Oxfam"), ("Tom Lee", "employee_of", "Amnesty International"),
            ("Eva Holm", "employee_of", "Oxfam")} <= got
    assert not [f for f in got if f[1] == "head_of" or f[2] in ("Africa", "Asia", "Europe")]
    # the body's own head keeps the role
    assert ("Ana Ruiz", "head_of", "Amnesty International") in facts(run(
        "Prices will rise, said Amnesty International director Ana Ruiz."))
    assert ("Ana Ruiz", "head_of", "Oxfam") in facts(run("Prices will rise, said Oxfam's director, Ana Ruiz."))


def test_a_premier_with_no_state_named_beside_a_country_and_its_states_holds_neither(run):
    got = facts(run("Australia will fund two new power lines in Tasmania and Victoria. Premier Jane Hollis said "
                    "the lines would cut bills in Tasmania."))
    assert not [f for f in got if f[0] == "Jane Hollis" and f[1] == "head_of"]
    # one kind of seat named: the premier's
    assert ("Doug Ford", "head_of", "Ontario") in facts(run("Heavy rain hit Ontario on Monday. Premier Doug Ford "
                                                            "said help was on the way."))


def test_a_head_noun_short_form_with_two_bodies_of_that_head_names_neither(run):
    ex = run("The Morrison Government and the Tasmanian Government signed a deal on Monday. The Government had "
             "reached agreements with three states, Minister Pat Lee said.")
    names = {e.label: set(e.aliases) for e in ex.entities}
    assert not any("Government" in aliases for aliases in names.values()) and "Government" not in names
    ex = run("The European Commission fined Meta on Monday. The Commission said the fine was final.")
    assert ("European Commission", "say") in {(e.label, s.predicate) for e in ex.entities for s in ex.statements
                                              if s.subject.entity == e.key}
