"""Other relations (issue 9): descriptions a participle names, passives with both a recipient and an agent, a
state's delegation as the actor, and light verbs of warning and investigating. Sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.extract.repairs import participle_name
from clausehelp import ASSERTED, POS, REPORTED, make_doc, tuples


# --------------------------------------------------------------------------- a description and the name it is given

# "A group calling itself Redwing claimed the raid ."
CALLING = """
A a DET DT det 1
group group NOUN NN nsubj 5
calling call VERB VBG acl 1
itself itself PRON PRP dobj 2
Redwing Redwing PROPN NNP oprd 2
claimed claim VERB VBD ROOT 5
the the DET DT det 7
raid raid NOUN NN dobj 5
. . PUNCT . punct 5
"""

# "A group calling for calm met Ortiz ." : a participle that gives no name
CALLING_FOR = """
A a DET DT det 1
group group NOUN NN nsubj 5
calling call VERB VBG acl 1
for for ADP IN prep 2
calm calm NOUN NN pobj 3
met meet VERB VBD ROOT 5
Ortiz Ortiz PROPN NNP dobj 5
. . PUNCT . punct 5
"""

# "Guards held a man known as Tarek ."
KNOWN_AS = """
Guards guard NOUN NNS nsubj 1
held hold VERB VBD ROOT 1
a a DET DT det 3
man man NOUN NN dobj 1
known know VERB VBN acl 3
as as ADP IN prep 4
Tarek Tarek PROPN NNP pobj 5
. . PUNCT . punct 1
"""


def test_a_participle_of_naming_gives_the_description_its_name():
    assert participle_name(make_doc(CALLING)[1]).text == "Redwing"
    assert participle_name(make_doc(KNOWN_AS)[3]).text == "Tarek"
    assert participle_name(make_doc(CALLING_FOR)[1]) is None


def test_the_graph_states_no_act_of_naming():
    got = tuples(make_doc(CALLING))
    assert not [t for t in got if t[0] == "call"]
    assert ("claim", "A group calling itself Redwing", "the raid", POS, ASSERTED) in got
    # Open IE keeps what the text writes
    assert [t for t in tuples(make_doc(CALLING), openie=True) if t[0] == "call"]
    # a group that calls for something is calling
    assert [t for t in tuples(make_doc(CALLING_FOR)) if t[0] == "call_for"]


@pytest.mark.model
@pytest.mark.parametrize("sentence, edge", [
    ("A gang calling itself NightOwl hacked the hospital.", ("nightowl", "hack")),
    ("Border guards detained a man named Piotr Nowak near Lublin.", ("piotr-nowak", "detain")),
    ("A militia known as the Wagner Group seized the mine.", ("wagner-group", "seize")),
])
def test_a_named_description_is_the_entity_it_names(run, sentence, edge):
    got = {(s.subject.entity, s.predicate) for s in run(sentence).statements} | \
          {(s.object.entity, s.predicate) for s in run(sentence).statements}
    assert edge in got
    assert not [s for s in run(sentence).statements if s.predicate in ("call", "name", "know")]


# --------------------------------------------------------------------------- a passive with a recipient and an agent

# "The grant was awarded to Lumora by the Vexa Foundation ."
AWARDED = """
The the DET DT det 1
grant grant NOUN NN nsubjpass 3
was be AUX VBD auxpass 3
awarded award VERB VBN ROOT 3
to to ADP IN prep 3
Lumora Lumora PROPN NNP pobj 4
by by ADP IN agent 3
the the DET DT det 9
Vexa Vexa PROPN NNP compound 9
Foundation Foundation PROPN NNP pobj 6
. . PUNCT . punct 3
"""


def test_a_passive_with_a_recipient_and_an_agent_is_stated_actively():
    got = tuples(make_doc(AWARDED))
    assert ("award", "the Vexa Foundation", "The grant", POS, ASSERTED) in got
    # the grant awards nothing: the recipient is a further argument of the agent's act
    assert not [t for t in got if t[1] == "The grant"]
    # Open IE keeps the passive reading
    assert [t for t in tuples(make_doc(AWARDED), openie=True) if t[1] == "The grant"]


@pytest.mark.model
def test_passives_with_recipients_name_their_agent(run):
    def edges(text):
        return {(s.subject.entity, s.predicate) for s in run(text).statements}
    assert ("united-nations", "award") in edges("The medal was awarded to Chile by the United Nations.")
    assert ("white-house", "send") in edges("The bill was sent to Congress by the White House on Friday.")


# --------------------------------------------------------------------------- a state's delegation acts for it

@pytest.mark.model
def test_a_state_s_delegation_or_negotiators_act_for_it(run):
    def edges(text):
        return {(s.subject.entity, s.predicate) for s in run(text).statements}
    assert ("iran", "walk_out_of") in edges("The Iranian delegation walked out of the conference.")
    assert ("poland", "reject") in edges("Polish negotiators rejected the draft.")
    # a delegation with no nationality is no state's
    assert not [e for e in edges("The delegation rejected the Polish draft.") if e[0] == "poland"]


# --------------------------------------------------------------------------- light verbs of warning and investigating

@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("The Pentagon issued a warning to Venezuela.", ("warn", "The Pentagon", "Venezuela", POS, ASSERTED)),
    ("Prosecutors opened an investigation into Glencore.",
     ("investigate", "Prosecutors", "Glencore", POS, ASSERTED)),
    ("The regulator launched a probe into Nike.", ("investigate", "The regulator", "Nike", POS, ASSERTED)),
])
def test_a_light_verb_with_an_event_noun_is_the_noun_s_verb(nlp, sentence, expected):
    assert expected in tuples(nlp(sentence))


@pytest.mark.model
def test_a_warning_about_a_topic_names_no_counterpart(nlp):
    got = tuples(nlp("The central bank issued a warning on inflation."))
    assert not [t for t in got if t[0].startswith("warn")]


# --------------------------------------------------------------------------- a verdict before a final attribution

# "Vexa seized the ship and accused the crew , Lumo reported ." with "seized" the complement of "reported"
FINAL_REPORT = """
Vexa Vexa PROPN NNP nsubj 1
seized seize VERB VBD ccomp 10
the the DET DT det 3
ship ship NOUN NN dobj 1
and and CCONJ CC cc 1
accused accuse VERB VBD conj 1
the the DET DT det 7
crew crew NOUN NN dobj 5
, , PUNCT , punct 10
Lumo Lumo PROPN NNP nsubj 10
reported report VERB VBD ROOT 10
. . PUNCT . punct 10
"""


def test_a_verdict_before_a_final_attribution_is_the_reported_actor_s():
    got = tuples(make_doc(FINAL_REPORT))
    assert ("accuse", "Vexa", "the crew", POS, REPORTED) in got
    assert not [t for t in got if t[0] == "accuse" and t[1] == "Lumo"]


# --------------------------------------------------------------------------- a relative clause after an amount

# "Vexa won a grant of 9 million euros , which Lumora approved ."
GRANT = """
Vexa Vexa PROPN NNP nsubj 1
won win VERB VBD ROOT 1
a a DET DT det 3
grant grant NOUN NN dobj 1
of of ADP IN prep 3
9 9 NUM CD compound 6
million million NUM CD nummod 7
euros euro NOUN NNS pobj 4
, , PUNCT , punct 7
which which PRON WDT dobj 11
Lumora Lumora PROPN NNP nsubj 11
approved approve VERB VBD relcl 7
. . PUNCT . punct 1
"""

# "Vexa hired a team of 9 engineers , who built the site ." : people counted are what the clause is about
ENGINEERS = """
Vexa Vexa PROPN NNP nsubj 1
hired hire VERB VBD ROOT 1
a a DET DT det 3
team team NOUN NN dobj 1
of of ADP IN prep 3
9 9 NUM CD nummod 6
engineers engineer NOUN NNS pobj 4
, , PUNCT , punct 6
who who PRON WP nsubj 9
built build VERB VBD relcl 6
the the DET DT det 11
site site NOUN NN dobj 9
. . PUNCT . punct 1
"""


def test_a_relative_clause_after_an_amount_is_about_what_the_amount_measures():
    got = tuples(make_doc(GRANT))
    assert ("approve", "Lumora", "a grant of 9 million euros", POS, ASSERTED) in got
    assert not [t for t in got if t[0] == "approve" and t[2] == "9 million euros"]
    got = tuples(make_doc(ENGINEERS))
    assert ("build", "9 engineers", "the site", POS, ASSERTED) in got


# --------------------------------------------------------------------------- amounts, lists, participles, modals

@pytest.mark.model
def test_an_amount_before_an_adverbial_phrase_is_the_object(nlp):
    assert ("fall", "Intel", "5 percent", POS, ASSERTED) in tuples(nlp("Intel fell 5 percent ahead of its earnings."))


# "Vexa and Lumora , which together own the port , merged ."
TOGETHER_OWN = """
Vexa Vexa PROPN NNP nsubj 9
and and CCONJ CC cc 0
Lumora Lumora PROPN NNP conj 0
, , PUNCT , punct 2
which which PRON WDT nsubj 6
together together ADV RB advmod 6
own own VERB VBP relcl 2
the the DET DT det 8
port port NOUN NN dobj 6
merged merge VERB VBD ROOT 9
. . PUNCT . punct 9
"""


def test_a_relative_clause_with_a_plural_verb_after_a_list_is_about_the_whole_list():
    got = tuples(make_doc(TOGETHER_OWN))
    assert {("own", "Vexa", "the port", POS, ASSERTED), ("own", "Lumora", "the port", POS, ASSERTED)} <= got
    # a singular verb is about the last name only
    single = TOGETHER_OWN.replace("own own VERB VBP", "owns own VERB VBZ")
    got = tuples(make_doc(single))
    assert ("own", "Lumora", "the port", POS, ASSERTED) in got
    assert ("own", "Vexa", "the port", POS, ASSERTED) not in got


@pytest.mark.model
def test_a_participle_after_a_named_subject_s_copula_is_the_name_s_act(nlp):
    got = tuples(nlp("Barclays was more cautious, arguing that the peso could fall further."))
    assert [t for t in got if t[0] == "argue" and t[1] == "Barclays"]
    # an abstract subject of a copula does not argue
    got = tuples(nlp("The problem was serious, arguing for a quick fix."))
    assert not [t for t in got if t[0] == "argue"]


@pytest.mark.model
def test_a_modal_verb_after_a_subordinate_clause_about_a_thing_is_the_main_clause_s(nlp):
    got = tuples(nlp("The bakery raised prices after costs soared and will shut two shops."))
    assert [t for t in got if t[0] == "shut" and t[1] == "The bakery"]
    # after a clause about an actor, the actor stays the subject
    got = tuples(nlp("Talks stalled because Quito refused and would not sign."))
    assert [t for t in got if t[0] == "sign" and t[1] == "Quito"]


@pytest.mark.model
def test_a_distance_before_a_direction_is_no_object(nlp):
    got = tuples(nlp("The quake was centred 30 km north of Quito."))
    assert not [t for t in got if t[2] == "30 km"]
