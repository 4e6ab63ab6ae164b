"""The tokenizer keeps a word whose first part is one letter whole (kg.nlp.keep_letter_prefixes)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("The city banned rental e-scooters on Sunday.", "e-scooters"),
    ("She sent an e-mail to the board.", "e-mail"),
    ("The X-ray showed a fracture.", "X-ray"),
    ("Both sides made a U-turn on the tariffs.", "U-turn"),
])
def test_a_one_letter_prefix_stays_with_its_word(nlp, text, word):
    assert word in [t.text for t in nlp(text)]


def test_other_hyphenated_words_are_split_as_before(nlp):
    words = [t.text for t in nlp("Rolls-Royce signed a well-known deal.")]
    assert words[:3] == ["Rolls", "-", "Royce"] and "well" in words


def test_the_object_of_a_verb_is_the_whole_word(run):
    ex = run("Paris banned rental e-scooters and e-bikes on Sunday.")
    assert {st.object.text for st in ex.statements if st.predicate == "ban"} == {"rental e-scooters", "e-bikes"}
