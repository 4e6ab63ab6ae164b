"""RSS and Atom feeds saved as files, through feedparser: items that carry the full story become articles.

An item whose feed gives only a summary or a teaser is not an article: it is left out with the reason
``summary only`` and its link, so that the user can save that page and build it. Nothing is fetched,
unless a :class:`kg.ingest.fetch.Fetcher` is given (``kg build --fetch``): then the item's page is fetched
and read as HTML, and a page that cannot be is left out with the reason ``fetch: ...`` (``fetch: HTTP 404``,
``fetch: timeout``, ``fetch: not HTML``, ``fetch: no story`` ...).
"""
from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from kg.errors import FetchError, InputError, one_line
from kg.ingest.dates import parse_date
from kg.types import Article

__all__ = ["read", "parse", "MIN_WORDS", "FETCHES"]

# read() and parse() take a ``fetch`` fetcher for the pages the feed only links to
FETCHES = True

# An item with fewer words than this is a summary, not the story.
MIN_WORDS = 60
_MAX_BYTES = 5_000_000
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "figure", "section")


def read(path: Path, source: str, skip: Callable[..., None], fetch=None) -> Iterator[Article]:
    """The articles of a feed file (its bytes, so that the feed's own encoding declaration is used).

    With ``fetch`` (a :class:`kg.ingest.fetch.Fetcher`), the page of each item that has only a summary
    is fetched and read; without it, nothing is.
    """
    try:
        with open(path, "rb") as stream:
            data = stream.read(_MAX_BYTES + 1)
    except OSError as err:
        raise InputError(f"{source}: cannot be read ({err.strerror or err}); check its permissions") from err
    if len(data) > _MAX_BYTES:
        raise InputError(f"{source}: is over the {_MAX_BYTES:,}-byte limit; split it")
    yield from _items(data, source, skip, fetch)


def parse(text: str, source: str, skip: Callable[..., None] | None = None, fetch=None) -> list[Article]:
    """The articles of a feed already in memory (standard input); ``fetch`` as :func:`read` takes it."""
    return list(_items(text.encode("utf-8"), source, skip or (lambda *_: None), fetch))


def _items(data: bytes, source: str, skip: Callable[..., None], fetch=None) -> Iterator[Article]:
    import feedparser

    # a file-like object: feedparser fetches a string that looks like a URL, and never a stream
    feed = feedparser.parse(io.BytesIO(data))
    if not feed.get("version") and not feed.entries:
        reason = one_line(feed.get("bozo_exception", "no RSS or Atom elements"))[:100]
        raise InputError(f"{source}: is not an RSS or Atom feed ({reason}); give a saved feed file")
    for number, entry in enumerate(feed.entries, start=1):
        link = entry.get("link") or None
        bodies = [c.get("value", "") for c in entry.get("content", [])] + [entry.get("summary", "")]
        paragraphs = max((_paragraphs(b) for b in bodies), key=lambda ps: sum(len(p.split()) for p in ps))
        stamp = entry.get("published") or entry.get("updated") or ""
        author = entry.get("author") or None
        if sum(len(p.split()) for p in paragraphs) < MIN_WORDS:
            if fetch is None or not link:
                skip("summary only", link or f"{source} item {number}")
                continue
            try:
                yield fetch.article(link, f"{source}:{number}", headline=_clean(entry.get("title")),
                                    date=parse_date(stamp), author=_clean(author))
            except FetchError as err:   # a page already built is only counted: a feed read again names them all
                skip(f"fetch: {err.reason}", None if err.reason == "already stored" else str(err))
            continue
        yield Article(text="\n\n".join(paragraphs), headline=_clean(entry.get("title")), date=parse_date(stamp),
                      author=_clean(author), url=link, source=f"{source}:{number}",
                      language=(entry.get("language") or feed.feed.get("language") or "")[:2].lower() or None)


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


def _paragraphs(markup: str) -> list[str]:
    """The paragraphs of an item's HTML (feedparser has sanitised it already)."""
    if not markup.strip():
        return []
    if "<" not in markup:
        return [p for p in (" ".join(b.split()) for b in re.split(r"\n\s*\n", markup)) if p]
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:   # lxml raises bare ParserError/ValueError kinds on odd fragments
        return []
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
        element.text = "\n\n" + (element.text or "")
    return [p for p in (" ".join(b.split()) for b in re.split(r"\n\s*\n", root.text_content())) if p]
