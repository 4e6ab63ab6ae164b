"""Coordination shapes that lost a member (issue 9): a list whose first member has an apposition ("The regulator,
Ofgem, and the Grid"), a second subject the parser hung on the verb, the first of two acronyms read as the root
("CN and CPKC said"), and two verbs with subjects of their own sharing the object after commas ("Hungary criticised,
and Poland defended, the pact"). Rule tests on parses written out by hand for sentences of our own;
bench/coord_unseen/batch1.json holds 71 sentences of our own in beats and styles eval/dev does not have (farming,
shipping, education, housing, mining, aviation, religion, the arts, retail, telecoms, migration, water, railways, local
government, science funding, translated press; 145 expected statements, 53 wrong ones as traps: "Procter and Gamble",
"Trinidad and Tobago", "between A and B", "A, not B", "A but not B", lists of things), written before the builder
ran on them."""
from __future__ import annotations

from pathlib import Path

import pytest

from clausehelp import make_doc, score_cases, tuples
from kg.extract.arguments import subjects_of

BATCH = Path(__file__).resolve().parent.parent / "bench" / "coord_unseen" / "batch1.json"

# "The regulator , Ofgem , and Vexa criticised Orlen ." : Vexa hung on the apposition
CLOSED = """
The the DET DT det 1
regulator regulator NOUN NN nsubj 7
, , PUNCT , punct 1
Ofgem Ofgem PROPN NNP appos 1
, , PUNCT , punct 3
and and CCONJ CC cc 3
Vexa Vexa PROPN NNP conj 3
criticised criticise VERB VBD ROOT 7
Orlen Orlen PROPN NNP dobj 7
. . PUNCT . punct 7
"""
# "The regulator , Ofgem , but not Vexa , criticised Orlen ."
SET_AGAINST = """
The the DET DT det 1
regulator regulator NOUN NN nsubj 9
, , PUNCT , punct 1
Ofgem Ofgem PROPN NNP appos 1
, , PUNCT , punct 3
but but CCONJ CC cc 3
not not PART RB neg 7
Vexa Vexa PROPN NNP conj 3
, , PUNCT , punct 1
criticised criticise VERB VBD ROOT 9
Orlen Orlen PROPN NNP dobj 9
. . PUNCT . punct 9
"""


def test_a_name_after_the_comma_closing_an_apposition_and_a_coordinator_is_a_member():
    doc = make_doc(CLOSED)
    assert [t.text for t in subjects_of(doc[7])[0]] == ["regulator", "Vexa"]
    got = {(p, s, o) for p, s, o, _, _ in tuples(doc)}
    assert {("criticise", "Vexa", "Orlen"), ("criticise", "The regulator", "Orlen")} <= got


def test_a_name_set_against_the_apposition_is_no_member():
    doc = make_doc(SET_AGAINST)
    assert [t.text for t in subjects_of(doc[9])[0]] == ["regulator"]


def test_an_apposition_list_not_closed_by_a_comma_adds_no_member_this_way():
    # "The regulator , Ofgem and Vexa criticised Orlen": no comma before "and" (not read as a closed apposition)
    doc = make_doc("""
The the DET DT det 1
regulator regulator NOUN NN nsubj 6
, , PUNCT , punct 1
Ofgem Ofgem PROPN NNP appos 1
and and CCONJ CC cc 3
Vexa Vexa PROPN NNP conj 3
criticised criticise VERB VBD ROOT 6
Orlen Orlen PROPN NNP dobj 6
. . PUNCT . punct 6
""")
    from kg.extract.coordination import closed_apposition
    assert not closed_apposition(doc, 3, 5)


# "The agency , the BEA , and Vexa will sue Orlen ." : the parser hangs Vexa on the verb as a second subject
TWO_SUBJECTS = """
The the DET DT det 1
agency agency NOUN NN nsubj 10
, , PUNCT , punct 1
the the DET DT det 4
BEA BEA PROPN NNP appos 1
, , PUNCT , punct 1
and and CCONJ CC cc 1
Vexa Vexa PROPN NNP nsubj 9
will will AUX MD aux 9
sue sue VERB VB ROOT 9
Orlen Orlen PROPN NNP dobj 9
. . PUNCT . punct 9
"""


