"""Reading spread over workers (kg.ingest.units): files and ranges of an archive's records read by worker processes
give the same articles, skip counts, duplicates and errors, in the same order, as one process reading them all."""
from __future__ import annotations

import gzip
import sys
import warnings
from collections import Counter
from pathlib import Path

import pytest
from warcio.warcwriter import WARCWriter

from kg.engine import open_workers
from kg.errors import InputError
from kg.ingest import iter_articles, plan_paths
from kg.ingest import units
from kg.ingest.units import iter_read, iter_units
from kg.ingest.warc import ranges

sys.path.insert(0, str(Path(__file__).parent))
from test_ingest_warc import PAGES, _response, write_crawl  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _story(n: int) -> bytes:
    return (f"<html><head><title>Bridge works, part {n}</title></head><body><article><h1>Bridge works, part {n}</h1>"
            f"<p>The committee met for the {n}th time on Tuesday and agreed on a new timetable for the works on the "
            f"river bridge, which will close lane {n} for a week.</p><p>It will publish the timetable next week, "
            "a spokeswoman for the council said after the meeting.</p></article></body></html>").encode()


def long_crawl(path: Path, gz: bool = True) -> None:
    """Twelve pages with what a crawl holds between them; duplicates of early pages come late, in later ranges."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "kg-builder tests"}))
        for n in range(12):
            _response(writer, f"https://a.example/story/{n}", _story(n))
            if n % 4 == 1:
                _response(writer, f"https://a.example/missing/{n}", b"<html><p>Not found.</p></html>", status="404 Not Found")
            if n % 4 == 2:
                _response(writer, f"https://a.example/photo/{n}.jpg", b"\xff\xd8\xff\xe0 image", ctype="image/jpeg")
        _response(writer, "https://a.example/copy-of-1", _story(1))                       # same payload as page 1
        _response(writer, "https://a.example/story/3", _story(3).replace(b"met", b"sat"))   # same URL as page 3
        _response(writer, "https://a.example/sections", (PAGES / "no-story.html").read_bytes())
        _response(writer, "https://a.example/after", _story(40))


def arc(path: Path, gz: bool, pages: int = 5) -> None:
    """An ARC file (version 1) of several pages, each record its own gzip member when gzipped."""
    version = b"1 0 kg-builder\nURL IP-address Archive-date Content-type Archive-length\n"
    header = b"filedesc://test.arc 0.0.0.0 20230612093000 text/plain " + str(len(version)).encode() + b"\n"
    members = [header + version + b"\n"]
    for n in [*range(pages), 1]:           # the last is a copy of page 1
        body = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + _story(n)
        members.append(f"https://old.example/{n} 10.0.0.1 20230612093000 text/html {len(body)}\n".encode()
                       + body + b"\n")
    path.write_bytes(b"".join(gzip.compress(m) for m in members) if gz else b"".join(members))


def single(paths, languages=("en",)):
    """What one process reads: articles, skip counts and error lines."""
    skipped, errors = Counter(), []
    articles = list(iter_articles(paths, on_error=lambda e: errors.append(str(e)),
                                  on_skip=lambda reason: skipped.update([reason]), languages=languages))
    return articles, skipped, errors


def spread(paths, pool, languages=("en",)):
    """What the workers read, as the build replays it."""
    skipped, errors = Counter(), []
    articles = list(iter_read(plan_paths(paths), pool, on_error=lambda e: errors.append(str(e)),
                              skip=lambda reason, detail=None: skipped.update([reason]), languages=languages))
    return articles, skipped, errors


@pytest.fixture()
def cut_small(monkeypatch):
    """Every archive cut into ranges of one page record, and two small files to a unit."""
    monkeypatch.setattr(units, "SPLIT_BYTES", 0)
    monkeypatch.setattr(units, "RANGE_PAGES", 1)
    monkeypatch.setattr(units, "GROUP_FILES", 2)


@pytest.fixture(scope="module")
def pool():
    with open_workers(workers=2) as started:     # the model is loaded only by a first parse: none here
        yield started


@pytest.mark.parametrize("name, gz", [("crawl.warc.gz", True), ("crawl.warc", False)], ids=["gzip", "plain"])
def test_ranges_start_at_records_and_cover_the_archive(tmp_path, name, gz):
    path = tmp_path / name
    long_crawl(path, gz=gz)
    cuts = list(ranges(path, 3))
    assert len(cuts) > 4 and cuts[0][:1] == (0,) and cuts[-1][1] is None
    assert all(a[1] == b[0] and a[2] < b[2] for a, b in zip(cuts, cuts[1:]))    # contiguous, records counted
    assert all(path.read_bytes()[start:start + 2] == (b"\x1f\x8b" if gz else b"WA") for start, _, _ in cuts)


@pytest.mark.parametrize("writer, name", [(lambda p: long_crawl(p, True), "c.warc.gz"),
                                          (lambda p: long_crawl(p, False), "c.warc"),
                                          (lambda p: arc(p, True), "o.arc.gz"), (lambda p: arc(p, False), "o.arc")],
                         ids=["warc-gzip", "warc-plain", "arc-gzip", "arc-plain"])
def test_ranges_read_by_workers_match_one_reader(tmp_path, cut_small, pool, writer, name):
    path = tmp_path / name
    writer(path)
    assert len(list(iter_units([path]))) > 4
    expected = single([str(path)])
    assert expected[0] and not expected[2]
    assert spread([str(path)], pool) == expected
    assert expected[1]["duplicate"] >= 1


def test_duplicates_across_ranges_keep_the_first(tmp_path, cut_small, pool):
    path = tmp_path / "c.warc.gz"
    long_crawl(path)
    articles, skipped, _ = spread([str(path)], pool)
    urls = [a.url for a in articles]
    assert "https://a.example/copy-of-1" not in urls and urls.count("https://a.example/story/3") == 1
    assert next(a for a in articles if a.url == "https://a.example/story/3").text.count("met for") == 1
    assert skipped == Counter({"duplicate": 2, "HTTP status": 3, "not HTML": 3, "no story": 1})
    assert urls[-1] == "https://a.example/after" and len(articles) == 13


def test_a_folder_spread_over_workers_reads_as_one_reader(tmp_path, cut_small, pool):
    write_crawl(tmp_path / "a.warc.gz")
    (tmp_path / "b").mkdir()
    long_crawl(tmp_path / "b" / "c.warc", gz=False)
    (tmp_path / "b.html").write_bytes((PAGES / "reader-comment.html").read_bytes())
    arc(tmp_path / "d.arc.gz", gz=True)
    for page in ("json-ld", "lists-subheadings", "related-posts"):
        (tmp_path / f"e-{page}.html").write_bytes((PAGES / f"{page}.html").read_bytes())
    (tmp_path / "f.md").write_text("# Ein Bericht\n\nDer Stadtrat hat am Dienstag beschlossen, die Brücke über den "
                                   "Fluss im Sommer für drei Wochen zu sperren.\n", encoding="utf-8")
    expected = single([str(tmp_path)])
    assert expected[1]["language de"] == 1 and len(expected[0]) > 20
    assert spread([str(tmp_path)], pool) == expected


def test_bad_files_in_workers_are_one_line_each_and_the_rest_is_read(tmp_path, cut_small, pool):
    crawl = tmp_path / "a-cut.warc.gz"
    long_crawl(crawl)
    data = crawl.read_bytes()
    cut = len(data) * 2 // 3
    crawl.write_bytes(data[:cut] + bytes(range(7, 247, 3)) + data[cut + 80:])       # damaged two thirds in
    (tmp_path / "b-binary.html").write_bytes(b"\x00\x01\x02binary\x00" * 40)
    (tmp_path / "c-fake.warc.gz").write_bytes(b"this is not a WARC file at all\n" * 10)
    (tmp_path / "d-good.md").write_text("# Bridge\n\nThe council closed the bridge for a week on Tuesday.\n",
                                        encoding="utf-8")
    expected = single([str(tmp_path)])
    got = spread([str(tmp_path)], pool)
    assert got == expected
    articles, _, errors = got
    assert len(errors) == 3 and all("\n" not in e and "Traceback" not in e for e in errors)
    assert "a-cut.warc.gz: " in errors[0] and " after 1" in errors[0] and "b-binary.html: looks binary" in errors[1]
    assert sum(a.source.startswith(f"{crawl}@") for a in articles) > 3       # the pages before the damage stand
    assert "c-fake.warc.gz: is not a readable WARC/ARC archive" in errors[2]
    assert articles[-1].headline == "Bridge" and len(articles) > 3


def test_without_on_error_a_bad_file_raises_one_input_error(tmp_path, pool):
    (tmp_path / "fake.warc.gz").write_bytes(b"not an archive\n" * 10)
    with pytest.raises(InputError, match="fake.warc.gz: is not a readable WARC/ARC archive"):
        list(iter_read(plan_paths([str(tmp_path)]), pool))


def test_a_file_the_workers_cannot_see_is_read_here(tmp_path):
    """A Dask worker on another machine may not see the path: the build reads that unit itself, with a note."""
    from kg.ingest.units import Unit, read_unit
    path = tmp_path / "a.md"
    path.write_text("# Bridge\n\nThe council closed the bridge for a week on Tuesday.\n", encoding="utf-8")

    class Elsewhere:                        # workers whose filesystem lacks the file: read_unit as they run it
        size = 1

        def read(self, unit, languages):
            return read_unit(Unit(tuple((p + ".elsewhere", n) for p, n in unit.files)), languages)

    notes = []
    [article] = iter_read(plan_paths([str(path)]), Elsewhere(), on_note=notes.append)
    assert article.headline == "Bridge" and len(notes) == 1 and "cannot open" in notes[0]


@pytest.mark.slow
def test_a_dask_local_cluster_reads_ranges_as_one_reader(tmp_path, cut_small):
    pytest.importorskip("distributed")
    long_crawl(tmp_path / "c.warc.gz")
    (tmp_path / "d.html").write_bytes((PAGES / "json-ld.html").read_bytes())
    expected = single([str(tmp_path)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")      # distributed warns about ports and cluster shutdown timing
        with open_workers(engine="dask", workers=2) as cluster:
            assert cluster.size == 2
            got = spread([str(tmp_path)], cluster)
    assert got == expected


# -- whole builds: the same graph whatever the number of workers ---------------------------------------------------

def _build(tmp_path, name, *options, paths=()):
    from click.testing import CliRunner

    from kg.cli import main
    out = tmp_path / f"{name}.nq"
    result = CliRunner().invoke(main, ["build", *map(str, paths), "-o", str(out), *options])
    return result, out


@pytest.mark.model
@pytest.mark.slow
def test_the_examples_build_the_same_graph_with_one_or_two_workers(tmp_path, nlp, cut_small):
    """The examples' crawl (cut into ranges of one record) and a folder of articles and a crawl: one process, two
    worker processes, and a Dask LocalCluster of two workers on 127.0.0.1 build the same graph."""
    from rdflib import Dataset
    from rdflib.compare import isomorphic

    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("artemis-i-launch.md", "cma-clears-microsoft-activision.md", "ecb-raises-rates-july-2022.md"):
        (folder / name).write_bytes((ROOT / "examples" / "articles" / name).read_bytes())
    write_crawl(folder / "z-crawl.warc.gz")
    paths = [ROOT / "examples" / "crawl" / "courier.warc.gz", folder]
    builds = [_build(tmp_path, "one", "--workers", "1", paths=paths),
              _build(tmp_path, "two", "--workers", "2", "--batch-size", "2", paths=paths)]
    if _has_distributed():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")      # distributed warns about ports and cluster shutdown timing
            builds.append(_build(tmp_path, "dask", "--engine", "dask", "--workers", "2", paths=paths))
    assert all(result.exit_code == 0 for result, _ in builds), [result.output for result, _ in builds]
    summary = builds[0][0].output.strip().splitlines()[-1].split(" -> ")[0]
    assert summary.startswith("kg: 12 added articles; records left out: ") and "3 duplicate" in summary
    graphs = []
    for result, out in builds:
        assert result.output.strip().splitlines()[-1].split(" -> ")[0] == summary
        dataset = Dataset()
        dataset.parse(out, format="nquads")
        graphs.append({str(g.identifier): g for g in dataset.graphs() if len(g)})
    assert len(graphs[0]) == 12 and builds[0][1].read_text(encoding="utf-8").count("/statement/") > 100
    for other in graphs[1:]:
        assert other.keys() == graphs[0].keys()
        assert all(isomorphic(graphs[0][k], other[k]) for k in graphs[0])


def _has_distributed() -> bool:
    try:
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.model
@pytest.mark.slow
def test_a_damaged_archive_in_a_folder_built_by_workers_is_one_line(tmp_path, nlp, cut_small):
    crawl = tmp_path / "in" / "a.warc.gz"
    crawl.parent.mkdir()
    long_crawl(crawl)
    data = crawl.read_bytes()
    cut = len(data) // 3
    crawl.write_bytes(data[:cut] + bytes(range(7, 247, 3)) + data[cut + 80:])
    (tmp_path / "in" / "b.md").write_text("# Bridge\n\nThe council closed the bridge for a week on Tuesday.\n",
                                          encoding="utf-8")
    result, out = _build(tmp_path, "g", "--workers", "2", paths=[tmp_path / "in"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert "Traceback" not in result.output and "RemoteTraceback" not in result.output
    assert [line for line in lines if "a.warc.gz" in line] == [next(line for line in lines if "damaged" in line)]
    assert lines[-1] == "Error: 1 input could not be read; the rest were built"
    assert out.read_text(encoding="utf-8").count("/article/") > 0


def test_a_fifo_named_as_an_archive_is_refused_by_the_worker(tmp_path, pool):
    import os
    os.mkfifo(tmp_path / "pipe.warc.gz")          # no one writes to it: opening it would block for ever
    (tmp_path / "z.md").write_text("# Bridge\n\nThe council closed the bridge for a week on Tuesday.\n",
                                   encoding="utf-8")
    expected = single([str(tmp_path)])
    assert spread([str(tmp_path)], pool) == expected
    assert "pipe.warc.gz: is a FIFO, not a regular file" in expected[2][0]


def test_a_worker_that_dies_ends_the_wait_with_one_line():
    """The pool replaces a killed worker but not its task: waiting for it must end with a KGError, not hang."""
    import os
    import signal
    import time

    from kg.errors import KGError
    with open_workers(workers=2) as started:
        tasks = [started.submit(time.sleep, 60) for _ in range(2)]      # both workers busy
        time.sleep(0.5)
        victim = next(iter(started._pids))
        os.kill(victim, signal.SIGKILL)
        began = time.monotonic()
        with pytest.raises(KGError, match="a worker process died"):
            tasks[0].get()
        assert time.monotonic() - began < 20
