#!/usr/bin/env python3
"""Relations between actors on news sentences written for it (tests/data/relations/sentences.json: coordinated
subjects, objects and verbs, particle and preposition verbs, control chains, passives with agents, relative
clauses and participles, light verbs; each sentence written with its expected statements before the builder
ever ran on it).

    python bench/relations_unseen.py [-v] [--file PATH]

Each sentence is extracted as an article of its own, as `kg build` does. An expected statement is found when one
statement has a subject whose entity key or text contains `subject`, a predicate among `predicates`, an object
whose entity key or text contains `object` (any object where it is null) and the expected polarity. Statements
need an entity on one side, so a sentence with no named actor yields none: those misses are by design.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests/data/relations/sentences.json"


def label(arg) -> str:
    return " ".join(x for x in (arg.entity or "", arg.text or "") if x).lower()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print each miss and the statements beside it")
    ap.add_argument("--file", type=Path, default=DEFAULT)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from kg.extract.core import extract
    from kg.nlp import gazetteer_of, load_pipeline
    from kg.types import Article
    nlp = load_pipeline()
    gazetteer = gazetteer_of(nlp)
    found = total = 0
    for case in json.loads(args.file.read_text(encoding="utf-8")):
        text = case["sentence"]
        got = [(label(s.subject), s.predicate, label(s.object), s.polarity.value)
               for s in extract(nlp(text), Article(text=text), gazetteer).statements]
        for want in case["expected"]:
            total += 1
            ok = any(want["subject"] in s and p in want["predicates"] and (want["object"] is None or want["object"] in o)
                     and pol == want["polarity"] for s, p, o, pol in got)
            found += ok
            if args.verbose and not ok:
                print(f"MISS {text}\n     want {want}")
                for g in got:
                    print(f"     got  {g}")
    print(f"expected statements found: {found}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
