"""WARC and ARC archives (gzipped or not), such as Common Crawl's CC-NEWS: the HTML pages they hold.

The archive is streamed record by record with warcio, so memory stays flat whatever its size. Only HTTP
200 responses with an HTML payload become articles, each read by :mod:`kg.ingest.html`; the record's target
URI and date fill the article's URL and date where the page gives none. Records left out are counted by
reason: ``not HTML``, ``HTTP status``, ``revisit``, ``duplicate``, ``no story``, ``too large``. Requests,
metadata and warcinfo records are not pages and are passed over without a count.
"""
from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError, one_line
from kg.types import Article

__all__ = ["read", "pages", "ranges", "Page", "Seen", "SKIP_REASONS"]

SKIP_REASONS = ("not HTML", "HTTP status", "revisit", "duplicate", "no story", "too large", "language")
MAX_PAGE_BYTES = 5_000_000
# How many URLs and payload digests are remembered to spot duplicates: bounded, so memory stays flat.
_SEEN_LIMIT = 500_000
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def read(path: Path, source: str, skip: Callable[[str], None]) -> Iterator[Article]:
    """The articles of one WARC or ARC file, streamed.

    Parameters
    ----------
    path : Path
        A ``.warc``, ``.warc.gz``, ``.arc`` or ``.arc.gz`` file.
    source : str
        The name used in messages; each article's ``source`` is ``"{source}@{record offset}"``.
    skip : callable
        Called with the reason of each record left out (see the module's docstring).

    Yields
    ------
    Article

    Raises
    ------
    InputError
        The file cannot be opened, or is not (or stops being) a readable archive; the articles
        already yielded stand.
    """
    seen = Seen()
    for page in pages(path, source, skip):
        if not seen.first(page.keys):
            skip("duplicate")
            continue
        article = page.article()
        if not article.text:
            skip("no story")
            continue
        yield article


@dataclass(frozen=True)
class Page:
    """A record that is an HTML page to read: its payload, target URI, day, and the keys that spot a duplicate."""

    keys: tuple[bytes, ...]
    payload: bytes | str
    uri: str | None
    day: str | None
    source: str

    def article(self) -> Article:
        """The page read as an article (its ``text`` is empty when the page has no story)."""
        from kg.ingest.html import extract
        return extract(self.payload, self.source, url=self.uri, date=self.day)


class Seen:
    """The payload digests and URLs of the pages read so far in one archive, bounded so that memory stays flat.

    A page is a duplicate when its digest or its URL was seen before; only the first of each is read.
    """

    def __init__(self, limit: int = _SEEN_LIMIT) -> None:
        self._keys: OrderedDict[bytes, None] = OrderedDict()
        self._limit = limit

    def first(self, keys: tuple[bytes, ...]) -> bool:
        """Whether a page with these keys is the first of its kind (it is remembered if so)."""
        if any(key in self._keys for key in keys):
            return False
        for key in keys:
            self._keys[key] = None
        while len(self._keys) > self._limit:
            self._keys.popitem(last=False)
        return True


