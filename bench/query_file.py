"""`kg query FILE`: rdflib (load into a Dataset, query) against Oxigraph (load into an in-memory store,
query), on one generated N-Quads file, in one run. Prints seconds and the ratio; not a timed test.

    python bench/query_file.py                 # 200,000 triples
    python bench/query_file.py --triples 1000000
"""
from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import corpus  # noqa: E402
from run import QUERIES  # noqa: E402

from kg.export import read_dataset  # noqa: E402
from kg.query import format_result, run_query, run_query_file  # noqa: E402


def timed(func):
    gc.collect()
    start = time.perf_counter()
    value = func()
    return time.perf_counter() - start, value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=200_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        quads, triples = Path(folder) / "graph.nq", Path(folder) / "graph.nt"
        with open(quads, "w", encoding="utf-8") as q, open(triples, "w", encoding="utf-8") as t:
            for line in corpus.store_quads(args.triples):
                q.write(line)
                t.write(line.rsplit(" <", 1)[0] + " .\n")   # the same triples without their article graph
        print("| file | query | rdflib s | oxigraph s | rdflib / oxigraph | same rows |")
        print("| --- | --- | ---: | ---: | ---: | --- |")
        for path in (quads, triples):
            lines = sum(1 for _ in open(path, encoding="utf-8"))
            shown = f"{path.suffix} ({lines:,} lines, {path.stat().st_size / 1e6:.0f} MB)"
            for name, sparql in QUERIES.items():
                rdf_s, rdf = timed(lambda: run_query(read_dataset(path), sparql))
                ox_s, ox = timed(lambda: run_query_file(path, sparql))
                same = sorted(format_result(rdf, "tsv").splitlines()) == sorted(format_result(ox, "tsv").splitlines())
                print(f"| {shown} | {name} | {rdf_s:.2f} | {ox_s:.2f} | {rdf_s / ox_s:.1f}× | {'yes' if same else 'NO'} |")
    print("\nEach time is the whole `kg query FILE` path in-process: read, parse, load, query, convert.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
