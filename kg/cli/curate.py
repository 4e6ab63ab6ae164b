"""kg entities, kg merge, kg split, kg remove: look at and curate the entities and articles of a store."""
from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli import user_errors
from kg.errors import InputError, KGError, StoreError

_STORE = click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False),
                      help="The store folder (built with kg build --store).")
_WAIT = click.option("--wait", default=0.0, type=float, help="Seconds to wait for a running build's lock.")


def _short(iri: str) -> str:
    from kg.rdf.namespaces import KGR, WD
    for prefix, ns in (("kgr:", KGR), ("wd:", WD)):
        if iri.startswith(str(ns)):
            return prefix + iri[len(str(ns)):]
    return iri


@click.command("entities")
@_STORE
@click.option("--name", help="Only entities with a name containing this (case ignored).")
@click.option("--type", "etype", help="Only entities of this type (Person, Organization, GeopoliticalEntity, ...).")
@click.option("--limit", type=click.IntRange(1), help="At most this many entities.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@user_errors
def entities_command(store_dir, name, etype, limit, as_json):
    """List the store's entities: names, links, articles, and the merges and splits that made them."""
    from kg.curate import entities
    from kg.store import Store
    with Store(store_dir, read_only=True) as store:
        found = entities(store, name=name, etype=etype, limit=limit)
    if as_json:
        click.echo(json.dumps([vars(e) | {"iri": str(e.iri)} for e in found], indent=2, ensure_ascii=False))
        return
    for e in found:
        click.echo(f"{_short(str(e.iri))}  {e.type}  {e.label}" + "".join(f"  {_short(x)}" for x in e.links))
        if e.names:
            click.echo("  names: " + "; ".join(e.names))
        click.echo(f"  articles ({len(e.articles)}): " + ", ".join(_short(a) for a in e.articles[:5])
                   + (", ..." if len(e.articles) > 5 else ""))
        for m in e.merges:
            where = f" from {_short(m['article'])}" if m["article"] else ""
            click.echo(f"  merged {'; '.join(m['names'])} ({_short(m['node'])}) by {m['rule']} "
                       f"{m['score']:.2f}{where} at {m['when']}")
        for s in e.splits:
            click.echo(f"  split off {'; '.join(s['names'])} at {s['when']}")
    if not found:
        click.echo("kg: no entity matches", err=True)


@click.command("merge")
@_STORE
@click.argument("keep")
@click.argument("other")
@_WAIT
@user_errors
def merge_command(store_dir, keep, other, wait):
    """Merge entity OTHER into KEEP (an IRI, kgr:entity/..., or an exact name); later builds keep them merged."""
    from kg.curate import force_merge
    with _writer(store_dir, wait) as store:
        a, b = force_merge(store, keep, other)
    click.echo(f"kg: merged {_short(str(b))} into {_short(str(a))}", err=True)


@click.command("split")
@_STORE
@click.argument("entity")
@click.argument("name")
@_WAIT
@user_errors
def split_command(store_dir, entity, name, wait):
    """Undo the merges that put NAME on ENTITY; later builds never merge them again."""
    from kg.curate import split
    with _writer(store_dir, wait) as store:
        restored = split(store, entity, name)
    click.echo(f"kg: split {name!r} off as {', '.join(_short(str(r)) for r in dict.fromkeys(restored))}", err=True)


@click.command("remove")
@_STORE
@click.argument("articles", nargs=-1, required=True)
@_WAIT
@user_errors
def remove_command(store_dir, articles, wait):
    """Remove articles (article IRI, URL, or the file they were built from) with what only they held."""
    from kg.curate import remove_articles
    with _writer(store_dir, wait) as store:
        found, missing = _article_iris(store, articles)
        if found:
            remove_articles(store, found)
    if found:
        click.echo(f"kg: removed {len(found)} article{'s' if len(found) > 1 else ''}", err=True)
    if missing:
        raise KGError("not in the store: " + ", ".join(missing))


def _writer(store_dir: str, wait: float):
    from kg.store import Store
    if not Path(store_dir, "CURRENT").is_file():
        raise StoreError(f"No store at {store_dir}; build one with: kg build ARTICLES --store {store_dir}")
    return Store(store_dir, wait=wait)


def _article_iris(store, refs) -> tuple[list, list[str]]:
    """The stored article IRIs the references name, and the references that name none."""
    from rdflib import Literal, URIRef

    from kg.ingest import iter_articles
    from kg.rdf.iris import article_iri
    from kg.rdf.namespaces import KGR
    stored = set(store.articles())
    found, missing = [], []
    for ref in refs:
        iris: list[str] = []
        if ref.startswith("kgr:"):
            iris = [str(KGR) + ref[4:]]
        elif ref.startswith(("http://", "https://")):
            if ref in stored:
                iris = [ref]
            else:
                rows = store.query(f"SELECT DISTINCT ?a WHERE {{ GRAPH ?a {{ ?a schema:url ?u }} "
                                   f"FILTER (STR(?u) = {Literal(ref).n3()}) }}").rows
                iris = [str(r[0]) for r in rows]
        elif Path(ref).exists():
            errors: list[str] = []
            iris = [str(article_iri(a)) for a in iter_articles([ref], on_error=lambda e: errors.append(str(e)))]
            if errors and not iris:
                raise InputError(errors[0])
        hits = [URIRef(i) for i in iris if i in stored]
        found += hits
        if not hits:
            missing.append(ref)
    return list(dict.fromkeys(found)), missing


COMMANDS = [entities_command, merge_command, split_command, remove_command]
