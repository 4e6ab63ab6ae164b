"""Other relations and coordination in news beats the wire set does not cover (issue 9): business, court, sport,
science and health, local news and obituaries. Rule tests on parses written out by hand for sentences of our own;
tests/data/relations/beats.json holds 79 sentences of our own (61 with nominalisations, light verbs, datives,
particles, relatives, infinitive chains, shared objects, "neither ... nor", "rather than"; 18 traps), with the
statements they must and must not yield, written before the builder ran on them. By the contract a people or unit
of a state that acts is the state ("Romanian officials declared", "French troops withdrew"): the traps name no
such subject as wrong."""
from __future__ import annotations

from pathlib import Path

import pytest

from clausehelp import make_doc, score_cases, tuples
from kg.extract.arguments import conjuncts

BEATS = Path(__file__).resolve().parent / "data" / "relations" / "beats.json"

# "The board chose Lind rather than Moss to run the firm ." : Moss was not chosen
RATHER = """
The the DET DT det 1
board board NOUN NN nsubj 2
chose choose VERB VBD ROOT 2
Lind Lind PROPN NNP dobj 2
rather rather ADV RB advmod 5
than than ADP IN cc 3
Moss Moss PROPN NNP conj 3
to to PART TO aux 8
run run VERB VB xcomp 2
the the DET DT det 10
firm firm NOUN NN dobj 8
. . PUNCT . punct 2
"""

# "The court fined Vexa but not Orlen ." and "Vexa , and not Orlen , won ."
BUT_NOT = """
The the DET DT det 1
court court NOUN NN nsubj 2
fined fine VERB VBD ROOT 2
Vexa Vexa PROPN NNP dobj 2
but but CCONJ CC cc 3
not not PART RB neg 3
Orlen Orlen PROPN NNP conj 3
. . PUNCT . punct 2
"""
AND_NOT = """
Vexa Vexa PROPN NNP nsubj 7
, , PUNCT , punct 0
and and CCONJ CC cc 0
not not PART RB neg 5
the the DET DT det 5
union union NOUN NN conj 0
, , PUNCT , punct 5
won win VERB VBD ROOT 7
. . PUNCT . punct 7
"""
# "Vexa and Orlen won ." : a coordination as before
AND = """
Vexa Vexa PROPN NNP nsubj 3
and and CCONJ CC cc 0
Orlen Orlen PROPN NNP conj 0
won win VERB VBD ROOT 3
. . PUNCT . punct 3
"""


def test_a_member_after_rather_than_is_set_against_the_first_not_added():
    doc = make_doc(RATHER)
    assert [t.text for t in conjuncts(doc[3])] == ["Lind"]
    got = {(p, s, o) for p, s, o, _, _ in tuples(doc)}
    assert ("choose", "The board", "Lind") in got
    assert not [t for t in got if "Moss" in (t[1] or "") or t[2] == "Moss"]


@pytest.mark.parametrize("spec,first,others", [(BUT_NOT, 3, []), (AND_NOT, 0, []), (AND, 0, ["Orlen"])])
def test_a_member_after_not_is_no_conjunct(spec, first, others):
    doc = make_doc(spec)
    assert [t.text for t in conjuncts(doc[first])][1:] == others


# "Vexa struck a deal with the government ." and "Vexa signed the deal with a gold pen ."
DEAL = """
Vexa Vexa PROPN NNP nsubj 1
{verb} {lemma} VERB VBD ROOT 1
a a DET DT det 3
deal deal NOUN NN dobj 1
with with ADP IN prep 3
the the DET DT det 7
{adj} {adj} ADJ JJ amod 7
{noun} {noun} NOUN NN pobj 4
. . PUNCT . punct 1
"""


def partners_of(verb: str, lemma: str, adj: str, noun: str) -> set[tuple]:
    doc = make_doc(DEAL.format(verb=verb, lemma=lemma, adj=adj, noun=noun), ents=["B-ORG"] + ["O"] * 8)
    return {(p, s, o) for p, s, o, _, _ in tuples(doc) if p.endswith("_with")}


def test_a_body_named_by_a_common_noun_is_a_partner_of_a_deal():
    assert partners_of("struck", "strike", "Mexican", "government") == {("agree_with", "Vexa", "the Mexican government")}
    assert partners_of("signed", "sign", "local", "union") == {("sign_with", "Vexa", "the local union")}


def test_a_thing_a_deal_is_signed_with_is_no_partner():
    assert partners_of("signed", "sign", "gold", "pen") == set()


@pytest.mark.model
def test_a_nationality_before_a_firm_or_before_people_acted_on_is_not_the_state(run):
    ex = run("Mali's junta expelled French troops in 2022. Lindqvist Bank made an offer for the Estonian lender. "
             "Hungarian police arrested Romanian officials at the border.")
    states = {e.key for e in ex.entities if e.type.value == "GeopoliticalEntity"} | {"france", "estonia", "romania"}
    assert not [s for s in ex.statements if s.object.entity in states and s.predicate in ("expel", "offer_for", "arrest")]


@pytest.mark.model
def test_a_state_acts_through_its_people_and_its_organs(run):
    ex = run("Romanian officials declared an epidemic. Shell signed an agreement with the Nigerian government.")
    assert {(s.subject.entity, s.predicate, s.object.text) for s in ex.statements} >= {
        ("romania", "declare", "an epidemic"), ("shell", "sign_with", "the Nigerian government")}


@pytest.mark.model
def test_the_beats_sentences_yield_no_wrong_edge_and_most_expected_statements(run):
    """The builder on tests/data/relations/beats.json: none of the statements written as wrong, and at least the count
    of expected ones found when this test was written."""
    found, _, wrong = score_cases(run, BEATS)
    assert wrong == []
    assert found >= 78


def test_expelled_troops_are_a_withdrawal_not_a_deportation():
    from kg.extract.eventcues import expulsion_code
    assert expulsion_code("174", None, "troop") == "166"
    assert expulsion_code("174", None, "journalist") == "174"
    assert expulsion_code("174", "GeopoliticalEntity") == "166"