def pages(path: Path, source: str, skip: Callable[[str], None], start: int = 0, end: int | None = None,
          first: int = 0) -> Iterator[Page]:
    """The page records of an archive, or of the records from byte offset ``start`` up to ``end``, streamed.

    Records that are not pages are counted with ``skip`` (all but duplicates, which the caller tells
    with :class:`Seen`, in archive order). ``start`` must be a record's offset (as :func:`ranges` gives
    them) and ``first`` the number of records before it, for messages.

    Raises
    ------
    InputError
        As :func:`read`.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = first
    try:
        with open(path, "rb") as stream:
            if start:
                stream.seek(start)
            else:
                _check_magic(stream, source)
            iterator = ArchiveIterator(stream, arc2warc=True)
            for record in iterator:
                offset = iterator.offset        # where this record starts (get_record_offset() reads it to its end)
                if end is not None and offset >= end:
                    break
                records += 1
                page = _page(record, skip)
                if page is not None:
                    yield Page(page[0], page[1], page[2], page[3], f"{source}@{offset}")
    except ArchiveLoadFailed as err:
        where = f" after {records} records" if records else ""
        raise InputError(f"{source}: is not a readable WARC/ARC archive{where} ({one_line(err)[:100]}); "
                         "give a .warc, .warc.gz, .arc or .arc.gz file") from None
    except (OSError, EOFError, ValueError) as err:    # a truncated or corrupt gzip member, a bad length
        raise InputError(f"{source}: archive is damaged after {records} records "
                         f"({one_line(err)[:100]}); the pages before it were read") from None


def ranges(path: Path, pages_per_range: int) -> Iterator[tuple[int, int | None, int]]:
    """Cut an archive into ranges of about ``pages_per_range`` page records: ``(start, end, records before)``.

    The archive is scanned record by record (decompressed, not parsed: a small fraction of the time
    reading it takes), so memory stays flat. Each range starts at a record; the last one runs to the
    end of the file, so that damage the scan stops at is met, and reported, by whoever reads that range.
    """
    import contextlib
    import io
    import logging

    from warcio.archiveiterator import ArchiveIterator

    start = first = count = pages_in = 0
    log = logging.getLogger("warcio")
    try:
        with open(path, "rb") as stream:
            _check_magic(stream, str(path))     # not an archive: one range, whose reader says so
            iterator = ArchiveIterator(stream, arc2warc=True, no_record_parse=True)
            while True:
                # warcio's warnings (to stderr and its log) are the reader's to give, not the scan's
                with contextlib.redirect_stderr(io.StringIO()):
                    was, log.disabled = log.disabled, True
                    try:
                        record = next(iterator, None)
                    finally:
                        log.disabled = was
                if record is None:
                    break
                if pages_in >= pages_per_range:
                    yield start, iterator.offset, first
                    start, first, pages_in = iterator.offset, count, 0
                count += 1
                pages_in += record.rec_type in ("response", "resource", "revisit")
    except Exception:  # noqa: BLE001 - damage: the last range reads up to it, and reports it
        pass
    yield start, None, first


def _page(record, skip: Callable[[str], None]) -> tuple[tuple[bytes, ...], bytes | str, str | None, str | None] | None:
    """The keys, HTML payload, target URI and ISO date of a record that is a page to read; None counts why not."""
    kind = record.rec_type
    if kind == "revisit":
        skip("revisit")
        return None
    if kind not in ("response", "resource"):
        return None
    headers = record.http_headers
    if kind == "response":
        if headers is None:
            return None     # a response that is not HTTP (dns:, ftp:)
        status = headers.get_statuscode()
        if status != "200":
            skip("HTTP status")
            return None
        ctype = headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    payload = record.content_stream().read(MAX_PAGE_BYTES + 1)
    if len(payload) > MAX_PAGE_BYTES:
        skip("too large")
        return None
    if getattr(record.raw_stream, "limit", 0) > 0:     # warcio ends a cut-off record quietly
        raise EOFError("the last record is cut short")
    if not _is_html(ctype, payload):
        skip("not HTML")
        return None
    digest = (record.rec_headers.get_header("WARC-Payload-Digest") or "").encode() or hashlib.sha1(payload).digest()
    keys = (b"d" + digest,) + ((b"u" + uri.encode("utf-8", "replace"),) if uri else ())
    return keys, _decoded(payload, ctype), uri, _iso_day(record.rec_headers.get_header("WARC-Date"))


def _check_magic(stream, source: str) -> None:
    """Refuse a file that is not an archive at all: warcio would read it as an empty one."""
    import gzip

    head = stream.read(2)
    stream.seek(0)
    if head == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=stream) as unzipped:
                head = unzipped.read(16)
        except (OSError, EOFError):
            head = b""
        stream.seek(0)
    else:
        head = stream.read(16)
        stream.seek(0)
    if not head.lstrip().startswith((b"WARC/", b"filedesc:")):
        raise InputError(f"{source}: is not a readable WARC/ARC archive (it does not start with a WARC or ARC "
                         "header); give a .warc, .warc.gz, .arc or .arc.gz file")


def _is_html(ctype: str, payload: bytes) -> bool:
    ctype = ctype.split(";")[0].strip().lower()
    if ctype:
        return ctype in _HTML_TYPES
    head = payload[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _decoded(payload: bytes, ctype: str) -> bytes | str:
    """The page as text when the HTTP header names a charset that decodes it; else bytes, for detection."""
    match = _CHARSET_RE.search(ctype)
    if match:
        try:
            return payload.decode(match[1])
        except (LookupError, UnicodeDecodeError):
            pass
    return payload


def _iso_day(stamp: str | None) -> str | None:
    """The day of a WARC-Date ("2016-09-26T21:18:09Z"), or an ARC date ("20160926211809")."""
    if not stamp:
        return None
    match = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", stamp.strip())
    return f"{match[1]}-{match[2]}-{match[3]}" if match else None
