"""HTML pages: the body's paragraphs and the usual meta tags for headline, date, author and URL."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from kg.errors import InputError, one_line
from kg.ingest.dates import parse_date
from kg.types import Article

__all__ = ["parse"]


def parse(text: str, source: str) -> list[Article]:
    """The one article an HTML page holds (its body may be empty: the caller refuses that)."""
    return [_parse_html(text, source)]

# Beyond script/style/nav/header/footer/aside: other non-prose containers and photo captions.
_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg",
              "figcaption", "button", "select", "iframe"}
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr",
               "td", "th", "blockquote", "pre", "figure", "form", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
               "body", "html"} | _SKIP_TAGS
# A "<" whose tag never closes before the next "<": html.parser rescans the rest of the page for each one
# (quadratic time on a large malformed page), so it is written as text instead.
_UNCLOSED_LT_RE = re.compile(r"<(?=[^<>]*(?:<|\Z))")
_DATE_KEYS = ("article:published_time", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued",
              "dcterms.date", "dcterms.created", "og:published_time")


class _ArticleHTMLParser(HTMLParser):
    """Collects the metadata and the <p> texts of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.times: list[tuple[bool, str]] = []
        self.paragraphs: list[tuple[int, str]] = []   # (which top-level <article>, 0 for none; text)
        self.title: list[str] | None = None
        self.h1: list[str] | None = None
        self._title_open = self._h1_open = False
        self._skip = self._article = self._articles = 0
        self._p: list[str] | None = None
        self._p_article = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key.lower(): (value or "") for key, value in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and values.get("content", "").strip():
                self.meta.setdefault(key, values["content"].strip())
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split() and values.get("href"):
            self.canonical = self.canonical or values["href"].strip()
        elif tag == "time" and values.get("datetime"):
            self.times.append((self._article > 0, values["datetime"]))
        elif tag == "title" and self.title is None:
            self.title, self._title_open = [], True
        elif tag == "h1" and self.h1 is None:
            self.h1, self._h1_open = [], True
        if tag in _BLOCK_TAGS:
            self._close_p()
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag == "article":
            self._articles += not self._article
            self._article += 1
        elif tag == "p" and not self._skip:
            self._p, self._p_article = [], self._articles if self._article else 0
        elif tag == "br" and self._p is not None:
            self._p.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self._close_p()
        if tag in _SKIP_TAGS and self._skip:
            self._skip -= 1
        elif tag == "article" and self._article:
            self._article -= 1
        elif tag == "title":
            self._title_open = False
        elif tag == "h1":
            self._h1_open = False

    def handle_data(self, data: str) -> None:
        if self._title_open and self.title is not None:
            self.title.append(data)
        if self._h1_open and self.h1 is not None:
            self.h1.append(data)
        if self._p is not None and not self._skip:
            self._p.append(data)

    def close(self) -> None:
        super().close()
        self._close_p()

    def _close_p(self) -> None:
        if self._p is not None:
            text = " ".join("".join(self._p).split())
            if text:
                self.paragraphs.append((self._p_article, text))
        self._p = None


def _parse_html(text: str, source: str) -> Article:
    parser = _ArticleHTMLParser()
    try:
        parser.feed(_UNCLOSED_LT_RE.sub("&lt;", text))
        parser.close()
    except AssertionError as err:  # html.parser's way of refusing a malformed "<!" declaration
        raise InputError(f"{source}: is HTML that cannot be parsed ({one_line(err)[:80]}); "
                         "fix the markup or save the text as .md") from None
    meta = parser.meta

    def clean(value: str | None) -> str | None:
        value = " ".join((value or "").split())
        return value or None

    headline = clean(meta.get("og:title")) or clean("".join(parser.title or [])) or clean("".join(parser.h1 or []))
    stamps = [meta[key] for key in _DATE_KEYS if key in meta]
    stamps += [stamp for inside, stamp in parser.times if inside] + [stamp for _, stamp in parser.times]
    when = next((parse_date(stamp) for stamp in stamps if parse_date(stamp)), None)
    authors = [clean(meta.get("author")), clean(meta.get("article:author"))]
    author = next((name for name in authors if name and not name.startswith(("http://", "https://"))), None)
    url = clean(meta.get("og:url")) or clean(parser.canonical)
    # Teaser cards are <article>s too: the page's article is the one with the most text.
    sizes: dict[int, int] = {}
    for number, text in parser.paragraphs:
        if number:
            sizes[number] = sizes.get(number, 0) + len(text)
    main = max(sizes, key=sizes.__getitem__, default=None)
    body = "\n\n".join(text for number, text in parser.paragraphs if main is None or number == main)
    return Article(text=body, headline=headline, date=when, author=author, url=url, source=source)
