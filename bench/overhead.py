#!/usr/bin/env python3
"""Extraction overhead: the time of entity resolution and extraction against the bare spaCy parse, in one run.

    python bench/overhead.py [--repeat 3] [FILES_OR_FOLDERS...]

Reads the articles (default: examples/articles and ../shared/eval/dev), parses them with the bare model
(nlp.pipe), then with kg-builder's pipeline (the model plus the kg_gazetteer component) followed by
extract() and to_graph(). Prints the times and the overhead as a ratio; the issue's goal is at most +25%.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    import spacy

    from kg.extract.core import extract
    from kg.ingest import iter_articles
    from kg.nlp import DEFAULT_MODEL, gazetteer_of, load_pipeline
    from kg.rdf.build import to_graph

    paths = args.paths or [str(ROOT / "examples/articles"), str(ROOT.parent / "shared/eval/dev")]
    articles = list(iter_articles([p for p in paths if Path(p).exists()], on_error=lambda e: None))
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(DEFAULT_MODEL)
    ours = load_pipeline()
    gaz = gazetteer_of(ours)
    bare_times, kg_times, extract_times, graph_times = [], [], [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        list(bare.pipe(texts, batch_size=16))
        bare_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        docs = list(ours.pipe(texts, batch_size=16))
        t1 = time.perf_counter()
        extractions = [extract(doc, article, gaz) for doc, article in zip(docs, articles)]
        t2 = time.perf_counter()
        for extraction in extractions:
            to_graph(extraction)
        t3 = time.perf_counter()
        kg_times.append(t2 - t0)
        extract_times.append(t2 - t1)
        graph_times.append(t3 - t2)
    b, k, e, g = (statistics.median(x) for x in (bare_times, kg_times, extract_times, graph_times))
    print(f"{len(articles)} articles, {words} words, median of {args.repeat} runs")
    print(f"  bare nlp.pipe                      {b:7.2f} s   {words / b:8.0f} words/s")
    print(f"  kg pipeline (gazetteer) + extract  {k:7.2f} s   {words / k:8.0f} words/s")
    print(f"    of which extract()               {e:7.2f} s")
    print(f"  to_graph() (RDF building)          {g:7.2f} s")
    print(f"  extraction + resolution overhead   {100 * (k / b - 1):+6.1f} %   (goal: at most +25 %)")
    print(f"  with RDF building                  {100 * ((k + g) / b - 1):+6.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
