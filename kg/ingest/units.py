"""Reading spread over worker processes: files, and ranges of a big archive's records, read where they are parsed.

With ``--workers N`` or ``--engine dask``, the build cuts its input into *units* (:func:`iter_units`): a few
small files, one archive, or a range of an archive's records (:func:`kg.ingest.warc.ranges`), and each unit
is read by a worker (:func:`read_unit`: the file's format reader, the story extraction of each page and the
language check). The build's one process then takes the units' results in input order (:func:`iter_read`), so
that what is built never depends on how many workers read it:

* skip counts and notes are replayed in order, summed over the workers;
* an archive's duplicate records are told here, in archive order, with one :class:`kg.ingest.warc.Seen`
  per archive, exactly as a single process reads it (the first record of a URL or payload is kept);
* a bad file is one error line, and the rest go on.

Only a bounded number of units is in flight, and a big archive is cut as it is scanned, so memory stays flat.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError, one_line
from kg.ingest import registry
from kg.types import Article

__all__ = ["Unit", "iter_units", "read_unit", "iter_read", "RANGE_PAGES", "SPLIT_BYTES", "GROUP_FILES"]

RANGE_PAGES = 32            # page records per range of a big archive: about a third of a second of reading
SPLIT_BYTES = 1_000_000     # an archive smaller than this is one unit (no scan)
GROUP_FILES = 8             # small files (Markdown, HTML, JSON Lines, feeds) per unit
_AHEAD_PER_WORKER = 2       # units in flight per worker


@dataclass(frozen=True)
class Unit:
    """What one worker reads: files (opened at ``path``, named ``name`` as the user gave it), or an archive's range.

    For an archive (``archive``), ``start``/``end`` are the byte offsets of its first record and of the
    record after its last (None: to the end), and ``first`` the records before ``start``.
    """

    files: tuple[tuple[str, str], ...]
    archive: bool = False
    start: int = 0
    end: int | None = None
    first: int = 0
    local: bool = False         # read in the build's own process (standard input)


def iter_units(plan: Iterable[str | Path], pages_per_range: int | None = None, split_bytes: int | None = None,
               group: int | None = None) -> Iterator[Unit]:
    """The units of a plan (:func:`kg.ingest.sources.plan_paths`), in input order, cut lazily.

    An archive of ``split_bytes`` or more is cut into ranges of ``pages_per_range`` page records; other
    files go ``group`` to a unit (defaults: :data:`SPLIT_BYTES`, :data:`RANGE_PAGES`, :data:`GROUP_FILES`).
    """
    from kg.ingest.warc import ranges

    pages_per_range = pages_per_range or RANGE_PAGES
    split_bytes = SPLIT_BYTES if split_bytes is None else split_bytes
    group = group or GROUP_FILES

    files: list[tuple[str, str]] = []

    def flush() -> Iterator[Unit]:
        if files:
            yield Unit(tuple(files))
            files.clear()

    for item in plan:
        if item == "-":
            yield from flush()
            yield Unit((("-", "<stdin>"),), local=True)
            continue
        path = Path(item)
        entry = (os.path.abspath(path), str(path))
        fmt = registry.format_of(path)
        if fmt is None or fmt.name != "warc":
            files.append(entry)
            if len(files) >= group:
                yield from flush()
            continue
        yield from flush()
        if _size(path) < split_bytes:
            yield Unit((entry,), archive=True)
            continue
        for start, end, first in ranges(path, pages_per_range):
            yield Unit((entry,), archive=True, start=start, end=end, first=first)
    yield from flush()


def _size(path: Path) -> int:
    """The file's size; 0 for what is not a regular file (it is one unit, and its reader says what is wrong)."""
    try:
        st = path.stat()
    except OSError:
        return 0
    import stat
    return st.st_size if stat.S_ISREG(st.st_mode) else 0


