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
def test_a_named_treaty_is_an_event(run, text, name):
    assert one(run(text), name).type is EntityType.EVENT


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
    before any change: entities 190/264, wrong types 18, banned nodes 8, spurious nodes 19; after this round:
    see the commit that last changed this bound)."""
    spec = importlib.util.spec_from_file_location("paragraphs", ROOT / "bench/paragraphs.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = bench.run(json.loads((ROOT / "tests/data/typing/paragraphs-6.json").read_text(encoding="utf-8")), nlp)
    details = [d for r in rows for d in r["entities"].values()]
    found = sum(d["found"] for d in details)
    wrong = sum(len(d["wrong_types"]) for d in details)
    bad = sum(len(r["spurious"]) + len(r["wrong_nodes"]) + len(r["products"]) for r in rows)
    assert found >= 228 and wrong <= 13 and bad <= 6, bench.report(rows, True)
