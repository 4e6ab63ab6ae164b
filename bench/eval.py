#!/usr/bin/env python3
"""Both yardsticks in one report: CaRB dev (P/R/F1/AUC beside the published systems), our own Open IE set
(eval/openie/gold.tsv, same scorer), the annotated news cases (the project's own in eval/dev, ../shared/eval/dev
where it is present, and the held-out cases of eval/heldout, each set a row of its own), and a table of errors by
class with a column per set.

    python bench/eval.py [--shared ../shared] [--skip-carb] [--skip-news] [--skip-heldout] [-v]

Each news case is built exactly as `kg build CASE/article.md -o out.ttl` builds it, then scored by the shared
scorer (../shared/eval/score.py, which reads any case folder); CaRB dev sentences go through the same extractor
`kg openie` prints. bench/errclass.py explains the error classes.
"""
from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import errclass  # noqa: E402

PUBLISHED = [("OpenIE-4 (test)", 0.553, 0.437, 0.488, 0.272), ("OpenIE-5 (test)", 0.521, 0.424, 0.467, 0.245),
             ("ClausIE (test)", 0.411, 0.496, 0.450, 0.224), ("PropS (test)", 0.340, 0.300, 0.319, 0.126),
             ("OpenIE6, GPU (test)", None, None, 0.527, 0.337)]
FIGURES = ("eg", "ef", "em", "wq", "el", "fg", "ff", "vg", "vf", "dg", "df", "nd", "nt", "ne", "st")


def load_module(path: Path, name: str):
    """A scorer module from its file (the shared scorers are scripts, not packages)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def gold_sentences(gold: Path) -> list[str]:
    """The sentences of a CaRB-format gold file (its first column), each once, in file order."""
    seen: dict[str, None] = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            seen.setdefault(line.split("\t", 1)[0].strip(), None)
    return list(seen)


def carb(shared: Path, nlp, out: Path, sentences: list[str] | None = None, gold: Path | None = None,
         tag: str = "carb") -> dict:
    """Run the Open IE extractor on the sentences and score it with the CaRB scorer against the gold file
    (default: the CaRB dev split)."""
    from kg.extract.openie import openie_lines
    if sentences is None:
        sentences = [s.strip() for s in (shared / "eval/carb/dev.txt").read_text(encoding="utf-8").splitlines()
                     if s.strip()]
    t0 = time.perf_counter()
    lines = list(openie_lines(sentences, nlp))
    seconds = time.perf_counter() - t0
    system = out / ("carb_dev.tsv" if tag == "carb" else f"{tag}.tsv")
    system.write_text("\n".join(lines) + "\n", encoding="utf-8")
    gold = gold or shared / "eval/carb/dev_gold.tsv"
    res = subprocess.run([sys.executable, str(shared / "eval/carb/carb_score.py"), "--gold", str(gold),
                          "--system", str(system), "--errors", str(out / f"{tag}_missed.tsv")],
                         capture_output=True, text=True, check=True)
    fields = res.stdout.split()
    figures = {fields[i]: float(fields[i + 1]) for i in range(0, len(fields) - 1, 2)}
    figures["extractions"] = len(lines)
    figures["seconds"] = seconds
    carb_score = load_module(shared / "eval/carb/carb_score.py", "carb_score")
    figures["errors"] = errclass.carb_errors(carb_score, gold, system)
    return figures


def news(score, cases: Path, nlp, out: Path, tag: str) -> list[dict]:
    """Build and score each case folder (article.md + gold.json) under `cases`."""
    from kg.export import write_dataset
    from kg.ingest import read_article
    from kg.pipeline import iter_article_graphs
    from kg.rdf.iris import article_iri
    from rdflib import Dataset
    rows = []
    for case in sorted(cases.iterdir()):
        if not (case / "gold.json").is_file():
            continue
        article = read_article(case / "article.md")
        (_, graph), = iter_article_graphs([article], nlp)
        ds = Dataset()
        named = ds.graph(article_iri(article))
        for t in graph:
            named.add(t)
        path = out / f"{tag}-{case.name}.ttl"
        write_dataset(ds, path)
        scored = score.read_graph(path)
        gold = score.read_gold(case / "gold.json")
        result = score.score_graph(scored, gold)
        result["case"] = case.name
        result["report"] = score.render_table(result)
        result["errors_by_class"] = errclass.news_errors(score, scored, gold, result,
                                                         (case / "article.md").read_text(encoding="utf-8"))
        rows.append(result)
    return rows


def cells(v: dict) -> str:
    """A row's figures: found/gold pairs, then error counts and statements, in fixed-width columns."""
    pairs = (("ef", "eg"), ("em", "eg"), ("el", "wq"), ("ff", "fg"), ("vf", "vg"), ("df", "dg"))
    return "".join(f"{str(v[a]) + '/' + str(v[b]):>9}" for a, b in pairs) + "".join(
        f"{v[k]:>8}" for k in ("nd", "nt", "ne", "st"))


