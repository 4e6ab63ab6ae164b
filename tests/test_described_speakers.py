"""A description that attributes a sentence ("..., the broadcaster said") names the one who speaks, never the
body the reported sentence sends something to or acts on."""
from __future__ import annotations

import pytest


def speakers(nlp, gazetteer, text: str) -> set[str]:
    from kg.extract.core import extract
    from kg.types import Article
    ex = extract(nlp(text), Article(text=text), gazetteer)
    names = {e.key: e.label for e in ex.entities}
    return {names.get(s.subject.entity, s.subject.text) for s in ex.statements if s.predicate == "say"}


@pytest.mark.model
@pytest.mark.parametrize("text, speaker, addressee", [
    ("Channel 4 apologised to the mayor on Monday. Its chairman sent a personal letter to the White House, the "
     "broadcaster said.", "Channel 4", "White House"),
    ("Orlen cut its forecast in March. Its board wrote to the European Commission on Friday, the company said.",
     "Orlen", "European Commission"),
    ("The Salvation Army opened ten shelters last winter. Volunteers handed blankets to the Red Cross, the "
     "charity said.", None, "International Committee of the Red Cross"),
])
def test_a_final_attribution_s_description_is_not_the_reported_sentence_s_object(nlp, gazetteer, text, speaker,
                                                                                  addressee):
    found = speakers(nlp, gazetteer, text)
    assert addressee not in found, found
    assert speaker is None or speaker in found, found


@pytest.mark.model
def test_the_reported_sentence_s_subject_may_be_the_speaker(nlp, gazetteer):
    text = "Ryanair faces a strike. Lufthansa grounded 40 planes on Monday, the airline said."
    assert "Lufthansa" in speakers(nlp, gazetteer, text)
