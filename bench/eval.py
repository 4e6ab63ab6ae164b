#!/usr/bin/env python3
"""Both yardsticks in one table: CaRB dev (P/R/F1/AUC beside the published systems) and the news dev cases.

    python bench/eval.py [--shared ../shared] [--skip-carb] [--skip-news]

The news cases are built exactly as `kg build CASE/article.md -o out.ttl` builds them, then scored by
../shared/eval/score.py; CaRB dev sentences go through the same extractor `kg openie` prints.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = [("OpenIE-4 (test)", 0.553, 0.437, 0.488, 0.272), ("OpenIE-5 (test)", 0.521, 0.424, 0.467, 0.245),
             ("ClausIE (test)", 0.411, 0.496, 0.450, 0.224), ("PropS (test)", 0.340, 0.300, 0.319, 0.126),
             ("OpenIE6, GPU (test)", None, None, 0.527, 0.337)]


def carb(shared: Path, nlp, out: Path) -> dict:
    from kg.extract.openie import openie_lines
    sentences = [s.strip() for s in (shared / "eval/carb/dev.txt").read_text(encoding="utf-8").splitlines() if s.strip()]
    t0 = time.perf_counter()
    lines = list(openie_lines(sentences, nlp))
    seconds = time.perf_counter() - t0
    system = out / "carb_dev.tsv"
    system.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = subprocess.run([sys.executable, str(shared / "eval/carb/carb_score.py"), "--gold",
                          str(shared / "eval/carb/dev_gold.tsv"), "--system", str(system), "--errors",
                          str(out / "carb_missed.tsv")], capture_output=True, text=True, check=True)
    fields = res.stdout.split()
    figures = {fields[i]: float(fields[i + 1]) for i in range(0, len(fields) - 1, 2)}
    figures["extractions"] = len(lines)
    figures["seconds"] = seconds
    return figures


def news(shared: Path, nlp, out: Path) -> list[dict]:
    sys.path.insert(0, str(shared / "eval"))
    import score
    from kg.export import write_dataset
    from kg.ingest import read_article
    from kg.pipeline import iter_article_graphs
    from kg.rdf.iris import article_iri
    from rdflib import Dataset
    rows = []
    for case in sorted((shared / "eval/dev").iterdir()):
        if not (case / "gold.json").is_file():
            continue
        article = read_article(case / "article.md")
        (_, graph), = iter_article_graphs([article], nlp)
        ds = Dataset()
        named = ds.graph(article_iri(article))
        for t in graph:
            named.add(t)
        path = out / f"{case.name}.ttl"
        write_dataset(ds, path)
        result = score.score_graph(score.read_graph(path), score.read_gold(case / "gold.json"))
        result["case"] = case.name
        result["report"] = score.render_table(result)
        rows.append(result)
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--skip-carb", action="store_true")
    ap.add_argument("--skip-news", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true", help="print each case's missing facts and entities")
    args = ap.parse_args()
    from kg.nlp import load_pipeline
    out = ROOT / "bench/out"
    out.mkdir(parents=True, exist_ok=True)
    nlp = load_pipeline()
    if not args.skip_carb:
        f = carb(args.shared, nlp, out)
        print("CaRB dev (641 sentences)            P      R      F1     AUC")
        print(f"  kg-builder (dev)                {f['P']:.3f}  {f['R']:.3f}  {f['F1']:.3f}  {f['AUC']:.3f}"
              f"   {f['extractions']} extractions, {f['extractions'] / f['seconds']:.0f}/s incl. parse")
        for name, p, r, f1, auc in PUBLISHED:
            p_s = f"{p:.3f}" if p is not None else "  -  "
            r_s = f"{r:.3f}" if r is not None else "  -  "
            print(f"  {name:<30}  {p_s}  {r_s}  {f1:.3f}  {auc:.3f}")
        print("  goal                                          0.530  0.330")
    if not args.skip_news:
        rows = news(args.shared, nlp, out)
        print("\nNews dev cases          entities found  merged  linked   facts   not_direct  not_types  statements")
        tot = {k: 0 for k in ("eg", "ef", "em", "wq", "el", "fg", "ff", "nd", "nt", "st")}
        for r in rows:
            e, fa, er = r["entities"], r["facts"], r["errors"]
            print(f"  {r['case']:<26} {e['found']:>3}/{e['gold']:<3}   {e['merged']:>3}/{e['gold']:<3} "
                  f"{e['linked']:>3}/{e['with_qid']:<3} {fa['found']:>3}/{fa['gold']:<3}  {er['not_direct']:>5}"
                  f"      {er['not_types']:>5}     {r['statements']:>5}")
            for k, v in (("eg", e["gold"]), ("ef", e["found"]), ("em", e["merged"]), ("wq", e["with_qid"]),
                         ("el", e["linked"]), ("fg", fa["gold"]), ("ff", fa["found"]), ("nd", er["not_direct"]),
                         ("nt", er["not_types"]), ("st", r["statements"])):
                tot[k] += v
            if args.verbose:
                print("\n".join("      " + line for line in r["report"].splitlines()[4:]))

        def pct(a, b):
            return f"{100 * a / b:.0f}%" if b else "-"
        print(f"  {'TOTAL':<26} {tot['ef']:>3}/{tot['eg']:<3}   {tot['em']:>3}/{tot['eg']:<3} {tot['el']:>3}/{tot['wq']:<3}"
              f" {tot['ff']:>3}/{tot['fg']:<3}  {tot['nd']:>5}      {tot['nt']:>5}     {tot['st']:>5}")
        print(f"  {'':<26} {pct(tot['ef'], tot['eg']):>7}   {pct(tot['em'], tot['eg']):>7} "
              f"{pct(tot['el'], tot['wq']):>7} {pct(tot['ff'], tot['fg']):>7}")
        print("  bars (issue 3)               95%      100%     90%     85%      0          0")
    return 0


if __name__ == "__main__":
    sys.exit(main())