def test_a_second_subject_after_a_coordinator_is_a_member_of_the_list():
    doc = make_doc(TWO_SUBJECTS.replace("nsubj 10", "nsubj 9"))
    assert [t.text for t in subjects_of(doc[9])[0]] == ["agency", "Vexa"]


def test_a_second_subject_with_no_coordinator_before_it_is_not_added():
    # no coordinator between them: no list (a parse that hangs both on one verb)
    doc = make_doc(TWO_SUBJECTS.replace("nsubj 10", "nsubj 9").replace("and and CCONJ CC cc 1", "; ; PUNCT : punct 1"))
    assert [t.text for t in subjects_of(doc[9])[0]] == ["agency"]


# "CN and CPKC said they welcomed the decision ." : the tagger reads "CN" as a verb, the root
ACRONYMS = """
CN CN VERB VB ROOT 0
and and CCONJ CC cc 0
CPKC CPKC PROPN NNP nsubj 3
said say VERB VBD conj 0
they they PRON PRP nsubj 5
welcomed welcome VERB VBD ccomp 3
the the DET DT det 7
decision decision NOUN NN dobj 5
. . PUNCT . punct 3
"""


def test_the_first_of_two_names_read_as_the_root_is_a_subject_of_the_verb_coordinated_with_it():
    doc = make_doc(ACRONYMS)
    assert [t.text for t in subjects_of(doc[3])[0]] == ["CN", "CPKC"]
    got = {(p, s, o) for p, s, o, _, _ in tuples(doc)}
    assert {("welcome", "CN", "the decision"), ("welcome", "CPKC", "the decision")} <= got


def test_a_lowercase_root_word_before_and_is_no_name():
    # "Run and Vexa said ...": not an acronym; only Vexa said it
    doc = make_doc(ACRONYMS.replace("CN CN VERB VB", "Run run VERB VB"))
    assert [t.text for t in subjects_of(doc[3])[0]] == ["CPKC"]


# "Hungary criticised , and Poland defended , the pact ." : right-node raising
RAISED = """
Hungary Hungary PROPN NNP nsubj 1
criticised criticise VERB VBD ROOT 1
, , PUNCT , punct 1
and and CCONJ CC cc 1
Poland Poland PROPN NNP nsubj 5
defended defend VERB VBD conj 1
, , PUNCT , punct 5
the the DET DT det 8
pact pact NOUN NN dobj {head}
. . PUNCT . punct 1
"""
# "Hungary criticised the pact , and Poland defended it ." : an object of each
OWN = """
Hungary Hungary PROPN NNP nsubj 1
criticised criticise VERB VBD ROOT 1
the the DET DT det 3
pact pact NOUN NN dobj 1
, , PUNCT , punct 1
and and CCONJ CC cc 1
Poland Poland PROPN NNP nsubj 7
defended defend VERB VBD conj 1
it it PRON PRP dobj 7
. . PUNCT . punct 1
"""


@pytest.mark.parametrize("head", [1, 5])
def test_two_verbs_with_subjects_of_their_own_share_the_object_after_commas(head):
    got = {(p, s, o) for p, s, o, _, _ in tuples(make_doc(RAISED.format(head=head)))}
    assert {("criticise", "Hungary", "the pact"), ("defend", "Poland", "the pact")} <= got


def test_verbs_each_with_an_object_share_none():
    got = {(p, s, o) for p, s, o, _, _ in tuples(make_doc(OWN))}
    assert ("criticise", "Hungary", "the pact") in got and ("defend", "Poland", "it") in got
    assert ("defend", "Poland", "the pact") not in got and ("criticise", "Hungary", "it") not in got


@pytest.mark.model
def test_the_coordination_batch_yields_no_wrong_edge_and_most_expected_statements(run):
    """The builder on bench/coord_unseen/batch1.json: none of the statements written as wrong, and at least the count
    of expected ones found when this test was written (111 of 145 before the rules of this file)."""
    found, _, wrong = score_cases(run, BATCH)
    assert wrong == []
    assert found >= 115
    # batch2.json: 26 more, written after the first rules, before the builder ran on them (27 of 42 and one wrong
    # edge, "The council, not Network Rail, will repair": the council taken for Network Rail, before these rules)
    found, _, wrong = score_cases(run, BATCH.with_name("batch2.json"))
    assert wrong == []
    assert found >= 31


