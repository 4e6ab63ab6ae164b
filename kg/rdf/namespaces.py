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

__all__ = ["KG", "KGR", "KGP", "WD", "SCHEMA", "CAMEO", "PREFIXES", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD"]


def bind_prefixes(graph) -> None:
    """Bind the contract's prefixes on an rdflib Graph or Dataset."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
