"""The exceptions kg-builder raises for problems a user can fix."""
from __future__ import annotations

import os
import re

# C0 and C1 control characters and DEL: a terminal acts on them, and a newline splits a message.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class KGError(Exception):
    """A problem the user can fix. ``str(err)`` is the whole one-line message shown to them.

    Control characters in the message (a newline or an escape sequence in a file name, say) are
    shown escaped, so that the message stays one line and cannot drive the terminal.

    Examples
    --------
    >>> str(KGError("bad\\nname"))
    'bad\\\\nname'
    """

    def __str__(self) -> str:
        return escape_control(super().__str__())


class InputError(KGError):
    """An article, graph or query file that cannot be read as asked."""


class ModelError(KGError):
    """The spaCy pipeline cannot be loaded."""


class QueryError(KGError):
    """A SPARQL query that is malformed or not allowed."""


class StoreError(KGError):
    """A persistent store that cannot be opened, locked or written."""


class OutputError(KGError):
    """An output that cannot be written."""


class ExtractionError(KGError):
    """kg-builder's own rules failed on an article: a bug to report, named with the article, never a traceback."""


class FetchError(KGError):
    """A web page that could not be fetched; ``reason`` is a short kind to count it by (``"HTTP 404"``)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def one_line(err: BaseException) -> str:
    """An exception's message squeezed onto one short line."""
    return " ".join(str(err).split())[:300] or type(err).__name__


def escape_control(text: str) -> str:
    """``text`` with control characters (C0, C1, DEL) written as escapes such as ``\\n`` or ``\\x1b``.

    Examples
    --------
    >>> escape_control("a\\x1b[31mb\\tc")
    'a\\\\x1b[31mb\\\\tc'
    """
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


_CONTROL_NO_NEWLINE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def escape_terminal(text: str) -> str:
    """Multi-line text for a terminal: control characters escaped as in :func:`escape_control`,
    except the newlines between lines.

    Examples
    --------
    >>> print(escape_terminal("a\\x1b[2J\\nb"))
    a\\x1b[2J
    b
    """
    if not _CONTROL_NO_NEWLINE.search(text):
        return text
    return _CONTROL_NO_NEWLINE.sub(lambda m: repr(m.group())[1:-1], text)


def show_path(path: str | os.PathLike) -> str:
    """A file name as messages show it: quoted, with control characters escaped (one line, no terminal codes).

    Every message that names a path uses this, so that a newline or an escape sequence in a file
    name cannot split the message or reach the terminal raw.

    Examples
    --------
    >>> show_path("graph.ttl")
    "'graph.ttl'"
    >>> show_path("evil\\nname.ttl")
    "'evil\\\\nname.ttl'"
    """
    text = os.fsdecode(path) if not isinstance(path, str) else path
    return repr(text)
