"""kg export: convert a graph between RDF formats."""
from __future__ import annotations

import click

from kg.cli import user_errors
from kg.cli.query import GRAPH_HELP, load_source, source_options
from kg.export import FORMAT_NAMES, write_dataset


@click.command("export", epilog=GRAPH_HELP + " TriG and N-Quads keep one named graph per article; Turtle, "
               "N-Triples, JSON-LD and RDF/XML carry the union.")
@click.argument("graph", required=False)
@click.option("-o", "--output", required=True, help="File to write (.ttl .nt .nq .trig .jsonld .rdf), or - for stdout.")
@click.option("--format", "fmt", type=click.Choice(sorted(set(FORMAT_NAMES)), case_sensitive=False),
              help="Output format when the suffix does not tell.")
@source_options
@user_errors
def export(graph: str | None, output: str, fmt: str | None, store_dir: str | None = None,
           endpoint: str | None = None) -> None:
    """Write GRAPH in another RDF format."""
    if store_dir is not None and graph is None and endpoint is None:
        from kg.store import Store
        with Store(store_dir, read_only=True) as store:   # streamed from the store, not loaded in memory
            store.export(output, fmt)
        return
    write_dataset(load_source(graph, store_dir, endpoint), output, fmt)


COMMANDS = [export]
