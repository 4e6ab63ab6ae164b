"""The contract graph of one article's extraction."""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from kg.rdf.iris import article_iri, concept_iri, entity_iri, predicate_iri, statement_iri
from kg.rdf.namespaces import KG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD, bind_prefixes
from kg.types import Argument, Extraction, Statement


def argument_node(graph: Graph, arg: Argument) -> URIRef | Literal:
    """An entity's IRI, a literal for dates and quantities, else a kg:Concept with the entities it involves."""
    if arg.entity:
        return entity_iri(arg.entity)
    if arg.datatype:
        return Literal(arg.text)
    node = concept_iri(arg.text)
    graph.add((node, RDF.type, KG.Concept))
    graph.add((node, RDFS.label, Literal(arg.text)))
    for key in arg.involves:
        graph.add((node, KG.involves, entity_iri(key)))
    return node


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
    g = Graph(store="SimpleMemory")     # an article graph is small and only added to: the lighter store is faster
    bind_prefixes(g)
    art = extraction.article
    a = article_iri(art)
    g.add((a, RDF.type, SCHEMA.NewsArticle))
    if art.headline:
        g.add((a, SCHEMA.headline, Literal(art.headline)))
    if art.date:
        g.add((a, SCHEMA.datePublished, Literal(art.date, datatype=XSD.date)))
    if art.author:
        g.add((a, SCHEMA.author, Literal(art.author)))
    if art.url:
        g.add((a, SCHEMA.url, URIRef(art.url) if " " not in art.url else Literal(art.url)))
    g.add((a, KG.contentHash, Literal(art.content_hash)))
    for ent in extraction.entities:
        e = entity_iri(ent.key)
        g.add((e, RDF.type, KG[ent.type.value]))
        g.add((e, RDFS.label, Literal(ent.label)))
        for alias in sorted(ent.aliases):
            if alias != ent.label:
                g.add((e, SKOS.altLabel, Literal(alias)))
        if ent.wikidata:
            g.add((e, OWL.sameAs, WD[ent.wikidata]))
        g.add((a, SCHEMA.mentions, e))
    for st in extraction.statements:
        add_statement(g, a, st, extraction)
    return g


def add_statement(g: Graph, article: URIRef, st: Statement, extraction: Extraction) -> URIRef:
    s_node = argument_node(g, st.subject)
    o_node = argument_node(g, st.object)
    pred = predicate_iri(st.predicate)
    g.add((pred, RDF.type, RDF.Property))
    g.add((pred, RDFS.label, Literal(st.predicate_label)))
    node = statement_iri(extraction.article, st.char_start, s_node, pred, o_node, st.polarity.value,
                         st.modality.value, st.subject.text, st.object.text)
    g.add((node, RDF.type, KG.Statement))
    g.add((node, RDF.subject, s_node))
    g.add((node, RDF.predicate, pred))
    g.add((node, RDF.object, o_node))
    g.add((node, KG.polarity, KG[st.polarity.value]))
    g.add((node, KG.modality, KG[st.modality.value]))
    if st.attributed_to:
        g.add((node, KG.attributedTo, entity_iri(st.attributed_to)))
    g.add((node, KG.confidence, Literal(canonical_decimal(st.confidence), datatype=XSD.decimal)))
    g.add((node, KG.sentence, Literal(st.sentence)))
    g.add((node, KG.charStart, Literal(st.char_start, datatype=XSD.integer)))
    g.add((node, KG.charEnd, Literal(st.char_end, datatype=XSD.integer)))
    g.add((node, PROV.wasDerivedFrom, article))
    for extra in st.extra:
        g.add((node, KG.qualifier, Literal(extra.text)))
    if st.is_fact and not isinstance(s_node, Literal):
        g.add((s_node, pred, o_node))
    return node

