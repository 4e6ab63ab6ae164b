"""Write an output file without damaging what ``-o`` names.

A regular file (or a new path) is replaced atomically through a temporary file beside it, keeping
the old file's mode and, where allowed, its owner. Anything else (a device such as ``/dev/null``
or ``/dev/stdout``, a FIFO, a terminal) is written in place, never replaced; a symbolic link is
followed, so its target is written and the link stays. A write that a ``kill -9`` interrupted
leaves a temporary file whose name carries the writer's process id; the next write to the same
target removes it once that process is gone.
"""
from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import sys
from pathlib import Path
from typing import IO, Iterator

from kg.errors import OutputError, show_path

__all__ = ["atomic_output", "stdout_failed", "silence_stdout"]

#: Longest part of the target's name kept in the temporary file's name (names are at most 255 bytes).
_NAME_KEEP = 180


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike, what: str = "the output") -> Iterator[IO[bytes]]:
    """A binary stream that replaces ``path`` only once the block finishes without an error.

    For a regular file or a new path, the data goes to a temporary file in the target's folder,
    which is renamed over the target at the end, so a failed write leaves any old file intact; the
    new file keeps the old one's permissions (and owner, where the process may set it). A device,
    FIFO or other special file is opened and written in place; a symbolic link is followed.
    ``"-"`` writes to stdout.

    Parameters
    ----------
    path : str or Path
        The target file or ``"-"``.
    what : str
        How error messages name the output ("the graph", "the picture").

    Yields
    ------
    binary file object

    Raises
    ------
    OutputError
        When the target is a folder, its folder does not exist, or it cannot be written (a full
        disk included).

    Examples
    --------
    >>> import os, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> (folder / "out.txt").write_text("old"); os.chmod(folder / "out.txt", 0o600)
    3
    >>> with atomic_output(folder / "out.txt") as stream:
    ...     _ = stream.write(b"new")
    >>> (folder / "out.txt").read_text(), oct(os.stat(folder / "out.txt").st_mode & 0o777)
    ('new', '0o600')
    """
    if str(path) == "-":
        with _stdout_errors(what):
            stream = sys.stdout.buffer
            yield stream
            stream.flush()
        return
    given = Path(path)
    target, in_place = _destination(given)
    shown = show_path(given)
    if in_place:
        with _in_place(target, what, shown) as stream:
            yield stream
        return
    folder = target.parent
    if target.is_dir():
        raise OutputError(f"Cannot write {what} to {shown}: it is a folder; name a file")
    if not folder.is_dir():
        raise OutputError(f"Cannot write {what} to {shown}: folder {show_path(folder)} does not exist")
    _clean_stale(target)
    try:
        old = os.stat(target)
    except OSError:
        old = None
    tmp, fd = _create_temp(target, what, shown)
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
        _copy_owner_and_mode(tmp, old)
        os.replace(tmp, target)
    except OSError as err:
        _remove(tmp)
        raise OutputError(f"Cannot write {what} to {shown}: {_reason(err)}") from err
    except BaseException:
        _remove(tmp)
        raise


def _destination(given: Path) -> tuple[Path | int, bool]:
    """The file to write and whether to write it in place: a descriptor number for /dev/stdout and
    /dev/fd/N, a path for a special file, else the regular file (the link's target) to replace."""
    fd = _descriptor(given)
    if fd is not None:
        return fd, True
    target = given
    if given.is_symlink():
        target = Path(os.path.realpath(given))
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return target, False       # a new file (or a dangling link: its target is created)
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return target, False
    return target, True


_FD_PATH = re.compile(r"/(?:proc/(?:self|thread-self|\d+)|dev)/fd/(\d+)")


