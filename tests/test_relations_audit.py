"""Precision of the recipient, reciprocal and purpose rules (issue 9): a "to" that is no recipient, coordinated subjects
that did not act together, an infinitive that tells what happened rather than what was meant, a count that is no
object. Rule tests on parses written out by hand for sentences of our own; tests/data/relations/audit.json holds 42
sentences of our own with the statements they must and must not yield, written before the builder ran on them."""
from __future__ import annotations

from pathlib import Path

import pytest

from clausehelp import ASSERTED, HYPOTHETICAL, POS, REQUESTED, make_doc, score_cases, tuples

AUDIT = Path(__file__).resolve().parent / "data" / "relations" / "audit.json"

# "Kovac came from behind to win the title ."
KOVAC = """
Kovac Kovac PROPN NNP nsubj 1
came come VERB VBD ROOT 1
from from ADP IN prep 1
behind behind ADV RB pcomp 2
to to PART TO aux 5
win win VERB VB advcl 1
the the DET DT det 7
title title NOUN NN dobj 5
. . PUNCT . punct 1
"""

# "Kovac flew to Lyon to meet the mayor ." : an aim
KOVAC_FLEW = """
Kovac Kovac PROPN NNP nsubj 1
flew fly VERB VBD ROOT 1
to to ADP IN prep 1
Lyon Lyon PROPN NNP pobj 2
to to PART TO aux 5
meet meet VERB VB advcl 1
the the DET DT det 7
mayor mayor NOUN NN dobj 5
. . PUNCT . punct 1
"""

# "Kovac flew to Lyon only to lose the vote ." : what came of it
KOVAC_ONLY = """
Kovac Kovac PROPN NNP nsubj 1
flew fly VERB VBD ROOT 1
to to ADP IN prep 1
Lyon Lyon PROPN NNP pobj 2
only only ADV RB advmod 6
to to PART TO aux 6
lose lose VERB VB advcl 1
the the DET DT det 8
vote vote NOUN NN dobj 6
. . PUNCT . punct 1
"""


def test_an_infinitive_after_a_comeback_is_what_happened():
    got = tuples(make_doc(KOVAC))
    assert ("win", "Kovac", "the title", POS, ASSERTED) in got
    assert not [t for t in got if t[0] == "win" and t[4] != ASSERTED]


def test_an_infinitive_after_only_is_what_happened_and_a_plain_one_an_aim():
    assert ("lose", "Kovac", "the vote", POS, ASSERTED) in tuples(make_doc(KOVAC_ONLY))
    assert ("meet", "Kovac", "the mayor", POS, HYPOTHETICAL) in tuples(make_doc(KOVAC_FLEW))


def pair(subject_words: str, verb: str, lemma: str, rest: list[str]) -> str:
    """ "Tan and Reyes VERB ..." with the rest hung on the verb as the model hangs it."""
    words = subject_words.split()
    lines = []
    for i, w in enumerate(words):
        if w == "and":
            lines.append("and and CCONJ CC cc 0")
        elif w in ("Both", "Neither"):
            lines.append(f"{w} {w.lower()} DET DT det 1")
        else:
            first = 1 if words[0] in ("Both", "Neither") else 0
            head = len(words) if i == first else first
            lines.append(f"{w} {w} PROPN NNP {'nsubj' if i == first else 'conj'} {head}")
    lines.append(f"{verb} {lemma} VERB VBD ROOT {len(words)}")
    return "\n".join(lines + rest)


def reciprocal(spec: str) -> set[tuple]:
    return {(p, s, o) for p, s, o, _, _ in tuples(make_doc(spec)) if p in ("meet", "speak") and o in ("Tan", "Reyes")}


def test_two_subjects_of_a_meeting_meet_each_other():
    spec = pair("Tan and Reyes", "met", "meet", ["on on ADP IN prep 3", "Friday Friday PROPN NNP pobj 4",
                                                  ". . PUNCT . punct 3"])
    assert reciprocal(spec) == {("meet", "Tan", "Reyes"), ("meet", "Reyes", "Tan")}


