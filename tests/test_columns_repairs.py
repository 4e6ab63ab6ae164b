"""Repairs that say no to most words from the Doc's columns answer on every word of sentences of our own as the
Token-walking versions (kept here as the reference: their Token tests, then the walk both share) do."""
from __future__ import annotations

import pytest

from kg.extract import attributions as at
from kg.extract import repairs as rp
from kg.extract.arguments import subjects_of

pytestmark = pytest.mark.model

SENTENCES = [
    "Nordhavn Shipping has ordered twelve tankers, the two companies announced on Thursday.",
    "Aerlune has ordered 30 jets, the two companies announced on Tuesday.",
    "Fjordline has ordered two ships, the two groups announced on Tuesday, in a blow to its rival.",
    "Pellam has won the tender, the three firms announced on Monday.",
    "The port will close for a week, officials said, in a blow to exporters.",
    "A group calling itself Red Harbour claimed the blockade, and a man named Piotr Zalewski was held.",
    "The ferry firm known as Baltline and a trader called Oskar Lind signed the lease, a spokesman confirmed.",
    "A union calling for calm met the mayor; a firm naming its new chief lost shares.",
    "The minister, according to the minutes, rejected the bid and then resigned.",
]


def _final_attribution(noun):
    if noun.dep_ not in ("dobj", "npadvmod", "appos") or noun.head.pos_ not in ("VERB", "AUX") or noun.i < noun.head.i:
        return None
    return at.attribution_verb(noun)    # the Token walk both versions share


def _participle_name(noun):
    if noun.pos_ != "NOUN":
        return None
    return rp.named_by_participle(noun)     # the Token walk both versions share


def _i(tok):
    return tok.i if tok is not None else None


def test_column_repairs_answer_as_token_repairs(nlp):
    attributions = names = subjects = 0
    for text in SENTENCES:
        doc = nlp(text)
        for tok in doc:
            assert _i(at.final_attribution(tok)) == _i(_final_attribution(tok)), (text, tok.text)
            assert _i(rp.participle_name(tok)) == _i(_participle_name(tok)), (text, tok.text)
            own = [c.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass")]
            subs, inherited = subjects_of(tok)
            if own and not inherited:
                subjects += 1
            attributions += _final_attribution(tok) is not None
            names += _participle_name(tok) is not None
    assert attributions >= 2 and names >= 2 and subjects, (attributions, names, subjects)
