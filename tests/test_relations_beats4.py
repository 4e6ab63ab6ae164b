"""Passives that keep an object, verbs of penalty, and name particles (issue 9, class "other relations"):
"Air India was fined 3 million rupees by the regulator" states fine(the regulator, Air India), not that Air India
fined anything; "Ofcom fined Vodafone £1 million" fines Vodafone; "do" of "Rio Grande do Sul" is no verb. Rule tests on
parses written out by hand for sentences of our own; tests/data/relations/beats4.json holds 89 sentences of our own
in beats and styles the earlier batches do not have (farming, shipping, education, housing, mining, aviation
safety, religion, the arts, retail, telecoms, migration, water, railways, local government, science funding;
briefings, translated press, long wire sentences), with 112 expected statements and 107 traps, written before the
builder ran on them."""
from __future__ import annotations

from pathlib import Path

import pytest

from clausehelp import make_doc, score_cases, tuples

BEATS4 = Path(__file__).resolve().parent / "data" / "relations" / "beats4.json"

# "Vexa was fined 3 million euros by the Lumo Authority ." with "by" hung on the sum (as the parser does)
FINED_SUM = """
Vexa Vexa PROPN NNP nsubjpass 2
was be AUX VBD auxpass 2
fined fine VERB VBN ROOT 2
3 3 NUM CD compound 4
million million NUM CD nummod 5
euros euro NOUN NNS dobj 2
by by ADP IN prep 5
the the DET DT det 9
Lumo Lumo PROPN NNP compound 9
Authority Authority PROPN NNP pobj 6
. . PUNCT . punct 2
"""
FINED_SUM_ENTS = ["B-ORG", "O", "O", "B-CARDINAL", "I-CARDINAL", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]

# "The club was fined 50,000 pounds by the Lumo Association ." with "by" an agent of the verb
FINED_AGENT = """
The the DET DT det 1
club club NOUN NN nsubjpass 3
was be AUX VBD auxpass 3
fined fine VERB VBN ROOT 3
50,000 50,000 NUM CD nummod 5
pounds pound NOUN NNS dobj 3
by by ADP IN agent 3
the the DET DT det 9
Lumo Lumo PROPN NNP compound 9
Association Association PROPN NNP pobj 6
. . PUNCT . punct 3
"""
FINED_AGENT_ENTS = ["O", "O", "O", "O", "B-MONEY", "I-MONEY", "O", "B-ORG", "I-ORG", "I-ORG", "O"]


def test_a_passive_that_keeps_its_object_is_stated_as_its_agents_act():
    got = {(p, s, o) for p, s, o, _, _ in tuples(make_doc(FINED_SUM, ents=FINED_SUM_ENTS)) if p == "fine"}
    assert got == {("fine", "the Lumo Authority", "Vexa")}
    got = {(p, s, o) for p, s, o, _, _ in tuples(make_doc(FINED_AGENT, ents=FINED_AGENT_ENTS)) if p == "fine"}
    assert got == {("fine", "the Lumo Association", "The club")}


def test_open_ie_keeps_the_passive_reading_as_written():
    got = {(p, s) for p, s, _, _, _ in tuples(make_doc(FINED_SUM, ents=FINED_SUM_ENTS), openie=True)}
    assert ("fine", "Vexa") in got and ("fine", "the Lumo Authority") not in got


# "Vexa was sold 20 engines by Orlen ."
SOLD = """
Vexa Vexa PROPN NNP nsubjpass 2
was be AUX VBD auxpass 2
sold sell VERB VBN ROOT 2
20 20 NUM CD nummod 4
engines engine NOUN NNS dobj 2
by by ADP IN agent 2
Orlen Orlen PROPN NNP pobj 5
. . PUNCT . punct 2
"""


def test_the_subject_of_a_passive_verb_of_giving_is_who_got_the_object():
    got = {(p, s, o) for p, s, o, _, _ in tuples(make_doc(SOLD, ents=["B-ORG"] + ["O"] * 5 + ["B-ORG", "O"]))}
    assert ("sell_to", "Orlen", "Vexa") in got and ("sell", "Orlen", "20 engines") in got
    assert not [t for t in got if t[1] == "Vexa"]


# "Vexa was given a deadline by the end of the year ."
DEADLINE = """
Vexa Vexa PROPN NNP nsubjpass 2
was be AUX VBD auxpass 2
given give VERB VBN ROOT 2
a a DET DT det 4
deadline deadline NOUN NN dobj 2
by by ADP IN prep 4
the the DET DT det 7
end end NOUN NN pobj 5
of of ADP IN prep 7
the the DET DT det 10
year year NOUN NN pobj 8
. . PUNCT . punct 2
"""


