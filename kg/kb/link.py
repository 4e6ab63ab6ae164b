"""Linking entities to a knowledge base: candidates by alias, ranked by type fit, popularity and context.

An entity of an article graph that has no ``owl:sameAs`` yet (the gazetteer links first) gets the
knowledge base's candidates for each of its names. Each candidate is scored on

- type fit: the entity's type against the candidate's (a person is never a place);
- popularity: its sitelinks against the other candidates' (a prior for the well-known one);
- context: whether it is related (country, party, employer, seat, ...) to an entity the article links;
- description: words of its description that the article uses;
- name: whether the name is its label rather than an alias.

The best candidate is taken when its score clears a threshold and the next one's by a margin. The link
is an ``owl:sameAs`` plus a ``kg:KBLink`` record in the article graph with the score and the knowledge
base's version, so that every link says which dump it came from.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef

from kg.kb.index import Candidate, KnowledgeBase
from kg.merge import ENTITY_CLASSES, entity_nodes
from kg.rdf.iris import digest
from kg.rdf.namespaces import KG, KGR, OWL, PROV, RDF, RDFS, SKOS, WD, XSD
from kg.types import EntityType

__all__ = ["Link", "choose", "link_graph", "THRESHOLD"]

THRESHOLD = 0.55
MARGIN = 0.05
_WEIGHTS = {"type": 0.35, "prior": 0.25, "context": 0.2, "description": 0.1, "name": 0.1}
_NEAR = {frozenset({EntityType.GPE, EntityType.LOCATION}): 0.7,
         frozenset({EntityType.ORGANIZATION, EntityType.GROUP}): 0.6,
         frozenset({EntityType.ORGANIZATION, EntityType.GPE}): 0.4}
_WORD = re.compile(r"[^\W\d_]{4,}")
_STOP = frozenset("that this with from have were been their there which would about after before other "
                  "also into they them than then when what where while your more most some such only".split())


@dataclass(frozen=True)
class Link:
    """An entity linked to a knowledge base entry."""

    entity: URIRef
    qid: str
    score: float
    name: str


def _words(text: str) -> set[str]:
    return {w for w in (m.casefold() for m in _WORD.findall(text)) if w not in _STOP}


def type_fit(ours: EntityType, theirs: EntityType) -> float:
    """How well a knowledge base type fits the entity's: 1 the same, 0 incompatible.

    Examples
    --------
    >>> type_fit(EntityType.PERSON, EntityType.GPE), type_fit(EntityType.GPE, EntityType.LOCATION)
    (0.0, 0.7)
    """
    if ours == theirs:
        return 1.0
    return _NEAR.get(frozenset({ours, theirs}), 0.0)


def choose(candidates: list[Candidate], etype: EntityType, context: set[str], words: set[str]
           ) -> tuple[Candidate, float] | None:
    """The candidate to link and its score, or None when none is good and clear enough."""
    if not candidates:
        return None
    fitting = [(c, type_fit(etype, c.type)) for c in candidates]
    fitting = [(c, fit) for c, fit in fitting if fit > 0]       # a person is never a place
    most = max((c.sitelinks for c, _ in fitting), default=0)    # popularity among the plausible ones
    scored = []
    for c, fit in fitting:
        prior = math.log1p(c.sitelinks) / math.log1p(most) if most else 0.5
        related = 1.0 if c.related & context else 0.0
        described = min(len(_words(c.description) & words) / 3, 1.0) if c.description else 0.0
        score = (_WEIGHTS["type"] * fit + _WEIGHTS["prior"] * prior + _WEIGHTS["context"] * related
                 + _WEIGHTS["description"] * described + _WEIGHTS["name"] * (1.0 if c.exact else 0.5))
        scored.append((round(score, 4), c))
    if not scored:
        return None
    scored.sort(key=lambda pair: (-pair[0], -pair[1].sitelinks, pair[1].qid))
    best, top = scored[0][0], scored[0][1]
    if best < THRESHOLD or (len(scored) > 1 and best - scored[1][0] < MARGIN and scored[1][1].qid != top.qid):
        return None
    return top, best


def _type_of(graph: Graph, iri: URIRef) -> EntityType | None:
    types = set(graph.objects(iri, RDF.type))
    cls = next((c for c in ENTITY_CLASSES if c in types), None)
    return EntityType(cls.split("#")[-1]) if cls is not None else None


def _names(graph: Graph, iri: URIRef) -> list[str]:
    label = [str(o) for o in graph.objects(iri, RDFS.label)]
    alts = sorted(str(o) for o in graph.objects(iri, SKOS.altLabel))
    # the fullest names first: "Olaf Scholz" before "Scholz"
    return sorted(dict.fromkeys(label + alts), key=lambda n: (-len(n.split()), -len(n), n))


def link_entities(kb: KnowledgeBase, entities: list[tuple[URIRef, EntityType, list[str]]], linked: set[str],
                  words: set[str]) -> list[Link]:
    """Link entities (IRI, type, names; fullest name first) given the Q-ids already linked beside them."""
    context = set(linked)
    out = []
    for iri, etype, names in entities:
        if etype in (EntityType.EVENT, EntityType.GROUP):
            continue
        for name in names:
            if etype == EntityType.PERSON and len(name.split()) == 1 and len(names) == 1 and not context:
                break       # a lone surname with nothing around it is too weak
            found = choose(kb.candidates(name), etype, context, words)
            if found is not None:
                candidate, score = found
                out.append(Link(iri, candidate.qid, score, name))
                context.add(candidate.qid)
                break
    return out


def link_graph(graph: Graph, kb: KnowledgeBase, text: str = "", article: URIRef | None = None) -> list[Link]:
    """Link the graph's entities that have no ``owl:sameAs``; add the links and their records to it.

    Parameters
    ----------
    graph : rdflib.Graph
        One article's graph (changed in place).
    kb : KnowledgeBase
    text : str
        The article's text, for the description words; the statements' sentences are used when empty.
    article : URIRef, optional
        The article node, which the link records are derived from.

    Returns
    -------
    list of Link
    """
    linked = {str(o)[len(str(WD)):] for o in graph.objects(None, OWL.sameAs) if str(o).startswith(str(WD))}
    pending = []
    for iri in entity_nodes(graph):
        if any(True for _ in graph.objects(iri, OWL.sameAs)):
            continue
        etype = _type_of(graph, iri)
        if etype is not None:
            pending.append((iri, etype, _names(graph, iri)))
    if not pending:
        return []
    if not text:
        text = " ".join(str(o) for o in graph.objects(None, KG.sentence))
    links = link_entities(kb, pending, linked, _words(text))
    for link in links:
        add_link(graph, link, kb.version, article)
    return links


def link_triples(link: Link, version: str, article: URIRef | None = None) -> list[tuple]:
    """The ``owl:sameAs`` of a link and its ``kg:KBLink`` record."""
    node = KGR["link/" + digest(article or "", link.entity, link.qid, size=20)]
    out = [(link.entity, OWL.sameAs, WD[link.qid]), (node, RDF.type, KG.KBLink), (node, KG.linkOf, link.entity),
           (node, KG.linkTarget, WD[link.qid]), (node, KG.kbVersion, Literal(version)),
           (node, KG.linkScore, Literal(round(link.score, 3), datatype=XSD.decimal)),
           (node, KG.linkName, Literal(link.name))]
    if article is not None:
        out.append((node, PROV.wasDerivedFrom, article))
    return out


def add_link(graph: Graph, link: Link, version: str, article: URIRef | None = None) -> None:
    """Add a link's triples to a graph."""
    for triple in link_triples(link, version, article):
        graph.add(triple)