# "Vexa , which owns Lumora , and Orlen , which sued it , won ." : the parser hangs Orlen on Lumora
ASIDE = """
Vexa Vexa PROPN NNP nsubj 17
, , PUNCT , punct 0
which which PRON WDT nsubj 3
owns own VERB VBZ relcl 0
Lumora Lumora PROPN NNP dobj 3
, , PUNCT , punct 4
and and CCONJ CC cc 4
Orlen Orlen PROPN NNP conj 4
, , PUNCT , punct 7
which which PRON WDT nsubj 10
sued sue VERB VBD relcl 7
Sava Sava PROPN NNP dobj 10
, , PUNCT , punct 0
last last ADJ JJ amod 14
year year NOUN NN npadvmod 10
, , PUNCT , punct 0
finally finally ADV RB advmod 17
won win VERB VBD ROOT 17
. . PUNCT . punct 17
"""
# "Vexa , which owns Lumora and Orlen , won ." : a list of the relative clause's own
OWN_LIST = """
Vexa Vexa PROPN NNP nsubj 8
, , PUNCT , punct 0
which which PRON WDT nsubj 3
owns own VERB VBZ relcl 0
Lumora Lumora PROPN NNP dobj 3
and and CCONJ CC cc 4
Orlen Orlen PROPN NNP conj 4
, , PUNCT , punct 0
won win VERB VBD ROOT 8
. . PUNCT . punct 8
"""


def test_a_member_after_a_relative_clause_set_off_by_commas_is_the_nouns_not_the_clauses():
    doc = make_doc(ASIDE)
    assert [t.text for t in subjects_of(doc[17])[0]] == ["Vexa", "Orlen"]
    got = {(p, s, o) for p, s, o, _, _ in tuples(doc)}
    assert ("own", "Vexa", "Lumora") in got and ("sue", "Orlen", "Sava") in got
    assert not {("own", "Vexa", "Orlen"), ("own", "Orlen", "Lumora"), ("sue", "Vexa", "Sava")} & got


def test_a_list_inside_the_relative_clause_stays_the_clauses():
    got = {(p, s, o) for p, s, o, _, _ in tuples(make_doc(OWN_LIST))}
    assert {("own", "Vexa", "Lumora"), ("own", "Vexa", "Orlen")} <= got
    assert [t.text for t in subjects_of(make_doc(OWN_LIST)[8])[0]] == ["Vexa"]


# "Clarion Housing , Peabody and L&Q will build homes ." with the NER's one name over the list
LIST_NAME = """
Clarion Clarion PROPN NNP compound 1
Housing Housing PROPN NNP nsubj 8
, , PUNCT , punct 1
Peabody Peabody PROPN NNP conj 1
and and CCONJ CC cc 3
L&Q L&Q PROPN NNP conj 3
will will AUX MD aux 7
build build VERB VB ROOT 7
homes home NOUN NNS dobj 7
. . PUNCT . punct 7
"""


def test_a_name_the_ner_ran_over_a_list_is_split_into_its_members(gazetteer):
    from kg.extract.nerrepairs import listed_parts
    doc = make_doc(LIST_NAME.replace("nsubj 8", "nsubj 7"))
    assert listed_parts(doc, gazetteer, 0, 6) == [(0, 2), (3, 4), (5, 6)]


@pytest.mark.parametrize("words", [["Procter", "and", "Gamble"], ["Skidmore", ",", "Owings", "and", "Merrill"],
                                   ["Bosnia", "and", "Herzegovina"], ["UK", "Research", "and", "Innovation"]])
def test_one_name_with_and_is_not_split(gazetteer, words):
    from kg.extract.nerrepairs import listed_parts
    # each later word hung on the first as a conjunct: the parse of a list, the shape of one name
    spec = "\n".join(f"{w} {w} {'CCONJ CC cc 0' if w == 'and' else 'PUNCT , punct 0' if w == ',' else 'PROPN NNP ' + ('nsubj ' + str(len(words) + 1) if k == 0 else 'conj 0')}"
                     for k, w in enumerate(words))
    spec += f"\nsaid say VERB VBD ROOT {len(words)}\n. . PUNCT . punct {len(words)}"
    assert listed_parts(make_doc(spec), gazetteer, 0, len(words)) is None


