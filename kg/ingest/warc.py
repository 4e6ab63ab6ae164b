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
from pathlib import Path

from kg.errors import InputError, one_line
from kg.types import Article

__all__ = ["read", "SKIP_REASONS"]

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
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from kg.ingest.html import extract

    seen: OrderedDict[bytes, None] = OrderedDict()
    records = 0
    try:
        with open(path, "rb") as stream:
            _check_magic(stream, source)
            iterator = ArchiveIterator(stream, arc2warc=True)
            for record in iterator:
                records += 1
                page = _page(record, seen, skip)
                if page is None:
                    continue
                payload, uri, day = page
                article = extract(payload, f"{source}@{iterator.get_record_offset()}", url=uri, date=day)
                if not article.text:
                    skip("no story")
                    continue
                yield article
    except ArchiveLoadFailed as err:
        where = f" after {records} records" if records else ""
        raise InputError(f"{source}: is not a readable WARC/ARC archive{where} ({one_line(err)[:100]}); "
                         "give a .warc, .warc.gz, .arc or .arc.gz file") from None
    except (OSError, EOFError, ValueError) as err:    # a truncated or corrupt gzip member, a bad length
        raise InputError(f"{source}: archive is damaged after {records} records "
                         f"({one_line(err)[:100]}); the pages before it were read") from None


def _page(record, seen: OrderedDict, skip: Callable[[str], None]) -> tuple[bytes | str, str | None, str | None] | None:
    """The HTML payload, target URI and ISO date of a record that is a page to read; None counts why not."""
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
    keys = [b"d" + digest] + ([b"u" + uri.encode("utf-8", "replace")] if uri else [])
    if any(key in seen for key in keys):
        skip("duplicate")
        return None
    for key in keys:
        seen[key] = None
    while len(seen) > _SEEN_LIMIT:
        seen.popitem(last=False)
    return _decoded(payload, ctype), uri, _iso_day(record.rec_headers.get_header("WARC-Date"))


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
