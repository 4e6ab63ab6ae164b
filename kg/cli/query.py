"""kg query: run a read-only SPARQL query over a graph."""
from __future__ import annotations

import click
from rdflib import Dataset

from kg.cli import user_errors
from kg.errors import InputError, one_line
from kg.export import read_dataset
from kg.query import RESULT_FORMATS, check_query, format_result, run_query_file
from kg.readfile import read_named_file

MAX_QUERY_BYTES = 10_000_000     # a query file; /dev/zero behind a pipe must not fill the memory

GRAPH_HELP = ("GRAPH is a graph file (.trig .nq .ttl .nt .jsonld), or - for TriG on stdin; or read a store "
              "with --store DIR, or a SPARQL server with --endpoint URL.")


def source_options(func):
    """The --store DIR and --endpoint URL (with --user, --timeout) alternatives to a GRAPH file argument."""
    from kg.cli.net import endpoint_source
    func = endpoint_source(func)
    func = click.option("--endpoint", metavar="URL",
                        help="Read from a SPARQL server's query endpoint instead of a file.")(func)
    func = click.option("--store", "store_dir", metavar="DIR", type=click.Path(file_okay=False),
                        help="Read from a store folder (kg build --store DIR) instead of a file.")(func)
    return allow_remote_context_option(func)


def _set_allow_remote_context(ctx, param, value):
    from kg.rdf.safeparse import set_allow_remote_contexts
    set_allow_remote_contexts(value)   # also False, so an earlier run in the same process does not leak
    return value


def allow_remote_context_option(func):
    """The --allow-remote-context switch: JSON-LD @context/@import URLs are fetched only with it."""
    return click.option("--allow-remote-context", is_flag=True, expose_value=False, is_eager=True,
                        callback=_set_allow_remote_context,
                        help="Fetch the JSON-LD contexts (@context, @import) a document names by URL, over the "
                             "network or from local files; refused by default.")(func)


def _one_source(graph: str | None, store_dir: str | None, endpoint: str | None) -> None:
    if sum(x is not None for x in (graph, store_dir, endpoint)) != 1:
        raise click.UsageError("name the graph to read: a graph file such as graph.trig, --store DIR or --endpoint URL")


def load_source(graph: str | None, store_dir: str | None = None, endpoint=None) -> Dataset:
    """Load what the user named on the command line as one Dataset.

    The one place where a command's graph source is opened, so that other sources (a store
    folder, a SPARQL endpoint) can be added here for every command at once.

    Parameters
    ----------
    graph : str or None
        A graph file path, or ``"-"`` for stdin.
    store_dir : str or None
        A store folder, read read-only (``kg build --store DIR``).
    endpoint : str, kg.remote.Endpoint or None
        A SPARQL server's query endpoint; every named graph is fetched.

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
    _one_source(graph, store_dir, endpoint)
    if store_dir is not None:
        from kg.store import Store
        with Store(store_dir, read_only=True) as store:
            return store.to_dataset()
    if endpoint is not None:
        from kg.remote import fetch_dataset
        return fetch_dataset(endpoint)
    return read_dataset(graph)


def read_query_text(path: str) -> str:
    """The text of a query file (``"-"`` for stdin), as UTF-8."""
    try:
        data = click.get_binary_stream("stdin").read(MAX_QUERY_BYTES + 1) if path == "-" else read_named_file(path, f"Query file {path!r}",
                                                                                             MAX_QUERY_BYTES)
    except FileNotFoundError as err:
        raise InputError(f"Query file {path!r} does not exist; check the path") from err
    except IsADirectoryError as err:
        raise InputError(f"Query file {path!r} is a folder; name a .rq file") from err
    except OSError as err:
        raise InputError(f"Cannot read query file {path!r}: {err.strerror or one_line(err)}") from err
    if len(data) > MAX_QUERY_BYTES:
        raise InputError(f"Query file {path!r} is over the {MAX_QUERY_BYTES:,}-byte limit of a query")
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
@source_options
@user_errors
def query(graph: str | None, sparql: str | None, query_file: str | None, fmt: str, allow_service: bool,
          store_dir: str | None = None, endpoint: str | None = None) -> None:
    """Run a read-only SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over GRAPH.

    \b
    kg query graph.trig 'SELECT ?p ?label WHERE { ?p a kg:Person ; rdfs:label ?label }'
    kg query graph.trig --file examples/queries/who-said-what.rq --format csv
    """
    if (store_dir or endpoint) and graph is not None and sparql is None and query_file is None:
        graph, sparql = None, graph   # with --store or --endpoint the one argument is the query
    if (sparql is None) == (query_file is None):
        raise click.UsageError("give exactly one query: as the SPARQL argument or with --file")
    if query_file == "-" and graph == "-":
        raise click.UsageError("the graph and the query cannot both come from stdin")
    text = read_query_text(query_file) if query_file is not None else sparql
    check_query(text, allow_service=allow_service)  # fail fast, before a large graph loads
    _one_source(graph, store_dir, endpoint)
    if store_dir is not None:
        from kg.store import Store
        with Store(store_dir, read_only=True) as store:
            result = store.query(text)
    elif endpoint is not None:
        from kg.remote import query_endpoint
        result = query_endpoint(endpoint, text, allow_service=allow_service)
    else:
        result = run_query_file(graph, text, allow_service=allow_service)
    output = format_result(result, fmt)
    click.echo(output, nl=not output.endswith("\n"))


COMMANDS = [query]