@pytest.mark.parametrize("spec", [
    # "Both Tan and Reyes spoke on Friday ."
    pair("Both Tan and Reyes", "spoke", "speak", ["on on ADP IN prep 4", "Friday Friday PROPN NNP pobj 5",
                                                   ". . PUNCT . punct 4"]),
    # "Tan and Reyes met separately on Friday ."
    pair("Tan and Reyes", "met", "meet", ["separately separately ADV RB advmod 3", "on on ADP IN prep 3",
                                          "Friday Friday PROPN NNP pobj 5", ". . PUNCT . punct 3"]),
    # "Tan and Reyes spoke at the forum ." : speeches
    pair("Tan and Reyes", "spoke", "speak", ["at at ADP IN prep 3", "the the DET DT det 6",
                                             "forum forum NOUN NN pobj 4", ". . PUNCT . punct 3"]),
    # "Tan and Reyes spoke out on Friday ."
    pair("Tan and Reyes", "spoke", "speak", ["out out ADP RP prt 3", "on on ADP IN prep 3",
                                             "Friday Friday PROPN NNP pobj 5", ". . PUNCT . punct 3"]),
    # "Tan and Reyes met in separate rooms ."
    pair("Tan and Reyes", "met", "meet", ["in in ADP IN prep 3", "separate separate ADJ JJ amod 6",
                                          "rooms room NOUN NNS pobj 4", ". . PUNCT . punct 3"]),
])
def test_subjects_that_act_each_on_their_own_do_not_meet_each_other(spec):
    assert reciprocal(spec) == set()


# "Vexa sold its share in the railway to Narva to Orlen ." : the parser hangs both "to" phrases on the verb
RAILWAY = """
Vexa Vexa PROPN NNP nsubj 1
sold sell VERB VBD ROOT 1
its its PRON PRP$ poss 3
share share NOUN NN dobj 1
in in ADP IN prep 3
the the DET DT det 6
railway railway NOUN NN pobj 4
to to ADP IN prep 1
Narva Narva PROPN NNP pobj 7
to to ADP IN prep 1
Orlen Orlen PROPN NNP pobj 9
. . PUNCT . punct 1
"""
RAILWAY_ENTS = ["B-ORG", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "B-ORG", "O"]

# "Vexa sent a letter to Orlen ." with "to" on the letter
LETTER = """
Vexa Vexa PROPN NNP nsubj 1
sent send VERB VBD ROOT 1
a a DET DT det 3
letter letter NOUN NN dobj 1
to to ADP IN prep 3
Orlen Orlen PROPN NNP pobj 4
. . PUNCT . punct 1
"""

# "Vexa paid tribute to Orlen ."
TRIBUTE = """
Vexa Vexa PROPN NNP nsubj 1
paid pay VERB VBD ROOT 1
tribute tribute NOUN NN dobj 1
to to ADP IN prep 2
Orlen Orlen PROPN NNP pobj 3
. . PUNCT . punct 1
"""

# "Vexa sold its share in the railway to Narva ." : where the railway goes, not who bought
RAILWAY_ONE = """
Vexa Vexa PROPN NNP nsubj 1
sold sell VERB VBD ROOT 1
its its PRON PRP$ poss 3
share share NOUN NN dobj 1
in in ADP IN prep 3
the the DET DT det 6
railway railway NOUN NN pobj 4
to to ADP IN prep 1
Narva Narva PROPN NNP pobj 7
. . PUNCT . punct 1
"""


def recipients(doc) -> set[tuple]:
    return {(p, s, o) for p, s, o, _, _ in tuples(doc) if p.endswith("_to")}


def test_of_two_to_phrases_the_last_names_who_gets_it():
    assert recipients(make_doc(RAILWAY, ents=RAILWAY_ENTS)) == {("sell_to", "Vexa", "Orlen")}


def test_a_to_phrase_after_a_way_says_where_it_goes():
    assert recipients(make_doc(RAILWAY_ONE, ents=RAILWAY_ENTS[:10])) == set()


def test_a_to_phrase_on_the_thing_given_names_who_gets_it():
    assert recipients(make_doc(LETTER, ents=["B-ORG", "O", "O", "O", "O", "B-ORG", "O"])) == {
        ("send_to", "Vexa", "Orlen")}


def test_an_idiom_with_to_gives_nothing():
    assert recipients(make_doc(TRIBUTE, ents=["B-ORG", "O", "O", "O", "B-ORG", "O"])) == set()


