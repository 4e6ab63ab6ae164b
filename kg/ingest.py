"""Read news articles from Markdown/text, HTML and JSON Lines files, folders, or standard input.

The :class:`~kg.types.Article` this module returns holds the body text exactly as the later stages
get it: statement offsets (``kg:charStart``/``kg:charEnd``) point into ``Article.text``.
"""
from __future__ import annotations

import html
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date as _date
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import InputError, one_line
from kg.types import Article

__all__ = ["MAX_BYTES", "SUFFIXES", "iter_articles", "parse_date", "parse_text", "read_article", "read_articles"]

MAX_BYTES = 5_000_000
SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "markdown",
            ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_FORMATS = {"markdown": "markdown", "md": "markdown", "text": "markdown", "txt": "markdown",
            "html": "html", "htm": "html", "jsonl": "jsonl", "ndjson": "jsonl"}
_SUFFIX_HINT = "use .md .txt .html .jsonl"


# ---------------------------------------------------------------------------------------------- public API

def read_article(path: str | Path) -> Article:
    """Read the one article a file holds.

    Parameters
    ----------
    path : str or Path
        A ``.md``/``.markdown``/``.txt``, ``.html``/``.htm`` or ``.jsonl``/``.ndjson`` file.

    Returns
    -------
    Article
        Its body text and whatever metadata (headline, ISO date, author, url) the file gives.

    Raises
    ------
    InputError
        The file is missing, empty, binary, not UTF-8, over 5 MB, has an unknown suffix, has no body
        text, or (JSON Lines) holds more or fewer than one article.
    """
    articles = read_articles(path)
    if len(articles) != 1:
        raise InputError(f"{path}: holds {len(articles)} articles, not one; read it with iter_articles()")
    return articles[0]


def read_articles(path: str | Path) -> list[Article]:
    """Read every article a file holds: one for Markdown, text and HTML, one a line for JSON Lines.

    Raises
    ------
    InputError
        As :func:`read_article`, one line naming the file.
    """
    path = Path(path)
    fmt = _format_of(path)
    text = _decode(_read_bytes(path), str(path))
    return parse_text(text, source=str(path), fmt=fmt)


def parse_text(text: str, source: str = "<stdin>", fmt: str | None = None) -> list[Article]:
    """Parse articles from text already in memory.

    Parameters
    ----------
    text : str
        The whole input.
    source : str
        Where it came from, for messages and ``Article.source``.
    fmt : {"markdown", "text", "html", "jsonl"} or None
        None sniffs it: JSON Lines if the first non-blank character is ``{``, HTML if ``<``,
        else Markdown/text.

    Returns
    -------
    list of Article

    Raises
    ------
    InputError
        Empty input, no body text after parsing, or a bad JSON line.

    Examples
    --------
    >>> [a] = parse_text("# Rates rise\\n\\nBy Reuters\\n\\nJuly 21, 2022\\n\\nThe bank raised rates.\\n")
    >>> a.headline, a.author, a.date, a.text
    ('Rates rise', 'Reuters', '2022-07-21', 'The bank raised rates.')
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    stripped = text.lstrip()
    if not stripped:
        raise InputError(f"{source}: is empty; give it the article's text")
    if fmt is None:
        fmt = "jsonl" if stripped[0] == "{" else "html" if stripped[0] == "<" else "markdown"
    kind = _FORMATS.get(fmt.lower())
    if kind is None:
        raise InputError(f"{source}: unknown format {fmt!r}; use markdown, text, html or jsonl")
    if kind == "jsonl":
        return _parse_jsonl(text, source)
    article = _parse_html(text, source) if kind == "html" else _parse_markdown(text, source)
    if not article.text:
        raise InputError(f"{source}: has no article text after parsing; give it a body")
    return [article]


def iter_articles(paths: Sequence[str], on_error: Callable[[InputError], None] | None = None
                  ) -> Iterator[Article]:
    """Read articles from files, folders and ``"-"`` (standard input), in the order given.

    A folder is read recursively in sorted order, taking files with a known suffix and skipping
    hidden ones. Every explicitly given path is checked before anything is read.

    Parameters
    ----------
    paths : sequence of str
        Files, folders, or ``"-"``.
    on_error : callable or None
        Called with the InputError of a file that cannot be read, and the rest go on.
        None raises it instead.

    Returns
    -------
    iterator of Article

    Raises
    ------
    InputError
        At once, for a path that does not exist, a file with an unknown suffix, or a folder with
        no article files; while iterating, for a bad file when ``on_error`` is None.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]     # one path, not a sequence of one-character paths
    plan: list[str | Path] = []
    for given in map(str, paths):
        if given == "-":
            plan.append("-")
            continue
        path = Path(given)
        if path.is_dir():
            files = _folder_files(path)
            if not files:
                raise InputError(f"{path}: folder holds no article files; {_SUFFIX_HINT}")
            plan.extend(files)
        elif path.exists():
            _format_of(path)
            plan.append(path)
        else:
            raise InputError(f"{given}: no such file or folder")
    return _iterate(plan, on_error)


