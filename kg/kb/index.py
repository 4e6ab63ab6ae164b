"""The on-disk knowledge base: an SQLite index of entities and their aliases, built from a Wikidata dump.

``DIR/kb.sqlite`` holds three tables: ``entity`` (Q-id, label, type, description, sitelinks, the Q-ids of
related entities), ``alias`` (normalised name -> Q-id) and ``meta`` (the version, that is the dump's
date, and how it was built). Look-ups go through SQLite's indexes, so memory stays small however many
entities the index holds. A build writes ``kb.sqlite.tmp`` and renames it into place when complete: a
killed build leaves the previous index as it was.
"""
from __future__ import annotations

import csv
import itertools
import multiprocessing
import os
import sqlite3
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import partial
from pathlib import Path

from kg.errors import InputError, KGError, one_line
from kg.gazetteer import _candidates, _is_caps, _key, _normalise, _TYPE_NAMES
from kg.kb.dump import KINDS, Record, dump_version, iter_lines, parse_entity
from kg.readfile import decode_text
from kg.types import EntityType

__all__ = ["KnowledgeBase", "Candidate", "build_kb", "add_entities", "read_user_entities", "KB_FILE", "KBError"]

KB_FILE = "kb.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS entity (qid TEXT NOT NULL, label TEXT NOT NULL, type TEXT NOT NULL,
                                   description TEXT, sitelinks INTEGER NOT NULL, related TEXT);
CREATE TABLE IF NOT EXISTS alias (key TEXT NOT NULL, qid TEXT NOT NULL);
"""
_INDEXES = """
CREATE UNIQUE INDEX IF NOT EXISTS entity_qid ON entity (qid);
CREATE INDEX IF NOT EXISTS alias_key ON alias (key);
CREATE INDEX IF NOT EXISTS alias_qid ON alias (qid);
"""
_BATCH = 2000
_MAX_CANDIDATES = 30


class KBError(KGError):
    """A knowledge base that cannot be built, opened or read."""


@dataclass(frozen=True)
class Candidate:
    """One entity of the knowledge base that a name may refer to."""

    qid: str
    label: str
    type: EntityType
    description: str
    sitelinks: int
    related: frozenset[str]
    exact: bool                  # the name is the entity's label, not one of its aliases


def _keys(name: str) -> list[str]:
    """The index keys of a name: as the gazetteer normalises it (acronyms keep their case)."""
    keys = [_key(form) for form in _candidates(name)]
    return list(dict.fromkeys(k for k in keys if k))


def _record_rows(record: Record) -> tuple[tuple, list[tuple]]:
    entity = (record.qid, record.label, record.type.value, record.description, record.sitelinks,
              " ".join(record.related))
    names = {_key(_normalise(n)) for n in (record.label, *record.aliases) if _normalise(n)}
    return entity, [(k, record.qid) for k in sorted(names)]


def _parse_block(lines: list[str], kinds: frozenset, min_sitelinks: int) -> tuple[list[Record], int]:
    out, bad = [], 0
    for line in lines:
        try:
            record = parse_entity(line, kinds, min_sitelinks)
        except ValueError:
            bad += 1
            continue
        if record is not None:
            out.append(record)
    return out, bad


def _blocks(lines: Iterable[str], size: int) -> Iterator[list[str]]:
    iterator = iter(lines)
    while block := list(itertools.islice(iterator, size)):
        yield block


def _records(dump: Path, kinds: frozenset, min_sitelinks: int, workers: int, stats: dict,
             scheduler: str | None = None) -> Iterator[Record]:
    """The kept records of a dump, parsed in this process, in ``workers`` processes, or on a Dask cluster,
    over its blocks of lines."""
    parse = partial(_parse_block, kinds=kinds, min_sitelinks=min_sitelinks)
    blocks = _blocks(_counted(iter_lines(dump), stats), _BATCH)
    if scheduler is not None:
        yield from _dask_records(parse, blocks, workers, scheduler, stats)
        return
    pool = None
    if workers <= 1:
        results: Iterable = map(parse, blocks)
    else:
        method = "forkserver" if sys.platform.startswith("linux") else "spawn"
        pool = multiprocessing.get_context(method).Pool(workers)
        results = _bounded(pool, parse, blocks, 2 * workers)
    try:
        for records, bad in results:
            stats["malformed"] += bad
            yield from records
    finally:
        if pool is not None:
            pool.terminate()


def _dask_records(parse, blocks: Iterable, workers: int, scheduler: str, stats: dict) -> Iterator[Record]:
    """Parse the blocks on a Dask cluster (``scheduler`` an address, or ``"local"`` for a local cluster)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise KBError("--scheduler needs the distributed package; run: pip install 'kg-builder[dask]'") from err
    from kg.engine import LOCAL_DASHBOARD
    cluster = None
    try:
        if scheduler == "local":
            cluster = LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True,
                                   dashboard_address=LOCAL_DASHBOARD, silence_logs=40)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError) as err:
        if cluster is not None:
            cluster.close()
        raise KBError(f"Cannot reach the Dask scheduler at {scheduler}: {one_line(err)}") from err
    try:
        pending: deque = deque()
        limit = 2 * max(len(client.scheduler_info().get("workers", {})), 1)

        def drain():
            records, bad = pending.popleft().result()
            stats["malformed"] += bad
            return records
        for block in blocks:
            pending.append(client.submit(parse, block, pure=False))
            if len(pending) >= limit:
                yield from drain()
        while pending:
            yield from drain()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _bounded(pool, func, blocks: Iterable, limit: int) -> Iterator:
    """``pool.imap`` in order, but with at most ``limit`` blocks in flight (imap reads its input ahead
    without bound, which would hold the whole dump in memory when the workers fall behind)."""
    pending: deque = deque()
    for block in blocks:
        pending.append(pool.apply_async(func, (block,)))
        if len(pending) >= limit:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


