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
