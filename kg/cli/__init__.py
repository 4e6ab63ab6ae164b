"""The ``kg`` command line: a click group; each command is a thin layer over one library call."""
from __future__ import annotations

import errno
import functools
import sys

import click

from kg.errors import InputError, KGError, escape_control, one_line, show_path
from kg.output import silence_stdout, stdout_failed


_WRITE_ERRORS = {errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG, errno.EBADF, errno.ENXIO, errno.EROFS}


def user_errors(func):
    """Turn a KGError into click's one-line ``Error: ...`` on stderr and exit status 1.

    Standard output is flushed before the command returns, so that a full disk or a closed pipe
    there ends in one line and a non-zero exit rather than a traceback at interpreter exit.
    """
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            result = func(*args, **kwargs)
            sys.stdout.flush()
            return result
        except KGError as err:
            raise click.ClickException(str(err)) from None
        except BrokenPipeError:
            silence_stdout()
            sys.stderr.close()
            sys.exit(1)
        except OSError as err:
            if err.filename is not None:
                raise click.ClickException(f"Cannot use {show_path(err.filename)}: {err.strerror or one_line(err)}") from None
            if err.errno in _WRITE_ERRORS:   # a write to standard output (a full disk, a device error)
                raise click.ClickException(stdout_failed(err)) from None
            raise click.ClickException(escape_control(one_line(err))) from None
    return wrapper


def read_sentences(name: str) -> list[str]:
    """The non-blank lines of a sentence file (one sentence a line, ``-`` for stdin), stripped.

    The file is opened the way every file a user names is (:func:`kg.readfile.read_named_file`): a FIFO
    no one writes to reads as empty instead of blocking, a device or socket is refused.

    Raises
    ------
    InputError
        When the file is missing, unreadable, a device, not UTF-8, or holds NUL bytes.
    """
    from kg.readfile import decode_text, read_named_file
    shown = "stdin" if name == "-" else show_path(name)
    try:
        data = sys.stdin.buffer.read() if name == "-" else read_named_file(name, shown)
    except OSError as err:
        raise InputError(f"{shown}: {err.strerror or err}") from None
    text = decode_text(data, shown, "a text file with one sentence a line", probe=None)
    return [line.strip() for line in text.splitlines() if line.strip()]


# No auto_envvar_prefix: an option, above all one that reaches the network, is set only on the command line
# (the one environment variable read, KG_ENDPOINT_PASSWORD, is documented in the --help of --user).
@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg-builder")
def main() -> None:
    """Turn news articles into an RDF knowledge graph, query it, and look at its actor network."""


def _register() -> None:
    # Each command lives in a module of its own so that its options stay beside its code.
    from importlib import import_module
    for name in ("build", "openie", "query", "viz", "stats", "export", "store", "push", "timex", "events", "curate",
                 "kb"):
        try:
            module = import_module(f"kg.cli.{name}")
        except ModuleNotFoundError as err:
            if err.name == f"kg.cli.{name}":
                continue
            raise
        for command in getattr(module, "COMMANDS", ()):
            main.add_command(command)


_register()
