"""A participle of toll after a comma ("killing 50 people") that the parser hangs on a verb of accusing belongs to the
act charged: "Lodz accused Brennor of flooding a mine, killing nine miners" says Brennor's flooding killed them,
if it did; the accuser killed nobody. Sentences written for these tests; the parses are written out as the small
model gives them."""
from __future__ import annotations

import pytest

from kg.extract.repairs import alleged_consequence
from clausehelp import ASSERTED, POS, REPORTED, make_doc, tuples

# "Lodz accused Brennor of flooding a mine , killing nine miners ."
KILLING = """
Lodz Lodz PROPN NNP nsubj 1
accused accuse VERB VBD ROOT 1
Brennor Brennor PROPN NNP dobj 1
of of ADP IN prep 1
flooding flood VERB VBG pcomp 3
a a DET DT det 6
mine mine NOUN NN dobj 4
, , PUNCT , punct 1
killing kill VERB VBG advcl 1
nine nine NUM CD nummod 10
miners miner NOUN NNS dobj 8
. . PUNCT . punct 1
"""

# "Lodz charged Brennor with flooding a mine , saying ...": the charger's act, left as the parser has it
SAYING = KILLING.replace("accused accuse", "charged charge").replace("of of ADP", "with with ADP").replace(
    "killing kill VERB VBG advcl 1\nnine nine NUM CD nummod 10\nminers miner NOUN NNS dobj 8\n",
    "citing cite VERB VBG advcl 1\nnine nine NUM CD nummod 10\nwitnesses witness NOUN NNS dobj 8\n")

# the same with "of" hung on the accused, as the parser may hang it ("accused the military of bombing ...")
ON_OBJECT = KILLING.replace("of of ADP IN prep 1", "of of ADP IN prep 2")


def test_the_toll_goes_with_the_act_charged():
    doc = make_doc(KILLING)
    assert alleged_consequence(doc[8]).text == "flooding"
    got = tuples(doc)
    assert ("kill", "Brennor", "nine miners", POS, REPORTED) in got
    assert ("accuse", "Lodz", "Brennor", POS, ASSERTED) in got
    assert not [t for t in got if t[0] == "kill" and t[1] == "Lodz"]


def test_the_act_charged_may_hang_on_the_accused():
    doc = make_doc(ON_OBJECT)
    assert alleged_consequence(doc[8]).text == "flooding"
    got = tuples(doc)
    assert not [t for t in got if t[0] == "kill" and (t[1] == "Lodz" or t[4] == ASSERTED)]


def test_a_participle_of_another_kind_stays_the_accuser_s():
    doc = make_doc(SAYING)
    assert alleged_consequence(doc[8]) is None
    assert ("cite", "Lodz", "nine witnesses", POS, ASSERTED) in tuples(doc)


@pytest.mark.model
@pytest.mark.parametrize("sentence, accuser", [
    ("Kyiv accused Russia of striking a train station in Kramatorsk, killing 50 people.", "Kyiv"),
    ("Tom Keane, the UN rapporteur on Sudan, accused the militia of bombing a market in the town on Monday, killing "
     "19 civilians.", "Tom Keane"),
    ("Amnesty International accused the army of shelling a hospital in Goma on Sunday, killing 12 patients.",
     "Amnesty International"),
])
def test_no_accuser_kills(nlp, sentence, accuser):
    from kg.extract.core import extract
    from kg.nlp import gazetteer_of
    from kg.types import Article, Modality
    ex = extract(nlp(sentence), Article(text=sentence, date="2026-03-11"), gazetteer_of(nlp))
    kills = [s for s in ex.statements if s.predicate == "kill"]
    assert not [s for s in kills if accuser in s.subject.text or s.modality is Modality.ASSERTED]
