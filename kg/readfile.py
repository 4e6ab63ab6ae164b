"""Reading a file a user named, safely: a FIFO never blocks the open, a device or socket is refused."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from kg.errors import InputError


def read_named_file(path: str | Path, shown: str, limit: int | None = None) -> bytes:
    """The bytes of a file named on the command line, at most ``limit + 1`` of them when a limit is given.

    A FIFO is opened without waiting for a writer (``<(cat q.rq)`` works; a FIFO no one writes to reads as
    empty); a device or socket is refused, since ``/dev/zero`` never ends and ``/dev/tty`` waits for a person.

    Parameters
    ----------
    path : str or Path
        The file.
    shown : str
        How messages name it.
    limit : int, optional
        The most bytes the caller accepts; one more is read so that it can tell.

    Raises
    ------
    InputError
        When the file is a device or socket.
    OSError
        When it cannot be opened or read.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(fd, "rb") as stream:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode) and not stat.S_ISFIFO(mode):
            raise InputError(f"{shown} is a device or socket, not a file; save it to a file")
        if stat.S_ISFIFO(mode):
            os.set_blocking(fd, True)
        return stream.read() if limit is None else stream.read(limit + 1)


def decode_text(data: bytes, shown: str, expected: str, probe: int | None = 4096) -> str:
    """The UTF-8 text of a user's file (a BOM dropped), or one line that says what is wrong with it.

    Parameters
    ----------
    data : bytes
        The file's bytes.
    shown : str
        How messages name the file (the UTF-8 error adds the line: ``NAME:LINE: not valid UTF-8``).
    expected : str
        What the user should give instead of a binary file ("a CSV or Turtle file").
    probe : int, optional
        How many leading bytes to look at for NUL; None looks at all of them.

    Raises
    ------
    InputError
        When the data holds NUL bytes or is not UTF-8.

    Examples
    --------
    >>> decode_text("\\ufeffCafé".encode("utf-8"), "f.csv", "a CSV file")
    'Café'
    >>> decode_text(b"ok\\ncaf\\xe9", "f.csv", "a CSV file")
    Traceback (most recent call last):
    kg.errors.InputError: f.csv:2: not valid UTF-8; save it as UTF-8
    """
    if b"\x00" in (data if probe is None else data[:probe]):
        raise InputError(f"{shown} is binary; give {expected}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        raise InputError(f"{shown}:{line}: not valid UTF-8; save it as UTF-8") from err
