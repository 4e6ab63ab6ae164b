"""kg query: run a read-only SPARQL query over a graph."""
from __future__ import annotations

from pathlib import Path

import click
from rdflib import Dataset

from kg.cli import user_errors
from kg.errors import InputError, one_line
from kg.export import read_dataset
from kg.query import RESULT_FORMATS, check_query, format_result, run_query

GRAPH_HELP = "GRAPH is a graph file (.trig .nq .ttl .nt .jsonld), or - for TriG on stdin."


def load_source(graph: str | None) -> Dataset:
    """Load what the user named on the command line as one Dataset.

    The one place where a command's graph source is opened, so that other sources (a store
    folder, a SPARQL endpoint) can be added here for every command at once.

    Parameters
    ----------
    graph : str or None
        A graph file path, or ``"-"`` for stdin.

    Returns
    -------
    rdflib.Dataset

    Raises
    ------
    click.UsageError
        When no source is named.
    InputError
        When the file cannot be read as RDF.
    """
    if not graph:
        raise click.UsageError("name the graph to read: a graph file such as graph.trig")
    return read_dataset(graph)


def read_query_text(path: str) -> str:
    """The text of a query file (``"-"`` for stdin), as UTF-8."""
    try:
        data = click.get_binary_stream("stdin").read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError as err:
        raise InputError(f"Query file {path!r} does not exist; check the path") from err
    except IsADirectoryError as err:
        raise InputError(f"Query file {path!r} is a folder; name a .rq file") from err
    except OSError as err:
        raise InputError(f"Cannot read query file {path!r}: {err.strerror or one_line(err)}") from err
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"Query file {path!r} is not UTF-8 text (byte {err.start}); save it as UTF-8") from err


@click.command("query", epilog=GRAPH_HELP + " The contract's prefixes (kg: kgr: kgp: wd: schema: rdf: rdfs: owl: "
               "xsd: skos: prov:) need no PREFIX line. The default graph is the union of the article graphs; "
               "GRAPH ?g { } reaches one article.")
@click.argument("graph", required=False)
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", metavar="FILE", help="Read the query from FILE (- for stdin).")
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS), default="table", show_default=True,
              help="Result format; turtle/nt are for CONSTRUCT and DESCRIBE (table prints those as Turtle).")
@click.option("--allow-service", is_flag=True, help="Allow SERVICE clauses (federated queries over the network).")
@user_errors
def query(graph: str | None, sparql: str | None, query_file: str | None, fmt: str, allow_service: bool) -> None:
    """Run a read-only SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over GRAPH.

    \b
    kg query graph.trig 'SELECT ?p ?label WHERE { ?p a kg:Person ; rdfs:label ?label }'
    kg query graph.trig --file examples/queries/who-said-what.rq --format csv
    """
    if (sparql is None) == (query_file is None):
        raise click.UsageError("give exactly one query: as the SPARQL argument or with --file")
    if query_file == "-" and graph == "-":
        raise click.UsageError("the graph and the query cannot both come from stdin")
    text = read_query_text(query_file) if query_file is not None else sparql
    check_query(text, allow_service=allow_service)  # fail fast, before a large graph loads
    source = load_source(graph)
    result = run_query(source, text, allow_service=allow_service)
    output = format_result(result, fmt)
    click.echo(output, nl=not output.endswith("\n"))


COMMANDS = [query]
