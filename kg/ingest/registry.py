"""The formats kg-builder reads, registered by name, file suffix and content sniffing.

As rdflib's plugin registry does for its parsers, a format is registered with the module that reads it,
and the module is imported only when a file of that format is read (an HTML extractor or a WARC library
is not loaded to read Markdown). A reader module gives one or both of:

``parse(text: str, source: str, skip) -> list[Article]``
    for text (the file is read, size-checked and decoded for it, or it came on standard input);
``read(path: Path, source: str, skip) -> Iterator[Article]``
    for formats that read the file themselves (``streams``): archives, streamed, and feeds, whose
    bytes carry their own encoding.

``skip(reason, detail=None)`` is called for each record or item left out on purpose, with a detail worth
showing the user (a link) where there is one.
"""
from __future__ import annotations

import codecs
import importlib
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from kg.errors import InputError

__all__ = ["Format", "register", "formats", "format_named", "format_of", "sniff", "sniff_file", "file_head",
           "xml_root", "reader_of", "suffix_hint", "CONTENT_SUFFIXES"]

# Files whose content, not their name, says what they are: a feed saved as "news.xml" or "feed".
CONTENT_SUFFIXES = ("", ".xml")
_HEAD_BYTES = 4096


@dataclass(frozen=True)
class Format:
    """One input format: its name, the module that reads it, its suffixes and how to recognise its text."""

    name: str
    module: str
    suffixes: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    sniff: Callable[[str], bool] | None = None  # gets the text's first 4 KB, stripped of leading blanks
    streams: bool = False                       # the module's read() takes the file itself (no size limit)
    shown: tuple[str, ...] = ()                 # the suffixes named in messages
    sniff_files: bool = False                   # a .xml or suffix-less file whose start it sniffs is of it


_FORMATS: dict[str, Format] = {}


def register(name: str, module: str, suffixes=(), aliases=(), sniff=None, streams: bool = False,
             shown=None, sniff_files: bool = False) -> Format:
    """Register (or replace) a format; a later registration is sniffed before earlier ones (more specific).

    Examples
    --------
    >>> import kg.ingest
    >>> format_named("md").module, format_of(Path("a/page.HTM")).name, format_of(Path("CC-NEWS-1.warc.gz")).name
    ('kg.ingest.markdown', 'html', 'warc')
    """
    suffixes = tuple(s.lower() for s in suffixes)
    fmt = Format(name, module, suffixes, tuple(aliases), sniff, streams, tuple(shown or suffixes[:1]), sniff_files)
    _FORMATS[name] = fmt
    return fmt


def formats() -> list[Format]:
    """Every registered format, in registration order."""
    return list(_FORMATS.values())


def format_named(name: str) -> Format | None:
    """The format with this name or alias (any case), or None."""
    name = name.lower()
    return next((f for f in _FORMATS.values() if name == f.name or name in f.aliases), None)


def format_of(path: Path) -> Format | None:
    """The format a file name's suffix says (the longest matching suffix, so ``.warc.gz`` beats ``.gz``).

    A ``.xml`` file or one without a suffix is of the format its start says (:func:`sniff_file`): a feed.
    """
    name = path.name.lower()
    found = [(len(s), f) for f in _FORMATS.values() for s in f.suffixes if name.endswith(s) and name != s]
    if found:
        return max(found, key=lambda pair: pair[0])[1]
    return sniff_file(path) if path.suffix.lower() in CONTENT_SUFFIXES else None


def sniff_file(path: Path) -> Format | None:
    """The format (one registered with ``sniff_files``) whose sniffer recognises the file's first 4 KB, or None.

    A file that cannot be read, or is no regular file (a FIFO would block), is of no format here; reading
    it says what is wrong.
    """
    head = file_head(path)
    if head is None:
        return None
    return next((f for f in reversed(_FORMATS.values()) if f.sniff_files and f.sniff is not None and f.sniff(head)),
                None)


def xml_root(head: str) -> tuple[str, str] | None:
    """The root element's name and the text of its start tag, past the XML declaration, comments and DOCTYPE.

    Examples
    --------
    >>> xml_root('<?xml version="1.0"?><!-- saved --><!DOCTYPE rss><rss version="2.0"><channel>')
    ('rss', '<rss version="2.0">')
    >>> xml_root("<html><body>") [0], xml_root("plain text") is None
    ('html', True)
    """
    position = 0
    while True:
        match = _PROLOG_RE.match(head, position)
        if not match or match.end() == position:
            break
        position = match.end()
    match = _START_TAG_RE.match(head, position)
    return (match.group(1), match.group(0)) if match else None


_PROLOG_RE = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]*\[.*?\])?[^>]*>", re.DOTALL | re.IGNORECASE)
_START_TAG_RE = re.compile(r"<([A-Za-z_][\w.:-]*)[^<>]*>")


def file_head(path: Path) -> str | None:
    """The first 4 KB of a regular file as text (by its byte-order mark, else UTF-8 with replacements), or None."""
    try:
        # O_NONBLOCK, and the mode checked on the open file: a FIFO put in a file's place must not block
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):     # a folder, FIFO or device
            return None
        data = os.read(fd, _HEAD_BYTES)
    except OSError:
        return None
    finally:
        os.close(fd)
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, "replace")
    return data.removeprefix(codecs.BOM_UTF8).decode("utf-8", "replace")


def sniff(text: str) -> Format | None:
    """The last-registered text format whose sniffer recognises the start of ``text``, or None."""
    head = text[:4096].lstrip()
    return next((f for f in reversed(_FORMATS.values()) if f.sniff is not None and f.sniff(head)), None)


def reader_of(fmt: Format) -> ModuleType:
    """Import the module that reads ``fmt``."""
    try:
        return importlib.import_module(fmt.module)
    except ImportError as err:
        raise InputError(f"reading {fmt.name} needs the package {err.name!r}; install it with "
                         f"pip install {err.name}") from None


def suffix_hint() -> str:
    """What to tell a user who gave a file with an unknown suffix."""
    return "use " + " ".join(s for f in _FORMATS.values() for s in f.shown)
