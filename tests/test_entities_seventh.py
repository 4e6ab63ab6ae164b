"""Entity finding and typing on classes found on tests/data/typing/paragraphs-7.json (50 paragraphs in beats and
styles the earlier batches lack, each written with its expected nodes before the builder ran on it), checked on
sentences of our own in several shapes, with traps: a person's name with no cue but the pronoun of what it says,
a name at the end of a fronted phrase, title words of other languages and of churches and schools, a role noun
opening a sentence, a product named by the noun before it, a body whose name lists its fields, a firm named for
two people, and the place a traveller set out from or a councillor sits for."""
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


@pytest.mark.parametrize("text, name", [
    ("Ivo Karlović said he would retire after Wimbledon.", "Ivo Karlović"),
    ("Maja Kovač told the court that she had never seen the contract.", "Maja Kovač"),
])
def test_a_name_whose_words_say_he_or_she_is_a_person(run, text, name):
    assert one(run(text), name).type is PERSON


@pytest.mark.parametrize("text, name", [
    ("Kelso Maritime hired Ana Ruiz and said she would lead the Lisbon office.", "Kelso Maritime"),
    ("Rolls-Royce said it would cut 2,500 jobs.", "Rolls-Royce"),
    ("Procter & Gamble cut its sales forecast.", "Procter & Gamble"),
])
def test_a_pronoun_that_may_be_another_s_makes_no_person(run, text, name):
    assert all(e.type is not PERSON for e in named(run(text), name))


def test_its_overturns_the_ner_s_person_but_not_a_river(run):
    assert one(run("Johnson Matthey cut its profit forecast on Thursday."), "Johnson Matthey").type is ORG
    ex = run("Four estates were flooded after the Athi River burst its banks, the Kenya Red Cross said.")
    assert all(e.type is not ORG for e in named(ex, "Athi River"))


@pytest.mark.parametrize("text, name", [
    ("Under Ines Duarte, the club has doubled its junior teams.", "Ines Duarte"),
    ("Since the arrival of Tomás Ribeiro, the team has won nine games.", "Tomás Ribeiro"),
])
def test_the_subject_after_a_fronted_phrase_is_no_apposition_to_its_name(run, text, name):
    assert one(run(text), name).type is PERSON


@pytest.mark.parametrize("text, name", [
    ("Person of the Year awards went to Maria Lopez, the magazine said on Monday.", "Maria Lopez"),
    ("The first interview was with Kofi Mensah, the agency said.", "Kofi Mensah"),
])
def test_a_person_in_the_clause_a_speaker_reports_takes_no_type_from_the_speaker(run, text, name):
    assert one(run(text), name).type is PERSON


def test_a_firm_before_a_speaker_of_its_kind_keeps_that_type(run):
    ex = run("The union reached a deal with Kelso Maritime, the shipping company said.")
    assert one(ex, "Kelso Maritime").type is ORG


def test_an_apposition_closed_by_a_comma_still_says_what_the_name_is(run):
    ex = run("At Kelso Maritime, the shipping company, staff were told to stay home.")
    assert one(ex, "Kelso Maritime").type is ORG


@pytest.mark.parametrize("text, name", [
    ("Taoiseach Micheál Martin met the unions on Monday.", "Micheál Martin"),
    ("Tánaiste Simon Harris flew to Brussels.", "Simon Harris"),
    ("Archdeacon Ruth Coles and Vicar Tom Ellery signed the letter.", "Ruth Coles"),
    ("Archdeacon Ruth Coles and Vicar Tom Ellery signed the letter.", "Tom Ellery"),
    ("Headteacher Anna Kowalska said the school would close.", "Anna Kowalska"),
])
def test_a_title_word_before_a_name_makes_a_person(run, text, name):
    assert one(run(text), name).type is PERSON


def test_a_role_noun_opening_a_sentence_is_a_title_not_a_paper(run):
    ex = run("Economist Parviz Mullojanov told a radio station that Dushanbe should court Gulf investors.")
    assert not named(ex, "The Economist") and one(ex, "Parviz Mullojanov").type is PERSON
    assert named(run("The Economist reported a fall in rents."), "The Economist")


@pytest.mark.parametrize("text, name", [
    ("Regulators approved its drug Zelvanta in May. Sales of Zelvanta doubled.", "Zelvanta"),
    ("The tanker Nordic Grace was seized in the strait. Nordic Grace was carrying oil.", "Nordic Grace"),
    ("The bulk carrier Ocean Lark ran aground near Durban. Ocean Lark was refloated on Friday.", "Ocean Lark"),
])
def test_a_name_a_product_noun_introduces_is_a_product_wherever_it_recurs(run, text, name):
    assert not named(run(text), name)


