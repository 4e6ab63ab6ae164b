"""HTML pages, through trafilatura: the story's text, and its headline, date, author, URL and language.

Trafilatura finds the story (not the menus, teasers, related posts or reader comments) and reads the page's
metadata: JSON-LD, meta tags, the URL. This module is a thin adapter: it turns trafilatura's document into
paragraphs (subheadings and list items kept, each its own paragraph) and an :class:`~kg.types.Article`.
Nothing is fetched: trafilatura is given the page itself, never a URL to download.
"""
from __future__ import annotations

import re

from kg.errors import InputError, one_line
from kg.ingest.furniture import strip_furniture
from kg.ingest.pagemeta import choose_author, choose_headline, page_hints
from kg.types import Article

__all__ = ["parse", "extract"]

# A "<" that starts no tag before the next "<" is text ("if c <d then"): lxml would swallow what follows.
# Comments, declarations, the raw text of <script> and <style> and whole tags are matched first and kept:
# "<!--<![endif]-->" is a comment (the idiom of many real pages), "for(i=0;i<n;" is script, and an
# attribute value may hold a "<" (data-html="<b>"). Atomic groups keep it linear on hostile input.
_MARKUP_RE = re.compile(r"""
    <!--.*?(?:-->|\Z)
  | <(?P<raw>script|style)\b(?>[^<>"']+|"[^"]*"|'[^']*')*>.*?(?:</(?P=raw)\s*>|\Z)
  | </?[A-Za-z][^\s/<>]*(?>\s+|/|[^\s"'<>/=]+(?>\s*=\s*(?>"[^"]*"|'[^']*'|[^\s"'<>]+))?)*>
  | <[!?][^<>]*>
  | (?P<lt><)""", re.DOTALL | re.IGNORECASE | re.VERBOSE)
# Sentence ends: Latin, and the full stops of scripts that have their own (Chinese and Japanese 。！？,
# Arabic ؟ and Urdu ۔, Devanagari danda ।, Burmese ။, Ethiopic ።).
_ENDS = ".!?\u2026\u3002\uff01\uff1f\uff0e\u061f\u06d4\u0964\u0965\u104b\u1362"
_SENTENCE_END_RE = re.compile(rf"[{_ENDS}][\"'\u201d\u2019)\]\u300d\u300f]*$")
_BREAK = "\u2028"
_BLOCKS = {"p", "head", "item", "quote", "code", "list", "div", "table", "row", "cell"}
_COPYRIGHT_RE = re.compile(r"(?:©|\(c\)|copyright\b)(?!.{300})", re.IGNORECASE)
# A story has a sentence: a page whose text has no sentence end at all is menus and link lists.
# (a vowel sign or virama before the stop is no \w: "...ပါတယ်။")
_SENTENCE_RE = re.compile(rf"(?:\w|[^\x00-\x7f\s])[{_ENDS}]")


def parse(text: str, source: str, skip=None) -> list[Article]:
    """The one article an HTML page holds (see :func:`extract`)."""
    return [extract(text, source)]


def extract(page: str | bytes, source: str, url: str | None = None, date: str | None = None) -> Article:
    """The story of one HTML page, with its metadata.

    Parameters
    ----------
    page : str or bytes
        The page; bytes are decoded by their declared or detected charset.
    source : str
        Where it came from, for messages and ``Article.source``.
    url, date : str, optional
        Where the page was fetched from and when (an archive record's target URI and ISO date): they
        fill the article's URL and date where the page itself gives none, and the URL may hold a date.

    Returns
    -------
    Article
        ``text`` is empty when the page has no story; :func:`kg.ingest.parse_text` refuses that.

    Raises
    ------
    InputError
        The page cannot be parsed as HTML.

    Examples
    --------
    >>> page = ('<html lang="en"><head><title>Port Reopens | News</title>'
    ...         '<meta property="article:published_time" content="2022-10-04T23:15:00-05:00"></head>'
    ...         '<body><article><h1>Port Reopens</h1><p>The port reopened on Tuesday after a storm closed '
    ...         'it for two days, the port authority said.</p></article></body></html>')
    >>> a = extract(page, "page.html")
    >>> a.headline, a.date, a.language, a.text[:15]
    ('Port Reopens', '2022-10-04', 'en', 'The port reopen')
    """
    import trafilatura
    from trafilatura.utils import decode_file

    text = decode_file(page) if isinstance(page, bytes) else page
    text = _MARKUP_RE.sub(_escape_lt, text)
    # trafilatura takes a page of one block ("<p>x</p>") for something that is not HTML; a wrapper says it is
    tree = trafilatura.load_html(text) if text.strip() else None
    if tree is None and text.strip():
        tree = trafilatura.load_html(f"<html><body>{text}</body></html>")
    if tree is None:
        raise InputError(f"{source}: is HTML that cannot be parsed; fix the markup or save the text as .md")
    hints = page_hints(tree)
    try:
        doc = trafilatura.bare_extraction(
            tree, url=url or hints.url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%d"})
    except (ValueError, TypeError, RecursionError) as err:   # lxml on a page too broken or deep to walk
        raise InputError(f"{source}: is HTML that cannot be read ({one_line(err)[:80]}); "
                         "fix the markup or save the text as .md") from None
    if doc is None:
        return Article(text="", source=source, url=url, date=date, language=hints.language)
    headline = choose_headline(_clean(doc.title), hints)
    paragraphs = _paragraphs(doc.body, headline) if doc.body is not None else []
    if not any(_SENTENCE_RE.search(p) for p in paragraphs):
        paragraphs = []
    author = choose_author(doc.author, hints)
    return Article(text="\n\n".join(paragraphs), headline=headline, date=doc.date or date, author=author,
                   url=hints.url or _clean(doc.url) or url, source=source, language=hints.language)


def _escape_lt(match: re.Match) -> str:
    return "&lt;" if match.group("lt") else match.group(0)


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


def _paragraphs(body, headline: str | None) -> list[str]:
    out: list[str] = []
    for block in _blocks(body):
        if block.tag == "head" and headline and not any(_SENTENCE_RE.search(p) for p in out) \
                and _clean("".join(block.itertext())) == headline:
            out = []     # the story's own <h1>, already the headline; a kicker or section label above it goes
            continue
        for lb in block.iter("lb"):
            lb.tail = _BREAK + (lb.tail or "")
        out.extend(_split_breaks("".join(block.itertext())))
    while out and _COPYRIGHT_RE.match(out[-1]):
        out.pop()        # "© 2024 The Courier. All rights reserved." closes the page, not the story
    return strip_furniture(out)


def _blocks(element):
    """The leaf blocks (paragraphs, headings, list items) of trafilatura's document body, in order."""
    for child in element.iterchildren():
        if not isinstance(child.tag, str) or child.tag not in _BLOCKS:
            continue
        # a quote or list of plain text (no block inside: '<quote>"I was ...",<lb/>— a name</quote>') is a leaf
        if any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in child):
            yield from _blocks(child)
        else:
            yield child


def _split_breaks(text: str) -> list[str]:
    """Text broken by <br>: two breaks end a paragraph, and so does one after a sentence end."""
    paragraphs, current = [], []
    for line in text.split(_BREAK):
        line = " ".join(line.split())
        if line:
            current.append(line)
        if current and (not line or _SENTENCE_END_RE.search(line)):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs
