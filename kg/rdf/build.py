"""The contract graph of one article's extraction."""
from __future__ import annotations

from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.memory import SimpleMemory

from kg.gcpause import gc_paused
from kg.rdf import iris
from kg.rdf.iris import article_iri, statement_iri
from kg.rdf.namespaces import CAMEO, KG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD, bind_prefixes
from kg.types import Argument, EntityType, Extraction, Modality, Polarity, Statement


# kg:date's datatype by precision: a week is dated by its Monday
DATE_TYPES = {"day": XSD.date, "week": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}

# The terms every statement repeats, looked up once: an attribute of an rdflib namespace is a lookup with checks
# (DefinedNamespace's) on every access, and they were a fifth of the time of building a graph.
TYPE, LABEL, ALT_LABEL, SAME_AS = RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs
SUBJECT, PREDICATE, OBJECT, PROPERTY = RDF.subject, RDF.predicate, RDF.object, RDF.Property
STATEMENT, CONCEPT, INVOLVES, POLARITY, MODALITY = KG.Statement, KG.Concept, KG.involves, KG.polarity, KG.modality
CONFIDENCE, SENTENCE, CHAR_START, CHAR_END = KG.confidence, KG.sentence, KG.charStart, KG.charEnd
EVENT_TYPE, ATTRIBUTED_TO, DATE, DATE_PRECISION = KG.eventType, KG.attributedTo, KG.date, KG.datePrecision
PLACE, TIME, QUALIFIER, CAMEO_CODE, DERIVED_FROM = KG.place, KG.time, KG.qualifier, KG.cameoCode, PROV.wasDerivedFrom
DECIMAL, INTEGER = XSD.decimal, XSD.integer

# Terms made once per process: a Literal with a datatype parses its text into a Python value on creation, and an
# IRI from a label is a slug and a hash. Terms are immutable, so graphs can share them; the same offsets,
# confidences, entities and predicates come back in article after article.
entity_iri = lru_cache(maxsize=1 << 16)(iris.entity_iri)
concept_iri = lru_cache(maxsize=1 << 16)(iris.concept_iri)
predicate_iri = lru_cache(maxsize=1 << 12)(iris.predicate_iri)


@lru_cache(maxsize=1 << 16)
def _literal(value: str, datatype: URIRef | None = None) -> Literal:
    return Literal(value, datatype=datatype)


def argument_node(out: list, arg: Argument) -> URIRef | Literal:
    """An entity's IRI, a literal for dates and quantities, else a kg:Concept with the entities it involves."""
    if arg.entity:
        return entity_iri(arg.entity)
    if arg.datatype:
        return _literal(arg.text)
    node = concept_iri(arg.text)
    out.append((node, TYPE, CONCEPT))
    out.append((node, LABEL, _literal(arg.text)))
    for key in arg.involves:
        out.append((node, INVOLVES, entity_iri(key)))
    return node


@lru_cache(maxsize=1 << 12)     # the shipped dictionary does not change: each predicate is coded once
def predicate_code(predicate: str) -> str | None:
    """The CAMEO code a kgp: predicate maps to whatever its object: its verb's own code in the dictionary.

    >>> predicate_code("accuse"), predicate_code("president_of")
    ('112', None)
    """
    from kg.events import default_coder
    return default_coder().code(predicate)


def canonical_decimal(value: float) -> str:
    """The xsd:decimal canonical form at three places, so that every store writes it back the same.

    >>> canonical_decimal(0.770), canonical_decimal(1), canonical_decimal(0.5)
    ('0.77', '1.0', '0.5')
    """
    text = f"{value:.3f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


@gc_paused()    # short-lived terms and tuples by the thousand: see kg.gcpause
def to_graph(extraction: Extraction) -> Graph:
    """One article's graph: the article, its entities, its statements and the predicates they use.

    Every statement is reified (rdf:subject/rdf:predicate/rdf:object) with its factuality, confidence, sentence,
    offsets and provenance; only Positive, Asserted statements are also written as direct triples.
    """
    out: list[tuple] = []
    art = extraction.article
    a = article_iri(art)
    out.append((a, TYPE, SCHEMA.NewsArticle))
    if art.headline:
        out.append((a, SCHEMA.headline, Literal(art.headline)))
    if art.date:
        out.append((a, SCHEMA.datePublished, Literal(art.date, datatype=XSD.date)))
    if art.author:
        out.append((a, SCHEMA.author, Literal(art.author)))
    if art.url:
        out.append((a, SCHEMA.url, URIRef(art.url) if " " not in art.url else Literal(art.url)))
    out.append((a, KG.contentHash, Literal(art.content_hash)))
    for ent in extraction.entities:
        e = entity_iri(ent.key)
        out.append((e, TYPE, KG[ent.type.value]))
        out.append((e, LABEL, _literal(ent.label)))
        out.extend((e, ALT_LABEL, _literal(alias)) for alias in sorted(ent.aliases) if alias != ent.label)
        if ent.wikidata:
            out.append((e, SAME_AS, WD[ent.wikidata]))
        out.append((a, SCHEMA.mentions, e))
    terms = _Terms({e.key for e in extraction.entities if e.type in (EntityType.GPE, EntityType.LOCATION)})
    for st in extraction.statements:
        add_statement(out, a, st, extraction, terms)
    g = Graph(store="SimpleMemory")     # an article graph is small and only added to: the lighter store is faster
    bind = g.store.bind     # the store's bindings bind_prefixes would leave, without its namespace manager's work
    for prefix, namespace in _bound_namespaces():
        bind(prefix, namespace, override=True)
    _fill(g, out)
    return g


