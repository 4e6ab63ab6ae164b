"""RSS and Atom feeds saved as files: items with the whole story are articles, the rest are links to report."""
from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import iter_articles, parse_text, read_articles

FEEDS = Path(__file__).parent / "data" / "feeds"


def test_rss_item_with_full_text_is_an_article_and_the_rest_are_reported():
    skipped, notes = [], []
    [article] = read_articles(FEEDS / "coastal.rss", on_skip=skipped.append, on_note=notes.append)
    assert (article.headline, article.author, article.url) == (
        "Harbour Authority Approves Dredging Plan", "Priya Natarajan",
        "https://coastal-times.example/2023/06/12/harbour-dredging")
    assert article.date == "2023-06-12"     # 23:30 at UTC-5: the publisher's day, not UTC's
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 4 and paragraphs[0].startswith("The port authority approved a plan on Monday")
    assert "alert" not in article.text
    assert skipped == ["summary only", "summary only"]
    assert notes == ["left out (summary only): https://coastal-times.example/2023/06/12/ferry-timetable",
                     "left out (summary only): https://coastal-times.example/2023/06/13/council-fishermen"]


def test_atom_in_its_own_encoding():
    [article] = read_articles(FEEDS / "valley.atom")
    assert article.headline == "Caf\u00e9 Reopens on the Square"
    assert (article.date, article.author) == ("2021-11-03", "Tomas Berg")
    assert article.url == "https://valley-gazette.example/2021/11/03/cafe"
    assert article.text.count("\n\n") == 2 and "caf\u00e9 on the market square" in article.text


def test_feed_on_standard_input_is_sniffed(monkeypatch):
    data = (FEEDS / "coastal.rss").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    [article] = iter_articles(["-"])
    assert article.headline == "Harbour Authority Approves Dredging Plan"
    assert parse_text(data.decode("utf-8"))[0].source == "<stdin>:1"


