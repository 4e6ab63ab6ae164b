"""kg events: the CAMEO-coded events of a graph, or of plain sentences, as a GDELT-style table."""
from __future__ import annotations

import click

from kg.cli import read_sentences, user_errors
from kg.cli.query import GRAPH_HELP, load_source, source_options
from kg.resources import DEFAULT_MODEL


@click.command("events", epilog=GRAPH_HELP + " With --sentences FILE (- for stdin), code plain sentences, one "
               "a line, instead. Columns: docs/events.md.")
@click.argument("graph", required=False)
@click.option("--sentences", "sentences", metavar="FILE",
              help="Code the sentences of this file (one a line; - for stdin) instead of reading a graph.")
@click.option("--events", "events", multiple=True, type=click.Path(dir_okay=False),
              help="With --sentences: an event dictionary of your own, as kg build --events takes it.")
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="With --sentences: the spaCy pipeline.")
@click.option("--no-header", is_flag=True, help="Leave out the header row.")
@source_options
@user_errors
def events_command(graph: str | None, sentences, events: tuple[str, ...], model: str, no_header: bool,
                   store_dir: str | None = None, endpoint: str | None = None) -> None:
    """Print one tab-separated row per event (a statement with a CAMEO type) of GRAPH: date, actors with their
    Q-ids and CAMEO actor codes, predicate, code, root, quad class, Goldstein weight, polarity, modality, URL
    and sentence."""
    from kg.eventtable import graph_rows, sentence_rows, tsv_lines

    if sentences is not None:
        if graph is not None or store_dir is not None or endpoint is not None:
            raise click.UsageError("--sentences FILE codes sentences; name no graph, --store or --endpoint with it")
        from kg.nlp import load_pipeline
        rows = sentence_rows(read_sentences(sentences), load_pipeline(model, events=events))
    else:
        if events:
            raise click.UsageError("--events applies to --sentences; a graph's events were typed when it was built")
        rows = graph_rows(load_source(graph, store_dir, endpoint))
    for line in tsv_lines(rows, header=not no_header):
        click.echo(line)


COMMANDS = [events_command]