def test_a_carrier_alone_is_an_airline(run):
    assert one(run("The low-cost carrier Norse Atlantic said it would add flights."), "Norse Atlantic").type is ORG


@pytest.mark.parametrize("text, name", [
    ("A spokesman for the Department for Culture, Media and Sport said no law would change.",
     "Department for Culture, Media and Sport"),
    ("Officials from the Ministry of Housing, Communities and Local Government met on Monday.",
     "Ministry of Housing, Communities and Local Government"),
])
def test_a_body_whose_name_lists_its_fields_is_one_node(run, text, name):
    ex = run(text)
    assert one(ex, name).type is ORG
    assert not named(ex, "Sport") and not named(ex, "Media") and not named(ex, "Communities")


@pytest.mark.parametrize("text, name, country", [
    ("The Pension Fund Regulatory and Development Authority of India (PFRDAI) fined Zentor Pensions on Monday.",
     "Pension Fund Regulatory and Development Authority of India", "India"),
    ("The Seed Testing and Certification Board of Ghana fined three importers on Friday.",
     "Seed Testing and Certification Board of Ghana", "Ghana"),
])
def test_a_listed_fields_name_takes_its_country(run, text, name, country):
    # a body whose name lists its fields, then "of" and its country (whole or cut by the NER): one node
    ex = run(text)
    assert one(ex, name).type is ORG
    assert not named(ex, name.rsplit(" of ", 1)[0])


def test_a_list_of_states_after_a_ministry_is_no_list_of_fields(run):
    ex = run("The Ministry of Defence, France and Germany signed the deal.")
    assert one(ex, "France").type is GPE and one(ex, "Germany").type is GPE and named(ex, "Ministry of Defence")


@pytest.mark.parametrize("text", [
    "Marks and Spencer said it would open 12 stores.",
    "Marks and Spencer reported a rise in profit, beating Tesco, and said it would open 12 food halls.",
])
def test_a_firm_named_for_two_people_is_one_firm(run, text):
    ex = run(text)
    assert one(ex, "Marks and Spencer").type is ORG and not named(ex, "Marks") and not named(ex, "Spencer")


@pytest.mark.parametrize("text, names", [
    ("Tesco and Sainsbury said they would cut prices.", ["Tesco", "Sainsbury"]),
    ("Anna and Ola said it was over.", ["Anna", "Ola"]),
])
def test_two_names_spoken_of_as_two_stay_two(run, text, names):
    ex = run(text)
    assert all(named(ex, n) for n in names) and not named(ex, " and ".join(names))


@pytest.mark.parametrize("text, name", [
    ("Fadumo Hassan walked for nine days from Dinsoor with her children.", "Dinsoor"),
    ("Villagers fled from Kuru after the attack.", "Kuru"),
    ("Jamie Hinton, a Conservative councillor for Bingley, called the rise a disgrace.", "Bingley"),
    ("The Labour councillor for Pudsey resigned.", "Pudsey"),
])
def test_where_a_traveller_set_out_and_a_councillor_sits_is_a_place(run, text, name):
    assert one(run(text), name).type is GPE