def iter_triples(g: Graph):
    """The graph's triples in the order ``iter(g)`` gives them; for a SimpleMemory store (what :func:`to_graph`
    makes) read straight from its subject index, without the generator of contexts rdflib's ``triples`` yields
    with every triple (about half the time of writing an article's graph as N-Triples rows)."""
    spo = getattr(g.store, "_SimpleMemory__spo", None)
    if type(g.store) is not SimpleMemory or not isinstance(spo, dict):
        yield from g
        return
    for s, po in spo.items():
        for p, objects in po.items():
            for o in objects:
                yield s, p, o


def _fill(g: Graph, triples: list[tuple]) -> None:
    """Add triples of terms made here to a new graph's SimpleMemory store, each once, in the order they come.

    What Graph.add and addN end in is the store's ``add``, which finds each of its three indexes' entries by
    catching a KeyError: three or four exceptions a triple, a fifth of building a graph. The indexes are filled
    here with the same nesting (``spo[s][p][o] = 1``, ``pos[p][o][s]``, ``osp[o][s][p]``); a store of another
    layout (another rdflib) is filled through its ``add``, the repeats dropped first. The indexes keep a repeated
    triple once by themselves, where it first came: the triples are not made distinct beforehand (a Literal's
    hash is Python code, and each dict of distinct triples hashed every one of them again).
    """
    store = g.store
    spo = getattr(store, "_SimpleMemory__spo", None)
    pos = getattr(store, "_SimpleMemory__pos", None)
    osp = getattr(store, "_SimpleMemory__osp", None)
    if type(store) is not SimpleMemory or not (isinstance(spo, dict) and isinstance(pos, dict)
                                               and isinstance(osp, dict)):
        add = store.add
        for triple in dict.fromkeys(triples):
            add(triple, g)
        return
    for s, p, o in triples:
        _put(spo, s, p, o)
        _put(pos, p, o, s)
        _put(osp, o, s, p)


def _put(index: dict, a, b, c) -> None:
    """``index[a][b][c] = 1``, making the inner dicts where missing without raising a KeyError."""
    inner = index.get(a)
    if inner is None:
        inner = index[a] = {}
    leaf = inner.get(b)
    if leaf is None:
        leaf = inner[b] = {}
    leaf[c] = 1


@lru_cache(maxsize=None)
def _bound_namespaces() -> tuple[tuple[str, URIRef], ...]:
    """The prefixes a new graph has after :func:`kg.rdf.namespaces.bind_prefixes`, in order: rdflib's own and the
    contract's. Binding them through a graph's namespace manager checks each against the others (about 50 per
    article, a tenth of building its graph); replaying the result into the store gives the same bindings."""
    g = Graph(store="SimpleMemory")
    bind_prefixes(g)
    return tuple(g.namespaces())


class _Terms:
    """RDF terms a graph repeats (sentences, offsets, predicates), made once."""

    def __init__(self, places: set[str] = frozenset()) -> None:
        self.literals: dict = {}
        self.predicates: set = set()
        self.places = places                # keys of the entities that are places (for kg:place)
        self.polarity = {p: KG[p.value] for p in Polarity}
        self.modality = {m: KG[m.value] for m in Modality}

    def literal(self, value, datatype=None) -> Literal:
        key = (value, datatype)
        lit = self.literals.get(key)
        if lit is None:
            lit = self.literals[key] = _literal(value, datatype)
        return lit


def add_statement(out: list, article: URIRef, st: Statement, extraction: Extraction,
                  terms: _Terms | None = None) -> URIRef:
    """Append one statement's triples (reified, with provenance, and direct when a fact) to ``out``."""
    terms = terms or _Terms()
    s_node = argument_node(out, st.subject)
    o_node = argument_node(out, st.object)
    pred = predicate_iri(st.predicate)
    if (pred, st.predicate_label) not in terms.predicates:
        # a role keeps each title it was read from as a label ("governor of", "mayor of" for kgp:head_of)
        terms.predicates.add((pred, st.predicate_label))
        out.append((pred, TYPE, PROPERTY))
        out.append((pred, LABEL, _literal(st.predicate_label)))
        verb_code = predicate_code(st.predicate)
        if verb_code:
            out.append((pred, CAMEO_CODE, _literal(verb_code)))
    node = statement_iri(extraction.article, st.char_start, s_node, pred, o_node, st.polarity.value,
                         st.modality.value, st.subject.text, st.object.text)
    out += [(node, TYPE, STATEMENT), (node, SUBJECT, s_node), (node, PREDICATE, pred),
            (node, OBJECT, o_node), (node, POLARITY, terms.polarity[st.polarity]),
            (node, MODALITY, terms.modality[st.modality]),
            (node, CONFIDENCE, terms.literal(canonical_decimal(st.confidence), DECIMAL)),
            (node, SENTENCE, terms.literal(st.sentence)),
            (node, CHAR_START, terms.literal(str(st.char_start), INTEGER)),
            (node, CHAR_END, terms.literal(str(st.char_end), INTEGER)),
            (node, DERIVED_FROM, article)]
    if st.event_type:
        out.append((node, EVENT_TYPE, CAMEO[st.event_type]))
    if st.attributed_to:
        out.append((node, ATTRIBUTED_TO, entity_iri(st.attributed_to)))
    if st.date:
        out.append((node, DATE, terms.literal(st.date, DATE_TYPES[st.date_precision])))
        out.append((node, DATE_PRECISION, terms.literal(st.date_precision)))
    for extra in st.extra:
        if extra.entity in terms.places:
            out.append((node, PLACE, entity_iri(extra.entity)))
        elif extra.datatype == "date":
            out.append((node, TIME, _literal(extra.text)))
        else:
            out.append((node, QUALIFIER, _literal(extra.text)))
    if st.is_fact and not isinstance(s_node, Literal):
        out.append((s_node, pred, o_node))
    return node
