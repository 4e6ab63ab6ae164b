"""The namespaces of the graph contract."""
from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

KG = Namespace("https://w3id.org/kg-builder/ontology#")
KGR = Namespace("https://w3id.org/kg-builder/id/")
KGP = Namespace("https://w3id.org/kg-builder/relation/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")
CAMEO = Namespace("https://w3id.org/kg-builder/cameo/")

PREFIXES = {"kg": KG, "kgr": KGR, "kgp": KGP, "wd": WD, "schema": SCHEMA, "rdf": RDF, "rdfs": RDFS,
            "owl": OWL, "xsd": XSD, "skos": SKOS, "prov": PROV, "cameo": CAMEO}

#: One prefix per kind of kg-builder IRI, for output only: Turtle local names cannot hold a "/", so
#: ``kgr:`` alone would print ``kgr:entity\/vladimir-putin``; with these it reads ``ent:vladimir-putin``.
KIND_PREFIXES = {"ent": Namespace(KGR["entity/"]), "stmt": Namespace(KGR["statement/"]),
                 "art": Namespace(KGR["article/"]), "concept": Namespace(KGR["concept/"])}

#: What written Turtle and TriG declare: the contract's prefixes and one per kind of IRI.
OUTPUT_PREFIXES = {**PREFIXES, **KIND_PREFIXES}

__all__ = ["KG", "KGR", "KGP", "WD", "SCHEMA", "CAMEO", "PREFIXES", "KIND_PREFIXES", "OUTPUT_PREFIXES", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD"]


def bind_prefixes(graph) -> None:
    """Bind the contract's prefixes, and one per kind of IRI (``ent:``, ``stmt:``, ``art:``,
    ``concept:``), on an rdflib Graph or Dataset."""
    for prefix, ns in OUTPUT_PREFIXES.items():
        graph.bind(prefix, ns, override=True)
