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


# "Vexa paid Orlen 2 million euros ." : the first of two objects of a verb of giving gets the second
DATIVE = """
Vexa Vexa PROPN NNP nsubj 1
{verb} {lemma} VERB VBD ROOT 1
Orlen Orlen PROPN NNP dative 1
{w1} {l1} {p1} {t1} {d1} 5
{w2} {l2} {p2} {t2} {d2} 5
{w3} {l3} NOUN {t3} dobj 1
. . PUNCT . punct 1
"""
MONEY = dict(w1=2, l1=2, p1="NUM", t1="CD", d1="compound", w2="million", l2="million", p2="NUM", t2="CD",
             d2="nummod", w3="euros", l3="euro", t3="NNS")
VISIT = dict(w1="a", l1="a", p1="DET", t1="DT", d1="det", w2="short", l2="short", p2="ADJ", t2="JJ", d2="amod",
             w3="visit", l3="visit", t3="NN")
MAJORITY = dict(VISIT, w3="majority", l3="majority")


def given_to(verb: str, lemma: str, given: dict) -> set[tuple]:
    money = given is MONEY
    ents = ["B-ORG", "O", "B-ORG"] + (["B-MONEY"] + ["I-MONEY"] * 2 if money else ["O"] * 3) + ["O"]
    doc = make_doc(DATIVE.format(verb=verb, lemma=lemma, **given), ents=ents)
    return {(p, s, o) for p, s, o, _, _ in tuples(doc) if p.endswith("_to")}


@pytest.mark.parametrize("verb,lemma", [("paid", "pay"), ("lent", "lend"), ("gave", "give")])
def test_the_first_of_two_objects_of_a_verb_of_giving_is_its_recipient(verb, lemma):
    assert given_to(verb, lemma, MONEY) == {(f"{lemma}_to", "Vexa", "Orlen")}


def test_an_act_or_an_outcome_given_is_no_gift():
    assert given_to("paid", "pay", VISIT) == set()      # "paid Orlen a short visit": a visit
    assert given_to("gave", "give", MAJORITY) == set()  # "gave Orlen a short majority"
    assert given_to("sent", "send", MAJORITY) == {("send_to", "Vexa", "Orlen")}


# "Vexa condemned but did not expel the envoy ." : the object after the second verb is the first's too
SHARED = """
Vexa Vexa PROPN NNP nsubj 1
condemned condemn VERB VBD ROOT 1
but but CCONJ CC cc 1
did do AUX VBD aux 5
not not PART RB neg 5
expel expel VERB VB conj 1
the the DET DT det 7
envoy envoy NOUN NN dobj 5
. . PUNCT . punct 1
"""


def test_an_object_after_a_negated_second_verb_is_the_first_verbs_too():
    got = {(p, s, o, pol) for p, s, o, pol, _ in tuples(make_doc(SHARED))}
    assert {("condemn", "Vexa", "the envoy", "Positive"), ("expel", "Vexa", "the envoy", "Negative")} <= got


# "The talks between Vexa and Orlen ended ." and "The planned talks between Vexa and Orlen ended ."
BETWEEN = """
The the DET DT det {noun}
{adj}
talks talk NOUN NNS nsubj {verb}
between between ADP IN prep {noun}
Vexa Vexa PROPN NNP pobj {prep}
and and CCONJ CC cc {vexa}
Orlen Orlen PROPN NNP conj {vexa}
ended end VERB VBD ROOT {verb}
. . PUNCT . punct {verb}
"""


def talks(planned: bool) -> set[tuple]:
    k = 1 if planned else 0
    adj = f"planned plan VERB VBN amod {1 + k}" if planned else ""
    spec = "\n".join(line for line in BETWEEN.format(noun=1 + k, verb=6 + k, prep=2 + k, vexa=3 + k, adj=adj)
                     .splitlines() if line.strip())
    ents = ["O"] * (3 + k) + ["B-ORG", "O", "B-ORG", "O", "O"]
    return {t for t in tuples(make_doc(spec, ents=ents)) if t[0] == "negotiate_with"}


def test_the_parties_of_talks_between_them_negotiate_with_each_other():
    assert talks(False) == {("negotiate_with", "Vexa", "Orlen", "Positive", "Asserted"),
                            ("negotiate_with", "Orlen", "Vexa", "Positive", "Asserted")}
    assert {t[4] for t in talks(True)} == {"Hypothetical"}


# "Vexa 's attack on Orlen failed ."
ATTACK = """
Vexa Vexa PROPN NNP poss 2
's 's PART POS case 0
{noun} {noun} NOUN NN nsubj 5
{prep} {prep} ADP IN prep 2
Orlen Orlen PROPN NNP pobj 3
failed fail VERB VBD ROOT 5
. . PUNCT . punct 5
"""


def test_a_nominalisation_aimed_on_its_target_relates_the_possessor_to_it():
    got = {(p, s, o) for p, s, o, _, _ in tuples(make_doc(ATTACK.format(noun="attack", prep="on")))}
    assert ("attack", "Vexa", "Orlen") in got
    assert not [t for t in tuples(make_doc(ATTACK.format(noun="recognition", prep="on"))) if t[0] == "recognize"]


# "The meeting between Vexa and Orlen was cancelled ." / "... did not take place ."
HELD = """
The the DET DT det 1
meeting meeting NOUN NN {subj} {verb}
between between ADP IN prep 1
Vexa Vexa PROPN NNP pobj 2
and and CCONJ CC cc 3
Orlen Orlen PROPN NNP conj 3
{rest}
"""
CANCELLED = "was be AUX VBD auxpass 7\ncancelled cancel VERB VBN ROOT 7\n. . PUNCT . punct 7"
NOT_HELD = "did do AUX VBD aux 8\nnot not PART RB neg 8\ntake take VERB VB ROOT 8\nplace place NOUN NN dobj 8\n. . PUNCT . punct 8"


@pytest.mark.parametrize("subj,verb,rest", [("nsubjpass", 7, CANCELLED), ("nsubj", 8, NOT_HELD)])
def test_talks_called_off_or_not_held_are_negative(subj, verb, rest):
    spec = HELD.format(subj=subj, verb=verb, rest=rest)
    ents = ["O", "O", "O", "B-ORG", "O", "B-ORG"] + ["O"] * (len(rest.splitlines()))
    got = {t for t in tuples(make_doc(spec, ents=ents)) if t[0] == "meet_with"}
    assert got and {t[3] for t in got} == {"Negative"}


BEATS2 = BEATS.with_name("beats2.json")


@pytest.mark.model
def test_the_second_beats_set_yields_the_expected_statements(run):
    """tests/data/relations/beats2.json (27 sentences of our own on this file's rules, written before the builder ran):
    one wrong edge is left, a relative clause the parser hangs on a place ("the prosecutor's office in Milan, which has
    been investigating Eni": investigate(Milan, Eni))."""
    found, _, wrong = score_cases(run, BEATS2)
    assert len(wrong) <= 1 and found >= 20


@pytest.mark.model
def test_a_places_council_and_the_government_of_islands_act_for_the_place(run):
    ex = run("Leeds city council voted on Tuesday to close two libraries. The government of the Balearic Islands asked "
             "Madrid for help.")
    got = {(s.subject.entity, s.predicate, s.object.entity) for s in ex.statements}
    assert ("leeds", "close", None) in got and ("balearic-islands", "ask", "madrid") in got
