"""Where articles come from: files, folders and standard input, each read by its format's module."""
from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from kg.errors import InputError
from kg.ingest import registry
from kg.types import Article

__all__ = ["MAX_BYTES", "count_articles", "iter_articles", "language_verdict", "parse_text", "plan_paths", "read_article",
           "read_articles", "read_plan"]

MAX_BYTES = 5_000_000
# A byte-order mark says the encoding; UTF-32's little-endian mark starts with UTF-16's, so it comes first.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


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


def read_articles(path: str | Path, on_skip: Callable[[str], None] | None = None,
                  on_note: Callable[[str], None] | None = None) -> list[Article]:
    """Read every article a file holds: one for Markdown, text and HTML, one a line for JSON Lines.

    Raises
    ------
    InputError
        As :func:`read_article`, one line naming the file.
    """
    return list(_read_file(Path(path), _skipper(on_skip, on_note)))


def parse_text(text: str, source: str = "<stdin>", fmt: str | None = None, skip: Callable[..., None] | None = None,
               fetch=None) -> list[Article]:
    """Parse articles from text already in memory.

    Parameters
    ----------
    text : str
        The whole input.
    source : str
        Where it came from, for messages and ``Article.source``.
    fmt : {"markdown", "text", "html", "jsonl", "feed"} or None
        None sniffs it: JSON Lines if the first non-blank character is ``{``, an RSS/Atom feed if it
        starts with one, HTML if ``<``, else Markdown/text.
    skip : callable, optional
        Called as ``skip(reason, detail)`` for each item left out (a feed item without its story).
    fetch : kg.ingest.fetch.Fetcher, optional
        Fetches the pages a feed only links to; None fetches nothing.

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
    if not text.strip():
        raise InputError(f"{source}: is empty; give it the article's text")
    if fmt is None:
        kind = registry.sniff(text) or registry.format_named("markdown")
    else:
        kind = registry.format_named(fmt)
        if kind is None or kind.name == "warc":
            names = ", ".join(f.name for f in registry.formats() if f.name != "warc")
            raise InputError(f"{source}: unknown format {fmt!r}; use {names}")
        if kind.name == "html":     # a feed saved under a page's name (a browser's "Save as") is a feed
            sniffed = registry.sniff(text)
            kind = sniffed if sniffed is not None and sniffed.sniff_files else kind
    module = registry.reader_of(kind)
    articles = module.parse(text, source, skip or _ignore, **_fetching(module, fetch))
    if len(articles) == 1 and not articles[0].text:
        raise InputError(f"{source}: has no article text after parsing; give it a body")
    return articles


def iter_articles(paths: Sequence[str], on_error: Callable[[InputError], None] | None = None,
                  on_skip: Callable[[str], None] | None = None, languages: Collection[str] | None = None,
                  on_note: Callable[[str], None] | None = None, fetch=None) -> Iterator[Article]:
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
    on_skip : callable or None
        Called with the reason (``"not HTML"``, ``"duplicate"``, ...) of each record left out on
        purpose, such as an archive's non-HTML or duplicate records.
    languages : collection of str or None
        ISO 639-1 codes to keep: an article detected (by its text) to be in another language is left
        out, with ``on_skip("language xx")``. None keeps every article. Each article kept gets the
        detected ``language``.
    on_note : callable or None
        Called with a one-line note where a record left out has something to show the user: the link
        of a feed item that carries only a summary (not fetched without ``fetch``), or of a page that
        could not be fetched.
    fetch : kg.ingest.fetch.Fetcher or None
        Fetches the page of each feed item that carries only a summary (``kg build --fetch``), which is
        then read as HTML; a page that cannot be is left out with ``on_skip("fetch: REASON")``. None
        (the default) touches no network.

    Returns
    -------
    iterator of Article

    Raises
    ------
    InputError
        At once, for a path that does not exist, a file with an unknown suffix, or a folder with
        no article files; while iterating, for a bad file when ``on_error`` is None.
    """
    return read_plan(plan_paths(paths), on_error=on_error, on_skip=on_skip, languages=languages, on_note=on_note,
                     fetch=fetch)


def read_plan(plan: Sequence[str | Path], on_error: Callable[[InputError], None] | None = None,
              on_skip: Callable[[str], None] | None = None, languages: Collection[str] | None = None,
              on_note: Callable[[str], None] | None = None, fetch=None) -> Iterator[Article]:
    """The articles of a plan already checked (:func:`plan_paths`), read lazily in this process.

    The parameters after ``plan`` are those of :func:`iter_articles`, which is ``read_plan(plan_paths(paths))``;
    a caller that planned the paths already reads them with this, without checking each file again.
    """
    skip = _skipper(on_skip, on_note)
    articles = _iterate(list(plan), on_error, skip, fetch)
    return articles if languages is None else _in_languages(articles, set(languages), skip)


