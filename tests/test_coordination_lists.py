"""Lists of actors that lost members (issue 9, coordination): the members an "including" phrase names, on a subject
or an object ("Several firms, including Siemens, ABB and Vexa, bid"). Sentences of our own;
bench/coord_unseen/batch3.json holds 72 more (155 expected statements, 125 wrong ones as traps), written before the
builder ran on them."""
from __future__ import annotations

from pathlib import Path

import pytest

from clausehelp import score_cases

pytestmark = pytest.mark.model

BATCH = Path(__file__).resolve().parent.parent / "bench" / "coord_unseen" / "batch3.json"


def triples(ex) -> set[tuple]:
    return {(s.subject.entity, s.predicate, s.object.entity, s.polarity.value) for s in ex.statements}


def test_each_member_an_including_phrase_lists_on_the_subject_acts(run):
    got = triples(run("Several carmakers, including Toyota, Kelvaro Motors and Nissan, bid for the Lisbon contract."))
    subjects = {s for s, p, _, _ in got if p == "bid_for"}
    assert {"toyota", "kelvaro-motors", "nissan"} <= subjects


def test_each_member_an_including_phrase_lists_on_the_object_is_acted_on(run):
    got = triples(run("The European Union sanctioned several Russian banks, including Sberbank and VTB."))
    assert {("european-union", "sanction", "sberbank", "Positive"),
            ("european-union", "sanction", "vtb", "Positive")} <= got


def test_an_including_phrase_of_places_makes_no_place_an_actor(run):
    got = triples(run("Several unions, including Unite in Leeds and the GMB in York, rejected the pay offer."))
    assert not any(s in ("leeds", "york") for s, _, _, _ in got)


def test_the_members_after_as_well_as_in_a_subject_each_act(run):
    got = triples(run("Unilever as well as Nestle and Danone reported falling sales in Brazil."))
    assert {s for s, p, _, _ in got if p == "report"} >= {"unilever", "nestle", "danone"}


def test_a_member_after_as_well_as_set_off_by_commas_acts(run):
    got = triples(run("Tesco, as well as Asda, criticised the plan."))
    assert {s for s, p, _, _ in got if p == "criticise"} == {"tesco", "asda"}


def test_a_co_agent_after_along_with_inside_the_subject_acts_without_commas(run):
    got = triples(run("Siemens along with Bosch will close plants in Germany."))
    assert {s for s, p, _, _ in got if p == "close"} == {"siemens", "bosch"}


def test_together_with_after_the_object_adds_no_co_agent(run):
    # "met Macron together with aides": who the aides came with, the text does not say
    got = triples(run("Vladimir Putin met Emmanuel Macron together with Sergei Lavrov."))
    assert not any(s == "sergei-lavrov" for s, _, _, _ in got)


def types(ex) -> dict[str, str]:
    return {e.key: e.type.value for e in ex.entities}


def test_a_name_the_ner_missed_in_a_list_of_organisations_is_one(run):
    ex = run("The unions RMT, Aslef and the TSSA called the strike.")
    assert types(ex).get("tssa") == "Organization"
    assert ("tssa", "call", None, "Positive") in triples(ex)


def test_a_one_word_name_in_a_list_of_persons_named_in_full_is_a_person(run):
    assert types(run("Real Madrid signed Kylian Mbappe, Endrick and Trent Alexander-Arnold."))["endrick"] == "Person"


def test_a_one_word_person_of_the_ner_listed_with_firms_after_by_is_a_firm(run):
    ex = run("The deal was signed by Vexa, Lumora and Orlen.")
    assert types(ex).get("lumora") == "Organization"
    assert ("lumora", "sign", None, "Positive") in triples(ex)


def test_a_title_before_a_listed_name_is_no_part_of_it(run):
    ex = run("Pope Leo and Ecumenical Patriarch Bartholomew signed a joint declaration.")
    assert not any("patriarch" in e.key for e in ex.entities)


def test_one_place_gives_no_type_to_the_name_beside_it(run):
    # "Britain and Vexa": a list of two with one place says nothing of the other name
    ex = run("Britain and Kelmora Dynamics signed a supply deal.")
    assert types(ex).get("kelmora-dynamics") != "GeopoliticalEntity"


def test_a_name_after_the_comma_closing_a_description_of_the_first_member_is_a_member(run):
    got = triples(run("Shell sold its onshore fields to Renaissance, a group of local firms, and Oando."))
    assert {("shell", "sell_to", "renaissance", "Positive"), ("shell", "sell_to", "oando", "Positive")} <= got
    assert not any(p in ("be", "be_of") for _, p, _, _ in got)


def test_a_description_of_two_nouns_adds_no_member(run):
    # no comma before "and": "the company's president and vice chair" is one description of Brad Smith
    got = triples(run("Microsoft hired Brad Smith, the company's president and vice chair, in 1993."))
    assert not any(o not in (None, "brad-smith") for s, p, o, _ in got if p == "hire")


def test_the_first_of_two_coordinated_possessors_owns_and_does_not_act(run):
    ex = run("Germany's and France's finance ministers rejected the plan.")
    assert not any(s == "germany" for s, _, _, _ in triples(ex))
    subject = next(s.subject for s in ex.statements if s.predicate == "reject")
    assert subject.text == "Germany's and France's finance ministers"


