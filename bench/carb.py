"""Score the Open IE extractor on the CaRB dev split and time it.

Parses ``/work/shared/eval/carb/dev.txt`` with kg-builder's pipeline, writes the extractions in the benchmark's tab
format, runs the benchmark's scorer and prints its line, then the extractor's speed: extractions per
second of the extractor alone (the parse is timed apart)::

    .venv/bin/python bench/carb.py [--out ours.tsv] [--errors missed.tsv] [--cache parsed.spacy]

``--cache`` keeps the parsed Docs in a DocBin, so that re-runs measure the rules without re-parsing.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from kg.extract.openie import doc_lines
from kg.nlp import DEFAULT_MODEL, load_pipeline

EVAL = Path(os.environ.get("KG_EVAL_DIR", "/work/shared/eval")) / "carb"
PUBLISHED = [("OpenIE-4", 0.272, 0.488), ("OpenIE6", 0.337, 0.527)]


def parse(sentences: list[str], nlp, cache: Path | None) -> tuple[list, float]:
    """The Docs of the sentences and the parse time (0 when read from the cache)."""
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) == len(sentences):
            return docs, 0.0
    start = time.perf_counter()
    docs = list(nlp.pipe(sentences, batch_size=64))
    elapsed = time.perf_counter() - start
    if cache is not None:
        DocBin(store_user_data=False, docs=docs).to_disk(cache)
    return docs, elapsed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", default=str(EVAL / "dev.txt"))
    ap.add_argument("--gold", default=str(EVAL / "dev_gold.tsv"))
    ap.add_argument("--out", default=None, help="where to write the tab file (default: a temporary file)")
    ap.add_argument("--errors", default=None, help="write the missed gold tuples here")
    ap.add_argument("--cache", default=None, help="DocBin file to keep the parse in between runs")
    ap.add_argument("--pipeline", choices=("kg", "model"), default="kg",
                    help="kg-builder's pipeline (as `kg openie` parses) or the bare model")
    ap.add_argument("--repeat", type=int, default=3, help="time the extractor over this many passes")
    args = ap.parse_args(argv)

    sentences = [line.rstrip("\n") for line in open(args.sentences, encoding="utf-8") if line.strip()]
    nlp = load_pipeline() if args.pipeline == "kg" else spacy.load(DEFAULT_MODEL)
    docs, parse_s = parse(sentences, nlp, Path(args.cache) if args.cache else None)

    best = float("inf")
    for _ in range(max(1, args.repeat)):
        start = time.perf_counter()
        lines = [line for text, doc in zip(sentences, docs) for line in doc_lines(text, doc)]
        best = min(best, time.perf_counter() - start)

    out = Path(args.out) if args.out else Path(tempfile.mkstemp(suffix=".tsv")[1])
    tmp = out.with_name(out.name + ".part")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(tmp, out)

    cmd = [sys.executable, str(EVAL / "carb_score.py"), "--gold", args.gold, "--system", str(out)]
    if args.errors:
        cmd += ["--errors", args.errors]
    score = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
    if not args.out:
        out.unlink()
    print(score)
    for name, auc, f1 in PUBLISHED:
        print(f"  ({name}: AUC {auc:.3f}  F1 {f1:.3f})")
    rate = len(lines) / best if best > 0 else float("inf")
    parse_note = f", parse {parse_s:.2f} s" if parse_s else ", parse cached"
    print(f"{len(lines)} extractions from {len(sentences)} sentences; extractor {best:.2f} s = "
          f"{rate:.0f} extractions/s{parse_note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
