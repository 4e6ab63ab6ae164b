"""kg openie: Open IE tuples in the CaRB tab format, from the extractor kg build uses."""
from __future__ import annotations

import click

from kg.cli import user_errors
from kg.errors import InputError
from kg.resources import DEFAULT_MODEL


@click.command("openie")
@click.argument("file", type=click.File("r", encoding="utf-8", errors="strict"))
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="Any installed spaCy pipeline.")
@user_errors
def openie(file, model):
    """Print sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2... for each sentence of FILE (- for stdin)."""
    from kg.extract.openie import openie_lines
    from kg.nlp import load_pipeline
    try:
        sentences = [line.strip() for line in file if line.strip()]
    except UnicodeDecodeError as err:
        raise InputError(f"{file.name}: not valid UTF-8 (byte {err.start})") from None
    if any("\x00" in s for s in sentences):
        raise InputError(f"{file.name}: binary file, expected one sentence a line")
    nlp = load_pipeline(model)
    for line in openie_lines(sentences, nlp):
        click.echo(line)


COMMANDS = [openie]
