"""kg build: articles in, a graph file (or a store, or a SPARQL server) out."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import user_errors
from kg.errors import InputError, KGError
from kg.resources import DEFAULT_MODEL


def progress(quiet: bool, paths, unit: str = "article"):
    """A tqdm bar on stderr (articles per second, time left), silent when stderr is not a terminal or with --quiet."""
    from tqdm import tqdm

    from kg.ingest import count_articles
    disable = quiet or not sys.stderr.isatty()
    total = None if disable else count_articles(list(paths))
    return tqdm(total=total, unit=unit, file=sys.stderr, disable=disable, dynamic_ncols=True, smoothing=0.1)


@click.command("build")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", help="Graph file to write (.ttl .nt .nq .trig .jsonld), or - for stdout.")
@click.option("--format", "fmt", help="RDF format when the suffix does not tell (turtle, nt, nquads, trig, json-ld).")
@click.option("--store", "store_dir", type=click.Path(file_okay=False), help="Write into a persistent store folder.")
@click.option("--endpoint", help="Also push each article's graph to this SPARQL Graph Store endpoint.")
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="Any installed spaCy pipeline.")
@click.option("--gazetteer", multiple=True, type=click.Path(dir_okay=False),
              help="A gazetteer file of your own (JSON Lines or CSV), added to the shipped one. May repeat.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Parsing processes.")
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", help="Dask scheduler address (with --engine dask); default: a local cluster.")
@click.option("--wait", default=0.0, type=float, help="Seconds to wait for another build's lock on --store.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@user_errors
def build(paths, output, fmt, store_dir, endpoint, model, gazetteer, workers, batch_size, engine, scheduler, wait,
          quiet):
    """Build a knowledge graph from articles: files, folders (recursive), JSON Lines, or - for stdin."""
    from kg.engine import iter_graphs
    from kg.export import GraphCollector, format_for
    from kg.ingest import iter_articles
    from kg.merge import EntityIndex
    from kg.rdf.iris import article_iri

    if not (output or store_dir or endpoint):
        raise click.UsageError("say where the graph goes: -o FILE, --store DIR or --endpoint URL")
    if output and output != "-":
        format_for(output, fmt)     # an unknown suffix fails before any parsing
    for path in paths:
        if path != "-" and not Path(path).exists():
            raise InputError(f"{path}: no such file or folder")
    bad: list[str] = []

    def skip(err: InputError) -> None:
        bad.append(str(err))
        click.echo(f"kg: skipped {err}", err=True)

    store = None
    if store_dir:
        from kg.store import Store
        store = Store(store_dir, wait=wait)
    try:
        # the store resolves entities itself as it writes; resolve here only what also goes elsewhere
        index = EntityIndex() if store is None else store.entity_index() if (endpoint or output) else None
        collector = GraphCollector(output, fmt) if output else None
        counts = {"added": 0, "skipped": 0, "replaced": 0}
        articles = iter_articles(list(paths), on_error=skip)
        if store is not None:
            articles = (a for a in articles if not _unchanged(store, a, counts))
        bar = progress(quiet, paths)
        for article, graph in iter_graphs(articles, model=model, gazetteer=tuple(gazetteer), workers=workers,
                                          batch_size=batch_size, engine=engine, scheduler=scheduler):
            if index is not None:
                graph = index.resolve(graph, copy=False)
                index.add(graph)
            if collector is not None:
                collector.add(str(article_iri(article)), graph)
            if store is not None:
                outcome = store.put_article(article, graph)
                counts[outcome] = counts.get(outcome, 0) + 1
            else:
                counts["added"] += 1
            if endpoint:
                from kg.remote import push_graph
                push_graph(endpoint, str(article_iri(article)), graph)
            bar.update(1)
        bar.close()
    finally:
        if store is not None:
            store.close()
    total = sum(counts.values())
    if total == 0 and bad:
        raise KGError(f"no article could be read ({len(bad)} bad input{'s' if len(bad) > 1 else ''})")
    if total == 0:
        raise KGError("no articles found in " + ", ".join(paths))
    if collector is not None:
        collector.write()
    if not quiet:
        summary = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
        click.echo(f"kg: {summary} article{'s' if total > 1 else ''}" + (f" -> {output}" if output and output != "-"
                                                                        else ""), err=True)
    if bad:
        raise KGError(f"{len(bad)} input{'s' if len(bad) > 1 else ''} could not be read; the rest were built")


def _unchanged(store, article, counts) -> bool:
    from kg.rdf.iris import article_iri
    if store.content_hash(article_iri(article)) == article.content_hash:
        counts["skipped"] += 1
        return True
    return False


COMMANDS = [build]
