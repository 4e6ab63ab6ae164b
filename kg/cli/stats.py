"""kg stats: what a graph holds."""
from __future__ import annotations

import json

import click

from kg.cli import user_errors
from kg.errors import escape_terminal
from kg.cli.query import GRAPH_HELP, load_source, source_options


@click.command("stats", epilog=GRAPH_HELP)
@click.argument("graph", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
@click.option("--top", default=10, show_default=True, type=click.IntRange(0), help="How many actors to list.")
@source_options
@user_errors
def stats_command(graph: str | None, as_json: bool, top: int, store_dir: str | None = None,
                  endpoint: str | None = None) -> None:
    """Count the articles, entities by type, statements by predicate, polarity and modality of GRAPH,
    and list its most central actors."""
    from kg.viz import format_stats, stats     # networkx: imported by the commands that draw on it only (kg.cli.viz)
    numbers = stats(load_source(graph, store_dir, endpoint), top=top)
    text = json.dumps(numbers, indent=2, ensure_ascii=False) if as_json else escape_terminal(format_stats(numbers))
    click.echo(text, nl=as_json)


COMMANDS = [stats_command]
