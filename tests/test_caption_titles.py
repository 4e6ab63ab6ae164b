"""A bare capitalised title between a name and a firm is the name's caption ("Upasna Bhardwaj, Chief Economist,
Kotak Mahindra Bank, said"): its noun is no newspaper the gazetteer knows ("Economist" is not The Economist), the
parser's reading of the title as a conjunct of the name makes no second speaker, and the firm after it stays an
organisation. Sentences of our own."""
from __future__ import annotations

import pytest

from kg.types import EntityType

pytestmark = pytest.mark.model

CAPTIONS = [
    ("Upasna Bhardwaj, Chief Economist, Kotak Mahindra Bank, said inflation would ease.",
     "Upasna Bhardwaj", "Kotak Mahindra Bank"),
    ("Mark Lund, Chief Economist, Halvard Securities, said rates would fall.", "Mark Lund", "Halvard Securities"),
]


@pytest.mark.parametrize("text,person,firm", CAPTIONS)
def test_a_captioned_title_is_no_entity_and_no_speaker(run, text, person, firm):
    ex = run(text)
    kinds = {e.label: e.type for e in ex.entities}
    assert "The Economist" not in kinds and kinds.get(firm) is EntityType.ORGANIZATION, kinds
    names = {e.key: e.label for e in ex.entities}
    speakers = {names.get(s.subject.entity) for s in ex.statements if s.predicate == "say"}
    assert speakers == {person}, speakers


def test_the_newspaper_is_still_known(run):
    ex = run("The Economist's editor, Zanny Minton Beddoes, said the paper would cut jobs.")
    assert "The Economist" in {e.label for e in ex.entities}


def test_coordinated_captioned_people_both_act(run):
    ex = run("Ana Pires, Finance Minister, and Rui Costa, Economy Minister, signed the decree.")
    names = {e.key: e.label for e in ex.entities}
    assert {names.get(s.subject.entity) for s in ex.statements if s.predicate == "sign"} == {"Ana Pires", "Rui Costa"}
