"""Subjects the parser strands, the subject of a "with" gerund, small clauses and landfalls (issue 9, class "no
statement between subject and object"): "FIFA banned the Russian team" with the name read as an adverbial noun, "Lumo
Energy, having failed to pay its debts, was taken over by the state" with the subject hung on the aside, "charged
Chelsea with failing to" (Chelsea failed), "found Lumo Bank guilty of fraud" (find, the name and what it is found to
be), "made landfall in Taiwan". tests/data/relations/beats5.json holds 101 sentences of our own in sport, courts,
labour, science, health, disasters, local government, culture, agriculture and shipping, with 127 expected statements
and 162 traps, written before the builder ran on them (first run: 116 found, no wrong edge)."""
from __future__ import annotations

from pathlib import Path

import pytest

from clausehelp import facts, score_cases

BEATS5 = Path(__file__).resolve().parent / "data" / "relations" / "beats5.json"


def qualifiers(ex, pred):
    return {e.text for s in ex.statements if s.predicate == pred for e in s.extra if e.datatype == "qualifier"}


@pytest.mark.model
def test_a_name_opening_the_sentence_read_as_an_adverbial_noun_is_the_subject(run):
    assert ("fifa", "suspend", "the Congolese federation") in facts(run("FIFA suspended the Congolese federation."))
    assert ("fifa", "ban", "the Russian team") in facts(run("FIFA banned the Russian team from the World Cup."))


@pytest.mark.model
def test_a_subject_hung_on_an_aside_participle_is_the_main_verbs(run):
    ex = run("Lumo Energy, having failed to pay its debts, was taken over by the state.")
    assert ("the state", "take_over", "lumo-energy") in facts(ex)
    assert ("lumo-energy", "fail", "to pay its debts") in facts(ex)


@pytest.mark.model
def test_the_with_gerund_of_a_charge_is_the_charged_ones_act(run):
    ex = run("The FA charged Chelsea with failing to control its players.")
    assert {s for s, p, _ in facts(ex) if p in ("fail", "control")} == {"chelsea"}
    ex = run("Prosecutors charged Tom Lund with laundering money for Vexa Bank.")
    assert {s for s, p, _ in facts(ex) if p == "launder"} == {"tom-lund"}
    ex = run("Lumo Mining threatened Orlen with closing the plant in Gdansk.")     # a threat: the threatener's act
    assert not [s for s, p, _ in facts(ex) if p == "close" and s == "orlen"]


@pytest.mark.model
def test_what_a_verb_finds_or_declares_a_name_to_be_is_a_qualifier(run):
    ex = run("A court in Oslo found Lumo Bank guilty of breaching sanctions on Iran.")
    assert ("A court in Oslo", "find", "lumo-bank") in facts(ex)
    assert qualifiers(ex, "find") == {"guilty of breaching sanctions on Iran"}
    ex = run("The tribunal declared Vexa Shipping bankrupt.")
    assert ("The tribunal", "declare", "vexa-shipping") in facts(ex) and qualifiers(ex, "declare") == {"bankrupt"}
    ex = run("Germany considers Hamas a terrorist group.")
    assert ("germany", "consider", "hamas") in facts(ex) and qualifiers(ex, "consider") == {"a terrorist group"}
    ex = run("Ukraine held Russia responsible for the attack on the dam.")
    assert qualifiers(ex, "hold") == {"responsible for the attack on the dam"}


@pytest.mark.model
def test_a_small_clause_on_no_name_is_the_whole_predication(run):
    for sentence, pred, obj in [("Kenya declared the deal void.", "declare", "the deal void"),
                                ("Poland considers the pipeline dangerous.", "consider", "the pipeline dangerous")]:
        assert {o for _, p, o in facts(run(sentence)) if p == pred} == {obj}, sentence


@pytest.mark.model
def test_no_small_clause_of_an_extraposed_it_or_of_a_second_object(run):
    ex = run("Ana Lopes met Orlen's chief executive in Oslo. She considers it necessary to sell Orlen's stake.")
    assert not [s for s in ex.statements if s.predicate == "consider" and s.object.entity]
    ex = run("A Spanish investor, Lumo Capital, made Tom Lund an offer for his farm in Alentejo.")
    assert not qualifiers(ex, "make")


@pytest.mark.model
def test_a_storms_landfall_names_the_place(run):
    assert ("typhoon-haikui", "make_landfall_in", "taiwan") in facts(run(
        "Typhoon Haikui made landfall in Taiwan on Sunday, forcing the evacuation of more than 7,000 people."))
    assert ("The cyclone", "make_landfall_near", "chittagong") in facts(run(
        "The cyclone made landfall near Chittagong, Bangladesh, on Monday night."))
    assert not [p for _, p, _ in facts(run("Cyclone Chido made landfall on Sunday.")) if p.startswith("make_landfall")]


@pytest.mark.model
def test_the_fifth_batch_yields_no_wrong_edge_and_most_expected_statements(run):
    """The builder on tests/data/relations/beats5.json: first run 116 of 127 found, no wrong edge."""
    found, _, wrong = score_cases(run, BEATS5)
    assert not wrong
    assert found >= 120


@pytest.mark.model
def test_took_charge_of_is_no_charge_and_brought_charges_is(run):
    assert ("ana-lopes", "take_charge_of", "the ministry") in facts(run("Ana Lopes took charge of the ministry in January."))
    assert ("Prosecutors", "charge", "lumo-bank") in facts(run("Prosecutors brought charges against Lumo Bank."))
    assert ("ana-lopes", "sue", "vexa-media") in facts(run("Ana Lopes brought a lawsuit against Vexa Media over the article."))
    ex = run("The strike brought the port of Mombasa to a standstill.")      # no light noun: as written
    assert [p for _, p, _ in facts(ex)] == ["bring"]


@pytest.mark.model
def test_the_named_members_a_body_includes_are_its_members(run):
    ex = run("The Lumo Shipping Council, whose members include Maersk and MSC, has asked the regulator to intervene.")
    assert {(s, o) for s, p, o in facts(ex, "member_of")} == {("maersk", "lumo-shipping-council"),
                                                               ("msc", "lumo-shipping-council")}
    assert not [s for s, p, _ in facts(ex) if p == "include"]
    ex = run("NATO's members include Turkey and Hungary.")
    assert {(s, o) for s, p, o in facts(ex, "member_of")} == {("turkey", "nato"), ("hungary", "nato")}
    ex = run("The members include two judges from Kenya. Kenya, whose members of parliament include Ana Lopes, voted.")
    assert not facts(ex, "member_of")


@pytest.mark.model
def test_a_name_set_off_after_a_partners_description_is_the_partner(run):
    ex = run("Ana Lopes held talks with the union's leader, Tom Lund, and with the mayor.")
    assert ("ana-lopes", "negotiate_with", "tom-lund") in facts(ex)
    ex = run("The minister held talks with her Indian counterpart, S. Jaishankar, in Delhi.")
    assert {o for _, p, o in facts(ex, "negotiate_with")} == {"subrahmanyam-jaishankar"}    # the gazetteer's label
    ex = run("Orlen signed an agreement with its largest rival, a company based in Gdansk.")
    assert not facts(ex, "sign_with")
