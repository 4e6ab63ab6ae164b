"""Knowledge base bench: kg kb build on a generated Wikidata dump, and linking with kg build --kb.

    .venv/bin/python bench/kb.py [--entities 1000000] [--workers 1] [--dev DIR ...]

1. Writes a dump of N entities in Wikidata's JSON dump format (gzip; one entity a line inside a JSON
   array; items of humans, organisations, cities, countries, places and, to be filtered out, other
   classes), plus the bundled gazetteer's entries as items, and times ``kg kb build`` on it in a
   subprocess: entities per second and peak memory (max RSS).
2. Builds a knowledge base from the bundled gazetteer alone and builds the dev cases twice, with the
   gazetteer and with the gazetteer plus ``--kb``; scores both with the dev scorer (entities found and
   linked) and reports the linking time per article, with that knowledge base and with the big one.
The generated entities are smaller than real Wikidata entities (a real line is ~10-20 kB of JSON), so
a real dump converts at fewer entities per second: parsing JSON is most of the work.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KG = str(Path(sys.executable).parent / "kg")
_CLASSES = [("Q5", 40), ("Q43229", 8), ("Q4830453", 8), ("Q7278", 2), ("Q515", 10), ("Q486972", 5),
            ("Q6256", 1), ("Q8502", 4), ("Q4022", 4), ("Q13442814", 10), ("Q11424", 8)]
_SYLLABLES = "ka lo mi ne ro sa tu vi del mar ber son lin gar tol ven ria ost ham ford ski ova ez".split()


def _name(rng: random.Random, words: int) -> str:
    return " ".join("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                    for _ in range(words))


def _claim(prop: str, qid: str) -> dict:
    return {"mainsnak": {"snaktype": "value", "property": prop, "hash": "0" * 40,
                         "datavalue": {"value": {"entity-type": "item", "numeric-id": int(qid[1:]), "id": qid},
                                       "type": "wikibase-entityid"}, "datatype": "wikibase-item"},
            "type": "statement", "id": f"{qid}$00000000-0000-0000-0000-000000000000", "rank": "normal"}


def _item(qid: str, label: str, p31: str, aliases, description: str, sitelinks: int, related) -> dict:
    return {"type": "item", "id": qid,
            "labels": {"en": {"language": "en", "value": label}, "fr": {"language": "fr", "value": label}},
            "descriptions": {"en": {"language": "en", "value": description}},
            "aliases": {"en": [{"language": "en", "value": a} for a in aliases]},
            "claims": {"P31": [_claim("P31", p31)], "P17": [_claim("P17", q) for q in related]},
            "sitelinks": {f"x{i}wiki": {"site": f"x{i}wiki", "title": label, "badges": []} for i in range(sitelinks)},
            "lastrevid": 1, "modified": "2024-01-01T00:00:00Z", "pageid": int(qid[1:]), "ns": 0, "title": qid}


def gazetteer_items():
    from kg.gazetteer import Gazetteer
    cls = {"Person": "Q5", "Organization": "Q43229", "GeopoliticalEntity": "Q6256", "Location": "Q8502"}
    for entry in Gazetteer.load():
        if entry.wikidata and entry.type.value in cls:
            yield _item(entry.wikidata, entry.label, cls[entry.type.value], entry.aliases, entry.kind, 50, ())


def write_dump(path: Path, n: int, seed: int = 1) -> int:
    rng = random.Random(seed)
    classes, weights = zip(*_CLASSES)
    words = "minister company river city party bank player singer official village lake born founded".split()
    count = 0
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as out:
        out.write("[\n")
        for item in gazetteer_items():
            out.write(json.dumps(item, separators=(",", ":")) + ",\n")
            count += 1
        for i in range(n - count):
            p31 = rng.choices(classes, weights)[0]
            label = _name(rng, 2 if p31 == "Q5" else rng.randint(1, 3))
            aliases = [_name(rng, 1) for _ in range(rng.randint(0, 3))]
            sitelinks = min(int(rng.paretovariate(1.2)) - 1, 300)
            item = _item(f"Q{100_000_000 + i}", label, p31, aliases, " ".join(rng.sample(words, 5)), sitelinks,
                         [f"Q{rng.randint(1, 300)}" for _ in range(rng.randint(0, 2))])
            out.write(json.dumps(item, separators=(",", ":")) + (",\n" if i < n - count - 1 else "\n"))
        out.write("]\n")
    return n


def time_kb_build(dump: Path, folder: Path, workers: int) -> dict:
    start = time.perf_counter()
    done = subprocess.run([KG, "kb", "build", str(dump), "-o", str(folder), "--workers", str(workers)],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(done.stderr)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mb": peak, "line": done.stderr.strip()}


def gazetteer_kb(folder: Path) -> Path:
    from kg.gazetteer import Gazetteer
    rows = [(e.label, e.type.value, e.wikidata, "|".join(e.aliases)) for e in Gazetteer.load() if e.wikidata]
    path = folder / "gazetteer.csv"
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["label", "type", "wikidata", "aliases"])
        writer.writerows(rows)
    subprocess.run([KG, "kb", "build", "--add", str(path), "-o", str(folder / "kb-gaz"), "--version", "gazetteer"],
                   check=True, capture_output=True)
    return folder / "kb-gaz"


def score_dev(cases: list[Path], folder: Path, kb_dirs: dict[str, Path | None], scorer: Path) -> dict:
    import kg.kb
    from kg.kb import KnowledgeBase
    from kg.nlp import load_pipeline
    from kg.pipeline import run
    nlp = load_pipeline()
    original = kg.kb.link_graph
    out = {}
    for name, kb_dir in kb_dirs.items():
        timings: list[float] = []

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                timings.append(time.perf_counter() - start)
        kg.kb.link_graph = timed
        totals = {"gold": 0, "found": 0, "with_qid": 0, "linked": 0, "facts": 0, "facts_found": 0}
        kb = KnowledgeBase(kb_dir) if kb_dir is not None else None
        for case in cases:
            graph = folder / f"{case.name}-{name}.ttl"
            run([str(case / "article.md")], output=str(graph), nlp=nlp, kb=kb)
            report = json.loads(subprocess.run([sys.executable, str(scorer), "--graph", str(graph), "--gold",
                                                str(case / "gold.json"), "--json"], capture_output=True,
                                               text=True, check=True).stdout)
            for key in ("gold", "found", "with_qid", "linked"):
                totals[key] += report["entities"][key]
            totals["facts"] += report["facts"]["gold"]
            totals["facts_found"] += report["facts"]["found"]
        kg.kb.link_graph = original
        totals["ms_per_article"] = 1000 * sum(timings) / len(timings) if timings else 0.0
        out[name] = totals
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--dev", nargs="*", default=[str(ROOT.parent / "shared" / "eval" / "dev"),
                                                     str(ROOT / "eval" / "dev")])
    parser.add_argument("--scorer", default=str(ROOT.parent / "shared" / "eval" / "score.py"))
    parser.add_argument("--keep", help="Keep the generated files in this folder.")
    args = parser.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp(prefix="kg-kb-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    dump = folder / "latest-all.json.gz"
    start = time.perf_counter()
    write_dump(dump, args.entities)
    print(f"dump: {args.entities:,} entities, {dump.stat().st_size / 1e6:.0f} MB gzip, "
          f"written in {time.perf_counter() - start:.0f} s")
    big = time_kb_build(dump, folder / "kb-big", args.workers)
    print(f"kg kb build --workers {args.workers}: {big['seconds']:.1f} s, "
          f"{args.entities / big['seconds']:,.0f} entities/s, peak RSS {big['peak_mb']:.0f} MB")
    print(f"  {big['line']}")
    cases = sorted(p for d in args.dev if Path(d).is_dir() for p in Path(d).iterdir() if (p / "gold.json").is_file())
    scores = score_dev(cases, folder, {"gazetteer": None, "gazetteer+kb(gazetteer)": gazetteer_kb(folder),
                                       f"gazetteer+kb({args.entities:,})": folder / "kb-big"}, Path(args.scorer))
    print(f"\ndev cases: {len(cases)}")
    print(f"{'linking':28} {'found':>9} {'linked':>9} {'facts':>9} {'link ms/article':>16}")
    for name, t in scores.items():
        print(f"{name:28} {t['found']:>4}/{t['gold']:<4} {t['linked']:>4}/{t['with_qid']:<4} "
              f"{t['facts_found']:>4}/{t['facts']:<4} {t['ms_per_article']:>16.1f}")


if __name__ == "__main__":
    main()