def parse_date(text: str) -> str | None:
    """The ISO date ("2022-02-21") a date line or timestamp gives, or None if it is not one.

    Examples
    --------
    >>> [parse_date(s) for s in ("February 21, 2022", "21 February 2022", "Feb. 21, 2022 10:45 a.m. EST",
    ...                           "2022-02-21T08:00:00Z", "Monday, Feb 21, 2022", "Published: 21 Feb 2022")]
    ['2022-02-21', '2022-02-21', '2022-02-21', '2022-02-21', '2022-02-21', '2022-02-21']
    >>> parse_date("February 30, 2022") is None, parse_date("By Reuters") is None
    (True, True)
    """
    match = _DATE_RE.fullmatch(" ".join(text.split()))
    if not match:
        return None
    parts = match.groupdict()
    try:
        if parts["iy"]:
            day = _date(int(parts["iy"]), int(parts["im"]), int(parts["id"]))
        else:
            month = _MONTHS.get((parts["mon1"] or parts["mon2"]).lower())
            if month is None:
                return None
            day = _date(int(parts["y1"] or parts["y2"]), month, int(parts["d1"] or parts["d2"]))
    except ValueError:
        return None
    return day.isoformat()


# ---------------------------------------------------------------------------------------------- files

def _iterate(plan: list[str | Path], on_error: Callable[[InputError], None] | None) -> Iterator[Article]:
    for item in plan:
        try:
            articles = _read_stdin() if item == "-" else read_articles(item)
        except InputError as err:
            if on_error is None:
                raise
            on_error(err)
            continue
        yield from articles


def count_articles(paths: Sequence[str]) -> int | None:
    """About how many articles ``iter_articles(paths)`` will yield, cheaply (for a progress bar's estimate).

    A JSON Lines file counts its non-blank lines, any other file one; None when standard input is among
    the paths or a path cannot be listed.
    """
    total = 0
    for name in paths:
        if name == "-":
            return None
        path = Path(name)
        try:
            files = _folder_files(path) if path.is_dir() else [path]
            for file in files:
                if SUFFIXES.get(file.suffix.lower()) == "jsonl":
                    with open(file, "rb") as stream:
                        total += sum(1 for line in stream if line.strip())
                else:
                    total += 1
        except OSError:
            return None
    return total


def _folder_files(folder: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root, f) for f in files
                     if not f.startswith(".") and Path(f).suffix.lower() in SUFFIXES)
    return sorted(found)


def _format_of(path: Path) -> str:
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file, or read folders with iter_articles()")
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError(f"{path}: unknown extension {path.suffix or '(none)'!r}; {_SUFFIX_HINT}")
    return kind


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: is {size:,} bytes, over the {MAX_BYTES:,}-byte limit; split it")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror or err}); check its permissions") from err


