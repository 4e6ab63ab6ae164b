#!/usr/bin/env python3
"""Precision on saved web pages, judged by hand: build bench/pages/*.html, sample with a fixed seed the statements
between two entities and the Organization nodes, and write them to a TSV with an empty `right` column.

    python bench/pages.py [--pages bench/pages] [--only GLOB ...] [-n 30] [--orgs N] [--seed 9] [-o bench/out/pages-sample.tsv]
    python bench/pages.py --score JUDGED.tsv      # precision of a judged sample (right = y or n)

A statement is "between two entities" when its rdf:subject and rdf:object are both typed kg:Person,
kg:Organization, kg:GeopoliticalEntity, kg:Location, kg:Group or kg:Event. It is right when the sentence says it
(with its polarity and modality) about those two actors; an Organization node is right when it names a real
organisation (a company, a body, a party, a club, a union), not a product, a person, a place or a fragment.
"""
from __future__ import annotations

import argparse
import csv
import fnmatch
import random
import sys
from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.namespace import RDF, RDFS, SKOS

ROOT = Path(__file__).resolve().parent.parent
KG = Namespace("https://w3id.org/kg-builder/ontology#")
ENTITY_TYPES = ("Person", "Organization", "GeopoliticalEntity", "Location", "Group", "Event")
FIELDS = ("kind", "page", "subject", "predicate", "object", "polarity", "modality", "names", "sentence", "right")


def build(paths: list[Path]) -> Graph:
    """The union of the pages' article graphs, each built as `kg build` builds it (a page in a language the model
    does not parse is left out, as `kg build` leaves it out)."""
    from kg.ingest import read_article
    from kg.ingest.sources import language_verdict
    from kg.nlp import load_pipeline
    from kg.pipeline import iter_article_graphs
    nlp = load_pipeline()
    union = Graph()
    articles = []
    for path in paths:
        article, reason = language_verdict(read_article(path), {nlp.lang})
        if article is None:
            print(f"pages: {path.name}: left out ({reason})", file=sys.stderr)
        else:
            articles.append(article)
    for article, graph in iter_article_graphs(articles, nlp):
        for triple in graph:
            union.add(triple)
    return union


def label(g: Graph, node) -> str:
    return str(g.value(node, RDFS.label) or node)


def page_of(g: Graph, statement) -> str:
    source = g.value(statement, Namespace("http://www.w3.org/ns/prov#").wasDerivedFrom)
    url = g.value(source, Namespace("https://schema.org/").url) if source is not None else None
    return str(url or source or "")


def one_line(text) -> str:
    return " ".join(str(text or "").split())


def sample(g: Graph, n: int, seed: int, n_orgs: int | None = None) -> list[dict]:
    """n statements between two entities and n_orgs (default n) Organization nodes, drawn with one seeded
    generator."""
    typed = {node for t in ENTITY_TYPES for node in g.subjects(RDF.type, KG[t])}
    statements = sorted((s for s in g.subjects(RDF.type, KG.Statement)
                         if g.value(s, RDF.subject) in typed and g.value(s, RDF.object) in typed), key=str)
    orgs = sorted(set(g.subjects(RDF.type, KG.Organization)), key=str)
    rng = random.Random(seed)
    rows = []
    for st in rng.sample(statements, min(n, len(statements))):
        rows.append({"kind": "statement", "page": page_of(g, st), "subject": label(g, g.value(st, RDF.subject)),
                     "predicate": str(g.value(st, RDF.predicate)).rsplit("/", 1)[-1],
                     "object": label(g, g.value(st, RDF.object)),
                     "polarity": str(g.value(st, KG.polarity)).rsplit("#", 1)[-1],
                     "modality": str(g.value(st, KG.modality)).rsplit("#", 1)[-1], "names": "",
                     "sentence": one_line(g.value(st, KG.sentence)), "right": ""})
    for org in rng.sample(orgs, min(n if n_orgs is None else n_orgs, len(orgs))):
        mentions = sorted(g.subjects(RDF.subject, org), key=str) + sorted(g.subjects(RDF.object, org), key=str)
        sentence = one_line(g.value(mentions[0], KG.sentence)) if mentions else ""
        names = sorted({one_line(x) for p in (RDFS.label, SKOS.altLabel) for x in g.objects(org, p)})
        rows.append({"kind": "organization", "page": page_of(g, mentions[0]) if mentions else "",
                     "subject": label(g, org), "predicate": "", "object": "", "polarity": "", "modality": "",
                     "names": " | ".join(names), "sentence": sentence, "right": ""})
    return rows, len(statements), len(orgs)


def score(path: Path) -> int:
    """Print right/total per kind for a judged sample."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for kind in ("statement", "organization"):
        judged = [r for r in rows if r["kind"] == kind and r["right"].strip().lower() in ("y", "n")]
        right = sum(r["right"].strip().lower() == "y" for r in judged)
        share = f"{right / len(judged):.2f}" if judged else "-"
        print(f"{kind:<13} {right}/{len(judged)} right ({share})")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=ROOT / "bench/pages")
    ap.add_argument("--only", nargs="+", metavar="GLOB", help="only the pages whose file name matches (e.g. 'boeing-*')")
    ap.add_argument("-n", type=int, default=30)
    ap.add_argument("--orgs", type=int, help="how many Organization nodes to sample (default: -n)")
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "bench/out/pages-sample.tsv")
    ap.add_argument("--score", type=Path, help="a judged sample: print its precision and stop")
    args = ap.parse_args()
    if args.score:
        if not args.score.is_file():
            print(f"pages: {args.score}: no such file", file=sys.stderr)
            return 2
        return score(args.score)
    paths = sorted(p for p in args.pages.glob("*.html")
                   if not args.only or any(fnmatch.fnmatch(p.name, pattern) for pattern in args.only))
    if not paths:
        print(f"pages: no page in {args.pages}" + (" matches --only" if args.only else ""), file=sys.stderr)
        return 2
    g = build(paths)
    rows, n_statements, n_orgs = sample(g, args.n, args.seed, args.orgs)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    g.serialize(args.output.with_suffix(".ttl"), format="turtle")
    with args.output.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS, delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    entities = {node for t in ENTITY_TYPES for node in g.subjects(RDF.type, KG[t])}
    print(f"pages: {len(paths)} pages, {len(entities)} entities, {n_orgs} Organization, "
          f"{len(set(g.subjects(RDF.type, KG.Statement)))} statements, {n_statements} between two entities; "
          f"sampled {sum(r['kind'] == 'statement' for r in rows)} + {sum(r['kind'] == 'organization' for r in rows)}"
          f" (seed {args.seed}) -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
