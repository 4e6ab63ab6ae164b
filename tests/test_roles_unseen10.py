"""Roles on whole news articles (bench/roles_unseen batch 10's classes), on sentences of our own: a wire dateline's
agency is no antecedent of a description, a kind of place before a body's name says whose body it is, a role verb's
object possessed by a state is a body of the state, a title's own first word is no body ("Solicitor General"),
"Chancellor of the Exchequer" is a cabinet title of the article's state; a monarch's bare title names a person
("King Mohammed VI", "King Willem-Alexander") who reigns in the article's country, but a queen beside a king is a
consort and a people's king ("Ashanti King X") no head of the state; "X, part of Y"; "Y-owned carrier X" with the name
hung elsewhere; "chief executive" read as an adjective and a governor's name read as a building; "the state" of a
dateline that names a region; "Justice X" of the one court a story names; "the minister responsible for X"; a
hyphenated "vice-president" the tokeniser splits."""
from __future__ import annotations

import pytest

from clausehelp import labelled_facts as roles

pytestmark = pytest.mark.model


def test_the_agency_of_a_dateline_is_no_antecedent(run):
    ex = run("SEVILLE (AP) — Valencia sacked its coach on Monday. Valencia president Kiat Lim said the club would "
             "appeal. The club's medical director, Rui Matos, said two players were injured.")
    assert not {r for r in roles(ex) if r[0] == "Rui Matos" and "Associated Press" in r[2]}


def test_a_kind_of_place_before_a_body_says_whose_body_it_is(run):
    ex = run("SACRAMENTO, California (AP) — Maria Ortega, who presides over the state Senate, backed the bill. Tom Reyes, "
             "the state's insurance commissioner, opposed it.")
    assert not {r for r in roles(ex) if r[0] == "Tom Reyes" and "Senate" in r[2]}


def test_a_body_a_state_possesses_is_no_office_in_the_state(run):
    ex = run("OSLO (Reuters) - Norway will cut its emissions faster. Hanna Berg, who chairs the government's advisory "
             "council on climate, said the targets were too low.")
    assert not {r for r in roles(ex) if r[0] == "Hanna Berg" and r[2] == "Norway"}


def test_a_title_word_before_general_is_no_body(run):
    ex = run("Solicitor General D. Ruth Avery argued the case before the court on Monday.")
    assert not {r for r in roles(ex) if "Ruth Avery" in r[0] and r[2] == "Solicitor"}


def test_the_chancellor_of_the_exchequer_is_a_minister_of_the_state(run):
    ex = run("LONDON (Reuters) - Britain will raise taxes on gambling, Chancellor of the Exchequer Tom Harding said "
             "on Wednesday.")
    assert ("Tom Harding", "minister_of", "United Kingdom") in roles(ex)
    assert not {r for r in roles(ex) if r[0] == "Tom Harding" and r[2] == "Exchequer"}


def test_a_monarchs_bare_title_names_a_person_whom_the_ner_missed(run):
    ex = run("AMMAN (Reuters) - King Abdullah II on Monday swore in a new government. Jordan will hold elections in "
             "the spring.")
    assert {r for r in roles(ex) if "Abdullah II" in r[0] and r[1:] == ("head_of", "Jordan")}
    ex = run("DOHA (Reuters) - Emir Tamim bin Hamad Al Thani on Sunday opened a new port. Qatar wants more trade with "
             "India.")
    assert {r for r in roles(ex) if "Tamim" in r[0] and r[1:] == ("head_of", "Qatar")}


def test_a_monarchs_hyphenated_name_keeps_its_title(run):
    ex = run("MIDDELBURG (AP) — King Willem-Alexander opened a new dike on Friday. The Netherlands paid for most of it.")
    assert ("Willem-Alexander", "head_of", "Netherlands") in roles(ex)


def test_a_title_the_ner_ran_into_a_known_monarchs_name(run):
    ex = run("LONDON (Reuters) - King Charles will open the new session of parliament on Tuesday.")
    assert {r for r in roles(ex) if "Charles" in r[0] and r[1:] == ("head_of", "United Kingdom")}


def test_no_ruler_after_a_given_name_or_before_a_place(run):
    assert not {r for r in roles(run("Stephen King said the novel would be his last.")) if r[1] == "head_of"}
    assert not {r for r in roles(run("Patients at Queen Elizabeth Hospital in Jordan were moved on Monday."))
                if r[1] == "head_of"}


