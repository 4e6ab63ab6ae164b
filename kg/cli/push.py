"""kg push: send every article's named graph of a store to a SPARQL server."""
from __future__ import annotations

import sys

import click

from kg.cli import user_errors
from kg.cli.net import remote_endpoint, timeout_option, user_option


@click.command("push")
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False),
              help="The store folder a build wrote (kg build ... --store DIR).")
@click.option("--endpoint", required=True,
              help="The server's Graph Store endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph) or "
                   "http://HOST:3030/DATASET/data (Fuseki).")
@user_option
@timeout_option(30.0, "each graph's request")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@user_errors
def push(store_dir, endpoint, user, timeout, quiet):
    """Push each article's named graph to any server that speaks the SPARQL 1.1 Graph Store Protocol.

    Each graph is sent with an HTTP PUT, so pushing again replaces what the server holds for an
    article instead of duplicating it. Each article is a named graph: to query their union as the
    default graph, run the server that way (oxigraph serve --union-default-graph).
    """
    from tqdm import tqdm

    from kg.remote import push_store
    from kg.store import Store

    target = remote_endpoint(endpoint, user, timeout).with_path("/store")
    with Store(store_dir, read_only=True) as store:
        with tqdm(total=len(store.articles()), unit="article", file=sys.stderr,
                  disable=quiet or not sys.stderr.isatty(), dynamic_ncols=True) as bar:
            count = push_store(store, target, progress=lambda _: bar.update(1))
    if not quiet:
        click.echo(f"kg: pushed {count} article graph{'' if count == 1 else 's'} to {target}", err=True)


COMMANDS = [push]
