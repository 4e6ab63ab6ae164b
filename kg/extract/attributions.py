"""Sentence-final attributions the small parser misreads as arguments of the sentence's main verb.

", the two companies announced on Tuesday." after a clause is read as a second object of its verb, as an
apposition to the object's last noun, or as the verb's last conjunct or complement. Each function looks at a
dependency parse only and returns the verb of saying (or its source) that :mod:`kg.extract.factuality`,
:mod:`kg.extract.complements` and the clause walk set apart as the sentence's source.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays


def final_attribution(noun: Token) -> Token | None:
    """ "SkyNordic has ordered 60 jets, the two companies announced on Tuesday.": the parser reads the source
    of a sentence-final attribution as a second object of the main verb, with the verb of saying as its
    participle. Returns that verb of saying: after a comma, with no object or complement of its own, at the
    end of the sentence."""
    doc = noun.doc
    cols = arrays(doc)      # asked of every object of every verb: the columns say no to most
    n, head = noun.i, cols.head[noun.i]
    if cols.dep[n] not in ("dobj", "npadvmod", "appos") or n < head:
        return None
    if cols.pos[head] not in ("VERB", "AUX") and (cols.dep[n] != "appos" or object_verb(noun.head) is None):
        return None
    return attribution_verb(noun)


# The words by which a noun of a clause's object hangs from its verb ("turned down an offer of talks with Washington":
# Washington, talks, offer, turned).
NOUN_PATH = frozenset("pobj prep dobj attr npadvmod nmod compound poss amod appos".split())


def object_verb(tok: Token) -> Token | None:
    """The verb whose object (or prepositional phrase) ``tok`` ends, climbing nouns and prepositions only; None when
    a clause of its own stands between them. ", the semi-official Tasnim news agency reported." after "turned down
    an offer of talks with Washington" is read as an apposition to Washington: its source, misread."""
    cur = tok
    for _ in range(10):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.dep_ not in NOUN_PATH or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def deep_final_attribution(root: Token) -> Token | None:
    """The source of a sentence-final attribution the parser hangs as an apposition on the last noun of the root's
    object (see :func:`object_verb`), else None."""
    doc = root.doc
    cols = arrays(doc)      # asked of every root: the words to the sentence's end by position, a Token for each apposition
    starts, dep, pos, head = cols.sent_starts, cols.dep, cols.pos, cols.head
    k = bisect.bisect_right(starts, root.i)
    for i in range(root.i + 1, starts[k] if k < len(starts) else cols.n):     # (root.sent.end)
        if dep[i] != "appos" or pos[head[i]] in ("VERB", "AUX"):
            continue
        tok = doc[i]
        verb = object_verb(tok.head)
        if verb is not None and verb.i == root.i and attribution_verb(tok) is not None:
            return tok
    return None


# Participles by which an attribution names its own source (", state media reported, quoting a statement").
CITING_VERBS = frozenset("cite quote".split())


def attribution_verb(noun: Token) -> Token | None:
    """The verb of saying of a sentence-final attribution whose source is ``noun`` (see :func:`final_attribution`,
    which asks this only of an object after its verb): after a comma, with no object or complement of its own, at
    the end of the sentence; else None."""
    doc = noun.doc
    cols = arrays(doc)      # asked of many nouns: the comma and the children by position, a Token for a verb kept
    left = noun.left_edge.i
    if left == 0 or cols.text[left - 1] != ",":
        return None
    dep, kids = cols.dep, cols.children
    for ci in kids[noun.i]:
        if dep[ci] == "acl" and ci > noun.i and cols.lemma_lower[ci] in lx.REPORTING_VERBS and cols.tag[ci] in (
                "VBD", "VBN") and not any(dep[g] in ("dobj", "ccomp", "xcomp", "attr") for g in kids[ci]):
            c = doc[ci]
            end = noun.right_edge.i + 1
            if end < len(doc) and doc[end].is_sent_end:
                return c
            nxt = max(c.right_edge.i, noun.i) + 1
            while nxt < len(doc) and doc[nxt].text == ",":
                # ", the two companies announced on Tuesday, in a blow to Boeing.": a phrase set off by a comma
                # after the attribution, which the parser hangs on its source, modifies the whole sentence
                pp = [p for p in noun.children if p.dep_ == "prep" and p.left_edge.i == nxt + 1]
                if not pp:
                    break
                nxt = pp[0].right_edge.i + 1
            while nxt < len(doc) and not doc[nxt].is_sent_start:
                if doc[nxt].tag_ == "VBG" and doc[nxt].lemma_.lower() in CITING_VERBS and doc[nxt - 1].text == ",":
                    nxt = doc[nxt].right_edge.i + 1     # ", quoting a government statement": the source's own source
                    continue
                if not (doc[nxt].is_punct or doc[nxt].is_space):
                    return None
                nxt += 1
            return c
    return None


def final_conjunct_attribution(verb: Token) -> Token | None:
    """ "Chile has no plans to ... and will honour its contracts, the minister said.": the parser reads a
    sentence-final attribution as the last conjunct of the main verb, as its complement ("Manila has asked
    Tokyo for two vessels, an official said on Monday, as tensions rose."), or as an adverbial clause with a subject
    (", the state-run newspaper reported on Monday."). Returns that verb of saying: a finite
    verb after a comma with a subject of its own and no object or complement, nothing but adjuncts after it to the
    end of the sentence (a clause set off by a comma, ", as tensions rose", is one: it frames the whole)."""
    doc = verb.doc
    cols = arrays(doc)      # asked of every verb: its children by position, a Token for a verb of saying only
    dep, tag, kids = cols.dep, cols.tag, cols.children
    for ci in kids[verb.i]:
        if dep[ci] not in ("conj", "ccomp", "advcl", "parataxis") or ci < verb.i or cols.lemma_lower[ci] not in \
                lx.REPORTING_VERBS or tag[ci] not in ("VBD", "VBZ", "VBP") and not (
                    tag[ci] == "VBN" and not any(dep[g] in ("aux", "auxpass") for g in kids[ci])):
            continue    # (", the news agency reported on Friday.", ", the two companies announced on Tuesday": also
            # tagged a participle, as an adverbial or a complement clause; the subject it must have below makes it
            # a past tense)
        c = doc[ci]
        subj = [g for g in c.children if g.dep_ == "nsubj" and g.i < c.i]
        if not subj or any(g.dep_ in ("dobj", "ccomp", "xcomp", "attr", "conj", "cc", "mark") for g in c.children):
            continue
        start = subj[0].left_edge.i
        if start == 0 or doc[start - 1].text != "," or any(
                g.dep_ == "advcl" and (c.dep_ == "conj" or doc[g.left_edge.i - 1].text != ",") for g in c.children):
            continue
        end, stop = c.right_edge.i + 1, c.sent.end      # (up to this sentence's end: the next one may follow)
        if end < stop and not all(t.is_punct or t.is_space for t in doc[end:min(stop, end + 3)]):
            continue
        return c
    return None
