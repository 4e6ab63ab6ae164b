"""A date right after a verb of saying and before the subject of what it reports dates the saying ("Vestas said on
Friday it would close the plant"), where the parser hangs it on the reported verb; read with that verb's future, it
was a Friday to come. Sentences of our own; the trap: a date after the reported verb is that verb's."""
from __future__ import annotations

import pytest

from clausehelp import dates

pytestmark = pytest.mark.model


def test_a_date_between_the_saying_and_its_content_dates_the_saying(run_dated):
    ex = run_dated("Vestas said on Friday it would close its blade factory in Colorado.", "2026-11-30")
    assert dates(ex, "say") == ["2026-11-27"]
    assert "2026-12-04" not in dates(ex, "close")
    ex = run_dated("Petrobras said on Tuesday it would not renew the drilling contract with Seadrill.",
                   "2026-11-26")
    assert "2026-12-01" not in dates(ex, "renew")


def test_a_date_after_the_reported_verb_is_its_own(run_dated):
    ex = run_dated("Vestas said it would close its blade factory in Colorado on Friday.", "2026-11-30")
    assert dates(ex, "close") == ["2026-12-04"]
