"""The ontology and the SHACL shapes: they parse, cover the contract, and tell good graphs from bad."""
import re
from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.rdf.namespaces import KG
from kg.resources import ontology_dir
from kg.validate import validate_graph

CONTRACT = Path("/work/shared/design/CONTRACT.md")

GOOD = """
@prefix kg: <https://w3id.org/kg-builder/ontology#> .
@prefix kgr: <https://w3id.org/kg-builder/id/> .
@prefix kgp: <https://w3id.org/kg-builder/relation/> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .

kgr:entity\\/vladimir-putin a kg:Person ;
    rdfs:label "Vladimir Putin" ;
    skos:altLabel "Putin", "Russian President Vladimir Putin" ;
    owl:sameAs wd:Q7747 .
kgr:entity\\/dnr a kg:GeopoliticalEntity ; rdfs:label "Donetsk People's Republic" ; skos:altLabel "DNR" .
kgr:entity\\/kremlin a kg:Organization ; rdfs:label "Kremlin" .
kgr:concept\\/recognition a kg:Concept ; rdfs:label "recognition of the DNR" ; kg:involves kgr:entity\\/dnr .

kgp:consider a rdf:Property ; rdfs:label "consider" .
kgp:deny a rdf:Property ; rdfs:label "deny" ; kg:cameoCode "0214" .

kgr:statement\\/1 a kg:Statement ;
    rdf:subject kgr:entity\\/vladimir-putin ; rdf:predicate kgp:consider ; rdf:object kgr:concept\\/recognition ;
    kg:polarity kg:Positive ; kg:modality kg:Reported ; kg:attributedTo kgr:entity\\/kremlin ;
    kg:confidence "0.83"^^xsd:decimal ;
    kg:sentence "Russian President Vladimir Putin said Monday that he would consider recognition of the DNR." ;
    kg:charStart 312 ; kg:charEnd 398 ;
    prov:wasDerivedFrom kgr:article\\/a1 .
kgr:statement\\/2 a kg:Statement ;
    rdf:subject kgr:entity\\/kremlin ; rdf:predicate kgp:deny ; rdf:object "2022-02-21"^^xsd:date ;
    kg:polarity kg:Positive ; kg:modality kg:Asserted ; kg:confidence 0.5 ;
    kg:sentence "The Kremlin denied it." ; kg:charStart 0 ; kg:charEnd 22 ;
    prov:wasDerivedFrom kgr:article\\/a1 .
kgr:entity\\/kremlin kgp:deny "2022-02-21"^^xsd:date .

kgr:article\\/a1 a schema:NewsArticle ;
    schema:headline "Putin considers recognition" ; schema:datePublished "2022-02-21"^^xsd:date ;
    schema:author "Staff" ; schema:url <https://example.org/news/1> ;
    kg:contentHash "%s" ;
    schema:mentions kgr:entity\\/vladimir-putin , kgr:entity\\/dnr .
""" % ("ab" * 32)


@pytest.fixture()
def good():
    return rdflib.Graph().parse(data=GOOD, format="turtle")


def test_ontology_and_shapes_parse():
    for name in ("kg.ttl", "shapes.ttl"):
        graph = rdflib.Graph().parse(ontology_dir() / name, format="turtle")
        assert len(graph) > 50


@pytest.mark.skipif(not CONTRACT.is_file(), reason="the shared design folder is not present")
def test_every_contract_term_is_declared():
    ontology = rdflib.Graph().parse(ontology_dir() / "kg.ttl", format="turtle")
    terms = set(re.findall(r"\bkg:(\w+)", CONTRACT.read_text(encoding="utf-8")))
    assert {"Statement", "Person", "polarity", "confidence"} <= terms
    missing = sorted(t for t in terms if (KG[t], RDFS.label, None) not in ontology
                     or (KG[t], RDFS.comment, None) not in ontology)
    assert not missing, f"kg: terms used in CONTRACT.md but not declared with label and comment: {missing}"


def test_entity_classes_align_with_schema_org():
    ontology = rdflib.Graph().parse(ontology_dir() / "kg.ttl", format="turtle")
    schema = rdflib.Namespace("https://schema.org/")
    expected = {"Person": schema.Person, "Organization": schema.Organization,
                "GeopoliticalEntity": schema.AdministrativeArea, "Location": schema.Place,
                "Group": schema.Organization, "Event": schema.Event}
    for name, counterpart in expected.items():
        assert (KG[name], RDFS.subClassOf, KG.Entity) in ontology
        assert (KG[name], RDFS.subClassOf, counterpart) in ontology
        assert (KG[name], RDF.type, OWL.Class) in ontology


def test_contract_example_conforms(good):
    conforms, report = validate_graph(good)
    assert conforms, report


def test_dataset_is_validated_as_union(good):
    ds = rdflib.Dataset()
    article = URIRef("https://w3id.org/kg-builder/id/article/a1")
    for triple in good:
        graph = ds.graph(article) if triple[0] != article else ds.default_graph
        graph.add(triple)
    conforms, report = validate_graph(ds)
    assert conforms, report


def _statement(graph):
    return URIRef("https://w3id.org/kg-builder/id/statement/1")


@pytest.mark.parametrize("breakage, needle", [
    pytest.param(lambda g: g.remove((_statement(g), RDF.subject, None)), "rdf:subject", id="no-subject"),
    pytest.param(lambda g: g.set((_statement(g), KG.confidence, Literal("1.7", datatype=rdflib.XSD.decimal))),
                 "confidence", id="confidence-1.7"),
    pytest.param(lambda g: g.add((URIRef("https://w3id.org/kg-builder/id/entity/vladimir-putin"), OWL.sameAs,
                                  URIRef("https://dbpedia.org/resource/Vladimir_Putin"))), "Wikidata", id="sameas-dbpedia"),
    pytest.param(lambda g: g.set((_statement(g), KG.polarity, KG.Asserted)), "polarity", id="bad-polarity"),
    pytest.param(lambda g: g.set((_statement(g), RDF.predicate, URIRef("http://example.org/consider"))),
                 "kgp:", id="predicate-outside-kgp"),
    pytest.param(lambda g: g.remove((_statement(g), rdflib.PROV.wasDerivedFrom, None)), "NewsArticle",
                 id="no-provenance"),
    pytest.param(lambda g: g.add((URIRef("https://w3id.org/kg-builder/id/entity/dnr"), RDFS.label, Literal("DPR"))),
                 "exactly one rdfs:label", id="two-labels"),
    pytest.param(lambda g: g.set((_statement(g), KG.charStart, Literal(500))), "charStart", id="start-after-end"),
    pytest.param(lambda g: g.add((URIRef("https://w3id.org/kg-builder/id/entity/vladimir-putin"),
                                  URIRef("https://w3id.org/kg-builder/relation/consider"),
                                  URIRef("https://w3id.org/kg-builder/id/concept/recognition"))),
                 "direct triple", id="reported-claim-written-as-fact"),
    pytest.param(lambda g: g.remove((None, URIRef("https://w3id.org/kg-builder/relation/deny"), None)),
                 "direct triple", id="fact-without-direct-triple"),
    pytest.param(lambda g: g.set((URIRef("https://w3id.org/kg-builder/id/article/a1"), rdflib.SDO.datePublished,
                                  Literal("21 February 2022"))), "datePublished", id="date-not-xsd-date"),
])
def test_broken_graphs_do_not_conform(good, breakage, needle):
    breakage(good)
    conforms, report = validate_graph(good)
    assert not conforms
    assert needle in report
