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


@pytest.mark.model
def test_a_titles_name_hung_on_its_body_is_the_titles_holder(run):
    """ "The chief executive of Siemens, Roland Busch, visited Nairobi": the parser hangs the name in apposition on
    Siemens; the subject is the person, in several shapes (of, for, an organisation, a description)."""
    for sentence, person, pred in [
            ("The chief executive of Siemens, Roland Busch, visited Nairobi on Tuesday.", "roland-busch", "visit"),
            ("The spokesman for the Kremlin, Dmitry Peskov, criticised the sanctions on Gazprom.", "dmitry-peskov",
             "criticise"),
            ("The chairman of Aldenmark Foods, Erik Holm, sued Nordvik Capital over the sale.", "erik-holm", "sue"),
            ("The president of the European Commission, Ursula von der Leyen, thanked Canada for its support.",
             "ursula-von-der-leyen", "thank")]:
        ex = run(sentence)
        assert person in {s.subject.entity for s in ex.statements if s.predicate == pred}, sentence


@pytest.mark.model
def test_a_description_apposed_to_a_titles_body_names_no_holder(run):
    ex = run("The chief executive of Vexa, the Oslo engineering group, visited Nairobi on Tuesday.")
    assert not [s for s in ex.statements if s.predicate == "visit" and s.subject.entity]


# "Speaking at a briefing in Oslo , the bank 's governor , Tom Lund , urged lenders ." with the opening
# participle read as the subject and the real subject hung on "Oslo" (as the parser does with long appositions)
PREPOSED = """
Speaking speak VERB VBG csubj 15
at at ADP IN prep 0
a a DET DT det 3
briefing briefing NOUN NN pobj 1
in in ADP IN prep 3
Oslo Oslo PROPN NNP pobj 4
, , PUNCT , punct 5
the the DET DT det 8
bank bank NOUN NN poss 10
's 's PART POS case 8
governor governor NOUN NN appos 5
, , PUNCT , punct 5
Tom Tom PROPN NNP compound 13
Lund Lund PROPN NNP appos 5
, , PUNCT , punct 5
urged urge VERB VBD ROOT 15
lenders lender NOUN NNS dobj 15
. . PUNCT . punct 15
"""


