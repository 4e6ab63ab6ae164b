#!/usr/bin/env python3
"""extract() (and to_graph()) of this tree against those of an earlier revision, in one process.

    python bench/abtime.py REV [--rounds 5] [--graph] [FILES_OR_FOLDERS...]

bench/overhead.py compares the build with the bare parse; on a shared machine its figures move by several points
from run to run, more than one speed-up changes. This answers a narrower question closely enough to judge one:
how long this tree's extract() takes against REV's, on the same parsed Docs. REV's ``kg`` package is read with
``git archive`` into a temporary folder as a package named ``kg_before`` (its imports renamed), so that both live
in one process; every article (default: eval/dev and examples/articles) is extracted by both, in alternating
order, ``--rounds`` times, and each round's ratio (this tree's CPU time over REV's) is printed with the median.
Both must find the same statements: the script counts each article's and says where they differ.
"""
from __future__ import annotations

import argparse
import gc
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RENAMES = [(re.compile(r"\bfrom kg(\.| import)"), r"from kg_before\1"), (re.compile(r"\bimport kg\."), "import kg_before."),
           (re.compile(r"([\"'])kg\."), r"\1kg_before."),
           # REV's spaCy components under names of their own: both trees' kg.nlp register them in one process
           (re.compile(r"(@Language\.(?:factory|component)\(\")kg_"), r"\1kg_before_")]


def unpack(rev: str, folder: Path) -> None:
    """REV's kg package and ontologies in ``folder``, the package renamed kg_before."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "kg", "ontologies"], capture_output=True)
    if archive.returncode:
        sys.exit(f"abtime: git archive {rev}: {archive.stderr.decode(errors='replace').strip()}")
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    (folder / "kg").rename(folder / "kg_before")
    for path in (folder / "kg_before").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern, replacement in RENAMES:
            text = pattern.sub(replacement, text)
        path.write_text(text, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev", help="the revision to compare with (a commit, a branch, HEAD~3)")
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--graph", action="store_true", help="time to_graph() of each extraction too")
    args = ap.parse_args()
    paths = args.paths or [str(ROOT / "eval/dev"), str(ROOT / "examples/articles")]
    with tempfile.TemporaryDirectory(prefix="kg-abtime-") as tmp:
        unpack(args.rev, Path(tmp))
        sys.path.insert(0, tmp)
        import kg_before.events
        import kg_before.extract.core
        import kg_before.gazetteer
        import kg_before.rdf.build
        import kg_before.types

        from kg.extract.core import extract
        from kg.ingest import iter_articles
        from kg.nlp import coder_of, gazetteer_of, load_pipeline
        from kg.rdf.build import to_graph

        articles = list(iter_articles([p for p in paths if Path(p).exists()], on_error=lambda e: None))
        if not articles:
            print("abtime: no articles found", file=sys.stderr)
            return 1
        nlp = load_pipeline()
        docs = list(nlp.pipe([a.text for a in articles], batch_size=16))
        now = (extract, to_graph, articles, gazetteer_of(nlp), coder_of(nlp))
        fields = kg_before.types.Article.__dataclass_fields__
        before = (kg_before.extract.core.extract, kg_before.rdf.build.to_graph,
                  [kg_before.types.Article(**{k: getattr(a, k) for k in fields}) for a in articles],
                  kg_before.gazetteer.Gazetteer.load(), kg_before.events.default_coder())
        gc.freeze()     # as kg build does once its model is loaded
        differ = []
        for n, doc in enumerate(docs):      # a warm-up round, which also compares the two
            counts = [len(side[0](doc, side[2][n], side[3], side[4]).statements) for side in (before, now)]
            if counts[0] != counts[1]:
                differ.append(f"{articles[n].source}: {counts[0]} statements before, {counts[1]} now")
        load_before = os.getloadavg()
        sums = []
        for r in range(args.rounds):
            spent = [0.0, 0.0]
            for n, doc in enumerate(docs):
                for k in ((0, 1) if (n + r) % 2 else (1, 0)):
                    run, graph, arts, gaz, coder = (before, now)[k]
                    t0 = time.process_time()
                    extraction = run(doc, arts[n], gaz, coder)
                    if args.graph:
                        graph(extraction)
                    spent[k] += time.process_time() - t0
            sums.append(spent)
        ratios = [now_ / before_ for before_, now_ in sums]
        what = "extract() and to_graph()" if args.graph else "extract()"
        print(f"{len(articles)} articles, {args.rounds} rounds, CPU time of {what}, {args.rev} against this tree")
        print("  before  " + " ".join(f"{b:6.3f}" for b, _ in sums) + " s")
        print("  now     " + " ".join(f"{w:6.3f}" for _, w in sums) + " s")
        print("  now / before per round " + " ".join(f"{x:.3f}" for x in ratios)
              + f", median {statistics.median(ratios):.3f}")
        print(f"  load average before {' '.join(f'{x:.2f}' for x in load_before)}, "
              f"after {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        for line in differ:
            print("  differs: " + line)
        return 0


if __name__ == "__main__":
    sys.exit(main())
