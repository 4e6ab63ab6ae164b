"""Organization nodes on unseen saved pages (issue 9; bench/pages-judged-2030.tsv): the classes of wrong ones found
there (apps and platforms the NER calls organisations, words of a heading written in capitals), each on sentences
written here."""
from __future__ import annotations

import pytest

from kg.types import EntityType

pytestmark = pytest.mark.model


def orgs(ex) -> set[str]:
    return {e.label for e in ex.entities if e.type is EntityType.ORGANIZATION}


def test_a_name_where_something_is_shared_or_uploaded_is_a_platform(run):
    ex = run("A clip of the mayor has been shared thousands of times on Snapflick and Chatterly since Monday, and "
             "a longer version was uploaded to Vidzone by a Tunis theatre group.")
    assert not orgs(ex) & {"Snapflick", "Chatterly", "Vidzone"}
    # a body that speaks or deals stays one, wherever else it is named
    ex = run("Chatterly said on Tuesday that it had removed the clip, which had been shared on Chatterly and "
             "Snapflick more than 9,000 times.")
    assert "Chatterly" in orgs(ex)


def test_a_name_beside_a_product_noun_is_a_product(run):
    ex = run("Analysts said the licence would help Orvane's messaging app Pingo, and that Tunelo Stream users in "
             "Norway pay less than those in Sweden. Reporters checked the photo with the FrameSeek plugin.")
    assert not orgs(ex) & {"Pingo", "Tunelo", "Tunelo Stream", "FrameSeek"}
    # the same shapes with an officer or shares of the body behind them keep it a body
    ex = run("Tunelo users in Norway pay less than those in Sweden, and Tunelo's chief executive Ida Mork said "
             "prices would rise. Shares of Tunelo fell 4%.")
    assert "Tunelo" in orgs(ex)


def test_words_of_a_heading_written_in_capitals_are_no_names(run):
    ex = run("Here are the main facts about the tender.\n\nWHO BID AND WHO WON?\n\nBrenner Holdings won the tender "
             "in May.\n\nWHAT IS AT STAKE?\n\nThe plant would supply a third of the country's power.")
    assert not orgs(ex) & {"WHO", "World Health Organization", "Islamic State", "WHO BID"}
    assert "Brenner Holdings" in orgs(ex)
    # a body named in capitals elsewhere in plain text is still found there
    ex = run("WHO BID AND WHO WON?\n\nThe WHO said on Friday that the tender had been fair.")
    assert "World Health Organization" in orgs(ex)


def test_a_body_name_the_ner_cut_in_two_is_one_name(run):
    ex = run("Priya Raman, whose Kestrel Vantage Chess Academy has trained Arjun Pillai since 2019, watched the "
             "game from the hall.")
    found = orgs(ex)
    assert "Kestrel Vantage Chess Academy" in found or "Vantage Chess Academy" not in found
    assert "Kestrel" not in found
    ex = run("The campaign group Scottish Committee for the Return of the Lewis Chessmen says most Scots back the "
             "move. The Centre for Coastal Policy Studies, a think tank in Leith, agreed.")
    found = orgs(ex)
    assert "Scottish Committee" not in found and "Centre" not in found
    assert "Scottish Committee for the Return of the Lewis Chessmen" in found
    # two bodies named side by side stay two
    ex = run("The Orbis Hadley merger was cleared by regulators, Orbis Bank and Hadley Trust said.")
    assert "Orbis Bank Hadley Trust" not in orgs(ex)


def test_a_nationality_run_into_a_persons_name_is_no_part_of_it(run):
    ex = run("Moana Rawiri shot a 66 and held off Pieter Botha and the Australian Lucas Marlow of Ridgeline GC, "
             "the home team, to win by two shots.")
    assert "Australian Lucas Marlow" not in orgs(ex)
    # a body's name that starts with a nationality stays the body's
    ex = run("The Philippine Red Cross said 4,000 families were in evacuation centres.")
    assert "Australian" not in orgs(ex) and "Red Cross" not in {e.label for e in ex.entities
                                                                if e.type is EntityType.PERSON}


def test_an_act_a_verb_of_preventing_keeps_someone_from_is_not_done(run):
    def polarity(ex, predicate):
        return {s.polarity.name for s in ex.statements if s.predicate == predicate}
    ex = run("A Berlin court on Monday barred Halvard Energy from signing a contract with Osterby Nuclear.")
    assert polarity(ex, "sign_with") == {"NEGATIVE"}
    ex = run("Regulators prevented Halvard Energy from buying Osterby Nuclear.")
    assert polarity(ex, "buy") == {"NEGATIVE"}
    # "from" after another verb is a source, and the act is done
    ex = run("Halvard Energy bought turbines from Osterby Nuclear and hired engineers from Kessler Works.")
    assert polarity(ex, "buy_from") | polarity(ex, "buy") <= {"POSITIVE"}