def read_unit(unit: Unit, languages: Collection[str] | None = None, local: bool = False) -> list[tuple]:
    """Read one unit: what a worker does. Returns its events, in input order, for :func:`iter_read`.

    Events: ``("article", Article)``, ``("page", keys, Article, language_reason)`` for an archive's
    page (its duplicate check is the caller's), ``("skip", reason, detail)``, ``("error", message)``,
    and ``("unseen", name)`` when this process does not see a file (a Dask worker on another machine).
    Nothing raises: a bad file is an error event, and the next file is read.
    """
    from kg.ingest.sources import _check_regular, _read_file, _read_stdin, language_verdict
    from kg.ingest.warc import pages

    if not local and not unit.local:
        for path, name in unit.files:
            if not os.path.lexists(path):
                return [("unseen", name)]
    events: list[tuple] = []

    def skip(reason: str, detail: str | None = None) -> None:
        events.append(("skip", reason, detail))

    for path, name in unit.files:
        try:
            if unit.archive:
                _check_regular(Path(path), name)     # a FIFO would block the worker for ever
                for page in pages(Path(path), name, skip, unit.start, unit.end, unit.first):
                    article, reason = page.article(), None
                    if article.text:
                        article, reason = language_verdict(article, languages)
                    events.append(("page", page.keys, article, reason))
                continue
            read = _read_stdin(skip) if path == "-" else _read_file(Path(path), skip, name=name)
            for article in read:
                kept, reason = language_verdict(article, languages)
                events.append(("article", kept) if kept is not None else ("skip", reason, None))
        except InputError as err:
            events.append(("error", str(err)))
        except Exception as err:  # noqa: BLE001 - a reader's failure on odd input: one line, not a remote traceback
            events.append(("error", f"{name}: could not be read ({type(err).__name__}: {one_line(err)[:200]})"))
    return events


def iter_read(plan: Iterable[str | Path], workers, on_error: Callable[[InputError], None] | None = None,
              skip: Callable[..., None] | None = None, languages: Collection[str] | None = None,
              on_note: Callable[[str], None] | None = None) -> Iterator[Article]:
    """The articles of a plan, read by ``workers`` (:func:`kg.engine.open_workers`), in input order.

    Parameters
    ----------
    plan : iterable of str or Path
        Files in order, ``"-"`` for standard input (:func:`kg.ingest.sources.plan_paths`).
    workers : kg.engine.Workers
        Where units are read (``workers.read(unit, languages)``) and how many are in flight.
    on_error, languages, on_note
        As :func:`kg.ingest.iter_articles` takes them.
    skip : callable
        Called as ``skip(reason, detail)`` for each record left out.
    """
    from kg.ingest.warc import Seen

    skip = skip or (lambda reason, detail=None: None)
    languages = None if languages is None else frozenset(languages)
    seen = Seen()
    told = False
    for unit, events in _ahead(iter_units(plan), workers, languages):
        if events and events[0][0] == "unseen":
            if not told and on_note is not None:
                on_note(f"the workers cannot open {events[0][1]!r} (give them the same path on a shared "
                        "filesystem); reading such files in this process")
            told = True
            events = read_unit(unit, languages, local=True)
        if unit.archive and unit.start == 0:
            seen = Seen()       # duplicates are told within one archive, as a single reader tells them
        for event in events:
            kind = event[0]
            if kind == "article":
                yield event[1]
            elif kind == "page":
                _, keys, article, reason = event
                if not seen.first(keys):
                    skip("duplicate")
                elif not article.text:
                    skip("no story")
                elif reason is not None:
                    skip(reason)
                else:
                    yield article
            elif kind == "skip":
                skip(event[1], event[2])
            elif kind == "error":
                if on_error is None:
                    raise InputError(event[1])
                on_error(InputError(event[1]))


def _ahead(units: Iterator[Unit], workers, languages) -> Iterator[tuple[Unit, list[tuple]]]:
    """Each unit with its events, in order, with a bounded number read ahead by the workers."""
    depth = max(workers.size, 1) * _AHEAD_PER_WORKER
    pending: deque = deque()
    for unit in units:
        pending.append((unit, read_unit(unit, languages) if unit.local else workers.read(unit, languages)))
        if len(pending) > depth:
            yield _done(*pending.popleft())
    while pending:
        yield _done(*pending.popleft())


def _done(unit: Unit, result) -> tuple[Unit, list[tuple]]:
    if isinstance(result, list):
        return unit, result
    return unit, result.get() if hasattr(result, "get") else result.result()
