"""Relations of the ninth batch (issue 9, class "no statement between subject and object although both entities
were found"): a subject noun with a phrase of time after it that the parser reads as a clause of time, leaving the
noun the root of a sentence with no verb ("India's delivery of rice after the storm angered China": the delivery
angered China, not the storm; "Japan's donation to Haiti after the floods was praised by the UN": the donation was
praised); an object after a phrase set off by commas right after its verb, read as an apposition ("reached, after a
long meeting with mediators, a deal with Ryanair"); the agent of a nominalisation in a "by" phrase hung on the verb
("welcomed the sale by Shell of its stake"); the subject of a clause of time read as the object of "after", with
or without a participle set off by commas ("Oil rose after Iran, defying a warning, seized a tanker", "shares fell
after a court in Oslo fined the company").
tests/data/relations/beats9.json holds 59 sentences of our own in diplomacy, war, business, courts, labour, central
banks, sport, health, science, disasters, crime and technology (nominal subjects, dates and phrases inside reported
clauses, clauses after "as", "after" and "while", objects of nominalisations, objects after a long phrase, "X,
which ..., did", purpose infinitives, fronted adverbials), with 73 expected statements and 104 traps, written before
the builder ran on them (first run: 63 found, 5 traps hit; 66 and none once eight patterns' slips of form were
fixed; 69 with the repairs here)."""
from __future__ import annotations

from pathlib import Path

import pytest

from clausehelp import facts, score_cases

pytestmark = pytest.mark.model

BEATS9 = Path(__file__).resolve().parent / "data" / "relations" / "beats9.json"


def test_a_subject_noun_before_a_time_phrase_read_as_a_clause_is_the_verbs_subject(run):
    ex = run("Norway's purchase of gas turbines after the blackout worried Sweden.")
    assert {s for s, p, o in facts(ex, "worry")} == {"Norway's purchase of gas turbines"}
    ex = run("The donation of Greek vaccines to Albania after the earthquake was welcomed by UNICEF.")
    assert {o for s, p, o in facts(ex, "welcome")} == {"The donation of Greek vaccines to Albania"}
    ex = run("Canada's refusal to deport the activist after the hearing angered Beijing.")
    assert [(s.polarity.name, s.modality.name) for s in ex.statements if s.predicate == "anger"] == [
        ("POSITIVE", "ASSERTED")]
    assert {s for s, p, o in facts(ex, "anger")} == {"Canada's refusal to deport the activist"}


def test_a_subject_noun_before_a_time_phrase_in_what_is_said(run):
    ex = run("India's delivery of rice after the storm angered China, officials said.")
    assert [(s.subject.text, s.polarity.name, s.modality.name) for s in ex.statements if s.predicate == "anger"] == [
        ("India's delivery of rice", "POSITIVE", "REPORTED")]
    ex = run("Chile's expulsion of the envoy after the vote angered Peru, diplomats said.")
    assert {s for s, p, o in facts(ex, "anger")} == {"Chile's expulsion of the envoy"}


def test_a_headline_s_clause_of_time_keeps_its_subject(run):
    ex = run("Protests in Lagos after the police shot a student")    # no full stop, a bare noun: a true clause
    assert not [s for s, p, o in facts(ex) if p == "shoot" and s != "the police"]


def test_an_object_after_a_phrase_set_off_by_commas_is_the_verbs(run):
    ex = run("The pilots' union signed, after a week of talks with the mediators, a new contract with Lufthansa.")
    assert {(s, o) for s, p, o in facts(ex) if p in ("sign", "sign_with")} >= {
        ("The pilots' union", "a new contract with Lufthansa"), ("The pilots' union", "lufthansa")}
    assert not [s for s, p, o in facts(ex) if p == "be"]    # (no "the mediators are a new contract")
    ex = run("Norway ordered, after two years of trials, four frigates from Babcock.")
    assert ("norway", "order", "four frigates from Babcock") in facts(ex)


def test_a_person_after_a_phrase_set_off_by_commas_names_its_noun(run):
    ex = run("Benfica won, under their new manager, a former defender.")
    assert not [o for s, p, o in facts(ex) if p == "win"]


def test_the_agent_of_a_nominalisation_the_parser_hangs_on_the_verb(run):
    ex = run("Analysts praised the takeover by Vexa of the Polish refiner Lotos.")
    assert ("vexa", "take_over", "the Polish refiner Lotos") in facts(ex)
    ex = run("Regulators approved the purchase by Orlen of a stake in the Gdansk refinery.")
    assert ("orlen", "purchase", "a stake in the Gdansk refinery") in facts(ex)
    ex = run("The court blocked the sale by auction of the painting by Monet.")     # a means, no agent
    assert not [s for s, p, o in facts(ex) if p in ("sell", "sell_to")]


def test_the_subject_of_a_time_clause_with_an_aside_read_as_the_time_word_s_object(run):
    ex = run("Gas prices jumped after Algeria, citing a technical fault, halted exports to Spain.")
    assert {s for s, p, o in facts(ex) if p in ("halt", "cite")} == {"algeria"}
    assert not [o for s, p, o in facts(ex) if p.startswith("jump")]     # (no "prices | jump after | Algeria")
    ex = run("Talks broke down after Vexa, rejecting the union's demands, closed the plant in Gdansk.")
    assert {s for s, p, o in facts(ex) if p in ("close", "reject")} == {"vexa"}


def test_the_subject_of_a_time_clause_read_as_the_time_word_s_object(run):
    ex = run("Vexa's bonds slumped after a judge in Lisbon froze the company's accounts.")
    assert ("a judge in Lisbon", "freeze", "the company's accounts") in facts(ex)
    assert not [o for s, p, o in facts(ex) if p.startswith("slump")]    # (no "bonds | slump after | a judge")
    ex = run("Orlen said the refinery had been shut after a blaze in a tank near Gdansk injured three workers.")
    assert ("a blaze in a tank near Gdansk", "injure", "three workers") in facts(ex)
    assert not [o for s, p, o in facts(ex) if p == "say" and o.startswith("injured")]


def test_the_ninth_batch(run):
    """The builder on tests/data/relations/beats9.json: 66 of 73 found on main (patterns fixed), 69 here, no trap."""
    found, _, wrong = score_cases(run, BEATS9)
    assert found >= 69
    assert not wrong
