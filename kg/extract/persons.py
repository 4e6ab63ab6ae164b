"""Definite descriptions of people: "the minister", "the player", "the 45-year-old" stand for the one person the
article has named before them with that title (or a kind of it: a striker is a player), or of that age (part of
:class:`kg.extract.entities.Resolver`'s reading of references). Where two people fit, or an unnamed one of that
title comes between, the description stays unresolved.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.entities import Resolver

# A description and the titles it covers besides its own word: "the player" of "striker Leon Fischer"
KINDS = {
    "player": frozenset("""player striker defender midfielder goalkeeper keeper forward winger captain playmaker
batter batsman bowler pitcher quarterback guard centre center fullback""".split()),
    "boss": frozenset("boss chief ceo executive chairman chairwoman chairperson head director manager".split()),
    "coach": frozenset("coach manager".split()),
    "lawmaker": frozenset("lawmaker senator congressman congresswoman representative mp legislator".split()),
    "politician": frozenset("""politician lawmaker senator congressman congresswoman mp minister premier mayor
governor""".split()),
}
# Title nouns that describe no one in particular: "the official", "the member" is any of many
VAGUE = frozenset("official member representative source partner lead agent officer analyst".split())


def aside(clause: Token) -> bool:
    """Whether a relative clause is set off by a comma ("the minister, who ..."): it adds to the description, and
    leaves it the one named before."""
    left = clause.left_edge
    return left.i > 0 and clause.doc[left.i - 1].text == "," and left.lower_ in ("which", "who")


def described_titles(r: Resolver, tok: Token) -> frozenset | None:
    """The titles a singular definite description of a person covers ("the minister" -> minister; "the player" ->
    striker, defender ...), or None where ``tok`` is no such description."""
    cols = arrays(tok.doc)  # asked of every common noun: columns, not Tokens
    i, pos, dep, lower = tok.i, cols.pos, cols.dep, cols.lower
    lemma = cols.lemma_lower[i]
    if pos[i] != "NOUN" or cols.tag[i] != "NN" or lemma in VAGUE or (
            lemma not in lx.TITLE_NOUNS and lemma not in KINDS):
        return None
    kids = cols.children[i]
    if dep[i] == "appos" or any(dep[c] == "appos" and pos[c] in ("PROPN", "NOUN") for c in kids):
        return None     # "Matteo Bruni, the Vatican's spokesman": the apposition names him already
    owned = [c for c in kids if dep[c] == "poss"]
    if not (any(lower[c] == "the" and dep[c] == "det" for c in kids) or owned and pos[owned[0]] != "PRON") \
            or any(dep[c] in ("prep", "acl", "compound", "nmod") or dep[c] == "amod" and lower[c] not in (
                "new", "former") or dep[c] == "relcl" and not aside(tok.doc[c]) for c in kids):
        return None     # "the foreign minister", "the minister of health", "the minister who ...": another one
    return KINDS.get(lemma, frozenset()) | {lemma}


def person_titles(r: Resolver, cid: int, before: int) -> dict[str, list[int]]:
    """The title words the article gives a person before token ``before``, each with the tokens that give it: before
    the name ("Finance Minister Erik Solheim", "striker Leon Fischer"), in apposition ("Solheim, the minister"), or
    as what the person was named as ("named Sara Lind as chief executive")."""
    doc = r.doc
    out: dict[str, list[int]] = {}
    for m in r.clusters[cid].mentions:
        if m.start >= before:
            continue
        root = doc[m.start:m.end].root
        words = [t for t in doc[max(0, m.start - 4):m.start]
                 if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("compound", "amod", "nmod") and root.is_ancestor(t)]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            words.append(root.head)
        words += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        noun = r.appositive_noun(m)
        if noun is not None:
            words.append(noun)
        if root.dep_ == "dobj":     # "named Sara Lind as chief executive"
            words += [g for p in root.head.children if p.dep_ == "prep" and p.lower_ == "as"
                      for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        for w in words:
            for t in (w, *(c for c in w.children if c.dep_ == "compound")):
                out.setdefault(t.lemma_.lower(), []).append(t.i)
    return out


def former_title(title: Token) -> bool:
    """Whether a title word is a past one: "former" or "ex-" in its phrase before it ("Former Peruvian interior
    minister X", "ex-minister X")."""
    phrase = title.doc[title.left_edge.i:title.i + 1]
    return any(t.lower_ in ("former", "ex") or t.lower_.startswith("ex-") for t in phrase)


def title_holder(r: Resolver, tok: Token) -> int | None:
    """The one person named before ``tok`` with a title "the minister", "the player", "the boss" covers; None
    where none or two are (unless only one of them is given it in the description's own sentence), or where an
    unnamed one of that title is spoken of in between ("Solheim met the health minister. The minister said ...")."""
    titles = described_titles(r, tok)
    if titles is None:
        return None
    former = any(c.dep_ == "amod" and c.lower_ == "former" for c in tok.children)
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    owner = r.cluster_of_token(owner) if owner is not None else None
    if owner is None and any(c.dep_ == "poss" for c in tok.children):
        return None
    found: dict[int, list[int]] = {}
    for c in r.clusters:
        if not c.mentions or c.mentions[0].start >= tok.i or r.cluster_type(c) is not EntityType.PERSON:
            continue
        given = [i for w, at in person_titles(r, c.id, tok.i).items() if w in titles for i in at]
        if former:      # "the former minister": one the article called a former one
            given = [i for i in given if former_title(r.doc[i])]
        if owner is not None:   # "The firm's new boss": a title given where the firm is named
            given = [i for i in given if any(r.cluster_of_token(t) == owner for t in r.doc[i].sent)]
        if given:
            found[c.id] = given
    if len(found) > 1:     # "... national president, X ... A spokesman for President Y said the president": Y
        start = r.sentence_start(tok.i)
        found = {c: given for c, given in found.items() if any(i >= start for i in given)}
    if len(found) != 1:
        return None
    (cid, given), = found.items()
    for t in r.doc[min(given):tok.i]:   # "Dahl met the health minister. The minister": either one
        if t.lemma_.lower() in titles and t.i not in given and r.pronoun_cluster.get(t.i, -1) != cid:
            return None
    return cid


def age_of(tok: Token) -> str | None:
    """The age "the 45-year-old" gives, or None for any other word."""
    if tok.lower_ != "old" or not any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children):
        return None
    for c in tok.children:
        if c.lemma_.lower() == "year":
            n = next((g for g in c.children if g.dep_ == "nummod" and g.like_num), None)
            if n is not None:
                return n.text
    return None


def aged_person(r: Resolver, tok: Token) -> int | None:
    """Who "the 45-year-old" is: the one person the article gave that age ("Daniel Moss, 45,"), else the one
    person named in the sentence before it and in its own (the one the story has just introduced)."""
    age = age_of(tok)
    if age is None:
        return None
    doc = r.doc
    people = [c for c in r.clusters if c.mentions and r.cluster_type(c) is EntityType.PERSON]
    aged = {c.id for c in people for m in c.mentions if m.start < tok.i and (
        m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].text == age
        or m.start >= 2 and doc[m.start - 1].lower_ == "old" and age in doc[max(0, m.start - 5):m.start].text)}
    if aged:
        return aged.pop() if len(aged) == 1 else None
    sent = r.sentence_start(tok.i)
    prev = r.sentence_start(sent - 1) if sent > 0 else sent
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    own = {r.cluster_of_token(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i}
    # "The Gunners paid 40 million pounds for the 24-year-old": not the payer (who would be "itself")
    near = {c.id for c in people for m in c.mentions if prev <= m.start < tok.i and c.id not in own}
    return near.pop() if len(near) == 1 else None
