"""bench/pages.py: the seeded sample of statements between two entities and of Organization nodes, and the score
of a judged sample, on a graph built here by hand (no model)."""
from __future__ import annotations

import sys
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import pages  # noqa: E402

E = "https://w3id.org/kg-builder/id/entity/"


def small_graph() -> Graph:
    g = Graph()
    for name, cls in (("acme", "Organization"), ("borel", "Organization"), ("ada", "Person")):
        g.add((URIRef(E + name), RDF.type, pages.KG[cls]))
        g.add((URIRef(E + name), RDFS.label, Literal(name.title())))
    for n, (s, o) in enumerate((("ada", "acme"), ("acme", "borel"), ("ada", None))):
        st = URIRef(f"https://w3id.org/kg-builder/id/statement/{n}")
        g.add((st, RDF.type, pages.KG.Statement))
        g.add((st, RDF.subject, URIRef(E + s)))
        g.add((st, RDF.object, URIRef(E + o) if o else Literal("a plan")))
        g.add((st, RDF.predicate, URIRef("https://w3id.org/kg-builder/relation/sue")))
        g.add((st, pages.KG.sentence, Literal(f"Sentence {n}.")))
    return g


def test_sample_keeps_entity_pairs_and_organizations_and_is_seeded():
    rows, n_statements, n_orgs = pages.sample(small_graph(), 5, seed=1)
    assert (n_statements, n_orgs) == (2, 2)
    assert sorted(r["subject"] for r in rows if r["kind"] == "statement") == ["Acme", "Ada"]
    assert sorted(r["subject"] for r in rows if r["kind"] == "organization") == ["Acme", "Borel"]
    assert rows == pages.sample(small_graph(), 5, seed=1)[0]


def test_score_counts_judged_rows(tmp_path, capsys):
    path = tmp_path / "judged.tsv"
    path.write_text("kind\tright\nstatement\ty\nstatement\tn\nstatement\t\norganization\tY\n", encoding="utf-8")
    assert pages.score(path) == 0
    out = capsys.readouterr().out
    assert "statement     1/2 right (0.50)" in out and "organization  1/1 right (1.00)" in out


def test_sample_draws_its_own_number_of_organizations():
    rows, _, _ = pages.sample(small_graph(), 2, seed=3, n_orgs=1)
    assert sum(r["kind"] == "statement" for r in rows) == 2
    assert sum(r["kind"] == "organization" for r in rows) == 1
