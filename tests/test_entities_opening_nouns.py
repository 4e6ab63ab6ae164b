"""A one-word "person" the NER finds where a capital is no evidence of a name (a sentence's or a quotation's first
word) is a common noun when the article writes the same word in lower case: '"Rice must reach shop shelves," he told
reporters' after "the price of rice" is no person Rice, and "he" is the speaker named before, not a word of his own
quotation. Found with the new eval/dev case japan-reserve-rice-release; the sentences are our own."""
from __future__ import annotations

from clausehelp import facts, named


RICE = ("Trade Minister Ana Ferreira said the price of rice had doubled. "
        '"Rice must reach the shops within days," she told reporters in Lisbon.')
COAL = ("Energy Minister Tom Ruiz said coal output had fallen. "
        '"Coal must stay in the ground," he told reporters in Manila.')
def test_an_opening_word_written_in_lower_case_elsewhere_is_no_person(run):
    for text, word, speaker in ((RICE, "Rice", "ana-ferreira"), (COAL, "Coal", "tom-ruiz")):
        ex = run(text)
        assert named(ex, word) == []
        assert (speaker, "tell", "reporters") in facts(ex, "tell")


def test_a_surname_of_a_person_named_in_full_stays_a_name(run):
    ex = run("The minister, Susan Rice, said rice prices were rising. Rice told reporters the rice was safe.")
    assert {e.label for e in named(ex, "Susan Rice")} == {"Susan Rice"}
    assert any(s == "susan-rice" for s, _, _ in facts(ex, "tell"))
