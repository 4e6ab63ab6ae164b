"""The argument helpers read the Doc's columns by word position: on every word of sentences of our own they answer
as the same helpers written over spaCy Tokens (kept here as the reference) do."""
from __future__ import annotations

import pytest

from kg.extract import arguments as a
from kg.extract import lexicon as lx
from kg.extract.relwords import prep_links

pytestmark = pytest.mark.model

SENTENCES = [
    "Both the port authority and the rail operator have quietly pulled out of the talks, the union said.",
    "The mayor, the treasurer and the auditor signed off on the budget and walked out on Monday.",
    "Neither the airline nor its pilots have ever really backed down, and the strike went on.",
    "Three carmakers, Ardent, Voss and Kel, set up a joint venture and then wound it down.",
    "The ferry was born of a deal that the islands had long pushed for; it was born in Gdansk.",
    "\"We will not give up,\" said Marta Ruiz, a lawyer, and the court, which had rarely sat, adjourned.",
    "Farmers in Kent, Essex and Suffolk either sold or leased their land to the developer.",
    "The envoy, who often flies out early, cut short her visit; analysts, however, were not surprised.",
    "The talks stalled because of the strike, and the ministers moved ahead with the plan out of caution.",
]


def _paired(tok):
    return tok.lower_ in a.PAIRED and tok.dep_ in ("det", "preconj") and any(c.dep_ == "conj" for c in tok.head.children)


def _trim(tokens):
    while tokens and (tokens[0].text in a.EDGE_PUNCT or tokens[0].dep_ in ("cc", "mark", "preconj") or _paired(tokens[0])):
        tokens = tokens[1:]
    while tokens and tokens[-1].text in a.EDGE_PUNCT and not (tokens[-1].text in "'\"" and len(tokens) > 1
                                                            and any(t.text == tokens[-1].text for t in tokens[:-1])):
        tokens = tokens[:-1]
    return tokens


def _particles(verb):
    return [c for c in verb.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in a.PARTICLE_ADVERBS and not any(
            g.dep_ == "prep" for g in c.children))]


def _verb_lemma(verb):
    lemma = verb.lemma_.lower()
    if verb.lower_ == "born" and verb.tag_ == "VBN":
        lemma = "born"
    return "_".join([lemma, *[c.lower_ for c in _particles(verb)]])


def _relation_tokens(verb):
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    toks = list(own)
    left = verb.i - 1
    doc = verb.doc
    while left >= 0 and doc[left].head == verb and (
            doc[left].dep_ in ("aux", "auxpass", "neg") or doc[left].dep_ == "advmod" and doc[left].pos_ == "ADV"
            and doc[left].lower_ not in lx.WH_ADVERBS):
        if doc[left].dep_ == "advmod" and (own or left > 0 and not doc[left].is_sent_start
                                           and doc[left - 1].dep_.startswith("nsubj")):
            toks.append(doc[left])
        left -= 1
    toks.append(verb)
    toks += _particles(verb)
    return sorted(set(toks), key=lambda t: t.i)


def _conjuncts(tok):
    if tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return [tok]
    own = [tok, *[c for c in tok.conjuncts if c.i > tok.i and c.pos_ == tok.pos_ or c.i > tok.i and c.dep_ == "conj"
                  and c.pos_ in ("NOUN", "PROPN", "PRON")]]
    own += [g for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i
            for g in c.children if g.dep_ == "conj" and g.pos_ == "NOUN" and g.i > c.i]
    listed = a.listed_apposition(tok)
    if listed is None:
        return own
    members = [listed, *[c for c in listed.conjuncts if c.i > listed.i]]
    return members if a.plural(tok) else [*own, *[m for m in members if m.i not in {o.i for o in own}]]


def _prep_links(verb):
    out = []
    for c in verb.children:
        if c.dep_ in ("prep", "agent") or c.dep_ == "dative" and c.pos_ == "ADP":
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            second = [g for g in objs if g.dep_ == "pcomp" and g.pos_ == "ADP" and g.i == c.i + 1]
            pobjs = [g for g in objs if g.dep_ == "pobj"]
            if second and pobjs:
                out.append(([c, second[0]], pobjs[0]))
                continue
            if objs:
                out.append(([c], objs[0]))
                continue
        elif not (c.dep_ in ("advmod", "prt") and c.i > verb.i and c.pos_ in ("ADV", "ADP", "ADJ")):
            continue
        for q in c.children:
            qobjs = [g for g in q.children if g.dep_ in ("pobj", "pcomp")] if q.dep_ == "prep" else []
            if qobjs and q.i > c.i:
                out.append(([c, q], qobjs[0]))
                break
    return out


def _links(links):
    return [([w.i for w in words], head.i) for words, head in links]


def _ids(tokens):
    return [t.i for t in tokens]


def test_column_helpers_answer_as_token_helpers(nlp):
    fired = {"links": 0, "paired": 0, "trimmed": 0, "particles": 0, "adverbs": 0, "conjuncts": 0, "comma": 0}
    for text in SENTENCES:
        doc = nlp(text)
        cols = a.arrays(doc)
        for tok in doc:
            assert a.paired(tok) == _paired(tok), (text, tok.text)
            assert _links(prep_links(tok)) == _links(_prep_links(tok)), (text, tok.text)
            fired["links"] += len(_prep_links(tok))
            assert _ids(a.particles_of(tok)) == _ids(_particles(tok)), (text, tok.text)
            assert a.verb_lemma(tok) == _verb_lemma(tok), (text, tok.text)
            assert _ids(a.relation_tokens(tok)) == _ids(_relation_tokens(tok)), (text, tok.text)
            assert _ids(a.conjuncts(tok)) == _ids(_conjuncts(tok)), (text, tok.text)
            assert a.conjunct_ids(cols, tok.i) == _ids(tok.conjuncts), (text, tok.text)
            assert a.after_comma(tok) == (tok.i > 0 and (doc[tok.i - 1].text == "," or doc[tok.i - 1].text in "\"'”’"
                                                         and "," in [t.text for t in doc[max(0, tok.i - 2):tok.i]]))
            for start in range(max(0, tok.i - 3), tok.i + 1):
                span = list(doc[start:tok.i + 1])
                assert _ids(a.trim(span)) == _ids(_trim(span)), (text, start, tok.i)
                fired["trimmed"] += len(_trim(span)) < len(span)
            fired["paired"] += _paired(tok)
            fired["particles"] += bool(_particles(tok))
            fired["adverbs"] += len(_relation_tokens(tok)) > 1 + len(_particles(tok))
            fired["conjuncts"] += len(_conjuncts(tok)) > 1
            fired["comma"] += a.after_comma(tok)
    assert all(fired.values()), fired
