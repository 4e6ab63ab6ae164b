"""Entity finding, typing and linking on news written for it in house styles the earlier sets lack (live blogs,
tabloid briefs, press releases, tickers, Indian court reports, Gulf honorifics, interviews; tests/data/typing/
paragraphs-5.json, each paragraph written with its expected nodes before the builder ran on it), and the rules
that came of them, on sentences of our own."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from clausehelp import named, one

from kg.types import EntityType

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("text, body", [
    ("The Zambia Red Cross said 12 people had drowned near Mongu.", "Zambia Red Cross"),
    ("The Peruvian Red Cross sent 40 volunteers to Piura on Sunday.", "Peruvian Red Cross"),
])
def test_a_country_s_branch_of_a_body_of_many_countries_is_not_that_body(run, text, body):
    node = one(run(text), body)
    assert node.type is EntityType.ORGANIZATION and node.wikidata is None
    assert "International Committee of the Red Cross" not in (node.label, *node.aliases)


def test_a_country_s_own_agency_before_its_country_is_still_that_agency(run):
    ex = run("The US Food and Drug Administration approved the vaccine on Friday.")
    assert one(ex, "Food and Drug Administration").type is EntityType.ORGANIZATION


@pytest.mark.parametrize("text, name", [
    ("Magistrate Halima Yusuf adjourned the hearing until March.", "Halima Yusuf"),
    ("Coroner Grace Muthoni said the deaths could have been prevented.", "Grace Muthoni"),
    ("Pastor Emeka Nwosu was arrested in Enugu on Tuesday.", "Emeka Nwosu"),
])
def test_a_court_or_church_title_before_a_name_is_no_part_of_it(run, text, name):
    person = one(run(text), name)
    assert person.type is EntityType.PERSON and person.label == name


def test_a_person_apposed_to_a_word_firms_are_too_stays_a_person(run):
    ex = run("Thandiwe Mahlangu, a miner from Carletonville, was pulled out alive after two days.")
    assert one(ex, "Thandiwe Mahlangu").type is EntityType.PERSON


def test_a_firm_apposed_to_the_same_word_stays_a_firm(run):
    ex = run("Kasai Copper Holdings, a miner listed in Toronto, said output fell.")
    assert one(ex, "Kasai Copper Holdings").type is EntityType.ORGANIZATION


@pytest.mark.parametrize("text, code", [
    ("09:15 GMT - Shelling resumed near Kupiansk, officials said.", "GMT"),
    ("The vote closes at 1800 UTC in Nairobi.", "UTC"),
    ("Mphasis Ltd (NSE: MPHS) won a contract from Alpha Bank on Thursday.", "MPHS"),
])
def test_a_time_zone_or_a_stock_symbol_is_no_entity(run, text, code):
    assert not named(run(text), code)


def test_a_firm_named_with_its_legal_form_is_the_known_firm():
    from kg.gazetteer import Gazetteer
    gaz = Gazetteer.load()
    assert gaz.lookup("Wipro Ltd").label == "Wipro" and gaz.lookup("Petrobras S.A.").label == "Petrobras"
    assert gaz.lookup("Ltd") is None


@pytest.mark.parametrize("text, body", [
    ("Delegates of the Communist Party of Cuba met in Havana on Sunday.", "Communist Party of Cuba"),
    ("The Supreme Court of Kenya upheld the election result.", "Supreme Court of Kenya"),
])
def test_a_national_body_named_with_of_and_its_country_is_one_name(run, text, body):
    node = one(run(text), body)
    assert node.type is EntityType.ORGANIZATION


def test_a_country_that_begins_another_phrase_after_of_stays_apart(run):
    ex = run("She chaired the Workers Party of Brazil's biggest state on Monday.")
    assert not named(ex, "Workers Party of Brazil")


def test_two_known_countries_the_ner_ran_together_across_a_comma_are_two(run):
    ex = run("Gabon, Equatorial Guinea and Cameroon met in Malabo.")
    assert one(ex, "Gabon").type is EntityType.GPE and one(ex, "Equatorial Guinea").type is EntityType.GPE
    assert not named(ex, "Gabon, Equatorial Guinea")


@pytest.mark.parametrize("text, name", [
    ("Captain MS Rathore was injured in the ambush.", "MS Rathore"),
    ("Justice K.M. Joseph recused himself from the case on Tuesday.", "K.M. Joseph"),
])
def test_initials_before_a_name_are_the_name_s_not_a_title(run, text, name):
    assert one(run(text), name).type is EntityType.PERSON     # "MS" in capitals is no "Ms"


@pytest.mark.parametrize("text, name", [
    ("Park Chan-soo, the opposition whip, walked out of the chamber.", "Park Chan-soo"),
    ("Taipei mayor Chiang Wan-an met Ko Moon-jae on Friday.", "Ko Moon-jae"),
    ("Choi Moon-sik of the Justice Party resigned on Monday.", "Choi Moon-sik"),
    ("The ruling party picked Kim Moon-jae as its candidate.", "Kim Moon-jae"),
])
def test_a_hyphenated_east_asian_given_name_is_one_person(run, text, name):
    ex = run(text)
    assert one(ex, name).type is EntityType.PERSON
    assert not any(e.wikidata == "Q405" for e in ex.entities)     # never the Moon


def test_a_place_glued_to_a_participle_is_still_the_place(run):
    ex = run("Iran-backed militias attacked a Moscow-led convoy near Deir ez-Zor.")
    assert one(ex, "Iran").type is EntityType.GPE


def test_a_gulf_family_name_after_the_patronymic_is_the_name_s(run):
    ex = run("Sheikh Hamdan bin Rashid Al Maktoum opened the new terminal in Dubai on Monday, and Crown Prince "
             "Mohammed bin Salman Al Saud flew to Cairo.")
    person = one(ex, "Hamdan bin Rashid Al Maktoum")
    assert person.type is EntityType.PERSON and not named(ex, "Al Maktoum") and not named(ex, "Al Saud")
    assert one(ex, "Mohammed bin Salman").type is EntityType.PERSON     # the known prince, with his family name


def test_an_age_in_apposition_makes_an_unknown_name_a_person(run):
    ex = run("Kimi Rautanen, the 19-year-old Finn who won the stage, crashed on Sunday.")
    assert one(ex, "Kimi Rautanen").type is EntityType.PERSON


def test_an_old_firm_apposed_to_its_age_is_no_person(run):
    ex = run("Brenholt Vexa, the 150-year-old steelmaker, cut 900 jobs.")
    assert all(e.type is not EntityType.PERSON for e in named(ex, "Brenholt Vexa"))


@pytest.mark.parametrize("text, place", [
    ("Displaced families and refugees in Kakuma queued for water on Tuesday.", "Kakuma"),
    ("Three Kwale villages were flooded.", "Kwale"),
])
def test_where_people_live_or_a_village_is_named_for_is_a_place(run, text, place):
    assert one(run(text), place).type is EntityType.GPE


def test_a_firm_s_short_name_that_races_in_a_sport_story_is_its_team_not_the_firm(run):
    ex = run("Oscar Piastri, who joined McLaren from Alpine, took pole after a wet qualifying session. George "
             "Russell, who has spent four seasons at Mercedes, was third, and said the lap was his best of the season.")
    team = one(ex, "Mercedes")
    assert team.type is EntityType.ORGANIZATION and team.wikidata is None and team.label == "Mercedes"


def test_the_firm_outside_sport_stays_the_firm(run):
    ex = run("Mercedes said on Tuesday it would cut 3,000 jobs in Stuttgart.")
    assert one(ex, "Mercedes").label == "Mercedes-Benz Group"


def test_a_person_s_possessive_the_ner_took_into_a_party_s_name_is_cut(run):
    ex = run("Takeshi Ono resigned on Monday. Ono's Constitutional Democratic Party lost 20 seats.")
    assert one(ex, "Constitutional Democratic Party").type is EntityType.ORGANIZATION
    assert not named(ex, "Ono's Constitutional Democratic Party")


def test_the_fifth_paragraphs_hold(nlp):
    """paragraphs-5.json as a whole: no worse than when last measured (bench/paragraphs.py --file ...; unseen,
    before any change: entities 160/197, wrong types 8, banned nodes 2, products 2, spurious nodes 12; after this
    round: 174/197, 3, 1, 2, 2)."""
    spec = importlib.util.spec_from_file_location("paragraphs", ROOT / "bench/paragraphs.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = bench.run(json.loads((ROOT / "tests/data/typing/paragraphs-5.json").read_text(encoding="utf-8")), nlp)
    details = [d for r in rows for d in r["entities"].values()]
    found = sum(d["found"] for d in details)
    wrong = sum(len(d["wrong_types"]) for d in details)
    bad = sum(len(r["spurious"]) + len(r["wrong_nodes"]) + len(r["products"]) for r in rows)
    assert found >= 174 and wrong <= 3 and bad <= 5, bench.report(rows, True)


def test_a_body_whose_name_ends_in_a_plus_is_another_node_than_the_body(run):
    ex = run("OPEC+ agreed on Sunday to lift output, and OPEC said a week later that demand would hold.")
    assert one(ex, "OPEC+").key != one(ex, "OPEC").key


def test_a_country_s_everyday_short_name_is_the_country(run):
    ex = run("Colonel Assimi Goita met Burkina's leader in Bamako on Friday.")
    assert one(ex, "Burkina").label == "Burkina Faso"


def test_a_given_name_the_ner_took_for_a_firm_grown_to_a_surname_used_alone_is_a_person(run):
    ex = run("Novak Djokovic beat Jannik Sinner in the semi-final. Djokovic, 38, said his back had held up.")
    assert one(ex, "Novak Djokovic").type is EntityType.PERSON


def test_a_given_name_then_a_double_surname_is_a_person(run):
    ex = run("Njeri Kamau-Wanjiku said the eviction order was unlawful.")
    assert one(ex, "Njeri Kamau-Wanjiku").type is EntityType.PERSON


def test_a_firm_with_a_hyphen_in_its_one_name_stays_a_firm(run):
    ex = run("Shares of Sibanye-Stillwater Holdings fell 4 percent on Monday.")
    assert all(e.type is EntityType.ORGANIZATION for e in named(ex, "Sibanye-Stillwater Holdings"))


def test_where_villagers_at_the_head_of_a_sentence_are_is_a_place(run):
    ex = run("Villagers in Pibor said the floods were the worst in decades.")
    assert one(ex, "Pibor").type is EntityType.GPE


def test_a_month_is_no_body(run):
    ex = run("Kestrel Aviation said in March that it would cut 400 jobs.")
    assert not named(ex, "March")


def test_a_studio_named_games_is_no_contest_and_the_contests_stay(run):
    ex = run("She won gold at the Commonwealth Games and the 2026 Asian Games.")
    assert one(ex, "Commonwealth Games").type is EntityType.EVENT and one(ex, "Asian Games").type is EntityType.EVENT
    ex = run("Riot Games sued the developer, and Rockstar Games said it would appeal.")
    assert all(e.type is EntityType.ORGANIZATION for e in named(ex, "Rockstar Games"))


def test_a_priest_s_title_is_no_part_of_his_name(run):
    ex = run("Father Anselm Okoro, a Dominican friar, said the synod would meet in Enugu.")
    assert one(ex, "Anselm Okoro").type is EntityType.PERSON


def test_a_mountain_pass_named_by_its_first_word_is_a_place(run):
    ex = run("The peloton climbed the Col du Galibier before the descent to Briancon.")
    assert one(ex, "Col du Galibier").type is EntityType.LOCATION


def test_a_nationality_s_possessive_the_ner_took_into_a_team_s_name_is_cut(run):
    ex = run("Vingegaard rode away, and the Dane's Team Visma controlled the race.")
    assert not named(ex, "Dane's Team Visma")
