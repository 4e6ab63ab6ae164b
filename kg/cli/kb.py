"""kg kb build / kg kb add: a knowledge base from a Wikidata dump; kg relink: link a store's unlinked entities."""
from __future__ import annotations

import resource
import time
from pathlib import Path

import click

from kg.cli import user_errors
from kg.errors import InputError


@click.group("kb")
def kb_group():
    """Build and extend a knowledge base for linking (kg build --kb DIR uses it)."""


@kb_group.command("build")
@click.argument("dump", required=False)
@click.option("-o", "--output", "folder", required=True, type=click.Path(file_okay=False),
              help="The knowledge base folder to write.")
@click.option("--types", default="humans,organisations,states,places", show_default=True,
              help="Kinds of entities to keep (by P31, instance of), comma-separated.")
@click.option("--min-sitelinks", default=0, show_default=True, type=click.IntRange(0),
              help="Keep only entities with at least this many sitelinks.")
@click.option("--add", "extra", multiple=True, type=click.Path(dir_okay=False),
              help="Entities of your own: CSV (label,type,wikidata,aliases,description,sitelinks) or Turtle. May repeat.")
@click.option("--version", "version", help="The version to record on links (default: the dump's date).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes parsing the dump's blocks.")
@click.option("--scheduler", help="Parse on a Dask cluster: a scheduler address, or 'local' for a local one.")
@user_errors
def kb_build(dump, folder, types, min_sitelinks, extra, version, workers, scheduler):
    """Turn a Wikidata JSON dump (latest-all.json.gz or .bz2) and your own entities into DIR/kb.sqlite."""
    from kg.kb import build_kb
    if dump is None and not extra:
        raise click.UsageError("give a DUMP, or entities of your own with --add FILE")
    if dump is not None and not Path(dump).is_file():
        raise InputError(f"{dump}: no such dump file")
    start = time.perf_counter()
    stats = build_kb(dump, folder, kinds=[k.strip() for k in types.split(",") if k.strip()],
                     min_sitelinks=min_sitelinks, extra=extra, version=version, workers=workers,
                     scheduler=scheduler)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    click.echo(f"kg: {stats['kept'] + stats['added']} entities ({stats['kept']} of {stats['read']} dump lines kept"
               f"{', ' + str(stats['malformed']) + ' malformed' if stats['malformed'] else ''}, {stats['added']} "
               f"added), {stats['aliases']} aliases, version {stats['version']} -> {folder} "
               f"[{seconds:.1f} s, {stats['read'] / max(seconds, 1e-9):,.0f} lines/s, peak {peak:.0f} MB]", err=True)


@kb_group.command("add")
@click.argument("folder", type=click.Path(file_okay=False))
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@user_errors
def kb_add(folder, files):
    """Add entities of your own (CSV or Turtle) to a knowledge base; the same Q-id replaces the old entry."""
    from kg.kb import add_entities
    count = add_entities(folder, files)
    click.echo(f"kg: {count} entities added to {folder}", err=True)


@click.command("relink")
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False), help="The store folder.")
@click.option("--kb", "kb_dir", required=True, type=click.Path(file_okay=False), help="The knowledge base folder.")
@click.option("--wait", default=0.0, type=float, help="Seconds to wait for a running build's lock.")
@user_errors
def relink(store_dir, kb_dir, wait):
    """Link the store's entities that were left unlinked, and record what changed (one transaction)."""
    from kg.cli.curate import _short, _writer
    from kg.kb import KnowledgeBase, relink_store
    with KnowledgeBase(kb_dir) as kb, _writer(store_dir, wait) as store:
        found = relink_store(store, kb)
    for link, _ in found:
        click.echo(f"{_short(str(link.entity))}\t{link.name}\twd:{link.qid}\t{link.score:.2f}")
    click.echo(f"kg: {len(found)} entit{'y' if len(found) == 1 else 'ies'} linked (knowledge base {kb.version})",
               err=True)


COMMANDS = [kb_group, relink]
