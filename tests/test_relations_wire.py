"""Coordination and other relations in news written as the wires write it (issue 9): co-agents set off by commas
("X, along with Y and Z, blocked ..."), results after a win, amounts with a preposition that names the counterpart.
Rule tests on parses written out by hand for sentences of our own; tests/data/relations/wire.json holds 51 news
sentences of our own in wire styles, with the statements they must and must not yield, written before the builder
ran on them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from clausehelp import ASSERTED, POS, make_doc, tuples

WIRE = Path(__file__).resolve().parent / "data" / "relations" / "wire.json"

# "Vexa , along with Lumora and Narvik , sued Strand ." : the parser hangs "along with" on the verb
ALONG = """
Vexa Vexa PROPN NNP nsubj 8
, , PUNCT , punct 8
along along ADP IN prep 8
with with ADP IN prep 2
Lumora Lumora PROPN NNP pobj 3
and and CCONJ CC cc 4
Narvik Narvik PROPN NNP conj 4
, , PUNCT , punct 8
sued sue VERB VBD ROOT 8
Strand Strand PROPN NNP dobj 8
. . PUNCT . punct 8
"""

# "Vexa sued Strand along with Lumora ." : after the verb, no co-agent
ALONG_AFTER = """
Vexa Vexa PROPN NNP nsubj 1
sued sue VERB VBD ROOT 1
Strand Strand PROPN NNP dobj 1
along along ADP IN prep 1
with with ADP IN prep 3
Lumora Lumora PROPN NNP pobj 4
. . PUNCT . punct 1
"""


def test_co_agents_set_off_by_commas_on_the_verb_act_with_the_subject():
    got = {(p, s, o) for p, s, o, _, _ in tuples(make_doc(ALONG))}
    assert {("sue", "Vexa", "Strand"), ("sue", "Lumora", "Strand"), ("sue", "Narvik", "Strand")} <= got


def test_a_with_phrase_after_the_verb_adds_no_agent():
    got = {(p, s, o) for p, s, o, _, _ in tuples(make_doc(ALONG_AFTER))}
    assert ("sue", "Vexa", "Strand") in got
    assert not [t for t in got if t[1] == "Lumora"]
