#!/usr/bin/env python3
"""What event typing costs: build time with the CAMEO coder against the same build with an empty one, in one run.

    python bench/events_cost.py [--repeat 3] [FILES_OR_FOLDERS...]

Reads the articles (default: examples/articles, eval/dev and ../shared/eval/dev), parses them once with
kg-builder's pipeline, then times extract() + to_graph() with the shipped event dictionary and with an empty
one, alternately, and prints the difference as a share of the whole build (parse + extract + RDF); the issue's
goal is at most +10 % for events, roles and dates together. The dictionary's one-off load is timed apart.
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
    from kg.events import EventCoder, _shipped_rows, load_coder
    from kg.extract.core import extract
    from kg.ingest import iter_articles
    from kg.nlp import gazetteer_of, load_pipeline
    from kg.rdf.build import to_graph

    defaults = [ROOT / "examples/articles", ROOT / "eval/dev", ROOT.parent / "shared/eval/dev"]
    paths = args.paths or [str(p) for p in defaults if p.exists()]
    articles = list(iter_articles(paths, on_error=lambda e: None))
    t0 = time.perf_counter()
    _shipped_rows.cache_clear()
    load_coder.cache_clear()
    coder = load_coder(())
    load = time.perf_counter() - t0
    nlp = load_pipeline()
    gaz = gazetteer_of(nlp)
    t0 = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=16))
    parse = time.perf_counter() - t0
    empty = EventCoder()
    with_events, without = [], []
    typed = 0
    for _ in range(args.repeat):
        for times, used in ((without, empty), (with_events, coder)):
            t0 = time.perf_counter()
            for doc, article in zip(docs, articles):
                ex = extract(doc, article, gaz, used)
                to_graph(ex)
                if used is coder and not times:
                    typed += sum(1 for s in ex.statements if s.event_type)
            times.append(time.perf_counter() - t0)
    w, wo = statistics.median(with_events), statistics.median(without)
    total = parse + wo
    print(f"{len(articles)} articles, {typed} typed statements, median of {args.repeat} runs")
    print(f"  parse (nlp.pipe)                 {parse:7.2f} s")
    print(f"  extract + RDF, no event coder    {wo:7.2f} s")
    print(f"  extract + RDF, CAMEO coder       {w:7.2f} s")
    print(f"  event typing                     {100 * (w - wo) / total:+6.1f} % of the build   (goal: at most +10 %)")
    print(f"  dictionary load, once a process  {load:7.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
