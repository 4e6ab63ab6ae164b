"""Parsing RDF that someone else wrote: no network or disk access it asks for, no XML bombs.

- JSON-LD ``@context`` and ``@import`` URLs (``http:``, ``https:``, ``file:``, or a relative
  reference resolved against the document) are never fetched unless the user allowed it
  (``--allow-remote-context``): rdflib's context loader is replaced by one that refuses.
- RDF/XML whose DTD declares entities that expand into other entities (the "billion laughs"),
  parameter entities or external entities is refused before rdflib's parser sees it.
"""
from __future__ import annotations

import contextlib
import contextvars
from typing import Iterator
from xml.parsers import expat

from rdflib import Graph

from kg.errors import InputError, one_line

__all__ = ["RemoteContextRefused", "allow_remote_contexts", "set_allow_remote_contexts", "check_xml",
           "parse_graph", "install_context_guard"]

#: Longest replacement text of an internal XML entity accepted (``<!ENTITY owl "http://...#">`` is short).
MAX_ENTITY_CHARS = 256

_ALLOW = contextvars.ContextVar("kg_allow_remote_context", default=False)


class RemoteContextRefused(InputError):
    """A JSON-LD document needs a context from a URL, and fetching it was not allowed."""

    def __init__(self, url: str) -> None:
        shown = url if len(url) <= 200 else url[:199] + "…"
        super().__init__(f"needs the JSON-LD context {shown}, which kg does not fetch unless you pass "
                         f"--allow-remote-context")
        self.url = url


def set_allow_remote_contexts(allow: bool) -> None:
    """Allow (or refuse again) fetching JSON-LD contexts for the rest of this context (a CLI run)."""
    install_context_guard()
    _ALLOW.set(bool(allow))


@contextlib.contextmanager
def allow_remote_contexts(allow: bool = True) -> Iterator[None]:
    """Within the block, fetch JSON-LD contexts named by URL (``allow=True``) or refuse them."""
    install_context_guard()
    token = _ALLOW.set(bool(allow))
    try:
        yield
    finally:
        _ALLOW.reset(token)


_INSTALLED = False


def install_context_guard() -> None:
    """Replace the loader rdflib's JSON-LD parser uses for ``@context``/``@import`` URLs by one that
    refuses unless allowed. Idempotent; every JSON-LD parse in the process goes through it."""
    global _INSTALLED
    if _INSTALLED:
        return
    from rdflib.plugins.shared.jsonld import context as jsonld_context
    fetch = jsonld_context.source_to_json

    def guarded_source_to_json(source, *args, **kwargs):
        if not _ALLOW.get():
            raise RemoteContextRefused(str(source))
        return fetch(source, *args, **kwargs)

    jsonld_context.source_to_json = guarded_source_to_json
    _INSTALLED = True


class _DtdDone(Exception):
    pass


def check_xml(data: bytes | str) -> None:
    """Refuse an XML document whose DTD could make the parser expand without bound.

    Internal entities may only hold short plain text (no reference to another entity, at most
    :data:`MAX_ENTITY_CHARS` characters); parameter and external entities are refused. Only the
    prolog is read: parsing stops at the first element.

    Raises
    ------
    InputError
        With the reason, for the caller to prefix with the document's name.

    Examples
    --------
    >>> check_xml('<!DOCTYPE r [<!ENTITY owl "http://www.w3.org/2002/07/owl#">]><r/>')
    >>> check_xml('<!DOCTYPE r [<!ENTITY a "x"><!ENTITY b "&a;&a;">]><r/>')
    Traceback (most recent call last):
    ...
    kg.errors.InputError: declares XML entity 'b' that expands other entities (an XML bomb?); refused
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if b"<!ENTITY" not in raw and b"<!DOCTYPE" not in raw:
        return
    parser = expat.ParserCreate()

    def entity(name, is_parameter, value, base, system_id, public_id, notation):
        if is_parameter:
            raise InputError(f"declares XML parameter entity {name!r}; refused")
        if value is None:
            raise InputError(f"declares external XML entity {name!r}; refused")
        if "&" in value or "%" in value:
            raise InputError(f"declares XML entity {name!r} that expands other entities (an XML bomb?); refused")
        if len(value) > MAX_ENTITY_CHARS:
            raise InputError(f"declares XML entity {name!r} of {len(value):,} characters "
                             f"(at most {MAX_ENTITY_CHARS}); refused")

    def first_element(*_):
        raise _DtdDone

    parser.EntityDeclHandler = entity
    parser.StartElementHandler = first_element
    with contextlib.suppress(_DtdDone, expat.ExpatError):   # syntax errors: the RDF/XML parser names them
        parser.Parse(raw, True)


def parse_graph(graph: Graph, data: bytes, fmt: str, *, base: str | None = None) -> Graph:
    """Parse ``data`` in rdflib format ``fmt`` into ``graph`` with the guards above, quietly.

    Raises
    ------
    RemoteContextRefused
        When a JSON-LD document names a context by URL and that was not allowed.
    InputError
        For an XML bomb, text that is not UTF-8, or a syntax error (one line, with its position
        where the parser gives one). The message has no subject ("is not valid Turtle: line 3 ..."),
        for the caller to put the document's name before it.
    """
    from kg.export import _parser_message, quiet_rdflib
    install_context_guard()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"is not valid UTF-8 (byte {err.start})") from err
    if fmt == "xml":
        check_xml(data)
    try:
        with quiet_rdflib():
            graph.parse(data=text, format=fmt, publicID=base)
    except InputError:
        raise
    except Exception as err:  # the parsers raise many unrelated types (BadSyntax, SAXParseException, ...)
        title = {"turtle": "Turtle", "nt": "N-Triples", "nquads": "N-Quads", "trig": "TriG", "json-ld": "JSON-LD",
                 "xml": "RDF/XML"}.get(fmt, fmt)
        raise InputError(f"is not valid {title}: {_parser_message(err, text) or one_line(err)}") from err
    return graph
