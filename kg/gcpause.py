"""Python's cyclic garbage collector paused while kg-builder's own code works on one article.

Extracting an article and building its graph make hundreds of thousands of small objects (Tokens, lists, tuples,
RDF terms), almost all freed as soon as they are dropped. Each 700 allocations start a collection, and every tenth
of those a full one, which walks every object the process holds: the loaded model, the gazetteer, the other
articles' graphs. Those walks were a fifth of the time of :func:`kg.extract.core.extract` and
:func:`kg.rdf.build.to_graph`. Paused for the length of one article, the collector runs once after it instead,
so garbage with cycles is still freed, an article at a time.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]


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
