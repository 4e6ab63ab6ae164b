"""Calling a thing needless, unwarranted or excessive condemns it (111) as calling it illegal does: "the
minister called the strike 'unnecessary'". Found with the new eval/dev case nigeria-lecturers-strike; the sentences
are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    'Finance Minister Ana Silva called the strike "unnecessary" on Monday.',
    "The Lisbon Bar Association called the new court fees excessive.",
    "Senator Tom Reyes called the airport expansion needless.",
    'The Federation of Ruritanian Farmers called the import quota "unwarranted".',
])
def test_a_needless_or_excessive_thing_is_condemned(run, text):
    assert {s.event_type for s in run(text).statements if s.predicate == "call"} == {"111"}


def test_praise_and_plain_naming_are_not_condemned(run):
    codes = {s.event_type for s in run("Senator Tom Reyes called the airport expansion a milestone.").statements
             if s.predicate == "call"}
    assert "111" not in codes
