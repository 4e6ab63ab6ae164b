"""The contract graph of one article's extraction."""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from kg.rdf.iris import article_iri, concept_iri, entity_iri, predicate_iri, statement_iri
from kg.rdf.namespaces import CAMEO, KG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD, bind_prefixes
from kg.types import Argument, EntityType, Extraction, Modality, Polarity, Statement


# kg:date's datatype by precision: a week is dated by its Monday
DATE_TYPES = {"day": XSD.date, "week": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def argument_node(out: list, arg: Argument) -> URIRef | Literal:
    """An entity's IRI, a literal for dates and quantities, else a kg:Concept with the entities it involves."""
    if arg.entity:
        return entity_iri(arg.entity)
    if arg.datatype:
        return Literal(arg.text)
    node = concept_iri(arg.text)
    out.append((node, RDF.type, KG.Concept))
    out.append((node, RDFS.label, Literal(arg.text)))
    for key in arg.involves:
        out.append((node, KG.involves, entity_iri(key)))
    return node


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


def to_graph(extraction: Extraction) -> Graph:
    """One article's graph: the article, its entities, its statements and the predicates they use.

    Every statement is reified (rdf:subject/rdf:predicate/rdf:object) with its factuality, confidence, sentence,
    offsets and provenance; only Positive, Asserted statements are also written as direct triples.
    """
    out: list[tuple] = []
    art = extraction.article
    a = article_iri(art)
    out.append((a, RDF.type, SCHEMA.NewsArticle))
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
        out.append((e, RDF.type, KG[ent.type.value]))
        out.append((e, RDFS.label, Literal(ent.label)))
        out.extend((e, SKOS.altLabel, Literal(alias)) for alias in sorted(ent.aliases) if alias != ent.label)
        if ent.wikidata:
            out.append((e, OWL.sameAs, WD[ent.wikidata]))
        out.append((a, SCHEMA.mentions, e))
    terms = _Terms({e.key for e in extraction.entities if e.type in (EntityType.GPE, EntityType.LOCATION)})
    for st in extraction.statements:
        add_statement(out, a, st, extraction, terms)
    g = Graph(store="SimpleMemory")     # an article graph is small and only added to: the lighter store is faster
    bind_prefixes(g)
    g.addN((s, p, o, g) for s, p, o in out)
    return g


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
            lit = self.literals[key] = Literal(value, datatype=datatype)
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
        out.append((pred, RDF.type, RDF.Property))
        out.append((pred, RDFS.label, Literal(st.predicate_label)))
        verb_code = predicate_code(st.predicate)
        if verb_code:
            out.append((pred, KG.cameoCode, Literal(verb_code)))
    node = statement_iri(extraction.article, st.char_start, s_node, pred, o_node, st.polarity.value,
                         st.modality.value, st.subject.text, st.object.text)
    out += [(node, RDF.type, KG.Statement), (node, RDF.subject, s_node), (node, RDF.predicate, pred),
            (node, RDF.object, o_node), (node, KG.polarity, terms.polarity[st.polarity]),
            (node, KG.modality, terms.modality[st.modality]),
            (node, KG.confidence, terms.literal(canonical_decimal(st.confidence), XSD.decimal)),
            (node, KG.sentence, terms.literal(st.sentence)),
            (node, KG.charStart, terms.literal(str(st.char_start), XSD.integer)),
            (node, KG.charEnd, terms.literal(str(st.char_end), XSD.integer)),
            (node, PROV.wasDerivedFrom, article)]
    if st.event_type:
        out.append((node, KG.eventType, CAMEO[st.event_type]))
    if st.attributed_to:
        out.append((node, KG.attributedTo, entity_iri(st.attributed_to)))
    if st.date:
        out.append((node, KG.date, terms.literal(st.date, DATE_TYPES[st.date_precision])))
        out.append((node, KG.datePrecision, terms.literal(st.date_precision)))
    for extra in st.extra:
        if extra.entity in terms.places:
            out.append((node, KG.place, entity_iri(extra.entity)))
        elif extra.datatype == "date":
            out.append((node, KG.time, Literal(extra.text)))
        else:
            out.append((node, KG.qualifier, Literal(extra.text)))
    if st.is_fact and not isinstance(s_node, Literal):
        out.append((s_node, pred, o_node))
    return node