def _counted(lines: Iterable[str], stats: dict) -> Iterator[str]:
    for line in lines:
        stats["read"] += 1
        yield line


def build_kb(dump: str | Path | None, folder: str | Path, *, kinds: Sequence[str] = tuple(KINDS),
             min_sitelinks: int = 0, extra: Sequence[str | Path] = (), version: str | None = None,
             workers: int = 1, scheduler: str | None = None) -> dict:
    """Build ``folder/kb.sqlite`` from a Wikidata JSON dump and the user's own entity files.

    Parameters
    ----------
    dump : str or Path, optional
        ``latest-all.json.gz``, ``.bz2`` or plain ``.json``; None builds from ``extra`` alone.
    folder : str or Path
        The knowledge base folder (created when missing).
    kinds : sequence of str
        Which of ``humans``, ``organisations``, ``states``, ``places`` to keep (by P31, instance of).
    min_sitelinks : int
        Keep only entities with at least this many Wikipedia and sister-project pages.
    extra : sequence of paths
        CSV (``label,type,wikidata,aliases,description,sitelinks``) or Turtle files, added after the dump.
    version : str, optional
        The version to record; default the dump's date (from its name, else its latest entity change).
    workers : int
        Processes that parse the dump's blocks of lines (with ``scheduler="local"``: Dask workers).
    scheduler : str, optional
        Parse on a Dask cluster instead: a scheduler address (``tcp://host:8786``), or ``"local"``.

    Returns
    -------
    dict
        ``read`` lines, ``kept`` entities, ``aliases``, ``malformed`` lines, ``added`` user entities, ``version``.

    Raises
    ------
    InputError
        For a missing or unreadable dump or user file; KBError when the folder cannot be written.
    """
    unknown = [k for k in kinds if k not in KINDS]
    if unknown or not kinds:
        raise KBError(f"unknown kind {unknown[0] if unknown else ''!r}; choose among {', '.join(KINDS)}")
    user = [e for path in extra for e in read_user_entities(path)]      # bad files fail before any work
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise KBError(f"Cannot create knowledge base folder {folder}: {err.strerror or one_line(err)}") from err
    tmp = folder / (KB_FILE + ".tmp")
    tmp.unlink(missing_ok=True)
    stats = {"read": 0, "kept": 0, "aliases": 0, "malformed": 0, "added": 0}
    latest = ""
    db = sqlite3.connect(tmp)
    try:
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-20000;" + _SCHEMA)
        if dump is not None:
            wanted = frozenset(KINDS[k] for k in kinds)
            for chunk in _blocks(_records(Path(dump), wanted, min_sitelinks, workers, stats, scheduler), _BATCH):
                rows = [_record_rows(r) for r in chunk]
                db.executemany("INSERT INTO entity VALUES (?, ?, ?, ?, ?, ?)", [e for e, _ in rows])
                db.executemany("INSERT INTO alias VALUES (?, ?)", [a for _, names in rows for a in names])
                stats["kept"] += len(rows)
                latest = max([latest, *(r.modified for r in chunk)])
            if stats["read"] and stats["malformed"] == stats["read"]:
                raise InputError(f"{dump}: no line is a JSON entity; give a Wikidata JSON dump")
        db.execute("DELETE FROM entity WHERE rowid NOT IN (SELECT MAX(rowid) FROM entity GROUP BY qid)")
        db.executescript(_INDEXES)
        stats["added"] = _upsert(db, user)
        stats["aliases"] = db.execute("SELECT COUNT(*) FROM alias").fetchone()[0]
        stats["version"] = version or (dump_version(dump, latest) if dump is not None else "user")
        meta = {"version": stats["version"], "source": str(dump) if dump is not None else "",
                "kinds": ",".join(kinds), "min_sitelinks": str(min_sitelinks),
                "built": datetime.now(timezone.utc).replace(microsecond=0).isoformat()}
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
        db.commit()
        db.execute("ANALYZE")
    except BaseException as err:
        db.close()
        tmp.unlink(missing_ok=True)         # a failed build leaves the folder as it was
        if isinstance(err, sqlite3.Error):
            raise KBError(f"Cannot write knowledge base {folder}: {one_line(err)}") from err
        raise
    db.close()
    os.replace(tmp, folder / KB_FILE)
    return stats


