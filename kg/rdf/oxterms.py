"""Oxigraph terms as rdflib terms: one converter for the engine, the store and the file reader."""
from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_rdflib(term, cache: dict | None = None):
    """The rdflib term for an Oxigraph term (None stays None); ``cache`` reuses terms seen before.

    Examples
    --------
    >>> to_rdflib(ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    rdflib.term.Literal('7', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer'))
    """
    if term is None:
        return None
    if cache is not None:
        known = cache.get(term)
        if known is not None:
            return known
    if isinstance(term, ox.NamedNode):
        out = URIRef(term.value)
    elif isinstance(term, ox.BlankNode):
        out = BNode(term.value)
    elif isinstance(term, ox.Literal):
        if term.language:
            out = Literal(term.value, lang=term.language)
        elif term.datatype.value == _XSD_STRING:
            out = Literal(term.value)
        else:
            out = Literal(term.value, datatype=URIRef(term.datatype.value))
    else:
        raise ValueError(f"RDF-star triple terms are not supported: {term}")
    if cache is not None:
        cache[term] = out
    return out