def plan_paths(paths: Sequence[str]) -> list[str | Path]:
    """The files ``iter_articles(paths)`` reads, in order (``"-"`` for standard input), each path checked.

    Raises
    ------
    InputError
        For a path that does not exist, a file with an unknown suffix, or a folder with no article files.
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
                raise InputError(f"{path}: folder holds no article files; {registry.suffix_hint()}")
            plan.extend(files)
        elif path.exists():
            _format_of(path)
            _check_regular(path)
            plan.append(path)
        else:
            raise InputError(f"{given}: no such file or folder")
    return plan


def count_articles(paths: Sequence[str]) -> int | None:
    """About how many articles ``iter_articles(paths)`` will yield, cheaply (for a progress bar's estimate).

    A JSON Lines file counts its non-blank lines, any other file one; None when standard input or an
    archive (which only its reading can count) is among the paths, or a path cannot be listed.
    """
    total = 0
    for name in paths:
        if name == "-":
            return None
        path = Path(name)
        try:
            files = _folder_files(path) if path.is_dir() else [path]
            for file in files:
                fmt = registry.format_of(file)
                if fmt is not None and fmt.streams:
                    return None
                if fmt is not None and fmt.name == "jsonl":
                    with open(file, "rb") as stream:
                        total += sum(1 for line in stream if line.strip())
                else:
                    total += 1
        except OSError:
            return None
    return total


def _in_languages(articles: Iterator[Article], languages: set[str], on_skip: Callable[[str], None]
                  ) -> Iterator[Article]:
    for article in articles:
        kept, reason = language_verdict(article, languages)
        if kept is None:
            on_skip(reason)
            continue
        yield kept


def language_verdict(article: Article, languages: Collection[str] | None) -> tuple[Article | None, str | None]:
    """The article with its detected language, or None and the reason (``"language de"``) to leave it out."""
    if languages is None:
        return article, None
    from kg.ingest.language import detect_language, foreign_paragraphs
    code = detect_language(article.text)
    if code is not None and code not in languages:
        return None, f"language {code}"
    if code is not None and "\n\n" in article.text:
        # a paragraph in another language (a quote left untranslated) is no text the pipeline can parse: it is
        # cut out, and the page's other paragraphs kept
        foreign = foreign_paragraphs(article.text, languages)
        if foreign:
            kept, last = [], 0
            for start, end in foreign:
                kept.append(article.text[last:start])
                last = end + 2
            article = replace(article, text="".join(kept + [article.text[last:]]).strip())
    return (replace(article, language=code) if code and code != article.language else article), None


def _ignore(reason: str, detail: str | None = None) -> None:
    """Count nothing."""


def _skipper(on_skip, on_note) -> Callable[..., None]:
    """The ``skip(reason, detail=None)`` a reader calls: the reason to on_skip, the detail as a note."""
    def skip(reason: str, detail: str | None = None) -> None:
        if on_skip is not None:
            on_skip(reason)
        if detail and on_note is not None:
            on_note(f"left out ({reason}): {detail}")
    return skip


def _fetching(module, fetch) -> dict:
    """The ``fetch`` keyword for a reader that takes it (feeds), when there is a fetcher."""
    return {"fetch": fetch} if fetch is not None and getattr(module, "FETCHES", False) else {}


def _iterate(plan: list[str | Path], on_error: Callable[[InputError], None] | None,
             on_skip: Callable[[str], None], fetch=None) -> Iterator[Article]:
    for item in plan:
        try:
            if item == "-":
                yield from _read_stdin(on_skip, fetch)
                continue
            # an archive streams: its articles are yielded as they are read, and an error part-way
            # through still leaves the ones already yielded
            yield from _read_file(Path(item), on_skip, fetch)
        except InputError as err:
            if on_error is None:
                raise
            on_error(err)


def _read_file(path: Path, on_skip: Callable[[str], None], fetch=None, name: str | None = None
               ) -> Iterator[Article]:
    """The articles of one file, opened at ``path`` and named ``name`` (default: the path) in messages."""
    name = str(path) if name is None else name
    fmt = _format_of(path)
    module = registry.reader_of(fmt)
    if fmt.streams:
        _check_regular(path, name)
        yield from module.read(path, name, on_skip, **_fetching(module, fetch))
        return
    data = _read_bytes(path, name)
    text = _decode(data, name, _declared_charset(data) if fmt.name == "html" else None)
    yield from parse_text(text, source=name, fmt=fmt.name, skip=on_skip, fetch=fetch)


def _folder_files(folder: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root, f) for f in files
                     if not f.startswith(".") and registry.format_of(Path(root, f)) is not None)
    return sorted(found)


def _format_of(path: Path) -> registry.Format:
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file, or read folders with iter_articles()")
    fmt = registry.format_of(path)
    if fmt is None and path.suffix.lower() == ".xml":
        head = registry.file_head(path)
        if head is None:
            _check_regular(path)
            _read_bytes(path, str(path))     # says why it cannot be read
        root = registry.xml_root(head or "")
        what = f"its root element is <{root[0]}>" if root else "it has no XML root element"
        raise InputError(f"{path}: is not an RSS, Atom or RSS 1.0 feed ({what}); kg build reads a .xml file "
                         "only when it is a feed")
    if fmt is None:
        raise InputError(f"{path}: unknown extension {path.suffix or '(none)'!r}; {registry.suffix_hint()}")
    return fmt


def _check_regular(path: Path, name: str | None = None) -> None:
    """Refuse a FIFO, socket or device: opening or reading one can block forever."""
    shown = path if name is None else name
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InputError(f"{shown}: no such file") from None
    except OSError as err:
        raise InputError(f"{shown}: cannot be read ({err.strerror or err}); check its permissions") from err
    if not stat.S_ISREG(mode):
        raise InputError(f"{shown}: is {_kind(mode)}, not a regular file; skipped (save the article to a file)")


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a file"


def _read_bytes(path: Path, name: str | None = None) -> bytes:
    shown = path if name is None else name
    try:
        # O_NONBLOCK: a FIFO put in the file's place after it was listed must not block the open
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as stream:
            mode = os.fstat(stream.fileno()).st_mode
            if not stat.S_ISREG(mode):
                raise InputError(f"{shown}: is {_kind(mode)}, not a regular file; skipped "
                                 "(save the article to a file)")
            size = os.fstat(stream.fileno()).st_size
            if size > MAX_BYTES:
                raise InputError(f"{shown}: is {size:,} bytes, over the {MAX_BYTES:,}-byte limit; split it")
            data = stream.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise InputError(f"{shown}: is over the {MAX_BYTES:,}-byte limit; split it")
            return data
    except FileNotFoundError:
        raise InputError(f"{shown}: no such file") from None
    except OSError as err:
        raise InputError(f"{shown}: cannot be read ({err.strerror or err}); check its permissions") from err


def _read_stdin(skip: Callable[..., None], fetch=None) -> list[Article]:
    stream = sys.stdin
    if stream is None:
        raise InputError("<stdin>: no standard input to read; pipe an article in or give a file")
    buffer = getattr(stream, "buffer", None)
    data = buffer.read(MAX_BYTES + 1) if buffer is not None else stream.read(MAX_BYTES + 1).encode("utf-8")
    if len(data) > MAX_BYTES:
        raise InputError(f"<stdin>: is over the {MAX_BYTES:,}-byte limit; split it")
    declared = _declared_charset(data) if data.lstrip()[:1] == b"<" else None
    return parse_text(_decode(data, "<stdin>", declared), source="<stdin>", skip=skip, fetch=fetch)


def _declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (<meta charset>, http-equiv, XML declaration), if known.

    Latin-1 and ASCII are read as windows-1252, as browsers do (WHATWG Encoding).

    Examples
    --------
    >>> _declared_charset(b'<html><head><meta charset="ISO-8859-1">'), _declared_charset(b"<p>x</p>")
    ('cp1252', None)
    >>> _declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">')
    'shift_jis'
    >>> _declared_charset(b'<?xml version="1.0" encoding="windows-1251"?><html>'), _declared_charset(b"<meta charset=x>")
    ('cp1251', None)
    """
    match = _CHARSET_RE.search(data[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup((match.group(1) or match.group(2)).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


_CHARSET_RE = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
                         rb"""|<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _decode(data: bytes, source: str, declared: str | None = None) -> str:
    """The text of a file: by its byte-order mark, else UTF-8, else (a page) the charset it declares."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as err:
                raise InputError(f"{source}: is not valid {encoding.upper()} despite its byte-order mark "
                                 f"(bad data at offset {err.start}); save it as UTF-8") from None
            if "\x00" in text:
                raise InputError(f"{source}: looks binary (it holds NUL characters); give a text file")
            if not text.strip():
                raise InputError(f"{source}: is empty; give it the article's text")
            return text
    if b"\x00" in data:
        raise InputError(f"{source}: looks binary (it holds NUL bytes); give a UTF-8 text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        offset = err.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        if declared is None or declared == "utf-8":
            raise InputError(f"{source}: is not valid UTF-8 (bad byte at offset {offset}); "
                             "save it as UTF-8") from None
        try:     # a page saved in the legacy charset it declares (a page declaring one but in UTF-8 is UTF-8)
            text = data.decode(declared)
        except UnicodeDecodeError as err2:
            raise InputError(f"{source}: is neither UTF-8 nor the {declared} it declares (bad byte at offset "
                             f"{err2.start}); save it as UTF-8") from None
    if not text.strip():
        raise InputError(f"{source}: is empty; give it the article's text")
    return text
