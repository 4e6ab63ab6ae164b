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

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from kg.errors import InputError

__all__ = ["Format", "register", "formats", "format_named", "format_of", "sniff", "reader_of", "suffix_hint"]


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


_FORMATS: dict[str, Format] = {}


def register(name: str, module: str, suffixes=(), aliases=(), sniff=None, streams: bool = False,
             shown=None) -> Format:
    """Register (or replace) a format; a later registration is sniffed before earlier ones (more specific).

    Examples
    --------
    >>> import kg.ingest
    >>> format_named("md").module, format_of(Path("a/page.HTM")).name, format_of(Path("CC-NEWS-1.warc.gz")).name
    ('kg.ingest.markdown', 'html', 'warc')
    """
    suffixes = tuple(s.lower() for s in suffixes)
    fmt = Format(name, module, suffixes, tuple(aliases), sniff, streams, tuple(shown or suffixes[:1]))
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
    """The format a file name's suffix says (the longest matching suffix, so ``.warc.gz`` beats ``.gz``)."""
    name = path.name.lower()
    found = [(len(s), f) for f in _FORMATS.values() for s in f.suffixes if name.endswith(s) and name != s]
    return max(found, key=lambda pair: pair[0])[1] if found else None


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
