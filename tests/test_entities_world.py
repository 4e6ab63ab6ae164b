"""Entity finding, typing, linking and merging on news written for it from Africa, Latin America, South and East
Asia, the Gulf and Eastern Europe (tests/data/typing/paragraphs-3.json: long sentences with several clauses,
datelines, quotes and names the small model has seldom seen; each paragraph written with its expected nodes
before the builder ever ran on it), and the rules that came of them, on sentences of our own."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from clausehelp import named, one

from kg.types import EntityType

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("paragraphs", ROOT / "bench/paragraphs.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def test_the_third_paragraphs_hold(nlp):
    """paragraphs-3.json as a whole: no worse than when last measured (bench/paragraphs.py --file ...; unseen,
    before any change: entities 220/241, merged 220/241, linked 90/97, wrong types 1, banned nodes 3, spurious
    nodes 6)."""
    bench = _bench()
    rows = bench.run(json.loads((ROOT / "tests/data/typing/paragraphs-3.json").read_text(encoding="utf-8")), nlp)
    details = [d for r in rows for d in r["entities"].values()]
    found = sum(d["found"] for d in details)
    merged = sum(d["merged"] for d in details)
    linked = sum(bool(d["linked"]) for d in details)
    wrong = sum(len(d["wrong_types"]) for d in details)
    bad = sum(len(r["spurious"]) + len(r["wrong_nodes"]) + len(r["products"]) for r in rows)
    # 6 since ontologies/people.txt: minister_of(Amit Shah, India), head_of(Salome Zourabichvili, Georgia), both
    # right, the states unlisted by the answers
    assert found >= 230 and merged >= 230 and linked >= 93 and wrong <= 0 and bad <= 6, bench.report(rows, True)


@pytest.mark.parametrize("text, place", [
    ("Gunmen attacked a military base in Tarauca on Monday, killing four soldiers.", "Tarauca"),
    ("Rebels set fire to the police station in Kibirizi overnight, residents said.", "Kibirizi"),
    ("The poet, who was born in Tarnobrzeg, died in Opole in 1999.", "Opole"),
])
def test_what_stands_or_happens_in_a_name_makes_it_a_place(run, text, place):
    assert one(run(text), place).type in (EntityType.GPE, EntityType.LOCATION)


def test_a_firm_that_a_fire_or_an_investment_is_in_stays_a_firm(run):
    ex = run("A fire in Harrods forced shoppers out on Sunday, and Velmont Capital invested in Lumora Foods.")
    assert all(e.type is not EntityType.GPE for e in named(ex, "Harrods"))


def test_a_place_before_based_is_the_place(run):
    ex = run("Kilwa Resources, a Dar es Salaam-based miner listed in London, said output rose 8 percent.")
    assert one(ex, "Dar es Salaam").type is EntityType.GPE


def test_a_place_named_with_its_kind_also_bears_its_bare_name(run):
    ex = run("Militias attacked three villages in the Ituri province on Monday. Officials in the Ituri province "
             "said 12 people had died.")
    place = one(ex, "Ituri")
    assert place.type is EntityType.GPE and len(named(ex, "Ituri province")) == 1


def test_a_region_beside_its_city_does_not_take_the_city_s_name(run):
    ex = run("Shelling hit Kherson and the wider Kherson region on Sunday, officials said.")
    city = [e for e in ex.entities if e.label == "Kherson"]
    region = [e for e in ex.entities if "Kherson region" in (e.label, *e.aliases)]
    assert len(city) == 1 and len(region) == 1 and "Kherson" not in region[0].aliases


def test_an_acronym_after_a_place_that_ends_a_body_s_name_is_the_body_s(run):
    ex = run("The Coastal Fisheries Alliance of West Africa (CFAWA) accused foreign trawlers of emptying the "
             "waters. CFAWA said its monitors had counted 40 boats.")
    body = one(ex, "CFAWA")
    assert body.type is EntityType.ORGANIZATION and "Coastal Fisheries Alliance" in (body.label, *body.aliases)
    assert not any("CFAWA" in e.aliases for e in ex.entities if e.type is not EntityType.ORGANIZATION)


@pytest.mark.parametrize("text, town", [("Born in Mzuzu, he spent much of his life abroad.", "Mzuzu"),
                                        ("Born in Cajamarca, he spent much of his life abroad.", "Cajamarca")])
def test_a_town_someone_was_born_in_at_the_head_of_a_sentence_is_a_place(run, text, town):
    assert one(run(text), town).type is EntityType.GPE


@pytest.mark.parametrize("text, name", [
    ("Commodore Ana Reyes, a spokeswoman for the navy, said the ship had been hit.", "Ana Reyes"),
    ("Detective Inspector Mark Cole said the man had been charged with fraud.", "Mark Cole"),
    ("Crown Prince Faisal bin Nasser Al Rahbi arrived in Muscat on Sunday.", "Faisal bin Nasser Al Rahbi"),
])
def test_a_rank_before_a_name_is_no_part_of_it(run, text, name):
    person = one(run(text), name)
    assert person.type is EntityType.PERSON and person.label == name


@pytest.mark.parametrize("name", ["Adebayo Okafor", "Tesfaye Bekele", "Shehbaz Malik", "Mahinda Perera",
                                  "Mikheil Beridze", "Tharman Raj"])
def test_given_names_of_the_news_beyond_europe_begin_a_person_s_name(name):
    from kg.extract.givennames import starts_like_a_person
    assert starts_like_a_person(name)


def test_a_party_named_with_the_word_party_also_bears_its_bare_name(run):
    ex = run("Farmers said they would vote for the Rural Renewal party, whose leader promised higher prices. "
             "Shares of Kestrel Foods fell.")
    party = one(ex, "Rural Renewal")
    assert party.type is EntityType.ORGANIZATION


@pytest.mark.parametrize("text, firm", [
    ("Airtel Zambia cut its data prices on Monday, and Orange Senegal said it would follow.", "Orange Senegal"),
    ("Airtel Zambia cut its data prices on Monday, and Orange Senegal said it would follow.", "Airtel Zambia"),
])
def test_a_firm_named_for_the_country_it_serves_is_a_firm(run, text, firm):
    assert one(run(text), firm).type is EntityType.ORGANIZATION


def test_a_country_s_own_two_word_name_stays_the_country(run):
    ex = run("Aid reached South Sudan and Equatorial Guinea on Friday.")
    assert one(ex, "South Sudan").type is EntityType.GPE and one(ex, "Equatorial Guinea").type is EntityType.GPE


@pytest.mark.parametrize("text, race", [("Runners in the Lagos City Marathon faced heavy rain.", "Lagos City Marathon"),
                                        ("Kipruto won the Amsterdam Marathon in a course record.", "Amsterdam Marathon")])
def test_a_marathon_is_an_event(run, text, race):
    assert one(run(text), race).type is EntityType.EVENT


def test_crown_of_a_crown_princess_is_no_body(run):
    ex = run("Crown Princess Ingrid Alexandra Holm opened the new bridge in Tromso on Friday.")
    assert not named(ex, "Crown") and one(ex, "Ingrid Alexandra Holm").type is EntityType.PERSON


def test_two_known_bodies_the_ner_ran_together_across_and_are_two(run):
    ex = run("Researchers from Greenpeace and Human Rights Watch visited the camps on Tuesday.")
    assert one(ex, "Greenpeace").type is EntityType.ORGANIZATION
    assert one(ex, "Human Rights Watch").type is EntityType.ORGANIZATION
    assert not named(ex, "Greenpeace and Human Rights Watch")


def test_a_name_with_and_inside_it_stays_one(run):
    ex = run("Procter and Gamble raised prices, and Bosnia and Herzegovina signed the deal.")
    assert one(ex, "Procter and Gamble") and one(ex, "Bosnia and Herzegovina")


def test_a_given_name_that_is_also_a_title_stays_in_the_name(run):
    ex = run("Emir Hadzic, a film director from Sarajevo, said he would return to Belgrade.")
    assert one(ex, "Emir Hadzic").type is EntityType.PERSON


def test_the_fourth_paragraphs_hold(nlp):
    """paragraphs-4.json: 15 more paragraphs written with their expected nodes before the first rule of this round
    and kept aside as a check that nobody tuned to (before: entities 68/76, wrong types 1, banned 1, spurious 6;
    after the round: 71/76, 0, 1, 3)."""
    bench = _bench()
    rows = bench.run(json.loads((ROOT / "tests/data/typing/paragraphs-4.json").read_text(encoding="utf-8")), nlp)
    details = [d for r in rows for d in r["entities"].values()]
    found = sum(d["found"] for d in details)
    wrong = sum(len(d["wrong_types"]) for d in details)
    bad = sum(len(r["spurious"]) + len(r["wrong_nodes"]) + len(r["products"]) for r in rows)
    assert found >= 71 and wrong <= 0 and bad <= 4, bench.report(rows, True)
