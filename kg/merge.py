"""Cross-article entity resolution: the same person in two articles becomes one node with both articles' names.

Each article's graph is built on its own, so "Vladimir Putin" in one article and "Putin" in the next
get IRIs of their own. An :class:`EntityIndex` remembers the entities seen so far and rewrites a new
article's entity IRIs onto the known ones before the graph is written.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.rdf.namespaces import KG, OWL, RDF, RDFS, SKOS
from kg.types import EntityType

__all__ = ["EntityIndex", "ENTITY_CLASSES", "entity_nodes", "Merge", "RULE_SCORES"]

#: The contract's entity classes, in a fixed order (the first one a node has is its type).
ENTITY_CLASSES = tuple(KG[t.value] for t in EntityType)
_PERSON = KG[EntityType.PERSON.value]
_ORGANIZATION = KG[EntityType.ORGANIZATION.value]
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "of.", "&"})
_NAME_PREDICATES = (RDFS.label, SKOS.altLabel)


#: How sure each resolution rule is: a shared Wikidata item, a shared full name, a unique surname, the user.
RULE_SCORES = {"wikidata": 1.0, "fullname": 0.9, "surname": 0.7, "acronym": 0.6, "user": 1.0}


@dataclass(frozen=True)
class Merge:
    """One entity node of an incoming graph resolved onto a known entity with another IRI."""

    node: URIRef                                        # the incoming node's own IRI
    target: URIRef                                      # the known entity it became
    rule: str                                           # a key of RULE_SCORES
    names: tuple[str, ...]                              # the incoming node's names


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _initials(label: str) -> str | None:
    """The acronym of an organisation's name of two or more words: "Danube Bridge Authority" -> "DBA".

    Examples
    --------
    >>> _initials("Bank of International Settlements"), _initials("Microsoft")
    ('BIS', None)
    """
    words = [w for w in label.replace("-", " ").split() if w.casefold() not in _FUNCTION_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass
class _Known:
    """What the index holds about one entity node."""

    type: URIRef
    label: Literal
    names: set[str] = field(default_factory=set)      # normalised names, the label's among them
    same_as: set[URIRef] = field(default_factory=set)


@dataclass
class _Seen:
    """One entity node of an incoming graph."""

    iri: URIRef
    type: URIRef
    labels: list[Literal]
    names: list[Literal]                                # labels and alt labels, in sorted order
    same_as: list[URIRef]


def entity_nodes(graph: Graph) -> list[URIRef]:
    """The IRIs of the graph's entity nodes (typed with one of the contract's entity classes), sorted.

    Examples
    --------
    >>> from rdflib import Graph, URIRef
    >>> g = Graph()
    >>> g.add((URIRef("urn:e"), RDF.type, KG.Person))  # doctest: +ELLIPSIS
    <Graph ...>
    >>> entity_nodes(g)
    [rdflib.term.URIRef('urn:e')]
    """
    nodes = {s for cls in ENTITY_CLASSES for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef)}
    return sorted(nodes)


def _describe(graph: Graph, iri: URIRef) -> _Seen:
    types = set(graph.objects(iri, RDF.type))
    etype = next(cls for cls in ENTITY_CLASSES if cls in types)
    labels = sorted((o for o in graph.objects(iri, RDFS.label) if isinstance(o, Literal)), key=str)
    names = sorted({o for p in _NAME_PREDICATES for o in graph.objects(iri, p) if isinstance(o, Literal)},
                   key=lambda lit: (str(lit), lit.language or ""))
    same_as = sorted(o for o in graph.objects(iri, OWL.sameAs) if isinstance(o, URIRef))
    return _Seen(iri, etype, labels, names, same_as)


def _fullest(labels: list[Literal]) -> Literal | None:
    # The longest name in tokens, then in characters; ties go to the alphabetically first.
    return min(labels, key=lambda lit: (-len(str(lit).split()), -len(str(lit)), str(lit)), default=None)


class EntityIndex:
    """The entities seen so far, for resolving a new article's entities onto known IRIs.

    A new entity node is the same as a known one when (tried in this order):

    1. its IRI is already known;
    2. they share an ``owl:sameAs`` link (a Wikidata Q-id);
    3. they have the same type and share a full name of two or more tokens (label or alt label);
    4. the new node is a ``kg:Person`` whose only name is one token that equals the last token of
       exactly one known person's label ("Putin" -> "Vladimir Putin"); two candidates leave it alone;
    5. the new node is a ``kg:Organization`` whose only name is an acronym that spells the initials of
       exactly one known organisation's label ("DBA" -> "Danube Bridge Authority").

    Merges the user forced (:meth:`redirect`) come first; names the user split off (:meth:`forbid`) are
    never resolved onto that entity again.

    The index is deterministic: the same graphs added in the same order give the same IRIs.

    Examples
    --------
    >>> from rdflib import Graph, Literal, URIRef
    >>> first, second = Graph(), Graph()
    >>> putin, surname = URIRef("urn:e/vladimir-putin"), URIRef("urn:e/putin")
    >>> for g, iri, name in ((first, putin, "Vladimir Putin"), (second, surname, "Putin")):
    ...     _ = g.add((iri, RDF.type, KG.Person)).add((iri, RDFS.label, Literal(name)))
    >>> index = EntityIndex()
    >>> index.add(index.resolve(first))
    >>> resolved = index.resolve(second)
    >>> sorted(str(o) for o in resolved.objects(putin, SKOS.altLabel))
    ['Putin']
    >>> (surname, None, None) in resolved
    False
    """

    def __init__(self) -> None:
        self._known: dict[URIRef, _Known] = {}
        self._by_same_as: dict[URIRef, URIRef] = {}
        self._by_name: dict[tuple[URIRef, str], set[URIRef]] = {}
        self._by_surname: dict[str, set[URIRef]] = {}
        self._by_initials: dict[str, set[URIRef]] = {}
        self._redirects: dict[URIRef, URIRef] = {}
        self._split: dict[URIRef, set[str]] = {}
        #: When True, each resolution onto another IRI is kept in :attr:`merges` (a store records them).
        self.record_merges = False
        self.merges: list[Merge] = []

    def __len__(self) -> int:
        return len(self._known)

    def __contains__(self, iri: object) -> bool:
        return iri in self._known

    def label(self, iri: URIRef) -> Literal | None:
        """The label a known entity keeps (its fullest name when first seen), or None."""
        known = self._known.get(URIRef(iri))
        return known.label if known else None

    def names(self, iri: URIRef) -> set[str]:
        """All normalised names (label and alt labels) recorded for a known entity."""
        known = self._known.get(URIRef(iri))
        return set(known.names) if known else set()

    def match(self, graph: Graph) -> dict[URIRef, URIRef]:
        """For each entity node of ``graph`` that is a known entity, the known IRI it resolves to.

        Parameters
        ----------
        graph : rdflib.Graph
            One article's graph.

        Returns
        -------
        dict
            New IRI -> known IRI (the same IRI when it is already known).
        """
        mapping = {}
        for iri in entity_nodes(graph):
            target = self._target(_describe(graph, iri))
            if target is not None:
                mapping[iri] = target
        return mapping

    def _target(self, seen: _Seen) -> URIRef | None:
        found = self._rule_target(seen)
        return found[0] if found else None

    def _rule_target(self, seen: _Seen) -> tuple[URIRef, str] | None:
        """The known entity ``seen`` resolves to and the rule that says so, or None."""
        if seen.iri in self._known:
            return seen.iri, "iri"
        if seen.iri in self._redirects and self._follow(seen.iri) in self._known:
            return self._follow(seen.iri), "user"
        found = self._by_rules(seen)
        if found is not None and self._split.get(found[0]):
            if self._split[found[0]] & {_norm(n) for n in seen.names}:
                return None         # the user split this name off that entity: never merge it again
        return found

    def _follow(self, iri: URIRef) -> URIRef:
        seen = {iri}
        while iri in self._redirects and self._redirects[iri] not in seen:
            iri = self._redirects[iri]
            seen.add(iri)
        return iri

    def _by_rules(self, seen: _Seen) -> tuple[URIRef, str] | None:
        for link in seen.same_as:
            if link in self._by_same_as:
                return self._by_same_as[link], "wikidata"
        full = {_norm(n) for n in seen.names if len(str(n).split()) >= 2}
        candidates = set().union(*(self._by_name.get((seen.type, n), set()) for n in full)) if full else set()
        if len(candidates) == 1:
            return next(iter(candidates)), "fullname"
        if candidates:
            return None
        single = {_norm(n) for n in seen.names}
        if seen.type == _PERSON and len(single) == 1:
            (name,) = single
            if len(name.split()) == 1:
                people = self._by_surname.get(name, set())
                if len(people) == 1:
                    return next(iter(people)), "surname"
        if seen.type == _ORGANIZATION and len(seen.names) == 1 and _is_acronym(str(seen.names[0])):
            bodies = self._by_initials.get(str(seen.names[0]).replace(".", ""), set())
            if len(bodies) == 1:
                return next(iter(bodies)), "acronym"
        return None

    # -- the user's curation -------------------------------------------------------------------

    def redirect(self, node: URIRef, target: URIRef) -> None:
        """Resolve ``node`` onto ``target`` whenever it is seen again (a merge the user forced)."""
        self._redirects[URIRef(node)] = URIRef(target)

    def forbid(self, target: URIRef, name: str) -> None:
        """Never resolve a node that carries ``name`` onto ``target`` (a name the user split off)."""
        self._split.setdefault(URIRef(target), set()).add(_norm(name))

    def resolve(self, graph: Graph, *, copy: bool = True) -> Graph:
        """One article's graph with its entity IRIs rewritten onto the known entities.

        A resolved node keeps the known node's label and type; the article's own names for it
        become ``skos:altLabel`` of the known node. The index itself is not changed: call
        :meth:`add` with the result once it is stored.

        Parameters
        ----------
        graph : rdflib.Graph
            One article's graph.
        copy : bool
            Return a new graph and leave ``graph`` as it was (the default), or rewrite ``graph``
            itself, which touches only the triples of resolved nodes and is much cheaper.

        Returns
        -------
        rdflib.Graph
            The resolved graph: a new one, or ``graph`` itself when ``copy`` is False.
        """
        removals, additions = self._changes(graph)
        if not copy:
            for triple in removals:
                graph.remove(triple)
            for triple in additions:
                graph.add(triple)
            return graph
        out = Graph()
        for prefix, namespace in graph.namespaces():
            out.bind(prefix, namespace, override=True)
        for triple in graph:
            if triple not in removals:
                out.add(triple)
        for triple in additions:
            out.add(triple)
        return out

    def resolve_triples(self, graph: Graph) -> list[tuple[Node, Node, Node]]:
        """The triples of :meth:`resolve`, as a list without duplicates (cheaper than a new Graph)."""
        removals, additions = self._changes(graph)
        kept = [triple for triple in graph if triple not in removals]
        return kept + [triple for triple in additions if triple not in graph or triple in removals]

    def _changes(self, graph: Graph) -> tuple[set, list]:
        """The triples to take out of ``graph`` and those to put in, to resolve its entities."""
        mapping = self.match(graph)
        if self.record_merges:
            for iri, target in mapping.items():
                if iri != target:
                    seen = _describe(graph, iri)
                    rule = self._rule_target(seen)[1]
                    self.merges.append(Merge(iri, target, rule, tuple(str(n) for n in seen.names)))
        removals: set = set()
        additions: dict[tuple, None] = {}
        for iri, target in mapping.items():
            if iri == target:
                # a known IRI: only its label and type may need to become the known ones
                known = self._known[target]
                stale = [(iri, p, o) for p, o in graph.predicate_objects(iri)
                         if (p == RDFS.label and o != known.label)
                         or (p == RDF.type and o in ENTITY_CLASSES and o != known.type)]
                for triple in stale:
                    removals.add(triple)
                    if triple[1] == RDFS.label:
                        additions[(iri, SKOS.altLabel, triple[2])] = None
                if stale:
                    additions[(iri, RDF.type, known.type)] = None
                    additions[(iri, RDFS.label, known.label)] = None
                continue
            for s, p, o in {*graph.triples((iri, None, None)), *graph.triples((None, None, iri))}:
                removals.add((s, p, o))
                if s == iri and (p in _NAME_PREDICATES or (p == RDF.type and o in ENTITY_CLASSES)):
                    continue        # names and type of a resolved node are rewritten below
                additions[(mapping.get(s, s), p, mapping.get(o, o) if isinstance(o, URIRef) else o)] = None
            known = self._known[target]
            additions[(target, RDF.type, known.type)] = None
            additions[(target, RDFS.label, known.label)] = None
            for name in _describe(graph, iri).names:
                if name != known.label:
                    additions[(target, SKOS.altLabel, name)] = None
        return removals, list(additions)

    def add(self, graph: Graph) -> None:
        """Remember the entity nodes of a (resolved) graph: their types, names and ``owl:sameAs`` links.

        Parameters
        ----------
        graph : rdflib.Graph
            An article's graph after :meth:`resolve`, or any graph of entity descriptions
            (such as the union of a store's article graphs).
        """
        for iri in entity_nodes(graph):
            seen = _describe(graph, iri)
            known = self._known.get(iri)
            if known is None:
                label = _fullest(seen.labels) or _fullest(seen.names)
                if label is None:
                    continue        # a nameless node cannot be matched by name; its IRI still resolves
                known = self._known[iri] = _Known(seen.type, label)
                self._index_name(iri, known, label)
                if len(str(label).split()) >= 2 and seen.type == _PERSON:
                    self._by_surname.setdefault(_norm(str(label).split()[-1]), set()).add(iri)
                if seen.type == _ORGANIZATION and (initials := _initials(str(label))):
                    self._by_initials.setdefault(initials, set()).add(iri)
            for name in seen.names:
                self._index_name(iri, known, name)
            for link in seen.same_as:
                known.same_as.add(link)
                self._by_same_as.setdefault(link, iri)

    def _index_name(self, iri: URIRef, known: _Known, name: Node) -> None:
        norm = _norm(str(name))
        known.names.add(norm)
        if len(norm.split()) >= 2:
            self._by_name.setdefault((known.type, norm), set()).add(iri)
