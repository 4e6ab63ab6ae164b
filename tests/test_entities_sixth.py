"""Entity finding, typing and merging on names the small model misses because they are not English or not shaped
like its names (tests/data/typing/paragraphs-6.json, each paragraph written with its expected nodes before the
builder ran on it), and the rules that came of them (kg/extract/foreignnames.py), on sentences of our own."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from clausehelp import named, one

from kg.types import EntityType

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("text, name", [
    ("The Unió de Pagesos blocked the motorway near Girona on Monday.", "Unió de Pagesos"),
    ("The Fédération nationale des transports routiers said fuel costs had doubled.",
     "Fédération nationale des transports routiers"),
    ("Voters backed the Partij van de Arbeid in Rotterdam.", "Partij van de Arbeid"),
    ("Juntos por el Perú won three seats in Arequipa.", "Juntos por el Perú"),
    ("Pro Juventute, a Swiss charity, said calls to its helpline rose.", "Pro Juventute"),
    ("The Bundeskartellamt fined the supermarket chain on Tuesday.", "Bundeskartellamt"),
])
def test_a_body_named_in_another_language_is_one_organisation(run, text, name):
    assert one(run(text), name).type is EntityType.ORGANIZATION


def test_the_english_verb_met_joins_no_names(run):
    ex = run("Anna Lindqvist met Ola Berg in Stockholm on Friday.")
    assert one(ex, "Anna Lindqvist").type is EntityType.PERSON and one(ex, "Ola Berg").type is EntityType.PERSON


@pytest.mark.parametrize("text, name", [
    ("The factory in Brandenburg (Havel) will close in June.", "Brandenburg (Havel)"),
    ("Rothenburg ob der Tauber drew a million tourists last year.", "Rothenburg ob der Tauber"),
])
def test_a_town_named_with_its_river_is_one_place(run, text, name):
    ex = run(text)
    assert one(ex, name).type is EntityType.GPE
    assert not named(ex, "Havel") and not named(ex, "Tauber")


@pytest.mark.parametrize("text, name", [
    ("Boats were banned on Lake Constance after the spill.", "Lake Constance"),
    ("Climbers were rescued from Monte Rosa on Sunday.", "Monte Rosa"),
])
def test_a_lake_or_a_mountain_is_a_location(run, text, name):
    assert one(run(text), name).type is EntityType.LOCATION


@pytest.mark.parametrize("text, name", [
    ("Both countries signed the Treaty of Westphalia in 1648.", "Treaty of Westphalia"),
    ("The Kyoto Protocol expired in 2012, the ministry said.", "Kyoto Protocol"),
])
def test_a_named_treaty_is_no_actor_and_its_words_no_place(run, text, name):
    ex = run(text)
    assert not named(ex, name) and not named(ex, "Kyoto") and not named(ex, "Westphalia")


def test_a_treaty_word_inside_a_longer_name_is_left_to_it(run):
    ex = run("The North Atlantic Treaty Organization met in Brussels.")
    assert all(e.type is not EntityType.EVENT for e in ex.entities)


@pytest.mark.parametrize("text, name", [
    ("The Mali Empire traded gold across the Sahara.", "Mali Empire"),
    ("The Kingdom of Aksum minted its own coins.", "Kingdom of Aksum"),
])
def test_a_state_of_the_past_is_a_state(run, text, name):
    assert one(run(text), name).type is EntityType.GPE


def test_a_firm_named_kingdom_stays_a_firm(run):
    assert one(run("She worked at Kingdom Holding in Riyadh."), "Kingdom Holding").type is EntityType.ORGANIZATION


def test_feast_days_are_no_entities(run):
    ex = run("Ferries to the islands will not run on Christmas Day or over Easter.")
    assert not named(ex, "Easter") and not named(ex, "Christmas Day")


def test_an_index_that_moves_is_no_entity_but_a_bank_of_its_name_is(run):
    ex = run("The CAC 40 fell 1.5 percent in Paris, and the Hang Seng index slid 3 percent.")
    assert [e.label for e in ex.entities] == ["Paris"]
    assert one(run("Hang Seng Bank raised its prime rate."), "Hang Seng Bank").type is EntityType.ORGANIZATION


@pytest.mark.parametrize("text", [
    "The Intergovernmental Oceanographic Commission (IOC) warned that sea levels were rising. The IOC met in Paris.",
    "The Intergovernmental Oceanographic Commission warned that sea levels were rising. The IOC met in Paris.",
])
def test_an_acronym_the_article_spells_out_is_that_body_not_the_known_one(run, text):
    body = one(run(text), "IOC")
    assert body.label == "Intergovernmental Oceanographic Commission" and body.wikidata is None


def test_a_known_acronym_in_brackets_still_links_its_body(run):
    ex = run("The Christian Democrats (CDU) won in Hesse.")
    assert one(ex, "CDU").label == "Christian Democratic Union"


def test_a_court_of_a_country_counted_with_a_is_no_named_body(run):
    assert all(e.type is not EntityType.ORGANIZATION for e in run("A Belgian court ordered the release of the ship.").entities)


def test_the_sixth_paragraphs_hold(nlp):
    """paragraphs-6.json as a whole: no worse than when last measured (bench/paragraphs.py --file ...; unseen,
    before any change: entities 190/264, wrong types 18, banned nodes 8, spurious nodes 19; with the gazetteer's
    new entries alone 211/264, 15, 8, 12; after this round's rules: 228/264, 11, 0, 6; the four treaties the
    paragraphs expect as events are left no actors, as tests/test_typing_names.py has them)."""
    spec = importlib.util.spec_from_file_location("paragraphs", ROOT / "bench/paragraphs.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    # 7 spurious since ontologies/people.txt: head_of(Bart De Wever, Belgium), right, Belgium unlisted by the answers
    rows = bench.run(json.loads((ROOT / "tests/data/typing/paragraphs-6.json").read_text(encoding="utf-8")), nlp)
    details = [d for r in rows for d in r["entities"].values()]
    found = sum(d["found"] for d in details)
    wrong = sum(len(d["wrong_types"]) for d in details)
    bad = sum(len(r["spurious"]) + len(r["wrong_nodes"]) + len(r["products"]) for r in rows)
    assert found >= 228 and wrong <= 11 and bad <= 7, bench.report(rows, True)


def test_a_ruler_of_a_realm_is_a_person_and_the_realm_a_state(run):
    ex = run("The bronze throne of King Agaja of Dahomey will go back to Benin.")
    assert one(ex, "King Agaja").type is EntityType.PERSON and one(ex, "Dahomey").type is EntityType.GPE


def test_a_ruler_s_title_of_a_place_is_no_body_and_the_name_after_it_is_the_ruler(run):
    ex = run("The Oba of Benin, Ewuare II, thanked the museum.")
    assert one(ex, "Ewuare II").type is EntityType.PERSON
    assert all(e.type is not EntityType.ORGANIZATION for e in ex.entities)


def test_a_trust_named_for_a_ruler_s_title_stays_a_body(run):
    ex = run("Prince William and the Prince of Wales Trust raised money.")
    assert one(ex, "Prince of Wales Trust").type is EntityType.ORGANIZATION and not named(ex, "Wales Trust")


def test_a_church_council_of_the_past_is_an_event_but_a_city_s_council_is_not(run):
    assert one(run("Bishops at the Council of Trent in 1545 debated the reform."),
               "Council of Trent").type is EntityType.EVENT
    assert one(run("The Council of Paris voted to ban cars."), "Council of Paris").type is EntityType.ORGANIZATION


@pytest.mark.parametrize("text, name", [
    ("The land belongs to the Maasai people, the ministry said.", "Maasai"),
    ("Ogiek elders said the forest was theirs.", "Ogiek"),
])
def test_a_people_named_before_its_members_is_a_group(run, text, name):
    assert one(run(text), name).type is EntityType.GROUP


@pytest.mark.parametrize("text, place", [
    ("The skier crashed and was flown to hospital in Kolasin.", "Kolasin"),
    ("Families who fled Tal Afar a decade ago still live in camps.", "Tal Afar"),
])
def test_where_people_are_flown_or_what_they_flee_is_a_place(run, text, place):
    assert one(run(text), place).type is EntityType.GPE


@pytest.mark.parametrize("text, name", [
    ("Members of the Cleaners and Security Guards Union walked out on Monday.", "Cleaners and Security Guards Union"),
    ("The Department for Transport, Housing and Local Government said no.",
     "Department for Transport, Housing and Local Government"),
])
def test_a_body_s_name_that_lists_its_fields_is_one_name(run, text, name):
    assert one(run(text), name).type is EntityType.ORGANIZATION


def test_two_bodies_joined_by_and_stay_two(run):
    ex = run("Amnesty International and Human Rights Watch said the trial was unfair.")
    assert one(ex, "Amnesty International").key != one(ex, "Human Rights Watch").key


def test_a_union_named_for_trades_the_ner_cut_is_whole(run):
    ex = run("The Bike Messengers and Cleaners Union said it would appeal.")
    assert one(ex, "Bike Messengers and Cleaners Union").type is EntityType.ORGANIZATION


def test_a_people_the_ner_took_for_a_body_is_a_group(run):
    assert one(run("The mask was taken from the Dida people in 1912."), "Dida").type is EntityType.GROUP