def test_a_feed_is_never_fetched_even_when_it_names_urls(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("the feed reader opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert len(read_articles(FEEDS / "coastal.rss")) == 1


def test_not_a_feed_is_one_line(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("this is not xml at all", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken.rss: is not an RSS or Atom feed") as info:
        read_articles(path)
    assert "\n" not in str(info.value)


def test_feed_with_only_summaries_builds_nothing_but_says_why(tmp_path):
    path = tmp_path / "teasers.rss"
    path.write_text('<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://e.org/a</link>'
                    "<description>Teaser.</description></item></channel></rss>", encoding="utf-8")
    skipped = []
    assert list(iter_articles([str(path)], on_skip=skipped.append)) == [] and skipped == ["summary only"]


@pytest.mark.model
def test_kg_build_lists_the_links_it_did_not_fetch(nlp, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(main, ["build", str(FEEDS / "coastal.rss"), "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 0, result.output
    assert "kg: left out (summary only): https://coastal-times.example/2023/06/12/ferry-timetable" in result.output
    assert "1 added article; records left out: 2 summary only" in result.output


def test_entity_bombs_and_external_entities_are_not_expanded(tmp_path):
    levels = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 9))
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    path = tmp_path / "bomb.rss"
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "{"a" * 80}">{levels}'
                    f'<!ENTITY ext SYSTEM "file://{secret}">]><rss version="2.0"><channel><title>T</title><item>'
                    f"<title>&l8;</title><link>https://e.org/a</link><description>&ext; {'word ' * 80}&l8;"
                    "</description></item></channel></rss>", encoding="utf-8")
    articles = list(iter_articles([str(path)], on_error=lambda err: None))
    text = " ".join(a.text + (a.headline or "") for a in articles)
    assert "TOP-SECRET-VALUE" not in text and len(text) < 10_000


# ------------------------------------------------------------------------------ feeds known by their content

@pytest.mark.parametrize("name", ["news.xml", "feed", "NEWS.XML"])
def test_a_feed_saved_as_xml_or_without_a_suffix_is_read_as_a_feed(tmp_path, name):
    path = tmp_path / name
    path.write_bytes((FEEDS / "coastal.rss").read_bytes())
    skipped = []
    [article] = read_articles(path, on_skip=skipped.append)
    assert article.headline == "Harbour Authority Approves Dredging Plan" and skipped == ["summary only"] * 2
    assert article.source == f"{path}:1"


def test_an_atom_feed_saved_as_xml_is_read_in_its_own_encoding(tmp_path):
    path = tmp_path / "valley.xml"
    path.write_bytes((FEEDS / "valley.atom").read_bytes())     # ISO-8859-1, declared in the XML declaration
    [article] = read_articles(path)
    assert article.headline == "Caf\u00e9 Reopens on the Square"


def test_an_rss_1_0_rdf_feed_is_read():
    [article] = read_articles(FEEDS / "hillside-rss1.xml")
    assert (article.headline, article.author, article.date) == (
        "Bus Route to the Hospital Restored", "Ines Moreau", "2022-05-09")
    assert article.url == "https://hillside-herald.example/2022/05/09/bus-route"
    assert article.text.count("\n\n") == 2 and article.text.startswith("The regional transport authority")


@pytest.mark.parametrize("content, root", [
    ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>'
     "https://e.org/</loc></url></urlset>", "<urlset>"),
    ("<feed><title>no Atom namespace</title></feed>", "<feed>"),
    ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description/></rdf:RDF>', "<rdf:RDF>"),
    ("not XML at all", "no XML root element")], ids=["sitemap", "feed-without-atom", "rdf-not-rss", "text"])
def test_an_xml_file_that_is_not_a_feed_is_one_line(tmp_path, content, root):
    path = tmp_path / "data.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=r"data\.xml: is not an RSS, Atom or RSS 1\.0 feed") as info:
        list(iter_articles([str(path)]))
    assert root in str(info.value) and "\n" not in str(info.value)


def test_a_folder_reads_the_feeds_among_its_xml_and_suffixless_files(tmp_path):
    (tmp_path / "rss1.xml").write_bytes((FEEDS / "hillside-rss1.xml").read_bytes())
    (tmp_path / "latest").write_bytes((FEEDS / "coastal.rss").read_bytes())
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset/>', encoding="utf-8")
    (tmp_path / "README").write_text("Saved feeds, one per site.\n", encoding="utf-8")
    errors: list = []
    articles = list(iter_articles([str(tmp_path)], on_error=errors.append))
    assert sorted(a.headline for a in articles) == ["Bus Route to the Hospital Restored",
                                                    "Harbour Authority Approves Dredging Plan"]
    assert errors == []


def test_a_fifo_named_like_a_feed_does_not_block_the_sniffing(tmp_path):
    import os
    os.mkfifo(tmp_path / "feed.xml")        # no one writes to it: opening it to read its start would block
    with pytest.raises(InputError, match=r"feed\.xml: is a FIFO, not a regular file"):
        list(iter_articles([str(tmp_path / "feed.xml")]))
    (tmp_path / "news.xml").write_bytes((FEEDS / "coastal.rss").read_bytes())
    assert len(list(iter_articles([str(tmp_path)]))) == 1


def test_a_feed_on_standard_input_after_a_comment_is_sniffed():
    text = (FEEDS / "hillside-rss1.xml").read_text(encoding="utf-8")
    assert text.split("\n")[1].startswith("<!--")
    [article] = parse_text(text)
    assert article.headline == "Bus Route to the Hospital Restored"


def test_a_folder_without_a_suffix_is_a_folder(tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "latest").write_bytes((FEEDS / "coastal.rss").read_bytes())
    from kg.ingest.registry import format_of
    assert format_of(folder) is None and format_of(folder / "latest").name == "feed"
    assert len(list(iter_articles([str(folder)]))) == 1


def test_a_feed_saved_as_html_is_read_as_a_feed(tmp_path):
    path = tmp_path / "latest.html"
    path.write_bytes((FEEDS / "hillside-rss1.xml").read_bytes())
    [article] = read_articles(path)
    assert article.headline == "Bus Route to the Hospital Restored" and article.source == f"{path}:1"
