"""The knowledge base: a Wikidata JSON dump (the real format) into SQLite, linking with it, kg relink."""
from __future__ import annotations

import bz2
import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal

from kg.cli import main
from kg.kb import KnowledgeBase, build_kb, link_graph, read_user_entities
from kg.kb.link import choose
from kg.rdf.namespaces import KG, KGR, OWL, RDF, RDFS, SCHEMA, WD
from kg.types import EntityType


def _claim(prop: str, qid: str) -> dict:
    return {"mainsnak": {"snaktype": "value", "property": prop, "hash": "0" * 40,
                         "datavalue": {"value": {"entity-type": "item", "numeric-id": int(qid[1:]), "id": qid},
                                       "type": "wikibase-entityid"}, "datatype": "wikibase-item"},
            "type": "statement", "id": f"{qid}$0", "rank": "normal"}


def item(qid: str, label: str, p31: str | None, *, aliases=(), description="", sitelinks=0, claims=None,
         modified="2024-01-01T03:04:05Z") -> dict:
    """One entity as Wikidata's JSON dump writes it."""
    entity = {"type": "item", "id": qid,
              "labels": {"en": {"language": "en", "value": label}, "de": {"language": "de", "value": label + " (de)"}},
              "descriptions": {"en": {"language": "en", "value": description}} if description else {},
              "aliases": {"en": [{"language": "en", "value": a} for a in aliases]} if aliases else {},
              "claims": {}, "sitelinks": {f"w{i}wiki": {"site": f"w{i}wiki", "title": label, "badges": []}
                                          for i in range(sitelinks)},
              "lastrevid": 1, "modified": modified, "pageid": int(qid[1:]), "ns": 0, "title": qid}
    if p31:
        entity["claims"]["P31"] = [_claim("P31", p31)]
    for prop, values in (claims or {}).items():
        entity["claims"][prop] = [_claim(prop, v) for v in values]
    return entity


ENTITIES = [
    item("Q1", "Universe", None, sitelinks=200),                                        # no P31: dropped
    item("Q64", "Berlin", "Q515", aliases=["Berlin, Germany"], description="capital and largest city of Germany",
         sitelinks=300, claims={"P17": ["Q183"]}),
    item("Q183", "Germany", "Q6256", aliases=["FRG", "Federal Republic of Germany"], sitelinks=400,
         description="country in Central Europe"),
    item("Q821", "Berlin", "Q5", description="German footballer", sitelinks=2),            # a namesake
    item("Q567", "Olaf Scholz", "Q5", aliases=["Scholz"], description="Chancellor of Germany since 2021",
         sitelinks=120, claims={"P27": ["Q183"], "P102": ["Q49768"]}),
    item("Q9999001", "Olaf Scholz", "Q5", description="Danish archer", sitelinks=1),
    item("Q49768", "Social Democratic Party of Germany", "Q7278", aliases=["SPD"], sitelinks=90,
         description="political party in Germany", claims={"P17": ["Q183"]}),
    item("Q37260", "Giulia Marchetti", "Q5", description="Italian economist at the central bank", sitelinks=3,
         claims={"P27": ["Q38"]}),
    item("Q38", "Italy", "Q6256", sitelinks=350, description="country in Southern Europe"),
    item("Q4", "Death", "Q4830453", sitelinks=0),                                          # too few sitelinks
    {"type": "property", "id": "P31", "labels": {"en": {"language": "en", "value": "instance of"}}},
]


def write_dump(path: Path, entities=ENTITIES, compress=None) -> Path:
    """A dump as Wikidata writes it: a JSON array, one entity a line, each but the last ending with a comma."""
    lines = ["["] + [json.dumps(e, separators=(",", ":")) + ("," if i < len(entities) - 1 else "")
                     for i, e in enumerate(entities)] + ["]"]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if compress == "gz":
        data = gzip.compress(data)
    elif compress == "bz2":
        data = bz2.compress(data)
    path.write_bytes(data)
    return path


@pytest.fixture
def kb_dir(tmp_path):
    dump = write_dump(tmp_path / "wikidata-20240105-all.json.gz", compress="gz")
    build_kb(dump, tmp_path / "kb", min_sitelinks=1)
    return tmp_path / "kb"


@pytest.mark.parametrize("compress", ["gz", "bz2", None])
def test_kb_build_streams_a_dump_and_filters_by_type_and_sitelinks(tmp_path, compress):
    dump = write_dump(tmp_path / f"latest-all.json{'.' + compress if compress else ''}", compress=compress)
    stats = build_kb(dump, tmp_path / "kb", min_sitelinks=1, workers=2 if compress == "bz2" else 1)
    assert stats["read"] == len(ENTITIES) and stats["kept"] == 8 and stats["malformed"] == 0
    assert stats["version"] == "20240101"                       # no date in the name: the latest change
    with KnowledgeBase(tmp_path / "kb") as kb:
        assert len(kb) == 8 and kb.version == "20240101"
        assert [c.qid for c in kb.candidates("Berlin")] == ["Q64", "Q821"]
        assert [c.qid for c in kb.candidates("the FRG")] == ["Q183"]
        assert kb.candidates("frg") == []                           # an acronym keeps its case
        assert kb.candidates("Universe") == [] and kb.candidates("Death") == []
        berlin = kb.candidates("Berlin")[0]
        assert berlin.type == EntityType.GPE and berlin.sitelinks == 300 and "Q183" in berlin.related
    only_people = build_kb(dump, tmp_path / "people", kinds=["humans"])
    assert only_people["kept"] == 4