def test_a_time_after_by_is_no_agent():
    got = tuples(make_doc(DEADLINE, ents=["B-ORG"] + ["O"] * 11))
    assert not [t for t in got if t[1] and "end" in t[1]]


# "Lumo fined Vexa £ 1 million ." with the payer read as a dative (the parser's other reading gives two objects)
FINED_DATIVE = """
Lumo Lumo PROPN NNP nsubj 1
fined fine VERB VBD ROOT 1
Vexa Vexa PROPN NNP dative 1
£ £ SYM $ quantmod 5
1 1 NUM CD compound 5
million million NUM CD dobj 1
. . PUNCT . punct 1
"""


def test_the_first_object_of_a_verb_of_penalty_is_who_pays():
    ents = ["B-ORG", "O", "B-ORG", "B-MONEY", "I-MONEY", "I-MONEY", "O"]
    got = {(p, s, o) for p, s, o, _, _ in tuples(make_doc(FINED_DATIVE, ents=ents))}
    assert ("fine", "Lumo", "Vexa") in got
    assert not [t for t in got if t[0] == "fine" and t[2] != "Vexa"]
    paid = make_doc(FINED_DATIVE.replace("fined fine", "paid pay"), ents=ents)     # a verb of giving: a recipient
    assert ("pay_to", "Lumo", "Vexa") in {(p, s, o) for p, s, o, _, _ in tuples(paid)}


# "Lumera , based in São José dos Campos , delivered a jet ." with "dos" read as the sentence's verb
PARTICLE = """
Lumera Lumera PROPN NNP nsubj 6
, , PUNCT , punct 0
based base VERB VBN acl 0
in in ADP IN prep 2
São São PROPN NNP compound 5
José José PROPN NNP pobj 3
dos do VERB VBZ ROOT 6
Campos Campos PROPN NNP dobj 6
, , PUNCT , punct 9
delivered deliver VERB VBD dep 6
a a DET DT det 11
jet jet NOUN NN dobj 9
. . PUNCT . punct 6
"""


def test_a_particle_between_the_words_of_a_name_is_no_verb():
    ents = ["B-ORG", "O", "O", "O", "B-GPE", "I-GPE", "O", "B-GPE", "O", "O", "O", "O", "O"]
    assert not [t for t in tuples(make_doc(PARTICLE, ents=ents)) if t[0] == "do"]


def test_a_verb_after_the_first_word_of_a_sentence_is_still_read():
    doc = make_doc("Brazilians Brazilians PROPN NNPS nsubj 1\ndo do VERB VBP ROOT 1\nCarnival Carnival PROPN NNP dobj 1\n"
                   "well well ADV RB advmod 1\n. . PUNCT . punct 1", ents=["B-NORP", "O", "B-EVENT", "O", "O"])
    assert ("do", "Brazilians", "Carnival") in {(p, s, o) for p, s, o, _, _ in tuples(doc)}


@pytest.mark.model
def test_a_passive_with_a_sum_and_an_agent_names_the_agent(run):
    ex = run("Ryanair was fined 4 million euros by the Italian competition authority over its ticket sales. "
             "Harland Bank was fined £2 million by the Prudential Regulation Authority.")
    fines = {(s.subject.entity, s.object.entity) for s in ex.statements if s.predicate == "fine"}
    assert fines and all(o in ("ryanair", "harland-bank") for _, o in fines)
    assert not [s for s in ex.statements if s.subject.entity in ("ryanair", "harland-bank") and s.predicate == "fine"]


@pytest.mark.model
def test_based_in_is_named_as_written(run):
    ex = run("Lumera Turbines, which is based in Porto Alegre, makes blades for wind farms.")
    assert not [s for s in ex.statements if s.predicate == "base_in"]


@pytest.mark.model
def test_the_fourth_batch_yields_few_wrong_edges_and_most_expected_statements(run):
    """The builder on tests/data/relations/beats4.json: at most the wrong edges and at least the expected statements
    counted when this test was written (first run, before the rules of this file: 94 of 112 found, 3 wrong edges;
    the one left is a cleft, "it was the Brazilian army, not the state government of Rio Grande do Sul, that
    evacuated", whose relative clause the parser hangs on the nearer name)."""
    found, _, wrong = score_cases(run, BEATS4)
    assert len(wrong) <= 1
    assert found >= 99
