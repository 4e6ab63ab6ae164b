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
    return before[0] if before and (before[0].pos_ == "PROPN" or before[0].pos_ == "NOUN" and before[0].is_title) \
        and before[0].ent_type_ in ("ORG", "GPE") else None     # ("Tata-owned": a name the tagger calls a noun)


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


# Words that make an ownership a share of the owned, not the whole of it ("partly owned", "jointly owned by A and B",
# "a minority-owned", "20%-owned"); "wholly", "fully" and "majority" owned make the owned part of the owner.
PARTIAL_WORDS = frozenset("partly partially jointly part minority half co semi".split())


def part_clauses(clauses: list[Clause]) -> list[Clause]:
    """part_of(owned, owner) beside each own(owner, owned) between two organisations the text says the one owns now
    ("Toyota-owned Daihatsu", "Arm, owned by SoftBank", "Reliance, which owns Jio", "Hino is majority owned by
    Toyota"), each parent_company_of ("Alphabet, Google's parent company") and each body a name's "parent" is said
    to be ("Alphabet, the parent of Google", "TikTok's parent ByteDance"): the owned is a unit of the owner's group. None for a share ("partly owned", "jointly owned by A and B", "20%-owned", "owns 20% of"), an ownership
    told in the past ("Ford owned Volvo until 2010", "was owned by"), or an owner or owned no organisation's name (a
    state, a person: "Qatar-owned Harrods" is the state's property, no part of the state; both names must be tagged
    organisations). The graph keeps it only between two entities (kind "implicit")."""
    out = []
    for c in clauses:
        parent = next((h for h in (c.obj_head, c.subj_head) if h is not None and h.lemma_.lower() == "parent"
                       and h.pos_ == "NOUN"), None) if c.kind == "appos" else None
        if parent is not None and (child := parent_of(parent)) is not None:
            # "Alphabet, the parent of Google", "TikTok's parent ByteDance" (the name in apposition to the noun)
            owner, owner_head = (c.subj, c.subj_head) if c.obj_head is not None and parent.i == c.obj_head.i \
                else (c.obj, c.obj_head)
            owned, owned_head = [t for t in arg_tokens(child) if not (t.head == child and t.dep_ == "case")], child
        elif c.predicate == "parent_company_of" and c.kind == "title" or c.predicate == "own" and owned_whole(c):
            owner, owner_head, owned, owned_head = c.subj, c.subj_head, c.obj, c.obj_head
        else:
            continue
        if owner_head is None or owned_head is None or owner_head.ent_type_ != "ORG" or owned_head.ent_type_ != "ORG":
            continue
        out.append(Clause(kind="implicit", rel=[], predicate="part_of", subj=owned, obj=owner, subj_head=owned_head,
                          obj_head=owner_head, polarity=c.polarity, modality=c.modality, speaker=c.speaker,
                          rel_text_override="is part of", use="graph", qualifier=c.qualifier))
    return out


def parent_of(noun: Token) -> Token | None:
    """The body a bare "parent" is the parent of: its possessor ("TikTok's parent") or its of-phrase ("the parent of
    Google"), a name."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            names = [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            return names[0] if names else None
    return None


def owned_whole(c: Clause) -> bool:
    """An own clause that says the owner owns the whole (or most) of the owned now: a present or participial owning,
    with no word of a share and no second owner beside the first."""
    verb = c.verb if c.verb is not None else (c.rel[0] if c.rel else None)
    if verb is None or verb.lemma_.lower() != "own":
        return False
    auxes = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" or any(a.tag_ in ("VBD", "VBN") or a.lemma_.lower() in ("have", "will", "would", "to")
                                 for a in auxes):
        return False    # "Ford owned Volvo", "was owned by", "had owned": a past ownership, or one to come
    if verb.tag_ not in ("VBZ", "VBP", "VBN"):
        return False
    if verb.dep_ == "acomp" and verb.head.tag_ not in ("VBZ", "VBP"):
        return False    # "X was majority owned by" read with "owned" a complement of the past "was"
    near = [t for t in verb.subtree if t.i < verb.i] + [verb.doc[verb.i - k] for k in (1, 2, 3) if verb.i - k >= 0]
    if any(t.lower_ in PARTIAL_WORDS or t.text in ("%", "percent") or t.like_num for t in near):
        return False    # "partly owned", "20%-owned", "a minority-owned"
    agents = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    if any(k.dep_ in ("conj", "cc") for g in agents for k in g.children) or any(
            k.dep_ in ("conj", "cc") for k in c.subj_head.children if c.subj_head is not None):
        return False    # "owned by Toyota and Mazda", "Toyota and Mazda own X": each owns a share
    obj = c.obj_head
    return obj is not None and not any(t.like_num or t.text == "%" for t in c.obj)