def test_two_coordinated_possessors_of_ministers_meet_no_one_themselves(run):
    got = triples(run("Kenya's and Uganda's foreign ministers met in Nairobi."))
    assert not any(s == "kenya" or o == "kenya" for s, _, o, _ in got)


def test_an_object_owned_by_two_coordinated_possessors_involves_both(run):
    ex = run("Regulators in Seoul fined Samsung's and LG's display units for price fixing.")
    fined = [s for s in ex.statements if s.predicate == "fine"]
    assert all(s.object.entity is None for s in fined)
    assert any({"samsung-electronics", "lg-electronics"} <= set(s.object.involves) for s in fined)


def test_two_possessed_nouns_each_with_its_own_owner_stay_two(nlp):
    # "Tesco's profits and Asda's sales": no shared noun, each possessor owns its own
    from kg.extract.coordination import shared_possession
    from kg.extract.docarrays import arrays
    doc = nlp("Tesco's profits and Asda's sales fell sharply.")
    assert all(shared_possession(arrays(doc), t.i) is None for t in doc)


def test_names_between_commas_after_a_plural_description_stand_for_it(run):
    got = triples(run("The presidents of Kenya and Tanzania, William Ruto and Samia Suluhu Hassan, opened the new "
                      "border post at Namanga."))
    assert {s for s, p, _, _ in got if p == "open"} == {"william-ruto", "samia-suluhu-hassan"}


def test_a_set_of_ministers_does_not_meet_its_own_members(run):
    got = triples(run("Kenya's and Uganda's foreign ministers, Musalia Mudavadi and Jeje Odongo, met in Nairobi."))
    assert all(s is not None and o is not None for s, p, o, _ in got if p == "meet")


def test_a_list_of_places_after_a_plural_noun_is_no_description_of_it(run):
    # "exports to Michigan, New York and Minnesota,": the names go on a list begun before the comma
    ex = run("Doug Ford threatened to cut off electricity exports to Michigan, New York and Minnesota, his office said.")
    assert not any(s.object.entity in ("minnesota", "new-york-city") for s in ex.statements)


def test_coordinated_names_that_met_on_a_day_met_each_other(run):
    got = triples(run("Network Rail and the RMT met on Tuesday."))
    assert {("network-rail", "meet", "rmt", "Positive"), ("rmt", "meet", "network-rail", "Positive")} <= got


def test_names_that_met_separately_on_a_day_did_not_meet_each_other(run):
    got = triples(run("Network Rail and the RMT met separately on Tuesday."))
    assert not any(p == "meet" and s and o for s, p, o, _ in got)


def test_two_clauses_run_together_are_two_acts(run):
    got = triples(run("Ericsson sued Nokia and Samsung sued Apple."))
    assert {("ericsson", "sue", "nokia", "Positive"), ("samsung-electronics", "sue", "apple", "Positive")} <= got
    assert not any(s == "nokia" for s, _, _, _ in got)


def test_a_first_clause_read_as_a_fronted_complement_is_an_act_of_its_own(run):
    got = triples(run("Russia attacked Kyiv and Ukraine struck Belgorod."))
    assert {("russia", "attack", "kyiv", "Positive"), ("ukraine", "strike", "belgorod", "Positive")} <= got
    assert not any(s == "kyiv" for s, _, _, _ in got)


def test_a_clause_after_a_verb_of_saying_keeps_both_its_subjects(run):
    got = triples(run("Ruto said Kenya and Uganda had signed the deal."))
    assert {s for s, p, _, _ in got if p == "sign"} == {"kenya", "uganda"}


def test_the_third_coordination_batch_yields_no_wrong_edge_and_the_statements_found(run):
    """The builder on bench/coord_unseen/batch3.json: none of the 125 statements written as wrong, and at least the
    expected ones found when this test was written (137 of 155 on the first run, before the rules of this file)."""
    found, _, wrong = score_cases(run, BATCH)
    assert wrong == []
    assert found >= 147


def test_the_staff_of_listed_bodies_act_for_each_body(run):
    got = triples(run("Economists at Barclays and HSBC expect two more rate cuts next year."))
    assert {("barclays", "expect", None, "Positive"), ("hsbc", "expect", None, "Positive")} <= got


def test_bodies_listed_after_the_place_of_the_first_are_members_of_its_list(run):
    got = triples(run("Researchers at the Max Planck Institute in Stuttgart, Peking University and Argonne National "
                      "Laboratory tested the samples."))
    assert {s for s, p, _, _ in got if p == "test"} >= {"peking-university", "argonne-national-laboratory"}
    assert not any(s == "stuttgart" for s, p, _, _ in got if p == "test")


def test_the_staff_of_listed_states_are_no_act_of_the_states(run):
    got = triples(run("Researchers from Britain and France tested the samples."))
    assert not any(s in ("united-kingdom", "france") for s, p, _, _ in got if p == "test")


def test_a_name_of_several_words_the_ner_calls_a_person_listed_with_firms_is_a_firm(run):
    ex = run("The blockades were organised by the FNSEA and Jeunes Agriculteurs.")
    assert types(ex).get("jeunes-agriculteurs") == "Organization"
    assert ("jeunes-agriculteurs", "organise", None, "Positive") in triples(ex)


def test_a_firm_listed_with_a_person_stays_a_firm(run):
    assert types(run("William Ruto and Deutsche Telekom signed a deal."))["deutsche-telekom"] == "Organization"