def test_a_consort_and_a_peoples_king_are_no_heads_of_the_state(run):
    ex = run("COPENHAGEN (Reuters) - King Frederik and Queen Mary will visit Greenland next week. Denmark wants "
             "closer ties with the island.")
    assert ("Frederik", "head_of", "Denmark") in roles(ex)
    assert not {r for r in roles(ex) if r[0] == "Mary" and r[1] == "head_of"}
    ex = run("ACCRA (Reuters) - Ashanti King Otumfuo Osei Tutu said on Friday that Ghana must protect its forests.")
    assert not {r for r in roles(ex) if "Tutu" in r[0] and r[2] == "Ghana"}


def facts(ex):
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text))
            for s in ex.statements if s.is_fact}


def test_a_body_described_as_part_of_another(run):
    ex = run("The Crown Prosecution Service, part of the Attorney General's Office, dropped the case on Monday.")
    assert {r for r in facts(ex) if "Crown Prosecution" in r[0] and r[1] == "part_of"}
    ex = run("Norvik Bank, which is part of the Halden Group, cut its rates.")
    assert {r for r in facts(ex) if "Norvik" in r[0] and r[1] == "part_of" and "Halden" in r[2]}
    ex = run("Tesla, part of the Magnificent Seven group of stocks, fell 3% on Monday.")
    assert not {r for r in facts(ex) if r[1] == "part_of"}


def test_an_owned_description_before_a_name_the_parser_hung_elsewhere(run):
    ex = run("Drivers at Maersk-owned trucking firm Vendela walked out on Monday. Vendela said talks would resume.")
    assert {r for r in facts(ex) if r[0] == "Maersk" and r[1] == "own" and "Vendela" in r[2]}


def test_a_title_the_tagger_reads_as_an_adjective_or_a_building(run):
    ex = run("Commerzbank chief executive Christian Sewing told shareholders on Tuesday that profits would rise.")
    assert ("Christian Sewing", "chief_executive_of", "Commerzbank") in facts(ex)
    ex = run("Central Bank of Kenya Governor Kamau Thugge welcomed the move.")
    assert {r for r in facts(ex) if r[0] == "Kamau Thugge" and r[1] == "head_of" and "Bank of Kenya" in r[2]}


def test_the_state_of_a_dateline_that_names_a_region(run):
    ex = run("SACRAMENTO, California (AP) — Lawmakers passed the bill on Monday. Tom Reyes, the state's insurance "
             "commissioner, said premiums would fall.")
    assert ("Tom Reyes", "member_of", "California") in facts(ex)


def test_a_justice_of_the_one_court_the_story_names(run):
    ex = run("The Supreme Court of Canada heard the appeal on Monday. Justice Mahmud Jamal asked whether the law was "
             "clear.")
    assert {r for r in facts(ex) if r[0] == "Mahmud Jamal" and r[1] == "member_of" and "Supreme Court" in r[2]}
    ex = run("The High Court in Nairobi blocked the deal. Justice Chacha Mwita said the contract was unlawful. The "
             "Supreme Court will hear an appeal.")
    assert not {r for r in facts(ex) if r[0] == "Chacha Mwita" and "Supreme" in r[2]}


def test_a_minister_responsible_for_a_portfolio_is_the_home_states(run):
    ex = run("OTTAWA (Reuters) - Canada will cut tariffs on steel, said Anita Anand, the minister responsible for "
             "industry.")
    assert ("Anita Anand", "minister_of", "Canada") in facts(ex)


def test_a_hyphenated_vice_president_is_no_head(run):
    ex = run("Teresa Ribera, vice-president of the European Commission, said the rules would change.")
    assert ("Teresa Ribera", "member_of", "European Commission") in facts(ex)
    assert ("Teresa Ribera", "head_of", "European Commission") not in facts(ex)
    ex = run("Kaja Kallas, the European Commission's vice-president, said the talks would resume.")
    assert ("Kaja Kallas", "member_of", "European Commission") in facts(ex)


def test_a_governor_of_the_one_region_the_gazetteer_does_not_know(run):
    ex = run("NAIROBI (Reuters) - Nurses in Kiambu county went on strike on Monday after the county failed to pay them. "
             "Governor Kimani Wamatangi said the money would be paid by Friday.")
    assert ("Kimani Wamatangi", "head_of", "Kiambu county") in facts(ex)