def test_an_opening_participle_read_as_the_subject_gives_way_to_the_name_after_it():
    ents = ["O"] * 5 + ["B-GPE"] + ["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 4
    got = {(p, s) for p, s, _, _, _ in tuples(make_doc(PREPOSED, ents=ents)) if p == "urge"}
    assert got == {("urge", "Tom Lund")}


def test_an_opening_participle_with_a_subject_of_its_own_is_left_alone():
    doc = make_doc("Speaking speak VERB VBG advcl 5\nin in ADP IN prep 0\nOslo Oslo PROPN NNP pobj 1\n, , PUNCT , punct 5\n"
                   "Lund Lund PROPN NNP nsubj 5\nurged urge VERB VBD ROOT 5\nlenders lender NOUN NNS dobj 5\n. . PUNCT . punct 5",
                   ents=["O", "O", "B-GPE", "O", "B-PERSON", "O", "O", "O"])
    assert ("urge", "Lund") in {(p, s) for p, s, _, _, _ in tuples(doc)}


@pytest.mark.model
def test_a_company_the_gazetteer_knows_is_no_regulator_or_union(run):
    ex = run("Tesla cut prices again in China. Elon Musk attacked the regulator on Tuesday.")
    assert not [s for s in ex.statements if s.predicate == "attack" and s.object.entity == "tesla"]


@pytest.mark.model
def test_a_relative_clause_after_a_bodys_place_is_about_the_body(run):
    """ "The embassy in Paris, which issued the visas": the parser hangs the clause on the nearer place; the embassy
    issued them. A place's own predication stays the place's ("an office in Nairobi, which has become a hub")."""
    for sentence, place in [
            ("The prosecutor's office in Turin, which has been investigating Vexa Energy for a decade, dropped its case.",
             "turin"),
            ("A court in Frankfurt, which ruled against Lumo Bank in 2020, reopened the case on Monday.", "frankfurt"),
            ("The embassy in Paris, which issued the visas, denied any wrongdoing.", "paris")]:
        ex = run(sentence)
        assert not [s for s in ex.statements if s.subject.entity == place], sentence
    ex = run("Lumo opened an office in Nairobi, which has become a hub for African start-ups.")
    assert [s for s in ex.statements if s.subject.entity == "nairobi" and s.predicate == "become"]


# "Vexa signed a deal to buy Orlen ." with the infinitive read as a relative clause on "deal" (as the parser does)
DEAL_TO_BUY = """
Vexa Vexa PROPN NNP nsubj 1
{verb}
a a DET DT det 3
deal deal NOUN NN dobj 1
to to PART TO aux 5
buy buy VERB VB relcl 3
Orlen Orlen PROPN NNP dobj 5
. . PUNCT . punct 1
"""


def test_the_act_a_deal_binds_to_is_its_signers_and_not_yet_done():
    doc = make_doc(DEAL_TO_BUY.format(verb="signed sign VERB VBD ROOT 1"), ents=["B-ORG"] + ["O"] * 5 + ["B-ORG", "O"])
    got = {(p, s, o, m) for p, s, o, _, m in tuples(doc) if p == "buy"}
    assert got == {("buy", "Vexa", "Orlen", "Hypothetical")}


def test_a_deal_acts_on_nothing_and_an_approver_is_no_signer():
    doc = make_doc(DEAL_TO_BUY.format(verb="approved approve VERB VBD ROOT 1"), ents=["B-ORG"] + ["O"] * 5 + ["B-ORG", "O"])
    assert not [t for t in tuples(doc) if t[0] == "buy"]


@pytest.mark.model
def test_an_infinitive_after_a_deal_or_a_licence_is_the_holders_act(run):
    for sentence, subject, pred, obj in [
            ("Safaricom won a licence to operate in Ethiopia last year.", "safaricom", "operate_in", "ethiopia"),
            ("Lumo Energy signed an agreement to sell its Danish grid to Orsted.", "lumo-energy", "sell", None),
            ("Ryanair won permission to fly to Tel Aviv again.", "ryanair", "fly_to", None)]:
        ex = run(sentence)
        got = [s for s in ex.statements if s.predicate == pred]
        assert got and all(s.subject.entity == subject and s.modality.value == "Hypothetical" for s in got), sentence
    ex = run("The council approved a plan to build a bridge to Tyne Island.")
    assert not [s for s in ex.statements if s.predicate in ("build", "build_to")]


@pytest.mark.model
def test_it_in_what_unnamed_speakers_say_after_a_things_sentence_is_no_name(run):
    """ "The treaty ... took effect. Critics said it would hurt exports": the treaty, no name before it; but a name
    that is the sentence before's subject stays the antecedent."""
    ex = run("Vexa Energy drafted the treaty in Oslo. The treaty took effect in 2020. "
             "Critics said it would hurt exports to Kenya.")
    assert not [s for s in ex.statements if s.predicate == "hurt" and s.subject.entity]
    ex = run("Kestrel Mining sold its Zambian copper mine to Vexa. Analysts said it would buy a gold mine next.")
    assert [s for s in ex.statements if s.predicate == "buy" and s.subject.entity == "kestrel-mining"]


@pytest.mark.model
def test_a_noun_of_an_act_set_off_after_a_clause_sums_the_clause_up(run):
    """ "threatened to cut off power exports to Michigan and Ohio, a threat she first made in March": the threat is the
    act, not Ohio (it stated make(Anna Berg, Ohio) and "Ohio is a threat"); a description of a name stays the
    name's ("Lotos, a rival it had courted for years")."""
    ex = run("Premier Anna Berg threatened to cut off power exports to Michigan and Ohio, a threat she first made in "
             "March. Vexa Energy threatened to close its plant in Ghent, a threat it then withdrew.")
    assert not [s for s in ex.statements if s.object.entity in ("ohio", "ghent") and s.predicate in ("make", "withdraw")]
    assert not [s for s in ex.statements if s.subject.entity in ("ohio", "ghent") and s.predicate == "be"]
    ex = run("Orlen bought Lotos, a rival it had courted for years.")
    assert [s for s in ex.statements if s.predicate == "court" and s.object.entity == "lotos"]


@pytest.mark.model
def test_the_school_of_a_verb_of_study_with_an_object_is_stated(run):
    """ "studied computer science at the University of Sao Paulo": study_at the university, beside study(the subject
    studied); a time after "at" is no school ("studied law at night")."""
    for sentence, person, pred, school in [
            ("Lucia Mendes studied computer science at the University of Sao Paulo and later joined Google.",
             "lucia-mendes", "study_at", "university-of-sao-paulo"),
            ("Ana Lopes taught economics at the London School of Economics for a decade.", "ana-lopes", "teach_at",
             "london-school-of-economics"),
            ("Tom Lund trained nurses at St Mary's Hospital in London.", "tom-lund", "train_at", "st-marys-hospital")]:
        ex = run(sentence)
        assert (person, school) in {(s.subject.entity, s.object.entity) for s in ex.statements if s.predicate == pred}, \
            sentence
    ex = run("Ana Lopes studied law at night while she worked for Vexa.")
    assert not [s for s in ex.statements if s.predicate == "study_at"]


@pytest.mark.model
def test_the_agent_of_a_passive_order_hung_at_the_end_of_its_infinitive_gives_the_order(run):
    """ "Apple was ordered to pay 13 billion euros by the European Court of Justice": the court ordered Apple, and
    what Apple is to pay is no court; a time or a means after "by" is no agent."""
    for sentence, agent, pred, patient in [
            ("Apple was ordered to pay 13 billion euros by the European Court of Justice.",
             "court-of-justice-of-the-european-union", "order", "apple"),
            ("Lumo Bank was forced to sell its stake by the Central Bank of Kenya.", "central-bank-of-kenya", "force",
             "lumo-bank")]:
        ex = run(sentence)
        assert (agent, patient) in {(s.subject.entity, s.object.entity) for s in ex.statements if s.predicate == pred}, \
            sentence
        assert not [s for s in ex.statements if s.subject.entity == patient and "by" in (s.object.text or "")]
    for sentence in ("Vexa Energy was ordered to pay the fine by Friday.", "Lumo Bank was asked to pay by card."):
        ex = run(sentence)
        assert not [s for s in ex.statements if s.predicate in ("order", "ask") and s.object.entity], sentence
