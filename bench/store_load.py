"""How fast kg.store writes article graphs, against Oxigraph's bulk loader on the same quads.

    python bench/store_load.py 1000000

Each article graph of :func:`corpus.store_quads` is put with Store.put_article, once with the
per-article SPARQL update (the default) and once with ``Store(bulk=True)`` (batches of new articles
through Oxigraph's bulk loader, as ``kg build --store`` writes); then the same quads (and their union) go through pyoxigraph's bulk_load.
The figures are ratios within one run.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

from kg import store as kg_store  # noqa: E402
from kg.rdf.oxterms import to_rdflib  # noqa: E402
from kg.types import Article  # noqa: E402


def articles(n_triples: int) -> list[tuple[Article, Graph]]:
    by_graph: dict[str, list[str]] = {}
    for line in corpus.store_quads(n_triples):
        body, graph = line.rsplit(" <", 1)
        by_graph.setdefault(graph.rstrip(" .\n").rstrip(">"), []).append(body + " .\n")
    out = []
    for iri, lines in by_graph.items():
        graph = Graph()
        terms: dict = {}
        for t in ox.parse("".join(lines), format=ox.RdfFormat.N_TRIPLES):
            graph.add((to_rdflib(t.subject, terms), to_rdflib(t.predicate, terms), to_rdflib(t.object, terms)))
        from kg.rdf.namespaces import RDF, SCHEMA
        from rdflib import URIRef
        graph.add((URIRef(iri), RDF.type, SCHEMA.NewsArticle))
        out.append((Article(text=iri, url=iri), graph))
    return out


def put_all(pairs, folder: Path, bulk: bool) -> float:
    shutil.rmtree(folder, ignore_errors=True)
    start = time.perf_counter()
    with kg_store.Store(folder, bulk=bulk) as store:
        for article, graph in pairs:
            store.put_article(article, graph)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("triples", type=int, nargs="?", default=1_000_000)
    args = parser.parse_args()
    pairs = articles(args.triples)
    quads = sum(len(g) for _, g in pairs)
    work = Path(tempfile.mkdtemp(prefix="kg-store-bench-"))
    try:
        update_s = put_all(pairs, work / "update", bulk=False)
        extend_s = put_all(pairs, work / "extend", bulk=True)
        nq = work / "all.nq"
        with open(nq, "w", encoding="utf-8") as out:
            for article, graph in pairs:
                name = f"<{article.url}>"
                for s, p, o in graph:
                    out.write(f"{s.n3()} {p.n3()} {o.n3()} {name} .\n{s.n3()} {p.n3()} {o.n3()} .\n")
        start = time.perf_counter()
        db = ox.Store(str(work / "bulk"))
        db.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        db.flush()
        bulk_s = time.perf_counter() - start
        del db
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(pairs):,} article graphs, {quads:,} triples ({2 * quads:,} quads with the union)")
    print(f"  put_article, SPARQL update each      {update_s:7.1f} s")
    print(f"  put_article, Store(bulk=True)        {extend_s:7.1f} s   {update_s / extend_s:.2f}x faster")
    print(f"  pyoxigraph bulk_load of the N-Quads  {bulk_s:7.1f} s   (bulk=True takes {extend_s / bulk_s:.2f}x its time)")


if __name__ == "__main__":
    main()