def _upsert(db: sqlite3.Connection, records: Sequence[Record]) -> int:
    for record in records:
        db.execute("DELETE FROM entity WHERE qid = ?", (record.qid,))
        db.execute("DELETE FROM alias WHERE qid = ?", (record.qid,))
        entity, names = _record_rows(record)
        db.execute("INSERT INTO entity VALUES (?, ?, ?, ?, ?, ?)", entity)
        db.executemany("INSERT INTO alias VALUES (?, ?)", names)
    return len(records)


def add_entities(folder: str | Path, paths: Sequence[str | Path]) -> int:
    """Add (or replace, by Q-id) the entities of CSV or Turtle files in an existing knowledge base, in one
    transaction; return how many."""
    records = [e for path in paths for e in read_user_entities(path)]
    kb_path = _kb_path(folder)
    db = sqlite3.connect(kb_path)
    try:
        with db:
            count = _upsert(db, records)
    except sqlite3.Error as err:
        raise KBError(f"Cannot write knowledge base {folder}: {one_line(err)}") from err
    finally:
        db.close()
    return count


def _kb_path(folder: str | Path) -> Path:
    path = Path(folder) / KB_FILE
    if not path.is_file():
        raise KBError(f"No knowledge base at {folder}; build one with: kg kb build DUMP -o {folder}")
    return path


# -- the user's own entities -----------------------------------------------------------------------

def read_user_entities(path: str | Path) -> list[Record]:
    """Entities from a CSV file (``label,type,wikidata,aliases[,description,sitelinks]``, aliases split by
    ``|``) or a Turtle file (subjects with ``owl:sameAs`` a Wikidata item or a Wikidata IRI themselves,
    ``rdfs:label``, ``skos:altLabel``, ``schema:description``, and an entity class of kg:, schema: or wd:Q5).

    Raises
    ------
    InputError
        For a missing, binary or malformed file, naming the file and line.
    """
    path = Path(path)
    if path.suffix.casefold() == ".csv":
        return _read_csv(path)
    if path.suffix.casefold() in (".ttl", ".turtle", ".nt"):
        return _read_turtle(path)
    raise InputError(f"{path}: give entities as .csv or .ttl")


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"Cannot read {path}: {err.strerror or one_line(err)}") from err
    return decode_text(data, str(path), "a CSV or Turtle file")


def _read_csv(path: Path) -> list[Record]:
    from kg.gazetteer import _QID
    rows = csv.reader(_read_text(path).splitlines())
    header = [h.strip().casefold() for h in next(rows, [])]
    if not {"label", "type", "wikidata"} <= set(header):
        raise InputError(f"{path}:1: an entity CSV needs a header with columns label,type,wikidata"
                         "[,aliases,description,sitelinks]")
    out = []
    for number, row in enumerate(rows, 2):
        if not any(cell.strip() for cell in row):
            continue
        raw = dict(zip(header, (cell.strip() for cell in row)))
        where = f"{path}:{number}"
        qid = raw.get("wikidata", "").rsplit("/", 1)[-1]
        etype = _TYPE_NAMES.get(raw.get("type", "").casefold())
        if not raw.get("label") or etype is None or not _QID.fullmatch(qid):
            raise InputError(f"{where}: each row needs a label, a type ({', '.join(t.value for t in EntityType)}) "
                             "and a Wikidata id such as Q42")
        try:
            sitelinks = int(raw.get("sitelinks") or 0)
        except ValueError as err:
            raise InputError(f"{where}: sitelinks must be a whole number") from err
        aliases = tuple(a.strip() for a in (raw.get("aliases") or "").split("|") if a.strip())
        out.append(Record(qid, raw["label"], etype, raw.get("description") or "", sitelinks, aliases))
    return out


