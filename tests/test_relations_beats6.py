"""Passives and lists in long news sentences (issue 9, classes "no statement between subject and object" and "another
predicate"): a prepositional verb in the passive ("was paid for by the state": pay_for), the "for" gerund of a
passive that keeps an object ("was handed a penalty for impeding Norris": the penalised one's act), a relative clause
after a list whose verb agrees with the whole list or with its last member ("Saudi Arabia and the UAE, which have
backed"; "Germany and France, which has backed"), and "made landfall in northern Vietnam" with the bare noun read as a
complement; a description with a nationality and an aside is the company named before ("the Danish drugmaker,
which makes Wegovy,"), a verb after "and" the tagger calls a noun is a verb, a bare conjunct shares the modal before
it, and how or why something happened is taken as having happened. tests/data/relations/beats6.json holds 103 sentences of our own in twelve beats, with 174 expected
statements and 254 traps, written before the builder ran on them (first run: 137 found, 8 traps hit)."""
from __future__ import annotations

from pathlib import Path

import pytest

from clausehelp import facts, score_cases

BEATS6 = Path(__file__).resolve().parent / "data" / "relations" / "beats6.json"


@pytest.mark.model
def test_the_preposition_a_passive_strands_belongs_to_the_predicate(run):
    assert ("bill-melinda-gates-foundation", "pay_for", "The new school") in facts(
        run("The new school was paid for by the Gates Foundation."))
    ex = run("The motion was voted for by the Greens and opposed by Labour.")
    assert ("greens", "vote_for", "The motion") in facts(ex)
    assert ("labour-party", "oppose", "The motion") in facts(ex)
    assert ("ofcom", "deal_with", "The complaint") in facts(run("The complaint was dealt with by Ofcom in March."))


@pytest.mark.model
def test_a_passive_participle_after_and_the_tagger_calls_a_past_tense(run):
    ex = run("The stadium, which was designed by Zaha Hadid Architects and paid for by the government of Qatar, opened.")
    assert ("qatar", "pay_for", "The stadium") in facts(ex)
    ex = run("The museum was built by Vexa Group and paid for by the Lumo Foundation.")
    assert ("lumo-foundation", "pay_for", "The museum") in facts(ex)


@pytest.mark.model
def test_the_for_gerund_of_a_passive_with_an_object_is_its_subjects_act(run):
    ex = run("Mercedes driver George Russell was handed a five-place grid penalty by the stewards for impeding Lando "
             "Norris of McLaren during qualifying.")
    assert {s for s, p, _ in facts(ex) if p == "impede"} == {"george-russell"}
    ex = run("Air India was fined 3 million rupees by the regulator for flying planes with expired slides.")
    assert {s for s, p, _ in facts(ex) if p == "fly"} == {"air-india"}
    # an active verb's object stays the one the gerund is about
    ex = run("The FA fined Chelsea for fielding an ineligible player.")
    assert {s for s, p, _ in facts(ex) if p == "field"} <= {"chelsea"}


@pytest.mark.model
def test_a_relative_clause_after_a_list_agrees_with_the_list_or_its_last_member(run):
    ex = run("Saudi Arabia and the United Arab Emirates, which have backed rival factions in Sudan, pledged aid.")
    assert {s for s, p, _ in facts(ex) if p == "back"} == {"saudi-arabia", "united-arab-emirates"}
    ex = run("Shell and BP, which were fined by Ofgem last year, raised prices.")
    assert {o for s, p, o in facts(ex) if p == "fine"} == {"shell", "bp"}
    ex = run("Germany and France, which has backed the plan, voted for it.")
    assert {s for s, p, _ in facts(ex) if p == "back"} == {"france"}
    ex = run("Germany, Italy and France, which has backed the plan, voted for it.")
    assert {s for s, p, _ in facts(ex) if p == "back"} == {"france"}
    ex = run("Procter and Gamble, which has cut prices, said sales fell.")    # one name: no list
    assert {s for s, p, _ in facts(ex) if p == "cut"} == {"procter-and-gamble"}


@pytest.mark.model
def test_landfall_read_as_a_complement(run):
    ex = run("Typhoon Yagi, the strongest storm to hit Asia this year, made landfall in northern Vietnam on Saturday.")
    assert ("typhoon-yagi", "make_landfall_in", "vietnam") in facts(ex)


@pytest.mark.model
def test_the_sixth_batch(run):
    """The builder on tests/data/relations/beats6.json: first run 137 of 174 found, 8 traps hit (4 of them by
    subjects whose text runs on into an aside, 'X, chaired by Y, proposed')."""
    found, _, wrong = score_cases(run, BEATS6)
    assert found >= 143
    assert len(wrong) <= 8


@pytest.mark.model
def test_a_nationality_makes_no_new_body_of_a_description_with_an_aside(run):
    ex = run("Shares in Novo Nordisk fell 8 percent after the Danish drugmaker, which makes the weight-loss drug "
             "Wegovy, cut its sales forecast.")
    assert {s for s, p, _ in facts(ex) if p in ("make", "cut")} == {"novo-nordisk"}
    ex = run("Shares in Vexa Pharma fell after the Norwegian company, which employs 900 people, closed a plant.")
    assert {s for s, p, _ in facts(ex) if p in ("employ", "close")} == {"vexa-pharma"}
    # a modifier that makes a new one still does
    ex = run("Vexa and Lumora agreed to merge. The combined group, which will employ 9,000 people, will be based in Oslo.")
    assert {s for s, p, _ in facts(ex) if p == "located_in"} == {"The combined group"}


def modality(ex, pred):
    return {s.modality.value for s in ex.statements if s.predicate == pred}


@pytest.mark.model
def test_a_verb_after_and_the_tagger_calls_a_noun_with_an_object_of_its_own(run):
    ex = run("Birmingham City Council will sell off the art collection and cut funding for libraries, John Cotton said.")
    assert ("birmingham-city-council", "cut", "funding for libraries") in facts(ex)
    ex = run("Vexa Shipping will close two depots and cut pay for drivers, its chief executive said.")
    assert ("vexa-shipping", "cut", "pay for drivers") in facts(ex)


@pytest.mark.model
def test_a_bare_conjunct_shares_the_modal_of_the_verb_before_it(run):
    ex = run("Lumo Energy will raise prices and cut staff numbers.")
    assert modality(ex, "cut") == {"Hypothetical"}
    ex = run("Norvik will sell the plant and freeze hiring.")
    assert modality(ex, "freeze") == {"Hypothetical"}
    # a conjunct with a subject of its own has its own tense
    ex = run("Norvik will sell the plant, and Vexa bought the depot.")
    assert modality(ex, "buy") == {"Asserted"}


@pytest.mark.model
def test_how_or_why_something_happened_takes_that_it_did(run):
    ex = run("NASA will examine why Boeing missed the deadline.")
    assert modality(ex, "miss") == {"Asserted"}
    ex = run("Vexa will study how Lumora lost its licence.")
    assert modality(ex, "lose") == {"Asserted"}
    # what would happen, or whether it did, is open
    ex = run("Vexa will decide whether Lumora breached the contract.")
    assert modality(ex, "breach") <= {"Hypothetical"}
