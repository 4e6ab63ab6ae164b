"""Read news articles: Markdown/text, HTML, JSON Lines, WARC/ARC archives, RSS/Atom feeds, folders, or stdin.

Each format is a module of this package, registered in :mod:`kg.ingest.registry` by name, suffix and
content sniffing, and imported only when a file of its kind is read. The :class:`~kg.types.Article` values
returned hold the body text exactly as the later stages get it: statement offsets
(``kg:charStart``/``kg:charEnd``) point into ``Article.text``.
"""
from __future__ import annotations

from kg.ingest import registry
from kg.ingest.dates import parse_date
from kg.ingest.registry import register
from kg.ingest.sources import (MAX_BYTES, count_articles, iter_articles, parse_text, plan_paths, read_article,
                               read_articles)

__all__ = ["MAX_BYTES", "count_articles", "iter_articles", "parse_date", "parse_text", "plan_paths", "read_article",
           "read_articles", "register"]


def _is_jsonl(head: str) -> bool:
    return head.startswith("{")


def _is_html(head: str) -> bool:
    return head.startswith("<")


_FEED_NAMESPACES = {"feed": ("http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#"),
                    "rdf": ("http://purl.org/rss/1.0/",)}


def _is_feed(head: str) -> bool:
    """RSS (<rss>), Atom (<feed> in the Atom namespace) or RSS 1.0 (<rdf:RDF> in the RSS 1.0 namespace)."""
    root = registry.xml_root(head)
    if root is None:
        return False
    name, start = root[0].lower(), root[1]
    if name == "rss":
        return True
    if name.rsplit(":", 1)[-1] == "feed":
        return any(ns in start for ns in _FEED_NAMESPACES["feed"])
    return name.rsplit(":", 1)[-1] == "rdf" and any(ns in start for ns in _FEED_NAMESPACES["rdf"])


register("markdown", "kg.ingest.markdown", (".md", ".markdown", ".txt"), ("md", "text", "txt"),
         shown=(".md", ".txt"))
register("html", "kg.ingest.html", (".html", ".htm"), ("htm",), sniff=_is_html)
register("jsonl", "kg.ingest.jsonl", (".jsonl", ".ndjson"), ("ndjson",), sniff=_is_jsonl)
register("warc", "kg.ingest.warc", (".warc", ".warc.gz", ".arc", ".arc.gz"), ("arc",), streams=True,
         shown=(".warc.gz", ".arc.gz"))
register("feed", "kg.ingest.feed", (".rss", ".atom"), ("rss", "atom"), sniff=_is_feed, streams=True,
         shown=(".rss", ".atom"), sniff_files=True)
