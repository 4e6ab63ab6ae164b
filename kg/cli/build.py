"""kg build: articles in, a graph file (or a store, or a SPARQL server) out."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import user_errors
from kg.cli.net import remote_endpoint, timeout_option, user_option
from kg.errors import InputError, KGError, escape_control
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
@click.option("--events", "events", multiple=True, type=click.Path(dir_okay=False),
              help="An event dictionary of your own (TSV: verb, prep, object, context, code), extending and "
                   "overriding the shipped CAMEO one. May repeat.")
@click.option("--kb", "kb_dir", type=click.Path(file_okay=False),
              help="A knowledge base (kg kb build) that links what the gazetteer does not know.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Parsing processes.")
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", help="Dask scheduler address (with --engine dask); default: a local cluster.")
@user_option
@click.option("--fetch", is_flag=True,
              help="Fetch the web page of each feed item that carries only a summary (http/https only, one page at "
                   "a time, robots.txt honoured) and read it as HTML. Without it nothing is fetched: the links are "
                   "listed.")
@click.option("--fetch-delay", default=1.0, show_default=True, type=click.FloatRange(min=0), metavar="SECONDS",
              help="With --fetch: seconds between two requests to the same site.")
@timeout_option(30.0, "each network request (a push to --endpoint, reaching the --scheduler, a page with --fetch)")
@click.option("--wait", default=0.0, type=float, help="Seconds to wait for another build's lock on --store.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@user_errors
def build(paths, output, fmt, store_dir, endpoint, model, gazetteer, events, kb_dir, workers, batch_size, engine,
          scheduler, user, fetch, fetch_delay, timeout, wait, quiet):
    """Build a knowledge graph from articles: files, folders (recursive), HTML, JSON Lines, WARC/ARC archives,
    RSS/Atom feeds, or - for stdin.

    A feed item that carries its whole story is an article; the others are listed by link, or with --fetch
    their pages are fetched and read (pages that fail are counted by reason: fetch: timeout, fetch: HTTP 404,
    fetch: not HTML, fetch: no story, ...)."""
    from kg.pipeline import run

    if not (output or store_dir or endpoint):
        raise click.UsageError("say where the graph goes: -o FILE, --store DIR or --endpoint URL")
    for path in paths:
        if path != "-" and not Path(path).exists():
            raise InputError(f"{path}: no such file or folder")
    if events:
        from kg.events import load_coder
        load_coder(tuple(events))   # a bad dictionary fails before any parsing

    def skip(err: InputError) -> None:
        click.echo(f"kg: skipped {err}", err=True)

    def note(text: str) -> None:
        click.echo(f"kg: {escape_control(text)}", err=True)

    endpoint = remote_endpoint(endpoint, user, timeout)
    fetcher = None
    if fetch:
        from kg.ingest.fetch import Fetcher
        fetcher = Fetcher(timeout=timeout, delay=fetch_delay)
    from kg.ingest.registry import format_of
    archives = any(p != "-" and (f := format_of(Path(p))) is not None and f.streams for p in paths)
    bar = progress(quiet, paths, unit="record" if archives else "article")   # an archive's records count
    left: dict[str, int] = {}
    try:
        summary = run(list(paths), output=output, fmt=fmt, store=store_dir, endpoint=endpoint, wait=wait,
                      model=model, gazetteer=tuple(gazetteer), events=tuple(events), workers=workers,
                      batch_size=batch_size,
                      engine=engine, scheduler=scheduler, scheduler_timeout=timeout, on_error=skip, on_note=note,
                      on_article=lambda *_: bar.update(1), on_skip=lambda reason: _left_out(bar, left, reason),
                      kb=kb_dir, fetch=fetcher)
    finally:
        bar.close()
    if not quiet:
        click.echo(f"kg: {summary.line()}" + (f" -> {escape_control(output)}" if output and output != "-" else ""), err=True)
    if summary.bad:
        n = len(summary.bad)
        raise KGError(f"{n} input{'s' if n > 1 else ''} could not be read; the rest were built")


def _left_out(bar, left: dict[str, int], reason: str) -> None:
    """A record an archive or feed left out counts on the bar too, and the counts so far show beside it."""
    left[reason] = left.get(reason, 0) + 1
    bar.update(1)
    bar.set_postfix_str("left out: " + ", ".join(f"{n} {k}" for k, n in sorted(left.items())), refresh=False)


COMMANDS = [build]