@pytest.mark.model
@pytest.mark.parametrize("text, wrong", [
    ("Hitachi Rail and Alstom bid for the HS2 contract. The two firms had already built trains for the line.", "hs2"),
    ("The council, not Network Rail, will repair the bridge over the line to Leeds.", "network-rail"),
])
def test_no_member_a_plural_or_a_description_does_not_stand_for(run, text, wrong):
    assert not [s for s in run(text).statements if s.subject.entity == wrong and s.predicate in ("build", "repair")]


@pytest.mark.model
def test_two_names_with_the_same_head_word_are_two_entities(run):
    keys = {e.key for e in run("The FAA grounded aircraft operated by Alaska Airlines and United Airlines.").entities}
    assert {"alaska-airlines", "united-airlines"} <= keys


# "According to Reuters , Vexa and Orlen will sue Sava ." : the subject read as an apposition to "Reuters"
FRONTED = """
According accord VERB VBG prep 9
to to ADP IN prep 0
Reuters Reuters PROPN NNP pobj 1
, , PUNCT , punct 2
Vexa Vexa PROPN NNP appos 2
and and CCONJ CC cc 4
Orlen Orlen PROPN NNP conj 4
will will AUX MD aux 9
{adv}
sue sue VERB VB ROOT 9
Sava Sava PROPN NNP dobj 9
. . PUNCT . punct 9
"""


def test_an_apposition_running_from_the_comma_to_a_subjectless_verb_is_its_subject():
    doc = make_doc(FRONTED.replace("{adv}\n", "").replace(" 9\n", " 8\n").replace("ROOT 9", "ROOT 8"))
    assert [t.text for t in subjects_of(doc[8])[0]] == ["Vexa", "Orlen"]


def test_an_apposition_before_a_verb_with_a_subject_of_its_own_is_none():
    # "In Kyiv , the capital , sirens sounded ."
    doc = make_doc("""
In in ADP IN prep 7
Kyiv Kyiv PROPN NNP pobj 0
, , PUNCT , punct 1
the the DET DT det 4
capital capital NOUN NN appos 1
, , PUNCT , punct 7
sirens siren NOUN NNS nsubj 7
sounded sound VERB VBD ROOT 7
. . PUNCT . punct 7
""")
    assert [t.text for t in subjects_of(doc[7])[0]] == ["sirens"]
    from kg.extract.arguments import fronted_subject
    assert fronted_subject(doc[7]) is None


# "Shell bought , and BP later sold , stakes ." : the shared object hung as a conjunct of the second verb
RAISED_CONJ = """
Shell Shell PROPN NNP nsubj 1
bought buy VERB VBD ROOT 1
, , PUNCT , punct 1
and and CCONJ CC cc 1
BP BP PROPN NNP nsubj 6
later later ADV RB advmod 6
sold sell VERB VBD conj 1
, , PUNCT , punct 6
stakes stake NOUN NNS conj 6
. . PUNCT . punct 1
"""


def test_a_shared_object_hung_as_a_conjunct_of_the_second_verb_is_both_verbs():
    got = {(p, s, o) for p, s, o, _, _ in tuples(make_doc(RAISED_CONJ))}
    assert {("buy", "Shell", "stakes"), ("sell", "BP", "stakes")} <= got


def test_a_shared_object_hung_as_an_apposition_of_the_second_subject_is_both_verbs_and_no_name_of_it():
    spec = RAISED_CONJ.replace("stakes stake NOUN NNS conj 6", "stakes stake NOUN NNS appos 4")
    got = {(p, s, o) for p, s, o, _, _ in tuples(make_doc(spec))}
    assert {("buy", "Shell", "stakes"), ("sell", "BP", "stakes")} <= got


@pytest.mark.model
def test_a_noun_hung_across_a_verb_as_an_apposition_is_no_name_of_the_subject(run):
    got = {(s.subject.entity, s.predicate, s.object.entity) for s in
           run("Argentina opposed, and Brazil supported, the resolution tabled by Chile.").statements}
    assert not [g for g in got if g[2] == "brazil"]
