"""Verb-and-noun idioms the CAMEO dictionary leaves uncoded, each a general pattern (sentences of our own)."""
from __future__ import annotations

import pytest

from kg.events import default_coder


def test_walking_off_the_job_and_downing_tools_are_strikes():
    coder = default_coder()
    assert coder.code("walk_off", ["job"], "job", counterpart="thing") == "143"
    assert coder.code("down", ["tool"], "tool", counterpart="thing") == "143"


def test_sharing_information_of_any_name_is_sharing_information():
    coder = default_coder()
    for noun in ("intelligence", "information", "data", "finding"):
        assert coder.code("share", [noun], noun) == "064", noun
    assert coder.code("share", ["border"], "border") is None        # a property, no act


@pytest.mark.model
def test_idioms_in_sentences(run):
    ex = run("Nurses at three hospitals in Leeds walked off the job on Tuesday. Colombia will share satellite data "
             "with Ecuador.")
    assert [s.event_type for s in ex.statements if s.predicate == "walk_off"] == ["143"]
    assert [s.event_type for s in ex.statements if s.predicate == "share"] == ["064"]