def _read_stdin() -> list[Article]:
    stream = sys.stdin
    if stream is None:
        raise InputError("<stdin>: no standard input to read; pipe an article in or give a file")
    buffer = getattr(stream, "buffer", None)
    data = buffer.read(MAX_BYTES + 1) if buffer is not None else stream.read(MAX_BYTES + 1).encode("utf-8")
    if len(data) > MAX_BYTES:
        raise InputError(f"<stdin>: is over the {MAX_BYTES:,}-byte limit; split it")
    return parse_text(_decode(data, "<stdin>"), source="<stdin>")


def _decode(data: bytes, source: str) -> str:
    if b"\x00" in data:
        raise InputError(f"{source}: looks binary (it holds NUL bytes); give a UTF-8 text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        offset = err.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        raise InputError(f"{source}: is not valid UTF-8 (bad byte at offset {offset}); "
                         "save it as UTF-8") from None
    if not text.strip():
        raise InputError(f"{source}: is empty; give it the article's text")
    return text


# ---------------------------------------------------------------------------------------------- JSON Lines

def _parse_jsonl(text: str, source: str) -> list[Article]:
    articles = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}: line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{where}: is not valid JSON ({err.msg}); give one JSON object a line") from None
        if not isinstance(record, dict):
            raise InputError(f"{where}: is not a JSON object; give one object a line with a \"text\" key")
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            raise InputError(f"{where}: lacks \"text\"; give each line the article's body as \"text\"")
        fields = {}
        for key in ("title", "date", "url", "author"):
            value = record.get(key)
            if value is not None and not isinstance(value, str):
                raise InputError(f"{where}: \"{key}\" is not a string")
            fields[key] = " ".join(value.split()) if value and value.strip() else None
        iso = parse_date(fields["date"]) if fields["date"] else None
        if fields["date"] and iso is None:
            raise InputError(f"{where}: \"date\" {fields['date']!r} is not a date; use YYYY-MM-DD")
        body = body.replace("\r\n", "\n").replace("\r", "\n").strip()
        articles.append(Article(text=body, headline=fields["title"], date=iso, author=fields["author"],
                                url=fields["url"], source=f"{source}:{number}"))
    if not articles:
        raise InputError(f"{source}: is empty; give it one JSON object a line")
    return articles


# ---------------------------------------------------------------------------------------------- dates

_MONTHS = {name: number for number, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}
_DATE_RE = re.compile(
    r"(?:(?:published|updated|posted|dated?)(?:\s+on)?\s*:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:(?P<mon1>[a-z]{3,9})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon2>[a-z]{3,9})\.?,?\s+(?P<y2>\d{4})"
    r"|(?P<iy>\d{4})[-/](?P<im>\d{1,2})[-/](?P<id>\d{1,2})"
    r"(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?)"
    r"(?:[\s,]+(?:at\s+)?\d{1,2}(?:[:.]\d{2}){0,2}\s*(?:[ap]\.?\s?m\.?)?"
    r"(?:\s*\(?(?:[a-z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})\)?)?)?",
    re.IGNORECASE)


# ---------------------------------------------------------------------------------------------- Markdown

_HEADLINE_RE = re.compile(r"#\s+(.+?)\s*#*\s*")
_BYLINE_RE = re.compile(r"(?:By|BY|by)\s+(?P<who>\S.*)")
_ORIGINAL_URL_RE = re.compile(r"\s*original\s+url\s*:\s*(?P<rest>.*)", re.IGNORECASE)
_URL_RE = re.compile(r"<(https?://[^>\s]+)>|\[[^\]]*\]\((https?://[^)\s]+)\)|(https?://\S+)")
_FRONT_KEYS = {"title": "headline", "headline": "headline", "date": "date", "published": "date",
               "author": "author", "by": "author", "url": "url", "link": "url"}

