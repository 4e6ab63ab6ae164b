"""Repairs that say no to most words from the Doc's columns answer on every word of sentences of our own as the
Token-walking versions (kept here as the reference) do."""
from __future__ import annotations

import pytest

from kg.extract import lexicon as lx
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
    doc = noun.doc
    if noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].text != ",":
        return None
    for c in noun.children:
        if c.dep_ == "acl" and c.i > noun.i and c.lemma_.lower() in lx.REPORTING_VERBS and c.tag_ in ("VBD", "VBN") \
                and not any(g.dep_ in ("dobj", "ccomp", "xcomp", "attr") for g in c.children):
            end = noun.right_edge.i + 1
            if end < len(doc) and doc[end].is_sent_end:
                return c
            nxt = max(c.right_edge.i, noun.i) + 1
            while nxt < len(doc) and doc[nxt].text == ",":
                pp = [p for p in noun.children if p.dep_ == "prep" and p.left_edge.i == nxt + 1]
                if not pp:
                    break
                nxt = pp[0].right_edge.i + 1
            while nxt < len(doc) and not doc[nxt].is_sent_start:
                if not (doc[nxt].is_punct or doc[nxt].is_space):
                    return None
                nxt += 1
            return c
    return None


def _participle_name(noun):
    if noun.pos_ != "NOUN":
        return None
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.i != noun.i + 1 or acl.lemma_.lower() not in rp.NAMING_PARTICIPLES:
            continue
        if acl.tag_ == "VBG" and not any(c.dep_ == "dobj" and c.lower_ in rp.REFLEXIVES for c in acl.children):
            continue
        if acl.tag_ not in ("VBG", "VBN"):
            continue
        names = [c for c in acl.children if c.dep_ in ("oprd", "attr") and c.pos_ == "PROPN"]
        if not names and acl.lemma_.lower() == "know":
            names = [g for c in acl.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                     if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if names:
            return names[0]
    return None


def _i(tok):
    return tok.i if tok is not None else None


def test_column_repairs_answer_as_token_repairs(nlp):
    attributions = names = subjects = 0
    for text in SENTENCES:
        doc = nlp(text)
        for tok in doc:
            assert _i(rp.final_attribution(tok)) == _i(_final_attribution(tok)), (text, tok.text)
            assert _i(rp.participle_name(tok)) == _i(_participle_name(tok)), (text, tok.text)
            own = [c.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass")]
            subs, inherited = subjects_of(tok)
            if own and not inherited:
                subjects += 1
            attributions += _final_attribution(tok) is not None
            names += _participle_name(tok) is not None
    assert attributions >= 2 and names >= 2 and subjects, (attributions, names, subjects)