def test_the_and_a_singular_nationality_is_one_person_not_a_people(run):
    ex = run("Tomas Varga closed with a 65 on Sunday. The Hungarian, who turned professional in 2019, held off "
             "Lena Brandt by two shots.")
    assert not any(e.type is EntityType.GROUP for e in ex.entities)
    # a people named in the plural stays a group
    ex = run("The Hungarians voted on Sunday, and the Austrians voted a week later.")
    assert any(e.type is EntityType.GROUP for e in ex.entities)


def test_a_name_that_runs_on_into_the_next_phrase_is_cut_back(run):
    ex = run("Ravi Perera is seeking a full term against Nimal Dias of the National Unity Front and Kamal Silva of "
             "the Progressive Alliance.")
    assert "National Unity Front and" not in orgs(ex) and "National Unity Front" in orgs(ex)
    assert not any(name.split()[-1] in ("of", "and", "the") for name in orgs(ex))


def test_a_bank_named_national_keeps_its_head_word(run):
    ex = run("The index rose 1.8% yesterday, led by Kandy National Bank and Galle Finance.")
    assert "Kandy National Bank" in orgs(ex) and "Kandy" not in orgs(ex)
    # a title after a body's field word is still no part of the body's name
    ex = run("Amara Osei, the WFP Country Director, said food stocks would last a month.")
    assert not any(name.endswith("Director") for name in orgs(ex))


def test_a_place_after_a_hyphenated_word_is_no_firm_named_for_it(run):
    ex = run("Interviewer: T-Kash Ethiopia has been live for a year. How many people use it?")
    assert "Kash Ethiopia" not in orgs(ex)
    # a club's name built on a place's stays the club's
    ex = run("Real Madrid beat Dynamo Kyiv 3-0 on Tuesday.")
    assert "Real Madrid" in orgs(ex)


def test_a_relative_clause_between_two_conjuncts_is_about_the_first_alone(run):
    def facts(ex):
        names = {e.key: e.label for e in ex.entities}
        return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text))
                for s in ex.statements if s.object is not None}
    ex = run("Tomas Varga beat Anna Berg, who coaches Norvik United, and Lena Brandt.")
    assert ("Anna Berg", "coach_of", "Norvik United") in facts(ex)
    assert ("Lena Brandt", "coach_of", "Norvik United") not in facts(ex)
    # after the whole list, the clause is about every member
    ex = run("Tomas Varga beat Anna Berg and Lena Brandt, who coach Norvik United.")
    assert ("Lena Brandt", "coach_of", "Norvik United") in facts(ex)


def test_an_infinitive_of_winning_with_a_counted_margin_is_what_happened(run):
    def modality(ex, predicate):
        return {s.modality.name for s in ex.statements if s.predicate == predicate}
    ex = run("Joaquin Nieto closed with a seven-under 64 to win the Adelaide Open by four shots on Sunday.")
    assert modality(ex, "win") == {"ASSERTED"}
    # without a margin an infinitive after a verb of going stays an aim
    ex = run("Ruth Adler flew to Leeds to win votes for the Greens.")
    assert modality(ex, "win") == {"HYPOTHETICAL"}


def test_talks_that_have_not_finished_are_under_way(run):
    def polarity(ex):
        return {s.polarity.name for s in ex.statements if s.predicate == "negotiate_with"}
    ex = run("The talks between the Harbour Trust and Osterby Nuclear are still not finished.")
    assert polarity(ex) == {"POSITIVE"}
    ex = run("The talks between the Harbour Trust and Osterby Nuclear did not take place.")
    assert polarity(ex) == {"NEGATIVE"}


def test_a_name_before_a_noun_of_land_or_water_is_a_place(run):
    ex = run("The eruption was the third on the Skarven peninsula this year. About 50 guests were taken from the "
             "Hot Springs, the company's spokeswoman Helga Arnadottir said.")
    assert "Skarven" not in orgs(ex)
    assert any(e.type is EntityType.LOCATION and e.label.startswith("Skarven") for e in ex.entities)
    # a coast keeps the region it is named for
    ex = run("Hotels on the Algarve coast cut prices, the Algarve Hotels Association said.")
    assert "Algarve Hotels Association" in orgs(ex)



def test_a_name_after_then_and_a_title_is_a_past_holder(run):
    ex = run("Orica's then chief executive Jakob Stausholm flies to Perth.")
    people = {e.label for e in ex.entities if e.type is EntityType.PERSON}
    assert "Jakob Stausholm" in people and "Jakob Stausholm" not in orgs(ex)
    held = [s for s in ex.statements if s.predicate in ("chief_executive_of", "employee_of")]
    assert held and all("former" in {a.text for a in s.extra} for s in held)
    # "then" with the verb is no past title
    ex = run("Kestrel Mining's chief executive Jonas Brekke then flew to Ulaanbaatar.")
    held = [s for s in ex.statements if s.predicate == "chief_executive_of"]
    assert held and not any("former" in {a.text for a in s.extra} for s in held)
