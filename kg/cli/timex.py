"""kg timex: every temporal expression of a text, normalised to TIMEX3 against the text's date."""
from __future__ import annotations

import datetime as dt
import sys

import click

from kg.cli import user_errors
from kg.errors import InputError

MAX_BYTES = 5_000_000
ONE_LINE = str.maketrans("\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " " * 11)


def read_text(name: str) -> str:
    """The UTF-8 text of a file or of stdin (``-``), exactly as given (offsets point into it)."""
    try:
        if name == "-":
            stream = sys.stdin.buffer if sys.stdin is not None else None
            if stream is None:
                raise InputError("<stdin>: no standard input to read")
            data = stream.read(MAX_BYTES + 1)
        else:
            from kg.readfile import read_named_file
            data = read_named_file(name, name, MAX_BYTES)
    except OSError as err:
        raise InputError(f"{name}: {err.strerror or err}") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: is over the {MAX_BYTES:,}-byte limit; split it")
    if b"\x00" in data:
        raise InputError(f"{name}: looks binary (it holds NUL bytes); give a UTF-8 text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"{name}: is not valid UTF-8 (bad byte at offset {err.start})") from None
    if not text.strip():
        raise InputError(f"{name}: is empty")
    return text


def date_line(text: str) -> str | None:
    """The date of the text's date line, if one of its first lines is one ("February 21, 2022")."""
    from kg.ingest import parse_date
    for line in text.splitlines()[:12]:
        found = parse_date(line.strip()) if 0 < len(line.strip()) < 60 else None
        if found:
            return found
    return None


def check_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(f"--date {value!r}: not a date like 2022-02-21") from None


@click.command("timex")
@click.argument("file")
@click.option("--date", "reference", metavar="YYYY-MM-DD",
              help="The date the text was written; default: its date line, if it has one.")
@user_errors
def timex(file: str, reference: str | None) -> None:
    """Print start<TAB>end<TAB>type<TAB>value<TAB>text for every temporal expression of FILE (- for stdin).

    Offsets are characters into FILE's text; type is DATE, TIME, DURATION or SET; value is TIMEX3,
    normalised against --date (or the text's date line). A tab or line break inside an expression is
    printed as a space, so that each expression stays on one line.
    """
    from kg.timex import find_timexes
    reference = check_date(reference) if reference is not None else None
    text = read_text(file)
    for t in find_timexes(text, reference or date_line(text)):
        phrase = t.text.translate(ONE_LINE)
        click.echo(f"{t.start}\t{t.end}\t{t.type}\t{t.value}\t{phrase}")


COMMANDS = [timex]
