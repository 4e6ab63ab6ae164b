"""Shared fixtures: the English pipeline once per session, sample articles, paths to shared eval data."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"


def _model_missing_ok() -> bool:
    return os.environ.get("CI", "").lower() not in ("true", "1")


@pytest.fixture(scope="session")
def nlp():
    """kg-builder's pipeline on the default English model; a missing model fails in CI and skips elsewhere."""
    from kg.errors import ModelError
    from kg.nlp import load_pipeline
    try:
        return load_pipeline()
    except ModelError as err:
        if _model_missing_ok():
            pytest.skip(str(err))
        raise


@pytest.fixture(scope="session")
def gazetteer(nlp):
    from kg.nlp import gazetteer_of
    return gazetteer_of(nlp)


@pytest.fixture(scope="session")
def run(nlp, gazetteer):
    """Extract one text as an article of its own: ``run("Putin met Macron.")`` gives its Extraction."""
    from kg.extract.core import extract
    from kg.types import Article

    def go(text: str):
        return extract(nlp(text), Article(text=text), gazetteer)
    return go


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def run_dated(nlp, gazetteer):
    """Extract one text as an article dated ``date``: ``run_dated("Vestas said on Friday ...", "2026-11-30")``."""
    from kg.extract.core import extract
    from kg.types import Article

    def go(text: str, date: str):
        return extract(nlp(text), Article(text=text, date=date), gazetteer)
    return go


@pytest.fixture(scope="session")
def tuple_list(nlp):
    """Open IE on one sentence as a list of (arg1, relation, *args) in output order; ``triples=True`` as
    `kg openie --triples` prints them: ``tuple_list("Putin met Macron.", triples=True)``."""
    from kg.extract.openie import openie_rows

    def go(text: str, triples: bool = False) -> list[tuple[str, ...]]:
        return [(arg1, rel, *args) for _, rel, arg1, args in openie_rows(nlp(text), triples)]
    return go


@pytest.fixture(scope="session")
def rows(nlp):
    """Open IE on one sentence as a set of (arg1, relation, *args): ``rows("Putin met Macron.")``."""
    from kg.extract.openie import openie_rows

    def go(text: str) -> set[tuple[str, ...]]:
        return {(arg1, rel, *args) for _, rel, arg1, args in openie_rows(nlp(text))}
    return go
