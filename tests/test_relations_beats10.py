"""Relations of the tenth batch (statements missed entirely on unseen news: no statement for the subject, the
argument not found, or another predicate): light verbs whose noun is followed by an ordinal in apposition ("made a
visit to Ghana, the first by an Indian leader"); a light verb's "to" phrase that the parser hangs on the verb
("gave approval to a new drug": approve the drug); a subject with an aside of its own, which the parser hangs
on the object of an opening phrase ("Under pressure from Washington, Panama's president, Jose Raul Mulino, pulled");
the recipient of a verb of giving hung on the noun of a phrase on the thing given ("sold its stake in a project to X");
"placed an order for X" (order X); a count of the things a light verb's noun is on or for ("an attack on three towns").
tests/data/relations/beats10.json holds 66 sentences of our own (light verbs and nominal predicates, particle and
preposition verbs, refusals and silences with nominal objects, subjects far from the verb, passives with agents,
control verbs, quotes attributed after, headlines and wire style), with 74 expected statements and 114 traps, written
before the builder ran on them (first run on main 84bdfcc: 64 found, 1 trap hit, a slip of the trap's pattern; 70 and
no trap with the rules here)."""
from __future__ import annotations

from pathlib import Path

import pytest

from clausehelp import facts, score_cases

pytestmark = pytest.mark.model

BEATS10 = Path(__file__).resolve().parent / "data" / "relations" / "beats10.json"


def test_a_light_verb_s_noun_with_an_ordinal_in_apposition(run):
    ex = run("Chinese Premier Li Qiang made a three-day visit to Australia last month, the first by a Chinese premier "
             "in seven years.")
    assert ("li-qiang", "visit", "australia") in facts(ex)
    ex = run("Emmanuel Macron paid a visit to Algeria last year, the first by a French president since 2017.")
    assert ("emmanuel-macron", "visit", "algeria") in facts(ex)
    ex = run("Vexa Motors took 54 percent of the market, the first time in years.")
    assert not [p for s, p, o in facts(ex) if p.startswith("take_")]      # a quantity is still the object


def test_a_light_verb_s_to_phrase_is_the_noun_s_object(run):
    ex = run("The FDA gave approval to Pfizer's vaccine.")
    assert {(s, o) for s, p, o in facts(ex, "approve")} == {("food-and-drug-administration", "Pfizer's vaccine")}
    ex = run("Japan gave its backing to the proposal for a new fund.")
    assert {(s, o) for s, p, o in facts(ex, "back")} == {("japan", "the proposal for a new fund")}
    ex = run("Hamas gave a statement to reporters.")     # a statement is not stated to anyone as its object
    assert not [p for s, p, o in facts(ex) if p.startswith("state")]


def test_a_subject_with_an_aside_after_an_opening_phrase(run):
    ex = run("After weeks of protests in Belgrade, Serbia's prime minister, Milos Vucevic, sacked the interior "
             "minister.")
    assert {(s, o) for s, p, o in facts(ex, "sack")} == {("milos-vucevic", "the interior minister")}
    ex = run("According to Der Spiegel, Siemens, the German engineering group, will close two plants in Saxony.")
    assert {(s, o) for s, p, o in facts(ex, "close")} == {("siemens", "two plants")}
    ex = run("After talks in Doha, the capital of Qatar, Hamas released two hostages.")    # the subject is its own
    assert {s for s, p, o in facts(ex, "release")} == {"hamas"}


def test_the_recipient_after_a_phrase_on_the_thing_given(run):
    ex = run("Chevron sold its stake in a Canadian oil sands project to Canadian Natural Resources.")
    assert ("chevron", "sell_to", "canadian-natural-resources") in facts(ex)
    ex = run("Shell sold its shares in the pipeline to Tbilisi.")    # where the pipeline goes, no recipient
    assert not facts(ex, "sell_to")


def test_an_order_placed_and_a_count_after_a_light_verb_s_noun(run):
    ex = run("Qatar Airways placed an order for 160 jets from Boeing.")
    assert {(s, o) for s, p, o in facts(ex, "order")} == {("qatar-airways", "160 jets from Boeing")}
    ex = run("Hezbollah launched an attack on three Israeli towns.")
    assert {(s, o) for s, p, o in facts(ex, "attack")} == {("hezbollah", "three Israeli towns")}
    ex = run("Vexa made a bid of 80 million euros for Lotos.")    # a sum: the bid's amount, no counterpart
    assert not [p for s, p, o in facts(ex) if p.startswith("bid")]
    ex = run("The army placed the region under curfew.")     # no light verb but with an order
    assert not [p for s, p, o in facts(ex) if p != "place"]


def test_the_tenth_batch(run):
    """The builder on tests/data/relations/beats10.json: 64 of 74 found on main, 70 here, no trap."""
    found, _, wrong = score_cases(run, BEATS10)
    assert found >= 70
    assert not wrong
