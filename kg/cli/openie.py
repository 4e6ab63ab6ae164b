"""kg openie: Open IE tuples in the CaRB tab format, from the extractor kg build uses."""
from __future__ import annotations

import click

from kg.cli import read_sentences, user_errors
from kg.resources import DEFAULT_MODEL


@click.command("openie")
@click.argument("file")
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="Any installed spaCy pipeline.")
@click.option("--triples", is_flag=True,
              help="Minimal triples, each with an object: one per further argument (fact-synset benchmarks).")
@user_errors
def openie(file, model, triples):
    """Print sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2... for each sentence of FILE (- for stdin)."""
    from kg.extract.openie import openie_lines
    from kg.nlp import load_pipeline
    sentences = read_sentences(file)
    nlp = load_pipeline(model)
    for line in openie_lines(sentences, nlp, triples=triples):
        click.echo(line)


COMMANDS = [openie]
