"""The per-Doc columns of kg.extract.docarrays equal what the spaCy Tokens say, on Docs built by hand."""
from __future__ import annotations

import gc
import weakref

from spacy.tokens import Doc

from clausehelp import make_doc
from kg.extract import docarrays
from kg.extract.docarrays import arrays
from kg.extract.namecues import sport_story

SPEC = """
The the DET DT det 1
Harbour harbour PROPN NNP compound 2
Board board PROPN NNP nsubj 3
fined fine VERB VBD ROOT 3
Kestrel Kestrel PROPN NNP dobj 3
. . PUNCT . punct 3
It it PRON PRP nsubj 7
appealed appeal VERB VBD ROOT 7
. . PUNCT . punct 7
"""


def test_columns_match_tokens():
    doc = make_doc(SPEC, ents=["O", "B-ORG", "I-ORG", "O", "B-ORG", "O", "O", "O", "O"])
    cols = arrays(doc)
    assert cols.text == [t.text for t in doc]
    assert cols.lower == [t.lower_ for t in doc]
    assert cols.lemma == [t.lemma_ for t in doc]
    assert cols.lemma_lower == [t.lemma_.lower() for t in doc]
    assert cols.tag == [t.tag_ for t in doc]
    assert cols.pos == [t.pos_ for t in doc]
    assert cols.dep == [t.dep_ for t in doc]
    assert cols.ent_type == [t.ent_type_ for t in doc]
    assert cols.ent_iob == [t.ent_iob_ for t in doc] == ["O", "B", "I", "O", "B", "O", "O", "O", "O"]
    assert cols.head == [t.head.i for t in doc]
    assert cols.doc_text == doc.text
    assert cols.sent_starts == [s.start for s in doc.sents] == [0, 6]
    assert arrays(doc) is cols      # read once per Doc


def test_cache_lets_the_doc_go():
    doc = make_doc(SPEC)
    arrays(doc).lemma
    assert doc in docarrays._CACHE
    ref = weakref.ref(doc)
    del doc
    gc.collect()
    assert ref() is None        # the cache does not keep a Doc alive


def test_sport_story_counts_distinct_nouns():
    lines = ["The the DET DT det 1", "striker striker NOUN NN nsubj 2", "left leave VERB VBD ROOT 2",
             "the the DET DT det 4", "club club NOUN NN dobj 2", "after after ADP IN prep 2",
             "the the DET DT det 7", "match match NOUN NN pobj 5", ". . PUNCT . punct 2"]
    assert sport_story(make_doc("\n".join(lines)))
    two = lines[:5] + ["again again ADV RB advmod 2", ". . PUNCT . punct 2"]
    assert not sport_story(make_doc("\n".join(two)))
    # "Match" as a verb or a proper noun is no sport noun
    verb = [ln.replace("match match NOUN NN", "match match VERB VB") for ln in lines]
    assert not sport_story(make_doc("\n".join(verb)))


def test_flags_children_and_spacing_match_tokens():
    # "Rolls-Royce  sued Acme ." with a double space (a whitespace token) and a hyphen glued on both sides
    words = ["Rolls", "-", "Royce", " ", "sued", "Acme", "."]
    spaces = [False, False, True, False, True, False, False]
    doc = make_doc("""
Rolls Rolls PROPN NNP compound 2
- - PUNCT HYPH punct 2
Royce Royce PROPN NNP nsubj 4
_ _ SPACE _SP dep 2
sued sue VERB VBD ROOT 4
Acme Acme PROPN NNP dobj 4
. . PUNCT . punct 4
""")
    doc = Doc(doc.vocab, words=words, spaces=spaces, lemmas=[t.lemma_ for t in doc], pos=[t.pos_ for t in doc],
              tags=[t.tag_ for t in doc], deps=[t.dep_ for t in doc], heads=[t.head.i for t in doc])
    cols = arrays(doc)
    assert cols.children == [[c.i for c in t.children] for t in doc]
    assert cols.children[4] == [2, 5, 6] and cols.children[2] == [0, 1, 3]
    assert cols.is_punct == [t.is_punct for t in doc] == [False, True, False, False, False, False, True]
    assert cols.is_space == [t.is_space for t in doc] == [False, False, False, True, False, False, False]
    assert cols.is_alpha == [t.is_alpha for t in doc]
    assert cols.is_stop == [t.is_stop for t in doc]
    assert cols.space_after == [bool(t.whitespace_) for t in doc] == spaces
    assert cols.is_sent_start == [t.is_sent_start is True for t in doc]
    assert cols.doc_text == doc.text == "Rolls-Royce  sued Acme."
    assert cols.ent_iob == [t.ent_iob_ for t in doc] == [""] * 7     # a Doc whose entities nobody set


def test_last_doc_shortcut_gives_each_doc_its_own_arrays():
    one, two = make_doc(SPEC), make_doc(SPEC.replace("fined", "sued"))
    first = arrays(one)
    assert arrays(two) is not first and arrays(two).text[3] == "sued"
    assert arrays(one) is first and arrays(one).text[3] == "fined"


def test_flags_offsets_and_names_match_tokens():
    words = ["Dr.", "ANNA", "Kowalski-Nowak", " ", "paid", "12", "euros", "in", "Lodz", "."]
    spaces = [True, True, False, False, True, True, True, True, False, False]
    doc = Doc(make_doc(SPEC).vocab, words=words, spaces=spaces, ents=["O", "B-PERSON", "I-PERSON", "O", "O",
                                                                     "B-MONEY", "I-MONEY", "O", "B-GPE", "O"])
    cols = arrays(doc)
    assert cols.is_upper == [t.is_upper for t in doc] and cols.is_lower == [t.is_lower for t in doc]
    assert cols.is_title == [t.is_title for t in doc] and cols.like_num == [t.like_num for t in doc]
    assert cols.idx == [t.idx for t in doc]
    assert cols.ents == ((1, 3, "PERSON"), (5, 7, "MONEY"), (8, 9, "GPE"))
    assert [cols.ents[k] if k >= 0 else None for k in cols.ent_index] == [
        next(((e.start, e.end, e.label_) for e in doc.ents if e.start <= t.i < e.end), None) for t in doc]
    assert cols.positions["Lodz"] == [8] and "lodz" not in cols.positions
    n = len(doc)
    for start in range(-n - 2, n + 3):      # every slice, as Doc.__getitem__ reads its bounds
        for end in range(-n - 2, n + 3):
            assert cols.span_text(start, end) == doc[start:end].text, (start, end)


def test_span_root_is_the_spans():
    doc = make_doc(SPEC + """Its its PRON PRP$ poss 11
chief chief ADJ JJ amod 11
executive executive NOUN NN nsubj 12
resigned resign VERB VBD ROOT 12
, , PUNCT , punct 12
" " PUNCT `` punct 12
""")
    cols = arrays(doc)
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            assert cols.span_root(start, end) == doc[start:end].root.i, (start, end)


def test_entity_at_reads_the_names_once():
    from kg.extract.bodies import entity_at
    doc = make_doc(SPEC, ents=["O", "B-ORG", "I-ORG", "O", "B-ORG", "O", "O", "O", "O"])
    for tok in doc:
        want = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        got = entity_at(tok)
        assert (got is None) == (want is None)
        if got is not None:
            assert (got.start, got.end, got.label_, got.text) == (want.start, want.end, want.label_, want.text)
