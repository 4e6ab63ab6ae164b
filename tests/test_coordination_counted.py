"""Names listed after a counted plural description ("jailed two brothers, X and Y, for eight years"), which the small
parser hangs on the verb, on the sentence's subject or inside one another: each name is what the description stands
for, and none is the subject the parser hung it on. Found with the new eval/dev case antwerp-market-plot-trial; the
tests are sentences of our own, their parses written out as the small model reads them."""
from __future__ import annotations

from clausehelp import facts, make_doc, tuples
from kg.extract.coordination import conjuncts, counted_names

# "Police arrested two men , Omar Said and Karim Bell , on Monday ." (the names hung on "Police")
ARRESTED = """
Police police NOUN NNS nsubj 1
arrested arrest VERB VBD ROOT 1
two two NUM CD nummod 3
men man NOUN NNS dobj 1
, , PUNCT , punct 1
Omar Omar PROPN NNP compound 6
Said Said PROPN NNP appos 0
and and CCONJ CC cc 6
Karim Karim PROPN NNP compound 9
Bell Bell PROPN NNP conj 6
, , PUNCT , punct 6
on on ADP IN prep 1
Monday Monday PROPN NNP pobj 11
. . PUNCT . punct 1
"""
ARRESTED_ENTS = ["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "B-DATE",
                 "O"]

# "The tribunal convicted two sisters , Leila Mansour and Rania Mansour ." (read as "[Leila Mansour and Rania]
# Mansour")
SISTERS = """
The the DET DT det 1
tribunal tribunal NOUN NN nsubj 2
convicted convict VERB VBD ROOT 2
two two NUM CD nummod 4
sisters sister NOUN NNS dobj 2
, , PUNCT , punct 4
Leila Leila PROPN NNP compound 7
Mansour Mansour PROPN NNP nmod 10
and and CCONJ CC cc 7
Rania Rania PROPN NNP conj 7
Mansour Mansour PROPN NNP appos 4
. . PUNCT . punct 2
"""

# "The company fired two managers , Anna Berg and Lena Holm , last week ." (the names an adverbial of the verb)
FIRED = """
The the DET DT det 1
company company NOUN NN nsubj 2
fired fire VERB VBD ROOT 2
two two NUM CD nummod 4
managers manager NOUN NNS dobj 2
, , PUNCT , punct 2
Anna Anna PROPN NNP compound 7
Berg Berg PROPN NNP npadvmod 2
and and CCONJ CC cc 7
Lena Lena PROPN NNP compound 10
Holm Holm PROPN NNP conj 7
, , PUNCT , punct 2
last last ADJ JJ amod 13
week week NOUN NN npadvmod 2
. . PUNCT . punct 2
"""


def objects(doc, predicate):
    return {o for p, _, o, _, _ in tuples(doc) if p == predicate}


def test_counted_names_hung_on_the_subject_are_the_objects():
    doc = make_doc(ARRESTED, ARRESTED_ENTS)
    assert [t.text for t in counted_names(doc[3])] == ["Said", "Bell"]
    got = {(s, o) for p, s, o, _, _ in tuples(doc) if p == "arrest"}
    assert ("Police", "Omar Said") in got and ("Police", "Karim Bell") in got
    assert not any(s in ("Omar Said", "Karim Bell") for s, _ in got)


def test_counted_names_read_inside_one_another_are_each_an_object():
    got = objects(make_doc(SISTERS), "convict")
    assert "Leila Mansour" in got and any(o.endswith("Rania Mansour") for o in got)     # (the second name's words
    # are its subtree as parsed; the graph names its entity)


def test_counted_names_hung_on_the_verb_are_each_an_object():
    assert objects(make_doc(FIRED), "fire") == {"Anna Berg", "Lena Holm"}


def test_no_names_where_the_count_differs_or_the_names_are_times():
    doc = make_doc(FIRED.replace("two two NUM CD", "three three NUM CD"))
    assert counted_names(doc[4]) == []
    days = make_doc(FIRED, ["O"] * 6 + ["B-DATE", "I-DATE", "O", "B-DATE", "I-DATE", "O", "O", "O", "O"])
    assert counted_names(days[4]) == []
    assert [t.text for t in conjuncts(make_doc(FIRED)[4])] == ["Berg", "Holm"]


def test_each_counted_name_is_an_entity_object(run):
    got = facts(run("The tribunal convicted two sisters, Leila Mansour and Rania Mansour."), "convict")
    assert {o for _, _, o in got} == {"leila-mansour", "rania-mansour"}


def test_the_subject_is_no_name_hung_on_it_across_the_verb(run):
    ex = run("Police arrested two men, Omar Said and Karim Bell, on Monday.")
    got = facts(ex, "arrest")
    assert {o for _, _, o in got} >= {"omar-said", "karim-bell"}
    assert not any(s in ("omar-said", "karim-bell") for s, _, _ in got)
