"""Check a graph against the contract's SHACL shapes (``ontologies/shapes.ttl``)."""
from __future__ import annotations

from functools import lru_cache

import rdflib

from rdflib.namespace import RDF, SH

from kg.errors import InputError, KGError
from kg.rdf.namespaces import KG
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
    # pySHACL runs a SPARQL constraint once per focus node, which takes minutes on a few thousand
    # statements; _direct_triple_problems() checks the same two rules in one pass instead.
    shapes.remove((None, SH.sparql, None))
    return shapes, ontology


def _direct_triple_problems(graph: rdflib.Graph) -> list[str]:
    """The contract's direct-triple rule, as kgsh:FactsAreDirect and kgsh:OnlyFactsAreDirect state it."""
    facts, claims = set(), []
    for statement in set(graph.subjects(RDF.type, KG.Statement)):
        spo = tuple(graph.value(statement, prop) for prop in (RDF.subject, RDF.predicate, RDF.object))
        if None in spo:
            continue  # the core shapes report the missing part
        is_fact = ((statement, KG.polarity, KG.Positive) in graph and (statement, KG.modality, KG.Asserted) in graph)
        if is_fact:
            facts.add(spo)
        claims.append((statement, spo, is_fact))
    problems = []
    for statement, spo, is_fact in sorted(claims, key=lambda claim: claim[0]):
        written = spo in graph
        if is_fact and not written:
            problems.append(f"{statement}: a positive asserted statement must also be written as the direct triple "
                            f"{' '.join(map(str, spo))}")
        elif not is_fact and written and spo not in facts:
            problems.append(f"{statement}: a negated, reported, hypothetical or requested statement must not also be "
                            f"a direct triple (no positive asserted statement supports {' '.join(map(str, spo))})")
    return problems


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
    and RDFS inference, so ``kg:Person`` counts as a ``kg:Entity``. The shapes' two SPARQL
    constraints (a statement is a direct triple exactly when it is positive and asserted) are
    checked here in one pass, because pySHACL would run them once per statement. A Dataset is
    validated as the union of its named graphs.

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
    problems = _direct_triple_problems(_union(graph))
    if problems:
        text = str(text).replace("Conforms: True", "Conforms: False")
        text += f"Direct-triple rule violations ({len(problems)}):\n" + "".join(f"\t{p}\n" for p in problems)
    return bool(conforms) and not problems, str(text)