def test_the_seventh_paragraphs_hold(nlp):
    """paragraphs-7.json as a whole: no worse than when last measured (bench/paragraphs.py --file ...; unseen,
    before any change: entities 205/261, wrong types 14, products as entities 6, banned nodes 7, spurious nodes 8;
    after the first round of rules 214/261, 8, 5, 7, 7; after the second 218/261, 7, 4, 7, 5; after the third
    225/261, 4, 4, 7, 4; after the fourth 227/261, 3, 4, 7, 4; five of the seven banned nodes are countries read off demonyms ("a Spanish group"), which
    the paragraphs' answers banned and the graph keeps on purpose, for "from" statements)."""
    spec = importlib.util.spec_from_file_location("paragraphs", ROOT / "bench/paragraphs.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = bench.run(json.loads((ROOT / "tests/data/typing/paragraphs-7.json").read_text(encoding="utf-8")), nlp)
    details = [d for r in rows for d in r["entities"].values()]
    found = sum(d["found"] for d in details)
    wrong = sum(len(d["wrong_types"]) for d in details)
    bad = sum(len(r["spurious"]) + len(r["wrong_nodes"]) + len(r["products"]) for r in rows)
    assert found >= 227 and wrong <= 3 and bad <= 15, bench.report(rows, True)


def test_a_ship_named_like_its_owner_is_no_second_body(run):
    ex = run("The charity Open Arms said its vessel Open Arms 2 was held in Pozzallo.")
    assert one(ex, "Open Arms").type is ORG and not named(ex, "Open Arms 2")
    assert one(ex, "Pozzallo").type is GPE     # held in a port: a place


@pytest.mark.parametrize("text, name", [
    ("Brightmart's owner Halvard Group said it would close stores.", "Brightmart"),
    ("Its chairman told the Kabar news agency that the mine would pay.", "Kabar"),
    ("West Yorkshire Police said patrols would be stepped up.", "West Yorkshire Police"),
    ("The General Synod met in Leeds.", "General Synod"),
])
def test_what_a_name_owns_or_heads_says_it_is_a_body(run, text, name):
    assert one(run(text), name).type is ORG


def test_a_place_before_a_newspaper_counted_with_a_is_no_body(run):
    assert all(e.type is not ORG for e in run("A Kitwe newspaper said the mine would reopen.").entities)


def test_a_general_before_a_surname_is_still_a_person(run):
    assert one(run("General Gerasimov visited the front."), "General Gerasimov").type is PERSON


@pytest.mark.parametrize("text, name", [
    ("A school roof collapsed in Tlokweng on Monday.", "Tlokweng"),
    ("Protesters gathered in Sidi Bouzid.", "Sidi Bouzid"),
])
def test_where_something_happened_is_a_place(run, text, name):
    assert one(run(text), name).type is GPE


def test_two_places_the_ner_ran_into_one_name_are_two(run):
    ex = run("Hundreds were evacuated in Nkhata and Mzimba.")
    assert one(ex, "Nkhata").type is GPE and one(ex, "Mzimba").type is GPE
    assert one(run("Trinidad and Tobago won the match."), "Trinidad and Tobago").type is GPE


@pytest.mark.parametrize("text, name", [
    ("The initiative collected 350,000 signatures, Der Tagesspiegel reported.", "Der Tagesspiegel"),
    ("According to La Nación, the minister will resign.", "La Nación"),
    ("Translated from De Standaard. The strike ended on Monday.", "De Standaard"),
])
def test_a_name_cited_as_a_source_is_a_paper_not_a_person(run, text, name):
    assert one(run(text), name).type is ORG


@pytest.mark.parametrize("text, name", [
    ("Marine Le Pen lost the appeal. According to Le Pen, the ruling was political.", "Le Pen"),
    ("According to Maria Lopez, the minister will resign.", "Maria Lopez"),
])
def test_a_person_cited_as_a_source_stays_a_person(run, text, name):
    assert one(run(text), name).type is PERSON


@pytest.mark.parametrize("text, name", [
    ("Remittances fell as labourers from Khatlon returned home.", "Khatlon"),
    ("Some 1,300 migrants reached Lampedusa in 24 hours.", "Lampedusa"),
])
def test_where_people_come_from_and_reach_is_a_place(run, text, name):
    assert one(run(text), name).type is GPE


def test_workers_come_from_firms_too(run):
    assert all(e.type is not GPE for e in named(run("Workers from Kelso said the plant would close."), "Kelso"))


@pytest.mark.parametrize("text, name", [
    ("Marks and Spencer beat Tesco and Sainsbury's, and said it would open stores.", "Sainsbury's"),
    ("Moody's cut Kenya's rating.", "Moody's"),
    ("Shoppers left Sainsbury's for Aldi.", "Sainsbury's"),
])
def test_a_possessive_that_owns_nothing_is_part_of_a_firm_s_name(run, text, name):
    ex = run(text)
    assert one(ex, name).type is ORG and not named(ex, name[:-2])


def test_a_possessive_that_owns_something_is_no_part_of_the_name(run):
    ex = run("Smith's lawyer said the case would go on. The decision was Putin's.")
    assert not named(ex, "Smith's") and not named(ex, "Putin's")


@pytest.mark.parametrize("text, name", [
    ("A freight train of Georgian Railway derailed near Khashuri.", "Georgian Railway"),
    ("Dyfed-Powys Police arrested a man in Aberystwyth.", "Dyfed-Powys Police"),
])
def test_a_name_ending_in_a_force_or_a_railway_is_a_body(run, text, name):
    assert one(run(text), name).type is ORG


def test_a_transcript_s_speaker_labels_are_a_person(run):
    ex = run("Transcript of the briefing. Q: Was the pump at fault? MARTA OSEI: We have sent it to our lab. "
             "Q: Will the ferry sail? OSEI: You will have to ask the operator.")
    assert one(ex, "MARTA OSEI").type is PERSON and one(ex, "OSEI") is one(ex, "MARTA OSEI")


def test_a_heading_in_capitals_before_a_colon_is_no_speaker(run):
    assert not run("LIVE UPDATES: The minister resigned. UPDATE: He left.").entities
