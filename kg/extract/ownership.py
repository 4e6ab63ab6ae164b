"""Ownership between organisations (and states) that a participle states: "SZCR, which is majority-owned by the
Jiangxi group", "Brixton Bank is wholly owned by Y", "the Qatar-owned chain Harwoods", "AsiaNews, a news agency
run by the Pontifical Institute".

Each is a Clause seen by the graph only (Open IE keeps the text's own tuple), own(owner, owned) or run(...), with the
factuality of the clause it stands in; a participle before a noun ("the Qatar-owned chain") is the writer's
presupposition. The owned is the name the participle describes: the subject of "is owned by", the name a
description in apposition stands for ("AsiaNews, a news agency run by X"), or the name after the description ("the
Qatar-owned chain Harwoods").
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import Clause, arg_tokens, subjects_of
from kg.extract.factuality import Context, own_factuality
from kg.types import EntityType, Statement

# Participles of owning or running a body, and the predicate each gives ("majority-owned by" is owned by).
OWN_VERBS = {"own": "own", "control": "control", "run": "run", "operate": "operate", "back": "back"}
# Kinds of names that own or run a body: an organisation, a state or a person; never a date or an amount.
OWNER_ENTS = frozenset({"ORG", "GPE", "PERSON"})


def named(tok: Token) -> Token | None:
    """The name a noun stands for: the name itself, the name a description is in apposition to ("AsiaNews, a news
    agency"), or the name in apposition after a description ("the chain Harwoods"); None when it names none."""
    if tok.pos_ == "PROPN":
        return tok
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
        return tok.head
    names = [c for c in tok.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > tok.i]
    if len(names) == 1:
        return names[0]
    if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
        return tok.head     # "the Danish-owned brewery Carlsen": the description compounds the name
    doc, end = tok.doc, tok.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if tok.pos_ == "NOUN" and end > tok.i + 1 and (end == len(doc) or doc[end].pos_ not in ("NOUN", "PROPN")):
        return doc[end - 1]     # "Pilots at Qantas-owned budget carrier Jetstar voted": the name right after the
                                # description, which the parser hung elsewhere
    return None


def owned_of(verb: Token) -> Token | None:
    """What a participle of owning is said of: "X is (majority-)owned by", "X, which is owned by", "a firm owned
    by", "the X-owned firm Y"."""
    head = verb.head
    if verb.dep_ == "acomp" and head.lemma_ == "be":
        subjects, _ = subjects_of(head)
        return subjects[0] if len(subjects) == 1 and subjects[0].pos_ == "PROPN" else None
    if verb.dep_ == "acl" and head.lemma_.lower() == "majority" and head.dep_ == "attr":
        return owned_of(head)   # "is majority owned by": the parser hangs the participle on "majority"
    if verb.dep_ == "attr":
        subjects, _ = subjects_of(verb.head)
        return subjects[0] if len(subjects) == 1 and subjects[0].pos_ == "PROPN" else None
    if verb.dep_ in ("acl", "amod") and head.pos_ in ("NOUN", "PROPN"):
        return named(head)
    return None


def owner_of(verb: Token) -> Token | None:
    """The owner: the agent ("owned by X"), or the name before the hyphen ("the Qatar-owned chain")."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents:
        a = agents[0]
        return a if a.pos_ == "PROPN" and a.ent_type_ in OWNER_ENTS else None
    if verb.dep_ != "amod":
        return None
    before = [c for c in verb.children if c.dep_ in ("npadvmod", "compound") and c.i == verb.i - 2
              and verb.doc[verb.i - 1].text == "-"]
    return before[0] if before and before[0].pos_ == "PROPN" and before[0].ent_type_ in ("ORG", "GPE") else None


def ownership_clauses(verb: Token, ctx: Context) -> list[Clause]:
    """own(owner, owned), or run/operate/control, from a participle of owning with an agent or a name before it;
    none when either is not a name.

    >>> ownership_clauses.__name__
    'ownership_clauses'
    """
    lemma = verb.lemma_.lower()
    if lemma not in OWN_VERBS or verb.tag_ != "VBN" or verb.dep_ not in ("acomp", "acl", "amod", "attr"):
        return []
    owner, owned = owner_of(verb), owned_of(verb)
    if owner is None or owned is None or owner.i == owned.i:
        return []
    if verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and verb.head.lemma_.lower() != "majority":
        return []       # "Activision, owned by X": the passive reading the clauses already give
    pol, mod = own_factuality(verb.head if verb.dep_ == "acomp" else verb, ctx)
    return [Clause(kind="verb", rel=[verb], predicate=OWN_VERBS[lemma], subj=arg_tokens(owner), obj=arg_tokens(owned),
                   subj_head=owner, obj_head=owned, polarity=pol, modality=mod, speaker=ctx.speaker, inherited=True,
                   rel_text_override=OWN_VERBS[lemma], use="graph")]



def owns_person(conv, st: Statement) -> bool:
    """A statement of owning or controlling whose owned is a person: a short name resolved to a person who shares
    it ("Halden is owned by Brix" with a Peder Halden in the article), never what the text means. (Running and
    backing are left alone: "the party backs Harris".)"""
    if st.predicate not in ("own", "control") or not st.object.entity:
        return False
    owned = conv.entity_of(st.object.entity)
    return owned is not None and owned.type is EntityType.PERSON
