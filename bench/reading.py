"""Reading speed and memory: a WARC of news pages read by kg.ingest, against the spaCy parse rate, in one run.

    python bench/reading.py                 # 1,000 and 3,000 pages; writes bench/READING.md
    python bench/reading.py --pages 1000,5000 --parse 100
    python bench/reading.py --workers 1,2 --pages 1000,3000   # reading and builds spread over workers (builds: 1,000)

Each measurement runs in a fresh child process: reading alone (``iter_articles`` over the archive, with the
language check a build makes) reports pages per second and its peak RSS; the parse runs ``nlp.pipe`` of the
same model ``kg build`` uses over the first articles read. Reading must not be the bottleneck: the goal is a
reading rate at least 10 times the parse rate. Peak memory at two archive sizes shows whether it stays flat.

With ``--workers``, each count of worker processes reads the archive (``kg.ingest.units``: ranges of its records
read by the workers, the duplicates told in the build's process) and builds it (``kg.pipeline.run`` to an N-Triples
file: reading, parsing, resolution, writing), each in a fresh process, all in one run so that the ratios hold on a
shared machine; the section "Reading and parsing with workers" of the output is replaced, the rest kept.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


def _child_read(path: str) -> dict:
    import resource

    from kg.ingest import iter_articles

    skipped: dict[str, int] = {}
    started = time.perf_counter()
    articles = chars = 0
    for article in iter_articles([path], on_skip=lambda r: skipped.__setitem__(r, skipped.get(r, 0) + 1),
                                 languages={"en"}):
        articles += 1
        chars += len(article.text)
    seconds = time.perf_counter() - started
    return {"articles": articles, "chars": chars, "seconds": seconds, "skipped": skipped,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _child_parse(path: str, n: int) -> dict:
    from itertools import islice

    from kg.ingest import iter_articles
    from kg.nlp import load_pipeline
    from kg.resources import DEFAULT_MODEL

    texts = [a.text for a in islice(iter_articles([path]), n)]
    nlp = load_pipeline(DEFAULT_MODEL)
    list(nlp.pipe(texts[:4]))        # warm up
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    seconds = time.perf_counter() - started
    return {"articles": len(texts), "chars": sum(map(len, texts)), "seconds": seconds}


class _CPU:
    """CPU seconds of this process and its descendants (pool and Dask workers), sampled until stopped.

    A worker's time is its last sample, so that workers that end before the measurement does still count.
    """

    def __init__(self) -> None:
        import threading

        import psutil
        self._me = psutil.Process()
        self._seen: dict[int, float] = {}
        self._stop = threading.Event()
        self._start = self._total()
        self._own_start = self._own()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _total(self) -> float:
        import psutil
        for child in self._me.children(recursive=True):
            try:
                times = child.cpu_times()
                self._seen[child.pid] = times.user + times.system
            except psutil.Error:
                pass
        own = self._me.cpu_times()
        return own.user + own.system + sum(self._seen.values())

    def _own(self) -> float:
        own = self._me.cpu_times()
        return own.user + own.system

    def own(self) -> float:
        """CPU seconds of this process alone since the start (the build's driver)."""
        return self._own() - self._own_start

    def _run(self) -> None:
        while not self._stop.wait(0.25):
            self._total()

    def stop(self) -> float:
        """CPU seconds spent since the start."""
        self._stop.set()
        self._thread.join()
        return self._total() - self._start


def _child_spread(path: str, workers: int) -> dict:
    """Reading alone with ``workers`` processes (1: in this process, as ``kg build`` reads without workers)."""
    import resource

    from kg.engine import open_workers
    from kg.ingest import iter_articles, plan_paths
    from kg.ingest.units import iter_read

    skipped: dict[str, int] = {}

    def count(reason: str, detail: str | None = None) -> None:
        skipped[reason] = skipped.get(reason, 0) + 1

    articles = 0
    if workers == 1:
        for _ in iter_articles([path], languages={"en"}):    # warm up, as the workers are: the readers imported
            pass
        cpu, started = _CPU(), time.perf_counter()
        for _ in iter_articles([path], on_skip=count, languages={"en"}):
            articles += 1
        seconds = time.perf_counter() - started
        cpu_seconds = cpu.stop()
    else:
        with open_workers(workers=workers) as pool:     # no model is loaded: nothing is parsed
            for _ in iter_read(plan_paths([path]), pool, languages={"en"}):     # warm up: workers started, imports done
                pass
            cpu, started = _CPU(), time.perf_counter()
            for _ in iter_read(plan_paths([path]), pool, skip=count, languages={"en"}):
                articles += 1
            seconds = time.perf_counter() - started
            cpu_seconds = cpu.stop()
    return {"articles": articles, "seconds": seconds, "skipped": skipped, "cpu": cpu_seconds,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _child_build(path: str, workers: int, out: str) -> dict:
    """A whole build of the archive with ``workers`` processes, timed from the call (the workers' start included)."""
    import resource

    from kg.pipeline import run

    cpu, started = _CPU(), time.perf_counter()
    summary = run([path], output=out, workers=workers, on_error=lambda err: None)
    seconds = time.perf_counter() - started
    return {"articles": summary.counts["added"], "seconds": seconds, "summary": summary.line(), "cpu": cpu.stop(),
            "own": cpu.own(),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _workers_section(args, counts: list[int], n: int, more: list[int] = ()) -> list[str]:
    from warcs import page, write_warc

    path = OUT / f"crawl-{n}.warc.gz"
    write_warc(path, (page(i) for i in range(n)))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    reads = {w: _best([_in_child("spread", str(path), w) for _ in range(args.runs)]) for w in counts}
    for w, r in reads.items():
        print(f"read with {w} worker(s): {r['articles'] / r['seconds']:.1f} pages/s", file=sys.stderr)
    builds = {}
    for w in counts:
        builds[w] = _in_child("build", str(path), w, str(OUT / f"crawl-{n}-w{w}.nt"))
        print(f"build with {w} worker(s): {builds[w]['articles'] / builds[w]['seconds']:.2f} pages/s", file=sys.stderr)
    same = len({_triples_digest(OUT / f"crawl-{n}-w{w}.nt") for w in counts}) == 1
    base = counts[0]
    lines = ["## Reading and parsing with workers", "",
             f"`python bench/reading.py --workers {args.workers} --pages {args.pages} --runs {args.runs}` on "
             f"{platform.node() or 'this machine'} ({os.cpu_count()} cores shared with other work, load average "
             f"{load:.1f} at the start), {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: a WARC of {n:,} pages "
             f"({path.stat().st_size / 1e6:.1f} MB), each measurement in a fresh process, in one run. Reading = the "
             "archive's articles with the language check (1 worker: `iter_articles` in the process; more: ranges of "
             f"{_range_pages()} page records read by the workers); build = `kg.pipeline.run` to an N-Triples file, "
             "the workers' start and model loads included. Peak RSS is the build's own process. CPU: the seconds "
             "of CPU all its processes had (psutil), and per second of wall time: how many cores it got; the build process's "
             "own share of it (with workers: the scan, the replay, graphs read back, entity resolution, the file).", "",
             "| workers | read pages/s | read ratio | read CPU s/page, cores | build pages/s | build ratio | "
             "build CPU s/page, cores | build process's CPU share | build seconds | peak RSS (build process) |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for w in counts:
        r, b = reads[w], builds[w]
        rate, brate = r["articles"] / r["seconds"], b["articles"] / b["seconds"]
        lines.append(f"| {w} | {rate:.1f} | {rate / (reads[base]['articles'] / reads[base]['seconds']):.2f}x | "
                     f"{r['cpu'] / r['articles']:.4f}, {r['cpu'] / r['seconds']:.2f} | "
                     f"{brate:.2f} | {brate / (builds[base]['articles'] / builds[base]['seconds']):.2f}x | "
                     f"{b['cpu'] / b['articles']:.3f}, {b['cpu'] / b['seconds']:.2f} | {b['own'] / b['cpu']:.0%} | "
                     f"{b['seconds']:.0f} | {b['peak_mb']:.0f} MB |")
    lines += ["", f"Every build: {builds[base]['summary']}; the N-Triples files hold "
              f"{'the same' if same else 'DIFFERENT'} triples.", ""]
    if more:
        most = max(counts)
        peaks = [(n, reads[most]["peak_mb"])]
        for size in more:
            bigger = OUT / f"crawl-{size}.warc.gz"
            write_warc(bigger, (page(i) for i in range(size)))
            peaks.append((size, _in_child("spread", str(bigger), most)["peak_mb"]))
        lines += [f"Peak RSS of the process that reads with {most} workers (the scan, the replay, the duplicate "
                  "check): " + ", ".join(f"{mb:.0f} MB ({size:,} pages)" for size, mb in peaks) + ".", ""]
    for w in counts[1:]:
        cores = builds[w]["cpu"] / builds[w]["seconds"]
        if cores < 0.8 * w:
            lines += [f"The build with {w} workers got {cores:.2f} cores of the {w} it could use (the machine's other "
                      "work had the rest): its ratio measures the load more than the engine. The CPU seconds per page "
                      "tell the cost: the workers' model loads and graphs sent back as N-Triples add "
                      f"{builds[w]['cpu'] / builds[w]['articles'] / (builds[base]['cpu'] / builds[base]['articles']) - 1:.0%} "
                      "to a page's CPU time.", ""]
    return lines


def _triples_digest(path: Path) -> tuple[int, int]:
    """An order-independent digest of an N-Triples file (its lines' count and the sum of their hashes), streamed."""
    import hashlib

    count = total = 0
    with open(path, "rb") as stream:
        for line in stream:
            count += 1
            total = (total + int.from_bytes(hashlib.blake2b(line, digest_size=8).digest(), "little")) % (1 << 64)
    return count, total


def _range_pages() -> int:
    from kg.ingest.units import RANGE_PAGES
    return RANGE_PAGES


def _replace_section(path: Path, lines: list[str]) -> None:
    """Put the section in the file, in place of an older one of the same title, keeping the rest."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    title = lines[0]
    if title in text:
        before, _, after = text.partition(title)
        rest = after.split("\n## ", 1)
        text = before + "\n".join(lines) + ("\n## " + rest[1] if len(rest) > 1 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + "\n".join(lines)
    path.write_text(text, encoding="utf-8")


def _in_child(kind: str, *args) -> dict:
    code = (f"import json, sys; sys.path.insert(0, {str(HERE)!r}); import reading; "
            f"print(json.dumps(reading._child_{kind}(*{list(args)!r})))")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(HERE.parent), os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _best(runs: list[dict]) -> dict:
    """The fastest of several runs (the machine is shared: the others were slowed by someone else's work)."""
    return min(runs, key=lambda r: r["seconds"] / max(r["articles"], 1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", default="1000,3000", help="archive sizes, comma-separated (default 1000,3000)")
    parser.add_argument("--parse", type=int, default=120, help="articles to parse for the parse rate")
    parser.add_argument("--runs", type=int, default=2, help="runs of each measurement; the fastest counts")
    parser.add_argument("--workers", help="worker counts to compare, e.g. 1,2: reading and whole builds of the "
                                          "first --pages size, with the section of the output on them replaced")
    parser.add_argument("-o", "--output", default=str(HERE / "READING.md"))
    args = parser.parse_args(argv)
    from warcs import page, write_warc

    OUT.mkdir(exist_ok=True)
    if args.workers:
        sizes = [int(n) for n in args.pages.split(",")]
        section = _workers_section(args, [int(w) for w in args.workers.split(",")], sizes[0], sizes[1:])
        _replace_section(Path(args.output), section)
        print("\n".join(section))
        return 0
    sizes = [int(n) for n in args.pages.split(",")]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    rows = []
    for n in sizes:
        path = OUT / f"crawl-{n}.warc.gz"
        write_warc(path, (page(i) for i in range(n)))
        read = _best([_in_child("read", str(path)) for _ in range(args.runs)])
        rows.append((n, path, read))
        print(f"read {n} pages: {read['articles'] / read['seconds']:.1f} pages/s, peak {read['peak_mb']:.0f} MB, "
              f"left out {read['skipped']}", file=sys.stderr)
    parse = _best([_in_child("parse", str(rows[0][1]), args.parse) for _ in range(args.runs)])
    parse_rate = parse["articles"] / parse["seconds"]
    print(f"parse: {parse_rate:.1f} articles/s", file=sys.stderr)
    lines = ["# Reading bench", "",
             f"`python bench/reading.py --pages {args.pages} --parse {args.parse} --runs {args.runs}` (fastest run of each) on {platform.node() or 'this machine'} "
             f"({os.cpu_count()} cores, load average {load:.1f} at the start), {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
             "Pages: `bench/warcs.py` (six real-world layouts, with 404s, images, revisits and duplicates between them). "
             "Reading = `iter_articles` over the WARC with the language check, in a fresh process; parse = `nlp.pipe` of "
             "the default model over the first articles read, in another.", "",
             "| archive | articles read | left out | pages/s read | peak RSS (reading) | read / parse rate |",
             "| --- | --- | --- | --- | --- | --- |"]
    for n, path, read in rows:
        rate = read["articles"] / read["seconds"]
        left = ", ".join(f"{v} {k}" for k, v in sorted(read["skipped"].items()))
        lines.append(f"| {n:,} pages, {path.stat().st_size / 1e6:.1f} MB | {read['articles']:,} | {left} | "
                     f"{rate:.1f} | {read['peak_mb']:.0f} MB | {rate / parse_rate:.1f}x |")
    lines += ["", "Story text read per second: " + ", ".join(
        f"{read['chars'] / read['seconds'] / 1000:.0f} KB/s ({n:,} pages)" for n, _, read in rows) + ".",
              "", f"Parse rate of the same articles: {parse_rate:.1f} articles/s ({parse['chars'] / parse['seconds'] / 1000:.1f} "
              f"KB/s, {parse['articles']} articles). Goal: reading at least 10x the parse rate.", ""]
    Path(args.output).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