# Every repeat below stops at the next delimiter, so that no pattern rescans a long paragraph (no quadratic time).
_IMAGE_RE = re.compile(r"!\[[^\[\]]*\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\[\]]*\])")
_LINK_RE = re.compile(r"\[([^\[\]]*)\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\[\]]*\])")
_AUTOLINK_RE = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_CODE_RE = re.compile(r"`([^`]+)`")
_STRONG_RE = re.compile(r"\*\*(?=\S)((?:[^*]|\*(?!\*))+?)(?<=\S)\*\*|__(?=\S)((?:[^_]|_(?!_))+?)(?<=\S)__")
_EM_STAR_RE = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDER_RE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\w_])")
_STRIKE_RE = re.compile(r"~~(?=\S)((?:[^~]|~(?!~))+?)(?<=\S)~~")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_ENTITY_RE = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")
_HTML_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
# "**Related article:** [title](url)": a bold label then only links is navigation, not prose.
_NAV_RE = re.compile(r"\s*(?:(\*\*|__)[^*_\n]{1,60}?\1\s*:?|(?:related(?:\s+\w+)?|read\s+more|see\s+also|"
                     r"also\s+read|more|watch|listen)\s*:)\s*(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
# An image credit: a link whose text is a bare domain name, at the end of a caption ("... [kremlin.ru](...)").
_CREDIT_RE = re.compile(r"\[[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}\]\([^)]*\)\s*$")
_RULE_RE = re.compile(r"\s*(?:[-*_]\s*){3,}")
_LIST_RE = re.compile(r"\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")
_REFDEF_RE = re.compile(r"\s{0,3}\[[^\]]+\]:\s+\S+.*")
_SENTENCE_END_RE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")


def _parse_markdown(text: str, source: str) -> Article:
    lines = text.split("\n")
    meta: dict[str, str | None] = {"headline": None, "date": None, "author": None, "url": None}
    lines = _take_front_matter(lines, meta)
    lines = _take_original_url(lines, meta)
    start = _take_header(lines, meta)
    body = "\n\n".join(_paragraphs(lines[start:]))
    return Article(text=body, source=source, **meta)


def _take_front_matter(lines: list[str], meta: dict) -> list[str]:
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() != "---":
        return lines
    end = next((i for i in range(first + 1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return lines
    pairs = [line.split(":", 1) for line in lines[first + 1:end] if ":" in line]
    if not pairs or any(not key.strip().replace("_", "").isalnum() for key, _ in pairs):
        return lines
    for key, value in pairs:
        field = _FRONT_KEYS.get(key.strip().lower())
        value = value.strip().strip("\"'")
        if field and value and meta[field] is None:
            meta[field] = parse_date(value) if field == "date" else value
    return lines[end + 1:]


def _take_original_url(lines: list[str], meta: dict) -> list[str]:
    for i, line in enumerate(lines):
        match = _ORIGINAL_URL_RE.fullmatch(line)
        if not match:
            continue
        drop = {i}
        rest = match["rest"].strip()
        if not rest:
            j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
            if j is not None and _URL_RE.fullmatch(lines[j].strip()):
                rest = lines[j].strip()
                drop.add(j)
        found = _URL_RE.search(rest)
        if found and meta["url"] is None:
            meta["url"] = next(group for group in found.groups() if group)
        return [line for k, line in enumerate(lines) if k not in drop]
    return lines


def _take_header(lines: list[str], meta: dict) -> int:
    """Read the headline, byline and date lines at the top; return where the body starts."""
    position = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if position < len(lines):
        headline = _HEADLINE_RE.fullmatch(lines[position].strip())
        if headline:
            meta["headline"] = meta["headline"] or _inline(headline[1])
            position += 1
    for _ in range(3):
        while position < len(lines) and not lines[position].strip():
            position += 1
        if position == len(lines):
            break
        line = lines[position].strip()
        byline, when = _byline(line), parse_date(line)
        if byline and not meta["author"]:
            meta["author"], when = byline
            meta["date"] = meta["date"] or when
        elif when and not meta["date"]:
            meta["date"] = when
        else:
            break
        position += 1
    return position


def _byline(line: str) -> tuple[str, str | None] | None:
    match = _BYLINE_RE.fullmatch(line)
    if not match:
        return None
    parts = [part.strip(" ,") for part in re.split(r"\s[|\u00b7\u2014]\s|\s--\s", _inline(match["who"]))]
    when = next((parse_date(part) for part in parts[1:] if parse_date(part)), None)
    who = ", ".join(part for part in parts if part and not parse_date(part))
    if not who or len(who) > 100 or len(who.split()) > 12 or _SENTENCE_END_RE.search(who):
        return None
    return who, when


def _paragraphs(lines: list[str]) -> list[str]:
    blocks: list[tuple[list[str], bool]] = []   # (lines, is a list item)
    current: list[str] = []
    item = fenced = False

    def flush(next_item: bool = False) -> None:
        nonlocal current, item
        if current:
            blocks.append((current, item))
        current, item = [], next_item

    for raw in lines:
        line = raw.strip()
        if line.startswith(("```", "~~~")):
            fenced = not fenced
            flush()
            continue
        if fenced:
            continue
        while line.startswith(">"):
            line = line[1:].strip()
        if not line:
            flush()
        elif line.startswith("#") or _RULE_RE.fullmatch(line) or _REFDEF_RE.fullmatch(line):
            flush()  # sub-headings, rules and link definitions are not prose
        elif _LIST_RE.match(line):
            flush(next_item=True)
            current.append(_LIST_RE.sub("", line, count=1))
        else:
            current.append(line)
    flush()

    paragraphs: list[str] = []
    captions: set[int] = set()
    items: set[str] = set()
    for block, is_item in blocks:
        raw = " ".join(block)
        if _is_navigation(raw):
            continue
        credit = _CREDIT_RE.search(raw)
        if credit:
            raw = raw[:credit.start()].rstrip()
        text = " ".join(_inline(raw).split())
        if text:
            if credit:
                captions.add(len(paragraphs))
            paragraphs.append(text)
            if is_item:
                items.add(text)
    return _join_broken(_drop_repeats(paragraphs, captions), items)


def _is_navigation(raw: str) -> bool:
    match = _NAV_RE.fullmatch(raw)
    candidate = match["rest"] if match else raw
    if not _LINK_RE.search(candidate):
        return False
    return not re.sub(r"[\s|,;:\u00b7\u2022-]+", "", _LINK_RE.sub("", _IMAGE_RE.sub("", candidate)))


def _drop_repeats(paragraphs: list[str], captions: set[int]) -> list[str]:
    """Drop a photo caption that repeats a paragraph, and any paragraph seen before."""
    counts: dict[str, int] = {}
    for text in paragraphs:
        counts[text] = counts.get(text, 0) + 1
    kept, seen = [], set()
    for index, text in enumerate(paragraphs):
        if text in seen or (index in captions and counts[text] > 1):
            continue
        if index not in captions:
            seen.add(text)
        kept.append(text)
    return kept


def _join_broken(paragraphs: list[str], items: set[str]) -> list[str]:
    """Join a paragraph cut by a stray line break: no sentence end, then a lower-case start."""
    joined: list[str] = []
    for text in paragraphs:
        if (joined and text[0].islower() and not _SENTENCE_END_RE.search(joined[-1])
                and text not in items and joined[-1] not in items):
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    return joined


def _inline(text: str) -> str:
    """Markdown inline markup to plain text: links keep their text, images and emphasis go."""
    escapes: list[str] = []

    def hold(match: re.Match) -> str:
        escapes.append(match[1])
        return f"\ue000{len(escapes) - 1}\ue001"

    text = _ESCAPE_RE.sub(hold, text)
    text = _IMAGE_RE.sub("", text)
    text = _LINK_RE.sub(r"\1", text)
    text = _AUTOLINK_RE.sub(r"\1", text)
    text = _CODE_RE.sub(r"\1", text)
    text = _HTML_TAG_RE.sub("", text)
    text = _STRONG_RE.sub(lambda m: m[1] or m[2], text)
    text = _STRIKE_RE.sub(r"\1", text)
    text = _EM_STAR_RE.sub(r"\1", text)
    text = _EM_UNDER_RE.sub(r"\1", text)
    text = _ENTITY_RE.sub(lambda m: html.unescape(m[0]), text)
    text = re.sub("\ue000(\\d+)\ue001", lambda m: escapes[int(m[1])], text)
    return " ".join(text.split())


# ---------------------------------------------------------------------------------------------- HTML

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
