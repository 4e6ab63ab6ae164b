"""The per-Doc columns of kg.extract.docarrays equal what the spaCy Tokens say, on Docs built by hand."""
from __future__ import annotations

import gc
import weakref

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
