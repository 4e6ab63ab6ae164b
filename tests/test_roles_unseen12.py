"""Roles on short news paragraphs (bench/roles_unseen batch 12's classes), on sentences of our own: a nationality
adjective the NER calls a body ("Ugandan President X") is the country, not an organisation of its own, so a leader's
state is the country and a bare title's home state is not taken for another country the paragraph names."""
from __future__ import annotations

import pytest

from clausehelp import labelled_facts as facts

pytestmark = pytest.mark.model


def test_a_nationality_the_ner_calls_a_body_is_the_country(run):
    ex = run("Ugandan President Yoweri Museveni said on Monday the oil pipeline would be finished next year.")
    assert ("Yoweri Museveni", "head_of", "Uganda") in facts(ex)
    assert not [e for e in ex.entities if e.label == "Ugandan"]


def test_a_nationality_the_ner_calls_a_body_leaves_no_other_state_alone(run):
    ex = run("Tanzania's parliament approved the budget on Tuesday. Ugandan President Yoweri Museveni sent his vice "
             "president, Jessica Alupo, to the ceremony.")
    assert not {r for r in facts(ex) if r[0] == "Jessica Alupo" and r[2] == "Tanzania"}


def roles(ex, holder):
    names = {e.key: e.label for e in ex.entities}
    return {(s.predicate, names.get(s.object.entity, s.object.text), any(a.datatype == "former" for a in s.extra))
            for s in ex.statements if names.get(s.subject.entity) == holder and s.predicate == "head_of"}


def test_a_title_joined_to_a_former_one_with_nothing_of_its_own_is_former_too(run):
    ex = run("Tomas Varga, the former prime minister of Slovakia and president of the Danube Development Bank, "
             "called on Monday for lower rates.")
    assert ("head_of", "Danube Development Bank", True) in roles(ex, "Tomas Varga")
    assert ("head_of", "Danube Development Bank", False) not in roles(ex, "Tomas Varga")


def test_a_title_with_a_time_of_its_own_keeps_it(run):
    ex = run("Tomas Varga, a former finance minister and now president of the Danube Development Bank, called on "
             "Monday for lower rates.")
    assert ("head_of", "Danube Development Bank", False) in roles(ex, "Tomas Varga")


def test_the_field_of_a_chief_officer_is_a_word_of_the_title_not_the_body(run):
    ex = run("Chief Operating Officer Maria Lopez said on Monday that sales had risen.")
    assert not {r for r in facts(ex) if r[0] == "Maria Lopez" and r[1] == "employee_of"}
    ex = run("Brightwater's Chief Financial Officer Tomas Lind said the company would cut 400 jobs.")
    got = facts(ex)
    assert ("Tomas Lind", "employee_of", "Brightwater") in got
    assert not {r for r in got if r[0] == "Tomas Lind" and r[2] == "Financial"}


def test_a_capital_named_after_a_countrys_adjective_is_its_capital(run):
    for text, city, country in (("Rebels shelled the outskirts of the Chadian capital, N'Djamena, on Sunday.",
                                 "N'Djamena", "Chad"),
                                ("Lisbon, the Portuguese capital, will host the summit in May.", "Lisbon", "Portugal"),
                                ("Thousands marched through Peru's capital, Lima, on Saturday.", "Lima", "Peru")):
        assert (city, "capital_of", country) in facts(run(text)), text


def test_a_capital_of_another_kind_or_of_the_past_is_no_seat(run):
    for text in ("Investors flocked to Nigeria's commercial capital, Lagos, on Monday.",
                 "Crowds gathered in the former Soviet capital, Moscow, on Monday."):
        assert not {r for r in facts(run(text)) if r[1] == "capital_of"}, text


def test_a_board_seat_before_a_title_is_a_seat_on_the_body(run):
    got = facts(run("Mirela Kos, a Halvard board member, sold 30,000 shares on Monday."))
    assert ("Mirela Kos", "member_of", "Halvard") in got
    got = facts(run("Mirela Kos, a Halvard board director, sold 30,000 shares on Monday."))
    assert ("Mirela Kos", "member_of", "Halvard") in got
    assert not {r for r in got if r[0] == "Mirela Kos" and r[1] == "head_of"}


def test_a_chair_the_ner_ran_into_the_name_is_the_title_before_it(run):
    ex = run("The Kenya Ports Authority cut fees on Monday. Authority Chair Ruth Wanjiku said the cut was overdue.")
    assert ("Ruth Wanjiku", "chair_of", "Kenya Ports Authority") in facts(ex)


def test_a_nationality_of_two_words_before_a_description_is_the_whole(run):
    assert ("Halcyon Chips", "located_in", "South Korea") in facts(run(
        "The South Korean chipmaker Halcyon Chips reported higher profits on Thursday."))
    assert ("Ana Solis", "citizen_of", "Costa Rica") in facts(run(
        "Ana Solis, a Costa Rican economist, said prices would rise."))


def test_a_bare_minister_after_a_ministry_is_its_minister(run):
    ex = run("The Ministry of Fisheries closed the cod season on Monday. Minister Ana Duarte said stocks had fallen.")
    assert ("Ana Duarte", "minister_of", "Ministry of Fisheries") in facts(ex)
    ex = run("The Halvard Group cut 300 jobs on Monday. Minister Ana Duarte said the cuts were regrettable.")
    assert not {r for r in facts(ex) if r[0] == "Ana Duarte" and "Halvard" in r[2]}


def test_an_organs_name_before_a_commissioner_is_the_body_not_a_portfolio(run):
    got = facts(run("Metropolitan Police Commissioner Ana Lindqvist said on Thursday that burglaries had fallen."))
    assert {r for r in got if r[0] == "Ana Lindqvist" and r[1] in ("member_of", "head_of") and "Police" in r[2]}


def test_a_commissioner_after_a_bodys_name_is_no_word_of_the_name(run):
    ex = run("Metropolitan Police Commissioner Ana Lindqvist said on Thursday that burglaries had fallen.")
    assert ("Ana Lindqvist", "member_of", "Metropolitan Police") in facts(ex)
    assert not [e for e in ex.entities if "Commissioner" in e.label]


def test_a_name_right_after_a_description_the_parser_hung_elsewhere_is_the_descriptions(run):
    ex = run("The Swiss food giant Halvena and the South Korean chipmaker SK Korvex both reported higher quarterly "
             "profits on Thursday.")
    keys = {e.label: e.key for e in ex.entities}
    subjects = {s.subject.entity for s in ex.statements if s.predicate == "report"}
    assert keys.get("SK Korvex") in subjects
    assert len(subjects) == 2


def test_two_titles_joined_by_and_share_the_of_phrase_after_them(run):
    got = facts(run("Tomas Varga, chairman and chief executive of Brixon Holdings, said sales rose."))
    assert ("Tomas Varga", "chair_of", "Brixon Holdings") in got
    assert ("Tomas Varga", "chief_executive_of", "Brixon Holdings") in got
    got = facts(run("Tomas Varga, chairman of Brixon Holdings and chief executive of Halden Bank, said sales rose."))
    assert ("Tomas Varga", "chief_executive_of", "Brixon Holdings") not in got    # its own of-phrase, not the first's


def test_a_seat_on_its_board_is_on_the_board_of_the_body_that_appoints(run):
    assert ("Ana Lind", "member_of", "Halvard Group") in facts(run(
        "Halvard Group named Ana Lind to its board on Monday."))
    assert not {r for r in facts(run("The government appointed Ana Lind to its board on Monday."))
                if r[0] == "Ana Lind" and r[1] == "member_of"}