# "The board voted 133 to 61 ."
TALLY = """
The the DET DT det 1
board board NOUN NN nsubj 2
voted vote VERB VBD ROOT 2
133 133 NUM CD npadvmod 2
to to ADP IN prep 2
61 61 NUM CD pobj 4
. . PUNCT . punct 2
"""


def test_a_count_of_votes_is_no_object():
    assert not [t for t in tuples(make_doc(TALLY)) if t[0] == "vote_to"]
    assert [t for t in tuples(make_doc(TALLY), openie=True) if t[0] == "vote_to"]     # Open IE keeps it


@pytest.mark.model
def test_the_audit_sentences_yield_no_wrong_edge_and_their_expected_statements(run):
    """The builder on tests/data/relations/audit.json: none of the statements written as wrong, and all but one of
    the 40 expected (the one left: "Sanchez met Feijoo and Abascal separately": the parser's)."""
    found, total, wrong = score_cases(run, AUDIT)
    assert wrong == []
    assert found >= total - 1


# "Vexa struck a deal with Orlen to settle the case ." : a thing does nothing; the infinitive is Vexa's aim
DEAL = """
Vexa Vexa PROPN NNP nsubj 1
struck strike VERB VBD ROOT 1
a a DET DT det 3
deal deal NOUN NN dobj 1
with with ADP IN prep 3
Orlen Orlen PROPN NNP pobj 4
to to PART TO aux 7
settle settle VERB VB advcl 1
the the DET DT det 9
case case NOUN NN dobj 7
. . PUNCT . punct 1
"""

# "Vexa licensed its games to cloud firms ." : the parser reads "to cloud" as an infinitive
CLOUD = """
Vexa Vexa PROPN NNP nsubj 1
licensed license VERB VBD ROOT 1
its its PRON PRP$ poss 3
games game NOUN NNS dobj 1
to to PART TO aux 5
cloud cloud VERB VB advcl 1
firms firm NOUN NNS dobj 5
. . PUNCT . punct 1
"""

# "Vexa hired a bank to advise it ." : the one hired does it
BANK = """
Vexa Vexa PROPN NNP nsubj 1
hired hire VERB VBD ROOT 1
a a DET DT det 3
bank bank NOUN NN dobj 1
to to PART TO aux 5
advise advise VERB VB advcl 1
it it PRON PRP dobj 5
. . PUNCT . punct 1
"""


def test_an_infinitive_after_a_thing_is_the_subject_s_aim():
    assert ("settle", "Vexa", "the case", POS, HYPOTHETICAL) in tuples(make_doc(DEAL))


def test_an_infinitive_after_what_is_given_is_no_aim():
    assert not [t for t in tuples(make_doc(CLOUD)) if t[0] == "cloud"]


def test_an_infinitive_after_someone_hired_is_not_the_hirer_s():
    assert not [t for t in tuples(make_doc(BANK)) if t[0] == "advise" and t[1] == "Vexa"]


# "Vexa was ordered by the court to pay the fine ." and "Vexa was told that the plant would close ."
ORDERED = """
Vexa Vexa PROPN NNP nsubjpass 2
was be AUX VBD auxpass 2
ordered order VERB VBN ROOT 2
by by ADP IN agent 2
the the DET DT det 5
court court NOUN NN pobj 3
to to PART TO aux 7
pay pay VERB VB xcomp 2
the the DET DT det 9
fine fine NOUN NN dobj 7
. . PUNCT . punct 2
"""
TOLD = """
Vexa Vexa PROPN NNP nsubjpass 2
was be AUX VBD auxpass 2
told tell VERB VBN ROOT 2
that that SCONJ IN mark 7
the the DET DT det 5
plant plant NOUN NN nsubj 7
would would AUX MD aux 7
close close VERB VB ccomp 2
. . PUNCT . punct 2
"""


@pytest.mark.parametrize("spec, verb", [(ORDERED, "order"), (TOLD, "tell")])
def test_the_subject_of_a_passive_orders_or_tells_nothing(spec, verb):
    got = tuples(make_doc(spec))
    assert not [t for t in got if t[0] == verb and t[1] == "Vexa"]
    assert ("pay", "Vexa", "the fine", POS, REQUESTED) in got or verb == "tell"


def test_open_ie_keeps_the_passive_report_as_written():
    assert [t for t in tuples(make_doc(TOLD), openie=True) if t[0] == "tell" and t[1] == "Vexa"]
