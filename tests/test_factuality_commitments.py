"""An act one agrees, decides, opts or chooses to do is still to be done: Hypothetical, as "agreed to" was."""
from __future__ import annotations

import pytest

from kg.types import Modality

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, predicate", [
    ("Poland decided to expel two Russian diplomats.", "expel"),
    ("Nokia opted to sell its cable unit.", "sell"),
    ("Chile and Peru agreed to resume talks.", "resume"),
])
def test_a_committed_act_is_not_done_yet(run, text, predicate):
    mods = {s.modality for s in run(text).statements if s.predicate == predicate}
    assert mods == {Modality.HYPOTHETICAL}
