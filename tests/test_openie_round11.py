"""kg openie, issue 9 round 11: the progressive passive as the sentence writes it, names apposed to an "of" phrase
that closes a role or a kin noun, roles and kin of a possessor. Sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.extract.openie import openie_rows

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def rows(nlp):
    def go(text: str, triples: bool = False) -> list[tuple[str, ...]]:
        return [(arg1, rel, *args) for _, rel, arg1, args in openie_rows(nlp(text), triples)]
    return go


def test_a_progressive_passive_keeps_being(rows):
    got = rows("Three miners are being treated for burns at a hospital in Tete.")
    assert [r for r in got if r[:2] == ("Three miners", "are being treated for")]
    got = rows("The suspects were being questioned by detectives on Friday night.")
    assert ("The suspects", "were being questioned by", "detectives", "on Friday night") in got


def test_a_participle_of_its_own_still_drops_being(rows):
    got = rows("The stadium, being built by a Turkish firm, will seat 60,000 fans.")
    assert ("The stadium", "be built by", "a Turkish firm") in got
