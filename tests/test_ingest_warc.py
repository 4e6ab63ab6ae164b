"""WARC and ARC archives: written here with warcio from the pages in tests/data, read back as articles."""
from __future__ import annotations

import gzip
import io
from collections import Counter
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kg.errors import InputError
from kg.ingest import count_articles, iter_articles, read_articles

PAGES = Path(__file__).parent / "data" / "html"
STORY = (PAGES / "json-ld.html").read_bytes()
NO_META = (b"<html><body><article><p>The committee met late in the evening and agreed on a new timetable for "
           b"the works on the bridge.</p><p>It will publish the timetable next week, a spokeswoman said.</p>"
           b"</article></body></html>")


def _response(writer, uri, body, status="200 OK", ctype="text/html; charset=utf-8", date=None):
    http = StatusAndHeaders(status, [("Content-Type", ctype), ("Content-Length", str(len(body)))],
                            protocol="HTTP/1.1")
    headers = {"WARC-Date": date} if date else None
    writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                  http_headers=http, warc_headers_dict=headers))


def write_crawl(path: Path, gz: bool = True) -> None:
    """A small crawl with one record of every kind the reader must take or leave."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "kg-builder tests"}))
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "a.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record("https://a.example/", "request", http_headers=request))
        _response(writer, "https://pacific-herald.example/news/wildfire", STORY)
        _response(writer, "https://a.example/2019/05/17/timetable", NO_META, date="2019-05-18T02:10:00Z")
        _response(writer, "https://a.example/missing", b"<html><body><p>Not found.</p></body></html>",
                  status="404 Not Found")
        _response(writer, "https://a.example/photo.jpg", b"\xff\xd8\xff\xe0 not a page", ctype="image/jpeg")
        _response(writer, "https://a.example/copy", STORY)                                   # same payload
        _response(writer, "https://a.example/2019/05/17/timetable", NO_META.replace(b"met", b"sat"))  # same URL
        _response(writer, "https://a.example/sections", (PAGES / "no-story.html").read_bytes())
        _response(writer, "https://a.example/legacy", (PAGES / "div-br-body.html").read_bytes(), ctype="")
        writer.write_record(writer.create_revisit_record(
            "https://a.example/again", digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            refers_to_uri="https://a.example/", refers_to_date="2019-05-18T02:00:00Z"))


@pytest.mark.parametrize("gz, name", [(True, "crawl.warc.gz"), (False, "crawl.warc")], ids=["gzip", "plain"])
def test_warc_reads_html_200_responses_and_counts_the_rest(tmp_path, gz, name):
    path = tmp_path / name
    write_crawl(path, gz=gz)
    skipped: Counter = Counter()
    articles = list(iter_articles([str(path)], on_skip=lambda reason: skipped.update([reason])))
    assert [a.headline for a in articles] == ["Wildfire Forces Evacuation of Mountain Towns", None,
                                              "Library Extends Opening Hours"]
    story, no_meta, legacy = articles
    assert story.date == "2021-08-14" and story.author == "Daniel Ortega Ruiz"
    assert story.url == "https://pacific-herald.example/news/wildfire-evacuation"   # the page's own URL wins
    assert no_meta.url == "https://a.example/2019/05/17/timetable" and no_meta.date == "2019-05-17"
    assert no_meta.text.startswith("The committee met late")
    assert legacy.url == "https://a.example/legacy" and legacy.date == "2021-11-03"
    assert all(a.source.startswith(f"{path}@") for a in articles)
    assert dict(skipped) == {"HTTP status": 1, "not HTML": 1, "duplicate": 2, "no story": 1, "revisit": 1}


def test_record_date_fills_a_page_without_one(tmp_path):
    path = tmp_path / "dated.warc.gz"
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        _response(writer, "https://a.example/timetable", NO_META, date="2019-05-18T02:10:00Z")
    [article] = read_articles(path)
    assert (article.url, article.date) == ("https://a.example/timetable", "2019-05-18")


def _arc(path: Path, gz: bool) -> None:
    body = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + (PAGES / "endif-idiom.html").read_bytes()
    version = b"1 0 kg-builder\nURL IP-address Archive-date Content-type Archive-length\n"
    header = b"filedesc://test.arc 0.0.0.0 20230612093000 text/plain " + str(len(version)).encode() + b"\n"
    record = (b"https://coastal-times.example/x 10.0.0.1 20230612093000 text/html "
              + str(len(body)).encode() + b"\n" + body + b"\n")
    data = header + version + b"\n" + record
    path.write_bytes(gzip.compress(header + version + b"\n") + gzip.compress(record) if gz else data)


@pytest.mark.parametrize("gz", [True, False], ids=["gzip", "plain"])
def test_arc_files(tmp_path, gz):
    path = tmp_path / ("old.arc.gz" if gz else "old.arc")
    _arc(path, gz)
    [article] = read_articles(path)
    assert article.headline == "Harbour Authority Approves Dredging Plan" and article.date == "2023-06-12"


def test_folder_of_archives_and_pages(tmp_path):
    write_crawl(tmp_path / "a.warc.gz")
    (tmp_path / "b.html").write_bytes((PAGES / "reader-comment.html").read_bytes())
    _arc(tmp_path / "c.arc.gz", gz=True)
    headlines = [a.headline for a in iter_articles([str(tmp_path)])]
    assert len(headlines) == 5 and headlines[3] == "Council Delays Vote on Parking Fees"


def test_not_an_archive_is_one_line(tmp_path):
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(b"this is not a WARC file at all\n" * 10)
    with pytest.raises(InputError, match=r"fake.warc.gz: is not a readable WARC/ARC archive") as info:
        list(iter_articles([str(path)]))
    assert "\n" not in str(info.value)


def test_truncated_archive_keeps_the_pages_before_the_damage(tmp_path):
    path = tmp_path / "cut.warc.gz"
    write_crawl(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 700])
    errors: list[InputError] = []
    articles = list(iter_articles([str(path)], on_error=errors.append))
    assert [a.headline for a in articles][:2] == ["Wildfire Forces Evacuation of Mountain Towns", None]
    assert len(errors) == 1 and "cut.warc.gz" in str(errors[0]) and "\n" not in str(errors[0])


def test_count_articles_does_not_guess_for_archives(tmp_path):
    write_crawl(tmp_path / "a.warc.gz")
    assert count_articles([str(tmp_path / "a.warc.gz")]) is None


@pytest.mark.model
def test_kg_build_reads_a_crawl_and_reports_what_it_left_out(nlp, tmp_path):
    from click.testing import CliRunner
    from rdflib import Dataset

    from kg.cli import main

    crawl = tmp_path / "crawl.warc.gz"
    write_crawl(crawl)
    out = tmp_path / "graph.trig"
    result = CliRunner().invoke(main, ["build", str(crawl), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert ("3 added articles; records left out: 1 HTTP status, 2 duplicate, 1 no story, 1 not HTML, 1 revisit"
            in result.output)
    dataset = Dataset()
    dataset.parse(out, format="trig")
    assert len([g for g in dataset.graphs() if len(g)]) == 3


@pytest.mark.model
def test_kg_build_on_an_archive_with_no_page_is_one_line(nlp, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    crawl = tmp_path / "empty.warc"
    with open(crawl, "wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        _response(writer, "https://a.example/photo.jpg", b"\xff\xd8", ctype="image/jpeg")
    result = CliRunner().invoke(main, ["build", str(crawl), "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == (
        "Error: no article to build in the sources given; records left out: 1 not HTML")
