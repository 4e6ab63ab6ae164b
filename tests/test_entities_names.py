"""Persons as news introduces them, on classes found on tests/data/typing/paragraphs-8-names.json (49 paragraphs with
names from many traditions, each written with its expected nodes before the builder ran on it), checked on
sentences of our own: an honorific before a surname the NER typed a body, a later double surname or a surname with
its particle capitalised, a name the NER cut in two, and "his rival, X"; with traps: a title or a firm's name
before a person's name, a firm's rival."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from clausehelp import named, one

from kg.types import EntityType

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parent.parent
PERSON, ORG, GPE = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GPE


@pytest.mark.parametrize("text, full", [
    ("Ngozi Nwachukwu, the bank's finance chief, resigned on Friday. Ms Nwachukwu declined to comment.",
     "Ngozi Nwachukwu"),
    ("Adaku Nwachukwu runs a clinic in Owerri. Ms Nwachukwu said drugs were scarce.", "Adaku Nwachukwu"),
])
def test_an_honorific_before_a_surname_makes_it_the_person_s(run, text, full):
    ex = run(text)
    assert one(ex, full).type is PERSON and "Nwachukwu" in one(ex, full).aliases
    assert not any(e.type is ORG for e in ex.entities)


@pytest.mark.parametrize("text, full, short", [
    ("Pemex director Ramón García Lozano told lawmakers that output would rise. García Lozano gave no figure.",
     "Ramón García Lozano", "García Lozano"),
    ("Shell's Dutch unit is led by Marjan van der Berg. Van der Berg said the plant in Pernis would close.",
     "Marjan van der Berg", "Van der Berg"),
    ("The union's leader, Luis Alberto de la Cruz, called a strike. De la Cruz said 3,000 workers would walk out.",
     "Luis Alberto de la Cruz", "De la Cruz"),
])
def test_a_later_surname_of_two_words_is_the_person_named_first(run, text, full, short):
    ex = run(text)
    person = one(ex, full)
    assert person.type is PERSON and short in person.aliases and len(named(ex, short)) == 1


@pytest.mark.parametrize("text, full", [
    ("Deputy minister Tran Quoc Phuong Anh told reporters the plan would work.", "Tran Quoc Phuong Anh"),
    ("Adviser Mohammad Nurul Huda Chowdhury said the river would be cleaned.", "Mohammad Nurul Huda Chowdhury"),
])
def test_a_name_the_ner_cut_in_two_is_one_person(run, text, full):
    ex = run(text)
    assert one(ex, full).type is PERSON and len(ex.entities) == 1


def test_a_company_and_its_title_before_a_name_are_not_the_name(run):
    ex = run("Shares of Korvia Bio fell. Korvia CEO Elena Marsh said the trial would go on.")
    assert not any("CEO" in e.label for e in ex.entities)


@pytest.mark.parametrize("text, name", [
    ("His rival, Nazmul Siddique of the Awami League, called the count a fraud.", "Nazmul Siddique"),
    ("Her successor, Thuli Madonsela-Zungu, takes office in May.", "Thuli Madonsela-Zungu"),
])
def test_a_person_s_rival_or_successor_is_a_person(run, text, name):
    assert one(run(text), name).type is PERSON


def test_a_firm_s_rival_stays_a_firm(run):
    ex = run("Its rival, Nordhavn Shipping, cut prices.")
    assert all(e.type is not PERSON for e in named(ex, "Nordhavn Shipping"))



def test_an_age_after_a_double_barrelled_surname_brings_its_given_name(run):
    ex = run("Tunde Fashola-Lawal, 47, a trader in Kano, said prices of imported drugs had tripled.")
    assert one(ex, "Tunde Fashola-Lawal").type is PERSON and not named(ex, "Fashola-Lawal")


def test_a_double_barrelled_firm_with_which_stays_a_firm(run):
    ex = run("Sibanye-Stillwater, which owns mines near Rustenburg, said it would cut jobs.")
    assert one(ex, "Sibanye-Stillwater").type is ORG


@pytest.mark.parametrize("text, name", [
    ("The opposition accused the government of Ousmane Diallo of hiding debt.", "Ousmane Diallo"),
    ("Lawmakers blamed the administration of Macky Ndiaye for the deficit.", "Macky Ndiaye"),
    ("Prices doubled during the presidency of Uhuru Mwangi.", "Uhuru Mwangi"),
])
def test_the_government_of_a_given_name_and_surname_is_a_leader_s(run, text, name):
    assert one(run(text), name).type is PERSON


@pytest.mark.parametrize("text, name, etype", [
    ("The government of Gabon said the port would reopen.", "Gabon", GPE),
    ("The government of Jordan Valley Holdings denied it.", "Jordan Valley Holdings", ORG),
])
def test_the_government_of_a_state_or_a_firm_is_no_person_s(run, text, name, etype):
    assert one(run(text), name).type is etype


def test_the_names_paragraphs_hold(nlp):
    """paragraphs-8-names.json as a whole: no worse than when last measured (bench/paragraphs.py --file ...; unseen,
    before any change: entities 198/223, merged 193/223, wrong types 8, spurious nodes 12; after the first round of
    rules 199/223, 198/223, 6, 11; then 12 spurious when the roles round made the dateline's state a node, "Japan"
    of "TOKYO -", which the answers did not list; after the second round 201/223, 200/223, 5, 11; then 13 when the
    office holders of ontologies/people.txt made the unnamed states of three holders nodes, all right: head_of(Anutin
    Charnvirakul, Thailand), head_of(Bart De Wever, Belgium), minister_of(Fernando Haddad, Brazil))."""
    spec = importlib.util.spec_from_file_location("paragraphs", ROOT / "bench/paragraphs.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = bench.run(json.loads((ROOT / "tests/data/typing/paragraphs-8-names.json").read_text(encoding="utf-8")), nlp)
    details = [d for r in rows for d in r["entities"].values()]
    found = sum(d["found"] for d in details)
    merged = sum(d["merged"] for d in details)
    wrong = sum(len(d["wrong_types"]) for d in details)
    bad = sum(len(r["spurious"]) + len(r["wrong_nodes"]) + len(r["products"]) for r in rows)
    assert found >= 201 and merged >= 200 and wrong <= 5 and bad <= 13, bench.report(rows, True)
