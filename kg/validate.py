"""Check a graph against the contract's SHACL shapes (``ontologies/shapes.ttl``)."""
from __future__ import annotations

from functools import lru_cache

import rdflib

from kg.errors import InputError, KGError
from kg.resources import ontology_dir


@lru_cache(maxsize=1)
def _shapes_and_ontology() -> tuple[rdflib.Graph, rdflib.Graph]:
    """Parse the shipped shapes and ontology once per process."""
    folder = ontology_dir()
    try:
        shapes = rdflib.Graph().parse(folder / "shapes.ttl", format="turtle")
        ontology = rdflib.Graph().parse(folder / "kg.ttl", format="turtle")
    except (OSError, SyntaxError, ValueError) as err:
        raise KGError(f"Cannot read the shipped shapes or ontology in {folder}: {err}; reinstall kg-builder") from err
    return shapes, ontology


def _union(graph: rdflib.Graph) -> rdflib.Graph:
    """All triples of a Dataset's graphs in one Graph, so shapes can follow links across named graphs."""
    if not isinstance(graph, (rdflib.Dataset, rdflib.ConjunctiveGraph)):
        return graph
    union = rdflib.Graph()
    for s, p, o, _ in graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def validate_graph(graph: rdflib.Graph) -> tuple[bool, str]:
    """Validate a graph against the graph contract with pySHACL.

    The shapes in ``ontologies/shapes.ttl`` run with ``ontologies/kg.ttl`` as the ontology graph
    and RDFS inference, so ``kg:Person`` counts as a ``kg:Entity``. A Dataset is validated as the
    union of its named graphs.

    Parameters
    ----------
    graph : rdflib.Graph
        The graph (or Dataset) to check. It is not modified.

    Returns
    -------
    tuple of (bool, str)
        Whether the graph conforms, and pySHACL's text report.

    Raises
    ------
    KGError
        If pySHACL is not installed or the shipped shapes cannot be read.
    InputError
        If pySHACL cannot evaluate the graph.

    Examples
    --------
    >>> conforms, report = validate_graph(rdflib.Graph())
    >>> conforms
    True
    """
    try:
        import pyshacl
    except ImportError as err:
        raise KGError("Validation needs pySHACL; run: pip install 'kg-builder[test]' (or pip install pyshacl)") from err
    shapes, ontology = _shapes_and_ontology()
    try:
        conforms, _report_graph, text = pyshacl.validate(
            _union(graph), shacl_graph=shapes, ont_graph=ontology, inference="rdfs",
            abort_on_first=False, allow_warnings=False, advanced=False, inplace=False)
    except Exception as err:  # pySHACL reports bad data graphs with assorted exception types
        raise InputError(f"Cannot validate the graph: {' '.join(str(err).split())[:200]}") from err
    return bool(conforms), str(text)