def test_kb_version_from_the_dump_name_and_user_entities(tmp_path, kb_dir):
    with KnowledgeBase(kb_dir) as kb:
        assert kb.version == "20240105"
    mine = tmp_path / "mine.csv"
    mine.write_text("label,type,wikidata,aliases,description,sitelinks\n"
                    "Marchetti Holdings,Organization,Q123456789,MH|Marchetti Group,an Italian holding,4\n"
                    "Berlin,Person,Q821,Berlin the footballer,German football player,5\n", encoding="utf-8")
    turtle = tmp_path / "mine.ttl"
    turtle.write_text("@prefix kg: <https://w3id.org/kg-builder/ontology#> .\n"
                      "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                      "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                      "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                      "<http://example.org/cw> a kg:Organization ; rdfs:label \"Comune di Wollstein\" ;\n"
                      "  skos:altLabel \"CdW\" ; owl:sameAs <http://www.wikidata.org/entity/Q987654> .\n",
                      encoding="utf-8")
    result = CliRunner().invoke(main, ["kb", "add", str(kb_dir), str(mine), str(turtle)])
    assert result.exit_code == 0, result.output
    with KnowledgeBase(kb_dir) as kb:
        assert [c.qid for c in kb.candidates("MH")] == ["Q123456789"]
        assert [c.qid for c in kb.candidates("CdW")] == ["Q987654"]
        footballer = [c for c in kb.candidates("Berlin") if c.qid == "Q821"]
        assert footballer[0].sitelinks == 5 and len(kb) == 10          # replaced by Q-id, not added twice
    bad = tmp_path / "bad.csv"
    bad.write_text("label,type,wikidata\nSomeone,Robot,Q1\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["kb", "add", str(kb_dir), str(bad)])
    assert result.exit_code == 1 and "bad.csv:2" in result.output and len(result.output.splitlines()) == 1
    assert len(read_user_entities(turtle)) == 1


def test_kb_build_refuses_bad_input_with_one_line(tmp_path):
    runner = CliRunner()
    garbage = tmp_path / "latest-all.json.gz"
    garbage.write_bytes(b"\x00\x01not gzip at all")
    for args, needle in ((["kb", "build", str(garbage), "-o", str(tmp_path / "kb")], "cannot be read"),
                         (["kb", "build", str(tmp_path / "none.json.gz"), "-o", str(tmp_path / "kb")], "no such"),
                         (["kb", "build", "-o", str(tmp_path / "kb")], "give a DUMP"),
                         (["kb", "build", str(garbage), "-o", str(tmp_path / "kb"), "--types", "robots"],
                          "unknown kind")):
        result = runner.invoke(main, args)
        assert result.exit_code != 0 and needle in result.output, (args, result.output)
        assert "Traceback" not in result.output
    text = tmp_path / "latest-all.json"
    text.write_text("[\nthis is not json\n]\n", encoding="utf-8")
    result = runner.invoke(main, ["kb", "build", str(text), "-o", str(tmp_path / "kb2")])
    assert result.exit_code == 1 and "no line is a JSON entity" in result.output
    assert not (tmp_path / "kb2" / "kb.sqlite").exists() and not (tmp_path / "kb2" / "kb.sqlite.tmp").exists()
    missing = runner.invoke(main, ["relink", "--store", str(tmp_path / "s"), "--kb", str(tmp_path / "nokb")])
    assert missing.exit_code == 1 and "No knowledge base at" in missing.output


def test_ranking_by_type_popularity_context_and_description(kb_dir):
    with KnowledgeBase(kb_dir) as kb:
        # the city for a place, the footballer for a person
        assert choose(kb.candidates("Berlin"), EntityType.GPE, set(), set())[0].qid == "Q64"
        assert choose(kb.candidates("Berlin"), EntityType.PERSON, set(), set())[0].qid == "Q821"
        # popularity decides between namesakes; context (Germany linked) and description words agree
        assert choose(kb.candidates("Olaf Scholz"), EntityType.PERSON, set(), set())[0].qid == "Q567"
        assert choose(kb.candidates("Olaf Scholz"), EntityType.PERSON, {"Q183"}, {"chancellor"})[1] > \
            choose(kb.candidates("Olaf Scholz"), EntityType.PERSON, set(), set())[1]
        # a person is never a place
        assert choose(kb.candidates("Germany"), EntityType.PERSON, set(), set()) is None


def _article_graph() -> Graph:
    g = Graph()
    art = KGR["article/x"]
    g.add((art, RDF.type, SCHEMA.NewsArticle))
    for key, cls, label, qid in (("berlin", KG.GeopoliticalEntity, "Berlin", None),
                                 ("giulia-marchetti", KG.Person, "Giulia Marchetti", None),
                                 ("italy", KG.GeopoliticalEntity, "Italy", "Q38"),
                                 ("scholz", KG.Person, "Scholz", None)):
        iri = KGR["entity/" + key]
        g.add((iri, RDF.type, cls))
        g.add((iri, RDFS.label, Literal(label)))
        if qid:
            g.add((iri, OWL.sameAs, WD[qid]))
    return g


def test_link_graph_links_unlinked_entities_with_the_kb_version(kb_dir):
    graph = _article_graph()
    with KnowledgeBase(kb_dir) as kb:
        links = link_graph(graph, kb, "The economist spoke about the central bank in Berlin.", KGR["article/x"])
    got = {str(link.entity).rsplit("/", 1)[1]: link.qid for link in links}
    assert got == {"berlin": "Q64", "giulia-marchetti": "Q37260", "scholz": "Q567"}
    assert (KGR["entity/berlin"], OWL.sameAs, WD.Q64) in graph
    assert set(graph.objects(None, KG.kbVersion)) == {Literal("20240105")}
    assert len(set(graph.subjects(RDF.type, KG.KBLink))) == 3
    assert len(list(graph.objects(KGR["entity/italy"], OWL.sameAs))) == 1        # already linked: untouched


def test_kg_relink_links_a_store_and_records_it(tmp_path, kb_dir):
    from kg.store import Store
    from kg.types import Article
    article = Article(text="Berlin and Scholz.", url="https://news.example/relink", source="r.md")
    graph = _article_graph()
    node = KGR["article/" + article.key]
    for s, p, o in list(graph):
        if s == KGR["article/x"]:
            graph.remove((s, p, o))
            graph.add((node, p, o))
    with Store(tmp_path / "s") as store:
        store.put_article(article, graph)
    result = CliRunner().invoke(main, ["relink", "--store", str(tmp_path / "s"), "--kb", str(kb_dir)])
    assert result.exit_code == 0, result.output
    assert "kgr:entity/berlin\tBerlin\twd:Q64" in result.output and "3 entities linked" in result.output
    with Store(tmp_path / "s", read_only=True) as store:
        assert store.query("ASK { GRAPH ?g { ?e owl:sameAs wd:Q64 } ?e owl:sameAs wd:Q64 }").boolean
        assert store.query("ASK { GRAPH kgr:curation { ?r a kg:Relink ; kg:kbVersion '20240105' ; "
                           "kg:linkRecord ?l } GRAPH ?g { ?l kg:linkOf ?e ; kg:kbVersion '20240105' } }").boolean
    again = CliRunner().invoke(main, ["relink", "--store", str(tmp_path / "s"), "--kb", str(kb_dir)])
    assert again.exit_code == 0 and "0 entities linked" in again.output
    # removing the article takes its links and the relink's records of them
    assert CliRunner().invoke(main, ["remove", "--store", str(tmp_path / "s"), str(node)]).exit_code == 0
    with Store(tmp_path / "s", read_only=True) as store:
        assert not store.query("ASK { GRAPH ?g { ?s ?p ?o } FILTER (?g != kgr:curation) }").boolean
        assert not store.query("ASK { GRAPH kgr:curation { ?r kg:linkRecord ?l } }").boolean


@pytest.mark.model
def test_kg_build_with_a_kb(tmp_path, kb_dir, nlp):
    story = tmp_path / "story.md"
    story.write_text("# Economists meet\n\nBy Staff\n2024-02-01\n\nThe economist Giulia Marchetti said on Monday "
                     "that prices in Italy would rise. Marchetti spoke in Rome.\n", encoding="utf-8")
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(main, ["build", str(story), "-o", str(out), "--kb", str(kb_dir), "-q"])
    assert result.exit_code == 0, result.output
    graph = Graph().parse(out)
    (person,) = [s for s in graph.subjects(RDFS.label, Literal("Giulia Marchetti")) if (s, RDF.type, KG.Person) in graph]
    assert (person, OWL.sameAs, WD.Q37260) in graph
    assert (None, KG.kbVersion, Literal("20240105")) in graph
    missing = CliRunner().invoke(main, ["build", str(story), "-o", str(out), "--kb", str(tmp_path / "none")])
    assert missing.exit_code == 1 and "No knowledge base at" in missing.output


@pytest.mark.slow
def test_kb_build_on_a_local_dask_cluster_matches_the_stream(tmp_path):
    pytest.importorskip("distributed")
    dump = write_dump(tmp_path / "latest-all.json.bz2", compress="bz2")
    stream = build_kb(dump, tmp_path / "a", min_sitelinks=1)
    dask = build_kb(dump, tmp_path / "b", min_sitelinks=1, workers=1, scheduler="local")
    assert dask == stream
    with KnowledgeBase(tmp_path / "a") as a, KnowledgeBase(tmp_path / "b") as b:
        assert [c.qid for c in a.candidates("Berlin")] == [c.qid for c in b.candidates("Berlin")]
