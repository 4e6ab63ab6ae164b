"""kg viz: draw the actor network of a graph, or export it for Gephi and friends."""
from __future__ import annotations

import click

from kg.cli import user_errors
from kg.cli.query import GRAPH_HELP, load_source, source_options
from kg.errors import escape_control

def _iso_date(ctx, param, value: str | None) -> str | None:
    """A --since/--until value: a day (YYYY-MM-DD), a month (YYYY-MM, its first or last day) or a year."""
    if value is None:
        return None
    from kg.network import date_span
    span = date_span(value)
    if span is None:
        raise click.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
    return span[0] if param.name == "since" else span[1]


#: Actors shown in a picture unless --top says otherwise.
DEFAULT_PICTURE_TOP = 100


@click.command("viz", epilog=GRAPH_HELP + " Output by suffix: .html (one self-contained page), .png, "
               ".graphml, .gexf.")
@click.argument("graph", required=False)
@click.option("-o", "--output", required=True, help="File to write: .html, .png, .graphml or .gexf.")
@click.option("--format", "fmt", type=click.Choice(["html", "png", "graphml", "gexf"]),
              help="Output format when the suffix does not tell.")
@click.option("--min-weight", default=1, show_default=True, type=click.IntRange(1),
              help="Drop links between two actors backed by fewer statements.")
@click.option("--top", type=click.IntRange(1),
              help=f"Keep the N most central actors [pictures: {DEFAULT_PICTURE_TOP}; graph files: all].")
@click.option("--facts-only", is_flag=True, help="Only statements that are positive and asserted.")
@click.option("--keep-isolated", is_flag=True, help="Keep actors without links.")
@click.option("--since", metavar="YYYY-MM-DD", callback=_iso_date,
              help="Only statements whose kg:date is on or after this day (undated ones are left out).")
@click.option("--until", metavar="YYYY-MM-DD", callback=_iso_date,
              help="Only statements whose kg:date is on or before this day (undated ones are left out).")
@click.option("--title", help="A heading for pictures.")
@source_options
@user_errors
def viz(graph: str | None, output: str, fmt: str | None, min_weight: int, top: int | None, facts_only: bool,
        keep_isolated: bool, since: str | None, until: str | None, title: str | None, store_dir: str | None = None,
        endpoint: str | None = None) -> None:
    """Draw the actor network of GRAPH: entities linked by the statements between them."""
    # networkx (about a third of the time to import kg's commands): imported by the commands that draw on it only
    from kg.network import actor_network, collapse, prune
    from kg.viz import viz_format_for, write_network
    kind = viz_format_for(output, fmt)
    if top is None and kind in ("html", "png"):
        top = DEFAULT_PICTURE_TOP
    network = prune(actor_network(load_source(graph, store_dir, endpoint), facts_only=facts_only,
                                   since=since, until=until), min_weight=min_weight, top=top,
                    keep_isolated=keep_isolated)
    if kind in ("html", "png"):
        network = collapse(network)  # what the picture shows: one link per ordered pair
    write_network(network, output, kind, title=title)
    if output != "-":
        click.echo(f"kg: {network.number_of_nodes()} actors, {network.number_of_edges()} links -> {escape_control(output)}",
                   err=True)


COMMANDS = [viz]
