"""Relations between actors (issue 9): objects the parser misreads, attributions with trailing phrases, light verbs,
particle verbs and coordination. Sentences written for these tests."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.clauses import sentence_clauses
from kg.extract.repairs import final_attribution, infinitive_object

POS, NEG = "Positive", "Negative"
ASSERTED, REPORTED, REQUESTED = "Asserted", "Reported", "Requested"


def text(tokens) -> str | None:
    return " ".join(t.text for t in tokens) if tokens else None


def tuples(doc: Doc, openie: bool = False) -> set[tuple]:
    return {(c.predicate, text(c.subj), text(c.obj), c.polarity.value, c.modality.value)
            for sent in doc.sents for c in sentence_clauses(sent, openie=openie)}


def make_doc(spec: str) -> Doc:
    """A Doc from lines "word lemma POS TAG dep head", head as a 0-based index (itself for the root)."""
    cols = [line.split() for line in spec.strip().splitlines()]
    return Doc(spacy.blank("en").vocab, words=[c[0] for c in cols], lemmas=[c[1] for c in cols],
               pos=[c[2] for c in cols], tags=[c[3] for c in cols], deps=[c[4] for c in cols],
               heads=[int(c[5]) for c in cols])


# --------------------------------------------------------------------------- object control read as a complement

# "Farmers urged Minister Ana Reyes to act ." with the minister parsed as the subject of "to act"
URGED = """
Farmers farmer NOUN NNS nsubj 1
urged urge VERB VBD ROOT 1
Minister Minister PROPN NNP compound 4
Ana Ana PROPN NNP compound 4
Reyes Reyes PROPN NNP nsubj 6
to to PART TO aux 6
act act VERB VB ccomp 1
. . PUNCT . punct 1
"""

# "Farmers said Reyes would act ." : a finite complement keeps its subject
SAID = """
Farmers farmer NOUN NNS nsubj 1
said say VERB VBD ROOT 1
Reyes Reyes PROPN NNP nsubj 4
would would AUX MD aux 4
act act VERB VB ccomp 1
. . PUNCT . punct 1
"""


def test_the_subject_of_an_infinitive_after_a_control_verb_is_its_object():
    doc = make_doc(URGED)
    assert infinitive_object(doc[1]).text == "Reyes"
    got = tuples(doc)
    assert ("urge", "Farmers", "Minister Ana Reyes", POS, ASSERTED) in got
    assert ("urge", "Farmers", "to act", POS, ASSERTED) in got
    assert ("act", "Minister Ana Reyes", None, POS, REQUESTED) in got


def test_a_finite_complement_keeps_its_subject():
    doc = make_doc(SAID)
    assert infinitive_object(doc[1]) is None
    # "expected Reyes to act", "allowed Reyes to act": the noun is the complement's subject, not one acted on
    assert infinitive_object(make_doc(URGED.replace("urged urge", "expected expect"))[1]) is None
    assert infinitive_object(make_doc(URGED.replace("urged urge", "allowed allow"))[1]) is None
    assert not [t for t in tuples(doc) if t[0] == "say" and t[2] == "Reyes"]


# --------------------------------------------------------------------------- attributions with a trailing phrase

@pytest.mark.model
def test_a_final_attribution_with_a_trailing_phrase_reports_the_sentence(nlp):
    doc = nlp("Volvo has sold its bus unit to Geely, the two firms said on Friday, in a deal worth 2 billion euros.")
    got = tuples(doc)
    assert ("say", "the two firms", "Volvo has sold its bus unit to Geely", POS, ASSERTED) in got
    assert not [t for t in got if t[1] and "in a deal" in t[1]]
    got = tuples(nlp("Acme cut 500 jobs, the company said in a statement, citing weak demand."))
    assert ("cut", "Acme", "500 jobs", POS, REPORTED) in got
    assert ("say", "the company", "Acme cut 500 jobs", POS, ASSERTED) in got


@pytest.mark.model
def test_a_list_after_a_comma_with_a_phrase_is_no_attribution(nlp):
    doc = nlp("Police questioned two men, the mayor and his deputy, in the town hall.")
    assert not [t for t in tuples(doc) if t[4] == REPORTED]
    assert all(final_attribution(t) is None for t in doc)
