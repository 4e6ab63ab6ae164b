"""kg.gcpause: the cyclic collector is paused for one article's extraction or graph, and restored as it was."""
from __future__ import annotations

import gc

import pytest

from kg.gcpause import gc_paused
from kg.rdf.build import to_graph
from kg.types import Argument, Article, Entity, EntityType, Extraction, Statement


@pytest.fixture
def collections():
    """The generations of the automatic collections that start while the test runs."""
    seen: list[int] = []

    def note(phase, info):
        if phase == "start":
            seen.append(info["generation"])
    gc.callbacks.append(note)
    try:
        yield seen
    finally:
        gc.callbacks.remove(note)


def test_paused_inside_and_restored_after():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():       # nested: the inner block leaves it paused for the outer one
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_restored_after_an_exception():
    with pytest.raises(ZeroDivisionError):
        with gc_paused():
            1 / 0
    assert gc.isenabled()


def test_a_caller_that_disabled_it_keeps_it_disabled():
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_decorated_function_runs_paused_each_call():
    @gc_paused()
    def state():
        return gc.isenabled()
    assert state() is False and state() is False
    assert gc.isenabled()


def many_statements(n: int) -> Extraction:
    """An extraction of ``n`` statements between made-up firms, enough allocations for many collections."""
    text = " ".join(f"Firm{i} sued Firm{i + 1}." for i in range(n))
    ents = tuple(Entity(f"firm{i}", f"Firm{i}", EntityType.ORGANIZATION) for i in range(n + 1))
    sts = tuple(Statement(subject=Argument(f"Firm{i}", entity=f"firm{i}"), predicate="sue", predicate_label="sued",
                          object=Argument(f"Firm{i + 1}", entity=f"firm{i + 1}"), sentence=f"Firm{i} sued Firm{i + 1}.",
                          char_start=i * 10, char_end=i * 10 + 9) for i in range(n))
    return Extraction(article=Article(text=text, headline="Firms sue"), entities=ents, statements=sts)


def test_to_graph_collects_at_most_once_and_builds_the_same_graph(collections):
    ex = many_statements(300)
    gc.collect()            # counts start from nothing
    collections.clear()     # the collections of making the extraction and the one above
    g = to_graph(ex)
    paused = len(collections)   # at most the one collection held back, as the pause ends
    collections.clear()
    unpaused = to_graph.__wrapped__(ex)
    assert paused <= 1 and len(collections) >= 3, (paused, collections)    # the check can fail
    assert set(g) == set(unpaused) and len(g) > 300 * 10
    assert gc.isenabled()


# gc_frozen's counts are the whole process's: another thread of the test session (a server, a build) may freeze,
# unfreeze or pause the collector while a test runs. These checks run in an interpreter of their own.
FROZEN_CHECKS = """
import gc
from kg.gcpause import gc_frozen
kept = [[i] for i in range(50)]         # alive on entry, and tracked by the collector: set aside
with gc_frozen():
    frozen = gc.get_freeze_count()
    assert frozen >= 50, frozen
    with gc_frozen():                   # nested: still frozen after the inner block
        pass
    assert gc.get_freeze_count() == frozen
    made = [[i] for i in range(50)]
    assert gc.get_freeze_count() == frozen      # what is made inside is collected as usual
assert gc.get_freeze_count() == 0 and gc.isenabled()
try:
    with gc_frozen():
        raise KeyError("x")
except KeyError:
    pass
assert gc.get_freeze_count() == 0       # given back on an exception too
assert len(kept) == len(made) == 50
print("ok")
"""


def test_frozen_sets_aside_what_lives_and_gives_it_back_when_the_last_block_ends():
    import subprocess
    import sys
    done = subprocess.run([sys.executable, "-c", FROZEN_CHECKS], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


@pytest.mark.model
def test_extract_leaves_no_cycle_that_keeps_the_doc(nlp, gazetteer):
    """The converter's closures (the dates' key_of) referred back to it: a cycle that kept the Doc, its tensors and
    the extraction's objects alive until a collection of the generation they had reached. Emptied as extract()
    returns, they are freed by reference counting as soon as the caller drops them."""
    import weakref

    from kg.extract.core import extract
    text = "Vexa sued Lumora in Oslo on Monday, the company said. It said it would appeal the ruling in March."
    doc = nlp(text)
    gone = weakref.ref(doc)
    gc.disable()
    try:
        extraction = extract(doc, Article(text=text, date="2026-03-02"), gazetteer)
        assert extraction.statements
        del doc
        assert gone() is None
    finally:
        gc.enable()
