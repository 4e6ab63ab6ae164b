#!/usr/bin/env python3
"""Extraction overhead: the time of entity resolution and extraction against the bare spaCy parse, in one run.

    python bench/overhead.py [--repeat 5] [--chunk 8] [FILES_OR_FOLDERS...]

Reads the articles (default: eval/dev and examples/articles), then times, chunk by chunk of ``--chunk``
articles, the bare model's nlp.pipe and kg-builder's pipeline (the model plus its kg_ components) followed by
extract() and to_graph(). The two are measured side by side on each chunk, in alternating order, so that the
load of a shared machine falls on both alike; the ratio of each repeat is computed from its own sums, and the
median ratio is printed with the load average. The issue's goal is at most +25%.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--chunk", type=int, default=8, help="articles timed together, bare then kg-builder's or back")
    ap.add_argument("--no-freeze", action="store_true", help="leave the loaded models in the garbage collector's "
                    "walks (kg build sets them aside with gc.freeze)")
    ap.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                    help="wall time, or the process's CPU time (less moved by other jobs on a shared machine)")
    args = ap.parse_args()
    clock = time.perf_counter if args.clock == "wall" else time.process_time
    import spacy

    from kg.extract.core import extract
    from kg.ingest import iter_articles
    from kg.nlp import DEFAULT_MODEL, coder_of, gazetteer_of, load_pipeline
    from kg.rdf.build import to_graph

    paths = args.paths or [str(ROOT / "eval/dev"), str(ROOT / "examples/articles")]
    articles = list(iter_articles([p for p in paths if Path(p).exists()], on_error=lambda e: None))
    if not articles:
        print("no articles found", file=sys.stderr)
        return 1
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(DEFAULT_MODEL)
    ours = load_pipeline()
    gaz, coder = gazetteer_of(ours), coder_of(ours)
    if not args.no_freeze:
        import gc
        gc.freeze()     # as kg build does once its model is loaded (kg.engine): the models stay out of gc's walks
    chunks = [range(i, min(i + args.chunk, len(texts))) for i in range(0, len(texts), args.chunk)]

    def time_bare(chunk) -> float:
        t0 = clock()
        list(bare.pipe([texts[i] for i in chunk], batch_size=16))
        return clock() - t0

    def time_ours(chunk) -> tuple[float, float, float]:
        t0 = clock()
        docs = list(ours.pipe([texts[i] for i in chunk], batch_size=16))
        t1 = clock()
        extractions = [extract(doc, articles[i], gaz, coder) for doc, i in zip(docs, chunk)]
        t2 = clock()
        for extraction in extractions:
            to_graph(extraction)
        return t1 - t0, t2 - t1, clock() - t2

    time_bare(chunks[0]), time_ours(chunks[0])      # warm-up: first calls allocate and load lazily
    load_before = os.getloadavg()
    runs = []       # per repeat: bare parse, kg parse, extract, graph
    for r in range(args.repeat):
        sums = [0.0, 0.0, 0.0, 0.0]
        for n, chunk in enumerate(chunks):
            if (n + r) % 2:
                b = time_bare(chunk)
                p, e, g = time_ours(chunk)
            else:
                p, e, g = time_ours(chunk)
                b = time_bare(chunk)
            for k, v in enumerate((b, p, e, g)):
                sums[k] += v
        runs.append(sums)
    load_after = os.getloadavg()
    b, p, e, g = (statistics.median(run[k] for run in runs) for k in range(4))
    overhead = statistics.median((run[1] + run[2]) / run[0] - 1 for run in runs)
    with_graph = statistics.median((run[1] + run[2] + run[3]) / run[0] - 1 for run in runs)
    parse_only = statistics.median(run[1] / run[0] - 1 for run in runs)
    print(f"{len(articles)} articles, {words} words, {len(chunks)} chunks of up to {args.chunk}, "
          f"median of {args.repeat} runs, {args.clock} clock")
    print(f"  bare nlp.pipe                      {b:7.2f} s   {words / b:8.0f} words/s")
    print(f"  kg pipeline (model + kg_ parts)    {p:7.2f} s   {100 * parse_only:+6.1f} % of the bare parse")
    print(f"  extract()                          {e:7.2f} s")
    print(f"  to_graph() (RDF building)          {g:7.2f} s")
    print(f"  extraction + resolution overhead   {100 * overhead:+6.1f} %   (goal: at most +25 %)")
    print(f"  with RDF building                  {100 * with_graph:+6.1f} %")
    print("  per run (overhead, with RDF): " + ", ".join(
        f"{100 * ((run[1] + run[2]) / run[0] - 1):+.1f}/{100 * ((run[1] + run[2] + run[3]) / run[0] - 1):+.1f}"
        for run in runs))
    print(f"  load average before {' '.join(f'{x:.2f}' for x in load_before)}, "
          f"after {' '.join(f'{x:.2f}' for x in load_after)} ({os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