def _descriptor(path: Path) -> int | None:
    """The open descriptor that ``/dev/stdout``, ``/dev/fd/N`` or ``/proc/self/fd/N`` stands for."""
    current = os.path.abspath(path)
    for _ in range(40):
        found = _FD_PATH.fullmatch(current)
        if found and (current.startswith(("/dev/", "/proc/self/", "/proc/thread-self/"))
                      or current.startswith(f"/proc/{os.getpid()}/")):
            return int(found.group(1))
        if not os.path.islink(current):
            return None
        nxt = os.readlink(current)
        current = os.path.normpath(os.path.join(os.path.dirname(current), nxt))
    return None


@contextlib.contextmanager
def _in_place(target: Path | int, what: str, shown: str) -> Iterator[IO[bytes]]:
    try:
        if isinstance(target, int):    # an inherited descriptor: write where it points, at its offset
            stream = os.fdopen(os.dup(target), "wb")
        else:
            stream = open(target, "wb")   # noqa: SIM115 - closed below, errors reported as one line
    except OSError as err:
        raise OutputError(f"Cannot write {what} to {shown}: {_reason(err)}") from err
    try:
        with stream:
            yield stream
            stream.flush()
    except OSError as err:
        raise OutputError(f"Cannot write {what} to {shown}: {_reason(err)}") from err


@contextlib.contextmanager
def _stdout_errors(what: str) -> Iterator[None]:
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as err:
        silence_stdout()
        raise OutputError(f"Cannot write {what} to standard output: {_reason(err)}") from err


def stdout_failed(err: OSError) -> str:
    """The one-line message for a failed write to standard output; stdout is silenced afterwards."""
    silence_stdout()
    return f"Cannot write to standard output: {_reason(err)}"


def silence_stdout() -> None:
    """Point file descriptor 1 at /dev/null, so the interpreter's last flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def _reason(err: OSError) -> str:
    return err.strerror or " ".join(str(err).split()) or type(err).__name__


# --- temporary files ------------------------------------------------------------------------

def _temp_prefix(target: Path) -> str:
    return f".{target.name[:_NAME_KEEP]}.kg"


def _create_temp(target: Path, what: str, shown: str) -> tuple[str, int]:
    prefix = _temp_prefix(target)
    for _ in range(100):
        tmp = str(target.parent / f"{prefix}{os.getpid()}-{secrets.token_hex(4)}.tmp")
        try:
            return tmp, os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
        except FileExistsError:
            continue
        except OSError as err:
            raise OutputError(f"Cannot write {what} to {shown}: {_reason(err)}") from err
    raise OutputError(f"Cannot write {what} to {shown}: no free temporary file name beside it")


def _clean_stale(target: Path) -> None:
    """Remove temporary files of earlier writes to ``target`` whose writing process is gone."""
    pattern = re.compile(re.escape(_temp_prefix(target)) + r"(\d+)-[0-9a-f]{8}\.tmp")
    try:
        names = os.listdir(target.parent)
    except OSError:
        return
    for name in names:
        found = pattern.fullmatch(name)
        if found and _writer_gone(int(found.group(1)), target.parent / name):
            _remove(str(target.parent / name))


def _writer_gone(pid: int, tmp: Path) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError, OSError):
        pass
    # The pid is in use: it is ours only if that process started before the file was last written.
    started = _process_start(pid)
    try:
        written = tmp.stat().st_mtime
    except OSError:
        return False
    return started is not None and started > written + 1


def _process_start(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[19])
        boot = next(float(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines()
                    if line.startswith("btime"))
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def _copy_owner_and_mode(tmp: str, old: os.stat_result | None) -> None:
    if old is None or not stat.S_ISREG(old.st_mode):
        os.chmod(tmp, 0o666 & ~_umask())
        return
    if hasattr(os, "chown"):
        for uid, gid in ((old.st_uid, old.st_gid), (-1, old.st_gid)):
            try:
                os.chown(tmp, uid, gid)
                break
            except OSError as err:
                if err.errno not in (errno.EPERM, errno.EACCES, errno.EINVAL):
                    raise
    os.chmod(tmp, stat.S_IMODE(old.st_mode))


def _umask() -> int:
    # Read, not set-and-restore: os.umask() would change it for every thread for a moment.
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return 0o022


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
