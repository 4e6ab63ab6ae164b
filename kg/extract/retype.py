"""Second looks at a resolved article's clusters: types that nothing in the article supports.

The small NER model calls many one-word names persons: clubs ("Everton signed ..."), products, events, words at
the start of a sentence ("Turnout was ..."). News writing introduces a person by the full name, so a name that is
only ever written as one word, that the gazetteer does not know and that no title, role or "he"/"she" marks as a
person's, is no evidence of a person. Where it acts (the subject or object of a verb) it is most often a firm, a
club or a body, and becomes an organisation; otherwise it stays a concept: an unknown name is better left a
concept than made a wrong entity.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as lx
from kg.extract.namecues import acts, context_votes
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.entities import Cluster, Resolver

PERSON = EntityType.PERSON
HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady".split())


def person_cue(r: Resolver, c: Cluster) -> bool:
    """Whether the article says the cluster is a person: a title or role noun before a mention ("Mr Alvarez",
    "striker Neymar"), a role in apposition ("Kalivia's mayor, Zervakis,"), or "he"/"she" resolved to it."""
    doc = r.doc
    for m in c.mentions:
        before = doc[m.start - 1] if m.start > 0 else None
        if before is not None and before.lower_.rstrip(".") in HONORIFICS | lx.TITLE_NOUNS | set(lx.NAME_TITLES):
            return True
        if any(etype is PERSON for etype, _ in context_votes(doc, m.start, m.end)):
            return True
    return any(cid == c.id and doc[i].lower_ in lx.PERSON_PRONOUNS for i, cid in r.pronoun_cluster.items())


def unsupported_person(r: Resolver, c: Cluster) -> bool:
    """A cluster typed a person only by the NER's guess: every name one word, unknown to the gazetteer, no cue."""
    return (bool(c.mentions) and c.entry is None and r.cluster_type(c) is PERSON
            and all(" " not in m.text and "-" not in m.text for m in c.mentions)
            and all(m.entry is None for m in c.mentions) and not person_cue(r, c))


def retype_single_names(r: Resolver) -> None:
    """Make each one-word "person" with no person cue an organisation where it acts (a subject or object of a
    verb: a firm, a club, a body), else a concept."""
    for c in r.clusters:
        if not unsupported_person(r, c):
            continue
        if any(acts(r.doc, m.start, m.end, by=False) for m in c.mentions):
            for m in c.mentions:
                m.type = EntityType.ORGANIZATION
            r._types.pop(c.id, None)
            continue
        r.forget(c)