def pct(a, b):
    return f"{100 * a / b:.0f}%" if b else "-"


def print_set(name: str, rows: list[dict], verbose: bool) -> None:
    print(f"\n{name:<28}" + "".join(f"{h:>9}" for h in ("entities", "merged", "linked", "facts", "events", "dates"))
          + "".join(f"{h:>8}" for h in ("not_dir", "not_typ", "ev_non", "stmts")))
    tot = dict.fromkeys(FIGURES, 0)
    for r in rows:
        e, fa, er, ev, da = r["entities"], r["facts"], r["errors"], r["events"], r["dates"]
        values = dict(eg=e["gold"], ef=e["found"], em=e["merged"], wq=e["with_qid"], el=e["linked"], fg=fa["gold"],
                      ff=fa["found"], vg=ev["matched"], vf=ev["found"], dg=da["matched"], df=da["found"],
                      nd=er["not_direct"], nt=er["not_types"], ne=er["event_on_non_event"], st=r["statements"])
        print(f"  {r['case']:<26}{cells(values)}")
        for k in FIGURES:
            tot[k] += values[k]
        if verbose:
            print("\n".join("      " + line for line in r["report"].splitlines()[4:]))
    print(f"  {'TOTAL (' + str(len(rows)) + ' cases)':<26}{cells(tot)}")
    shares = (pct(tot['ef'], tot['eg']), pct(tot['em'], tot['eg']), pct(tot['el'], tot['wq']), pct(tot['ff'], tot['fg']),
              pct(tot['vf'], tot['vg']), pct(tot['df'], tot['dg']))
    print(f"  {'':<26}" + "".join(f"{x:>9}" for x in shares))
    print(f"  {'bars (issue 9)':<26}" + "".join(f"{x:>9}" for x in ("95%", "100%", "90%", "85%", "", "")) +
          f"{0:>8}{0:>8}{0:>8}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--skip-carb", action="store_true")
    ap.add_argument("--skip-news", action="store_true")
    ap.add_argument("--skip-heldout", action="store_true",
                    help="leave out eval/heldout (for development: those cases measure rules nobody tuned to them)")
    ap.add_argument("--verbose", "-v", action="store_true", help="print each case's missing facts and entities")
    args = ap.parse_args()
    scorer = args.shared / "eval/score.py"
    if not scorer.is_file():
        print(f"eval: the scorers are not at {args.shared}/eval (pass --shared DIR)", file=sys.stderr)
        return 2
    from kg.nlp import load_pipeline
    out = ROOT / "bench/out"
    out.mkdir(parents=True, exist_ok=True)
    nlp = load_pipeline()
    columns = []
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
        columns.append(("CaRB dev", *f["errors"]))
        own_gold = ROOT / "eval/openie/gold.tsv"
        if own_gold.is_file():
            sentences = gold_sentences(own_gold)
            o = carb(args.shared, nlp, out, sentences, own_gold, "openie_own")
            print(f"\nOpen IE, eval/openie ({len(sentences)} sentences of our own)  P      R      F1     AUC")
            print(f"  kg-builder                      {o['P']:.3f}  {o['R']:.3f}  {o['F1']:.3f}  {o['AUC']:.3f}"
                  f"   {o['extractions']} extractions")
            columns.append(("eval/openie", *o["errors"]))
    if not args.skip_news:
        score = load_module(scorer, "score")
        sets = [("eval/dev (ours)", ROOT / "eval/dev", "ours"), ("shared dev", args.shared / "eval/dev", "shared"),
                ("eval/heldout (held out)", ROOT / "eval/heldout", "heldout")]
        if args.skip_heldout:
            sets = sets[:2]
        news_columns = []
        for name, folder, tag in sets:
            if not folder.is_dir():
                continue
            rows = news(score, folder, nlp, out, tag)
            print_set(name, rows, args.verbose)
            miss, spur = Counter(), Counter()
            for r in rows:
                miss.update(r["errors_by_class"][0])
                spur.update(r["errors_by_class"][1])
            news_columns.append((name.split(" (")[0], miss, spur))
        columns = news_columns + columns
    if columns:
        print()
        print(errclass.render(columns))
        print("  (the first row counts each missed gold fact or tuple and each spurious statement or tuple once; below it"
              " one counts in every class it belongs to. News spurious statements are those between two gold entities"
              " that no gold fact matches: the gold is not exhaustive, so they show direction, not precision.)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
