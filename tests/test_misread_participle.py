"""A participle right after its noun that the parser reads as the finite verb of a relative clause ("a year in
which hackers linked to gangs stole records": "linked" taken for the verb) leaves the real verb hung on a verb far
above as a conjunct with no coordinator, and that verb's subject would be taken for its own. Sentences written for
these tests; the parse is written out as the small model gives it."""
from __future__ import annotations

import pytest

from kg.extract.repairs import misread_participle_subject
from clausehelp import ASSERTED, POS, make_doc, tuples

# "The Senate voted to sack Soto , forcing her out after a year in which hackers linked to gangs stole records ."
STOLE = """
The the DET DT det 1
Senate Senate PROPN NNP nsubj 2
voted vote VERB VBD ROOT 2
to to PART TO aux 4
sack sack VERB VB xcomp 2
Soto Soto PROPN NNP dobj 4
, , PUNCT , punct 4
forcing force VERB VBG advcl 4
her she PRON PRP dobj 7
out out ADP RP prt 7
after after ADP IN prep 7
a a DET DT det 12
year year NOUN NN pobj 10
in in ADP IN prep 16
which which PRON WDT pobj 13
hackers hacker NOUN NNS nsubj 16
linked link VERB VBD relcl 12
to to ADP IN prep 16
gangs gang NOUN NNS pobj 17
stole steal VERB VBD conj 7
records record NOUN NNS dobj 19
. . PUNCT . punct 2
"""

# the same with "and" before "stole": a coordination the parse may hold, left as it is
AND_STOLE = STOLE.replace("gangs gang NOUN NNS pobj 17\n", "gangs gang NOUN NNS pobj 17\nand and CCONJ CC cc 7\n")
AND_STOLE = "\n".join(
    line if len(line.split()) != 6 or int(line.split()[5]) < 19 else
    " ".join(line.split()[:5] + [str(int(line.split()[5]) + 1)]) for line in AND_STOLE.splitlines())


def test_the_verb_after_a_misread_participle_is_its_noun_s():
    doc = make_doc(STOLE)
    assert misread_participle_subject(doc[19]).text == "hackers"
    got = tuples(doc)
    assert ("steal", "hackers", "records", POS, ASSERTED) in got
    assert not [t for t in got if t[0] == "steal" and t[1] == "The Senate"]


def test_a_conjunct_after_a_coordinator_keeps_the_parse():
    doc = make_doc(AND_STOLE)
    assert doc[20].text == "stole" and doc[19].text == "and"
    assert misread_participle_subject(doc[20]) is None


@pytest.mark.model
@pytest.mark.parametrize("sentence, body, verb", [
    ("Chile's Senate voted on Tuesday to impeach Health Minister Ana Soto, forcing her out of office after a year "
     "in which hackers linked to criminal groups stole millions of patient records.", "Senate", "steal"),
    ("Ghana's parliament voted to dismiss the police chief, ending a summer in which robbers linked to smuggling "
     "rings attacked 20 banks in Accra.", "parliament", "attack"),
])
def test_a_body_voting_is_not_the_doer_of_the_misread_clause(nlp, sentence, body, verb):
    from kg.extract.core import extract
    from kg.nlp import gazetteer_of
    from kg.types import Article
    ex = extract(nlp(sentence), Article(text=sentence, date="2026-03-11"), gazetteer_of(nlp))
    assert not [s for s in ex.statements if s.predicate == verb and body in s.subject.text]
