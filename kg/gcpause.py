"""Python's cyclic garbage collector paused while kg-builder's own code works on one article.

Extracting an article and building its graph make hundreds of thousands of small objects (Tokens, lists, tuples,
RDF terms), almost all freed as soon as they are dropped. Each 700 allocations start a collection, and every tenth
of those a full one, which walks every object the process holds: the loaded model, the gazetteer, the other
articles' graphs. Those walks were a fifth of the time of :func:`kg.extract.core.extract` and
:func:`kg.rdf.build.to_graph`. Paused for the length of one article, the collector runs once after it instead,
so garbage with cycles is still freed, an article at a time.

What a build loads once and keeps (the model, the gazetteer, the event dictionary) is also walked by every full
collection; :func:`gc_frozen` sets it aside (``gc.freeze``) while the build runs.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused", "gc_frozen"]

_frozen = 0                 # gc_frozen blocks open
_frozen_lock = threading.Lock()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the ``with`` block (or the decorated call), then restore it.

    The collector is enabled again only if it was enabled on entry, so nested or concurrent uses, and a caller
    that has disabled it, are left as they were. Objects freed by reference counting are freed as usual.

    Examples
    --------
    >>> import gc
    >>> with gc_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def gc_frozen() -> Iterator[None]:
    """Leave every object alive on entry out of the collector's walks for the ``with`` block (``gc.freeze``),
    and give them back to it (``gc.unfreeze``) when the last such block open ends.

    Meant for a build that has just loaded its model: nothing loaded before it becomes garbage while it runs,
    and objects made inside the block are collected as usual.

    Examples
    --------
    >>> import gc
    >>> with gc_frozen():
    ...     gc.get_freeze_count() > 0
    True
    """
    global _frozen
    with _frozen_lock:
        if _frozen == 0:
            gc.freeze()
        _frozen += 1
    try:
        yield
    finally:
        with _frozen_lock:
            _frozen -= 1
            if _frozen == 0:
                gc.unfreeze()