def _read_turtle(path: Path) -> list[Record]:
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import OWL, RDF, RDFS, SKOS

    from kg.rdf.namespaces import KG, SCHEMA, WD
    graph = Graph()
    try:
        graph.parse(data=_read_text(path), format="turtle")
    except Exception as err:  # rdflib raises many kinds for bad Turtle
        raise InputError(f"{path}: not valid Turtle ({one_line(err)})") from err
    classes = {KG[t.value]: t for t in EntityType} | {
        SCHEMA.Person: EntityType.PERSON, WD.Q5: EntityType.PERSON, SCHEMA.Organization: EntityType.ORGANIZATION,
        SCHEMA.Country: EntityType.GPE, SCHEMA.City: EntityType.GPE, SCHEMA.AdministrativeArea: EntityType.GPE,
        SCHEMA.Place: EntityType.LOCATION}
    out = []
    for subject in sorted(set(graph.subjects(RDF.type, None))):
        etype = next((classes[c] for c in graph.objects(subject, RDF.type) if c in classes), None)
        if etype is None or not isinstance(subject, URIRef):
            continue
        links = [str(o) for o in graph.objects(subject, OWL.sameAs) if str(o).startswith(str(WD))]
        qid = (str(subject) if str(subject).startswith(str(WD)) else links[0] if links else "")[len(str(WD)):]
        names = [str(o) for p in (RDFS.label, SKOS.prefLabel, SCHEMA.name) for o in graph.objects(subject, p)
                 if isinstance(o, Literal) and o.language in (None, "en")]
        if not qid or not names:
            raise InputError(f"{path}: {subject} needs an rdfs:label and a Wikidata item (owl:sameAs wd:Q...)")
        aliases = tuple(sorted({str(o) for o in graph.objects(subject, SKOS.altLabel)} | set(names[1:])))
        description = next((str(o) for o in graph.objects(subject, SCHEMA.description)), "")
        out.append(Record(qid, names[0], etype, description, 0, aliases))
    return out


# -- reading ---------------------------------------------------------------------------------------

class KnowledgeBase:
    """An opened knowledge base: candidate entities by name, from SQLite.

    Parameters
    ----------
    folder : str or Path
        A folder ``kg kb build`` wrote.

    Raises
    ------
    KBError
        When the folder holds no knowledge base, or it cannot be read.
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        path = _kb_path(folder)
        try:
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            self.meta = dict(self._db.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as err:
            raise KBError(f"Cannot read knowledge base {folder}: {one_line(err)}") from err
        self.version = self.meta.get("version", "unknown")

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM entity").fetchone()[0]

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def candidates(self, name: str) -> list[Candidate]:
        """The entities a name may refer to (by label or alias), the most linked first.

        Examples
        --------
        >>> import tempfile
        >>> folder = tempfile.mkdtemp()
        >>> csv_path = Path(folder) / "mine.csv"
        >>> _ = csv_path.write_text("label,type,wikidata,aliases\\nKyiv,GeopoliticalEntity,Q1899,Kiev\\n")
        >>> _ = build_kb(None, folder, extra=[csv_path])
        >>> [c.qid for c in KnowledgeBase(folder).candidates("Kiev")]
        ['Q1899']
        """
        keys = _keys(name)
        if not keys:
            return []
        caps = [k.casefold() for k in keys if _is_caps(k) and len(k) >= 4]     # "RUSSIA" in a headline
        keys = list(dict.fromkeys(keys + caps))
        marks = ",".join("?" * len(keys))
        try:
            rows = self._db.execute(
                f"SELECT e.qid, e.label, e.type, e.description, e.sitelinks, e.related FROM entity e "
                f"WHERE e.qid IN (SELECT qid FROM alias WHERE key IN ({marks})) "
                f"ORDER BY e.sitelinks DESC, e.qid LIMIT {_MAX_CANDIDATES}", keys).fetchall()
        except sqlite3.Error as err:
            raise KBError(f"Cannot read knowledge base {self.folder}: {one_line(err)}") from err
        lowered = {k.casefold() for k in keys}
        return [Candidate(q, label, EntityType(t), desc or "", links, frozenset((rel or "").split()),
                          _key(_normalise(label)).casefold() in lowered)
                for q, label, t, desc, links, rel in rows]
