"""Coordinated actors, passive participles and contrasted names (issue 9, classes "coordination" and "other
relations"): a plural description with the names it stands for ("Mining giants BHP and Anglo American ended"), a
participle with its particle ("a plan put forward by Vexa"), and a name set against another ("Vexa, not Orlen,
signed"). Rule tests on parses written out by hand for sentences of our own; tests/data/relations/beats3.json
holds 88 sentences of our own (21 traps), with the statements they must and must not yield, written before the
builder ran on them."""
from __future__ import annotations

from pathlib import Path

import pytest

from clausehelp import make_doc, score_cases, tuples

BEATS3 = Path(__file__).resolve().parent / "data" / "relations" / "beats3.json"

# "Mining giants Vexa and Orlen ended their talks ." (the tagger read "giants" as a verb, still the subject)
GIANTS = """
Mining mining NOUN NN compound 1
giants giant {pos} {tag} nsubj 6
Vexa Vexa PROPN NNP appos 1
and and CCONJ CC cc 2
Lumo Lumo PROPN NNP compound 5
Orlen Orlen PROPN NNP conj 2
ended end VERB VBD ROOT 6
their their PRON PRP$ poss 8
talks talk NOUN NNS dobj 6
. . PUNCT . punct 6
"""
GIANTS_ENTS = ["O", "O", "B-ORG", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"]


@pytest.mark.parametrize("pos,tag", [("NOUN", "NNS"), ("VERB", "VBZ")])
def test_a_plural_description_stands_for_the_names_listed_right_after_it(pos, tag):
    doc = make_doc(GIANTS.format(pos=pos, tag=tag), ents=GIANTS_ENTS)
    got = {(p, s, o) for p, s, o, _, _ in tuples(doc) if p == "end"}
    assert got == {("end", "Vexa", "their talks"), ("end", "Lumo Orlen", "their talks")}


def test_a_plural_description_with_one_name_after_it_stays_the_subject():
    # "Mining giants Vexa ended their talks ." : no list, the parse's subject as before
    spec = GIANTS.format(pos="NOUN", tag="NNS").replace("and and CCONJ CC cc 2", "plc plc PROPN NNP appos 1") \
        .replace("Lumo Lumo PROPN NNP compound 5", "said say VERB VBD parataxis 6") \
        .replace("Orlen Orlen PROPN NNP conj 2", "today today NOUN NN npadvmod 6")
    doc = make_doc(spec, ents=["O", "O", "B-ORG"] + ["O"] * 7)
    assert {s for p, s, _, _, _ in tuples(doc) if p == "end"} == {"Mining giants"}


# "A plan put forward by Vexa was rejected ." : the adverb right after the participle is its particle
PUT_FORWARD = """
A a DET DT det 1
plan plan NOUN NN nsubjpass 7
put put VERB VBN acl 1
forward forward ADV RB advmod 2
by by ADP IN agent 2
Vexa Vexa PROPN NNP pobj 4
was be AUX VBD auxpass 7
rejected reject VERB VBN ROOT 7
. . PUNCT . punct 7
"""


def test_a_participle_keeps_its_particle_forward():
    doc = make_doc(PUT_FORWARD, ents=["O"] * 5 + ["B-ORG", "O", "O", "O"])
    assert ("put_forward", "Vexa", "A plan") in {(p, s, o) for p, s, o, _, _ in tuples(doc)}


# "Vexa , not Orlen , signed the contract ." : Orlen set against Vexa, neither its name nor a signer
NOT_APPOS = """
Vexa Vexa PROPN NNP nsubj 5
, , PUNCT , punct 0
not not PART RB neg 0
Orlen Orlen PROPN NNP appos 0
, , PUNCT , punct 0
signed sign VERB VBD ROOT 5
the the DET DT det 7
contract contract NOUN NN dobj 5
. . PUNCT . punct 5
"""


def test_a_name_after_not_is_no_apposition_of_the_first():
    doc = make_doc(NOT_APPOS, ents=["B-ORG", "O", "O", "B-ORG", "O", "O", "O", "O", "O"])
    got = {(p, s, o) for p, s, o, _, _ in tuples(doc)}
    assert ("sign", "Vexa", "the contract") in got
    assert not [g for g in got if "Orlen" in (g[1] or "") + (g[2] or "") or g[0] == "be"]


@pytest.mark.model
def test_a_name_set_against_the_subject_is_not_the_actor(run):
    ex = run("Kenya, not Uganda, will host the final. Lindqvist Bank, not Orlen, signed the contract.")
    assert not [s for s in ex.statements if "uganda" in (s.subject.entity or "") or "orlen" in (s.subject.entity or "")
                or s.predicate == "be"]


@pytest.mark.model
def test_the_third_batch_yields_few_wrong_edges_and_most_expected_statements(run):
    """The builder on tests/data/relations/beats3.json: at most the wrong edges and at least the expected statements
    counted when this test was written (the one wrong edge left is a cleft the parser reads as one name: "It was
    Jansen, not De Vries, who signed")."""
    found, _, wrong = score_cases(run, BEATS3)
    assert len(wrong) <= 1
    assert found >= 90


# "Vexa took part in the auction ." with "in" hung on the verb, and "Vexa took part in Oslo ."
TOOK_PART = """
Vexa Vexa PROPN NNP nsubj 1
took take VERB VBD ROOT 1
part part NOUN NN dobj 1
in in ADP IN prep 1
{words}
. . PUNCT . punct 1
"""
AUCTION = "the the DET DT det 5\nauction auction NOUN NN pobj 3"
OSLO = "Oslo Oslo PROPN NNP pobj 3"


def test_taking_part_in_something_is_participating_in_it():
    doc = make_doc(TOOK_PART.format(words=AUCTION), ents=["B-ORG"] + ["O"] * 6)
    assert ("participate_in", "Vexa", "the auction") in {(p, s, o) for p, s, o, _, _ in tuples(doc)}


def test_taking_part_in_a_place_says_where():
    doc = make_doc(TOOK_PART.format(words=OSLO), ents=["B-ORG", "O", "O", "O", "B-GPE", "O"])
    assert not [p for p, _, _, _, _ in tuples(doc) if p.startswith("participate")]


@pytest.mark.model
def test_a_plural_object_is_no_set_its_own_clauses_subject_is_in(run):
    # "Ineos met the leaders of both unions": Ineos is none of the unions it met, so the pair that holds it is wrong
    ex = run("Unite and the GMB called the strike at the Grangemouth refinery. The plant's owner, Ineos, met the "
             "leaders of both unions on Friday.")
    met = [s for s in ex.statements if s.predicate == "meet"]
    assert met and not [s for s in met if s.subject.entity in s.object.involves]
    ex = run("The FNV and the CNV called the strike at the port. Minister Lisa Berg met the leaders of both unions "
             "on Friday.")
    assert {s.object.involves for s in ex.statements if s.predicate == "meet"} == {("fnv", "cnv")}


# "The blockades were organised by Vexa , the union , and Orlen ." with "union" hung on "blockades" across the verb
ACROSS = """
The the DET DT det 1
blockades blockade NOUN NNS nsubjpass 3
were be AUX VBD auxpass 3
organised organise VERB VBN ROOT 3
by by ADP IN agent 3
Vexa Vexa PROPN NNP pobj 4
, , PUNCT , punct 3
the the DET DT det 8
union union NOUN NN appos 1
, , PUNCT , punct 8
and and CCONJ CC cc 8
Orlen Orlen PROPN NNP conj 8
. . PUNCT . punct 3
"""


def test_an_apposition_across_the_verb_is_no_list_the_subject_stands_for():
    doc = make_doc(ACROSS, ents=["O"] * 5 + ["B-ORG"] + ["O"] * 5 + ["B-ORG", "O"])
    got = {(p, s, o) for p, s, o, _, _ in tuples(doc)}
    assert ("organise", "Vexa", "The blockades") in got
    assert not [g for g in got if g[2] in ("the union", "Orlen") or g[0] == "be"]
