"""Roles on short news paragraphs (bench/roles_unseen batch 11's classes), on sentences of our own: a title of
speaking for a body with a bare kind of body before it ("a ministry spokesman, X", "X, a company spokeswoman") refers
to the body of that kind the article names, as "a spokesman for the ministry" does; a state, a name or a portfolio
before the title keeps it theirs."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def facts(ex):
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text))
            for s in ex.statements if s.is_fact}


def test_a_kind_of_body_before_a_spokesman_is_the_body_the_article_named(run):
    ex = run("Halvorsen Shipping cut 300 jobs on Tuesday. A company spokeswoman, Ingrid Lunde, said the cuts were "
             "needed.")
    assert ("Ingrid Lunde", "spokesperson_of", "Halvorsen Shipping") in facts(ex)
    ex = run("Prosecutors charged the Marbella Bank over money laundering. Tomas Vidal, a bank spokesman, said the "
             "lender would fight the charges.")
    assert ("Tomas Vidal", "spokesperson_of", "Marbella Bank") in facts(ex)


def test_a_state_or_a_name_before_the_title_is_no_bare_kind(run):
    ex = run("Halvorsen Shipping cut 300 jobs on Tuesday. A Kremlin spokesman, Oleg Markov, said Russia was not "
             "affected.")
    assert not {r for r in facts(ex) if r[0] == "Oleg Markov" and "Halvorsen" in r[2]}
    ex = run("Halvorsen Shipping cut 300 jobs on Tuesday. A company president, Ola Dahl, said the cuts were needed.")
    assert not {r for r in facts(ex) if r[0] == "Ola Dahl" and r[1] == "spokesperson_of"}


def test_a_body_owned_whole_by_another_is_part_of_it(run):
    ex = run("Halden Bank, owned by Brixon Holdings, raised its rates on Monday.")
    assert ("Halden Bank", "part_of", "Brixon Holdings") in facts(ex)
    ex = run("Vexa Group, which owns Lumora Foods, reported higher profits on Tuesday.")
    assert ("Lumora Foods", "part_of", "Vexa Group") in facts(ex)
    ex = run("Corvane Systems, the parent of Brightwater Analytics, cut 200 jobs.")
    assert ("Brightwater Analytics", "part_of", "Corvane Systems") in facts(ex)


def test_a_share_a_past_or_a_state_owner_makes_no_part(run):
    for text in ("Mazda Motor, which is partly owned by Ford Motor, cut jobs on Monday.",
                 "Nordlys Energi is jointly owned by Statkraft and Equinor.",
                 "Ford Motor owned Volvo Cars until 2010.",
                 "Qatar-owned Harrods raised its prices on Monday."):
        assert not {r for r in facts(run(text)) if r[1] == "part_of"}, text


def test_a_kind_of_business_possessing_a_title_is_the_firm_of_that_kind(run):
    ex = run("Kestrel Mining agreed on Monday to buy a stake in Lumen Bank. The miner's chairman, Paul Okafor, said "
             "the deal was small.")
    got = facts(ex)
    assert ("Paul Okafor", "chair_of", "Kestrel Mining") in got
    assert not {r for r in got if r[0] == "Paul Okafor" and "Lumen" in r[2]}
    ex = run("Norvalis Pharma raised its forecast on Tuesday. Sara Lind, the drugmaker's chief executive, said sales "
             "of its obesity drug had doubled.")
    assert ("Sara Lind", "chief_executive_of", "Norvalis Pharma") in facts(ex)


def test_a_description_refers_to_the_body_an_earlier_description_introduced(run):
    ex = run("Denmark's financial watchdog fined Halden Bank 40 million crowns on Friday. Jens Kvist, who heads the "
             "watchdog, said the failures were serious.")
    assert not {r for r in facts(ex) if r[0] == "Jens Kvist" and "Halden" in r[2]}
    ex = run("The senator took bribes from a utility company. The utility, Marlow Power, agreed to pay a fine. The "
             "company's chief executive, Ray Dunn, has been charged.")
    assert ("Ray Dunn", "chief_executive_of", "Marlow Power") in facts(ex)


def test_a_leaders_portfolio_secretary_is_a_minister_of_the_state_the_leader_heads(run):
    ex = run("President Ana Duarte of Portugal met Xi on Monday. Duarte's agriculture secretary, Rui Lobo, said "
             "farmers would get aid.")
    assert ("Rui Lobo", "minister_of", "Portugal") in facts(ex)
    ex = run("The novelist Jane Marsh wrote six books. Her secretary, Tom Hill, typed them.")
    assert not {r for r in facts(ex) if r[0] == "Tom Hill" and r[1] == "minister_of"}


def test_a_presidents_name_read_into_a_portfolio_is_no_department(run):
    ex = run("Trump Energy Secretary Chris Wright told oil executives in Houston on Tuesday that permits would come "
             "faster.")
    assert not {r for r in facts(ex) if r[0] == "Chris Wright" and r[1] == "head_of"}


def test_a_senators_short_title_is_the_title(run):
    ex = run("U.S. Sen. Maria Lopez praised the vote on Friday.")
    assert ("Maria Lopez", "member_of", "United States") in facts(ex)
    ex = run("Republican Sen. Tom Brandt of Ohio said he would vote against the bill.")
    assert {r for r in facts(ex) if r[0] == "Tom Brandt" and r[1] in ("member_of", "member_of_party")}


def test_a_title_of_several_words_read_into_a_body_is_no_body(run):
    ex = run("ISLAMABAD (Reuters) - Pakistan's National Security Adviser Imran Qureshi said on Saturday that Islamabad "
             "was open to talks with India.")
    got = facts(ex)
    assert ("Imran Qureshi", "employee_of", "Pakistan") in got
    assert not {r for r in got if "National Security" in r[2] or "National Security" in r[0]}
    ex = run("NEW DELHI (Reuters) - India and Japan agreed on Tuesday to hold more drills. Japanese Defence Minister Jun "
             "Ota met his Indian counterpart Rajesh Kumar and National Security Adviser Vikram Rao in New Delhi.")
    assert not {r for r in facts(ex) if r[0] == "Vikram Rao" and "National Security" in r[2]}


def test_a_states_own_senate_is_no_national_senate(run):
    ex = run("SACRAMENTO, California (AP) — The state Senate passed the water bill on Monday by a vote of 30-8.")
    assert not [e for e in ex.entities if e.label == "United States Senate"]
    ex = run("The U.S. Senate voted 51-49 on Thursday. The Senate will vote again next week.")
    assert [e for e in ex.entities if e.label == "United States Senate"]


def test_a_premier_in_a_story_of_a_region_and_its_country_is_the_datelines_regions(run):
    ex = run("WINNIPEG, Manitoba (Reuters) - Manitoba will cut its fuel tax, Premier Wab Kinew said on Thursday. Canada's "
             "finance minister said the federal tax would stay.")
    assert ("Wab Kinew", "head_of", "Manitoba") in facts(ex)
    ex = run("Manitoba will cut its fuel tax, Premier Wab Kinew said on Thursday. Canada's finance minister said the "
             "federal tax would stay.")
    assert not {r for r in facts(ex) if r[0] == "Wab Kinew" and r[1] == "head_of"}
