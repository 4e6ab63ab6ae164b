"""A saint's name with its "'s" before a head word is one name, which the NER cuts after the "'s": "St. Peter's
Basilica" a place, "St Joseph's College", "St Thomas' Hospital" an organisation (an institution with staff). Sentences
of our own; the trap: "St. Mary's team" names no church or school."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def types(ex):
    return {e.label: e.type.value for e in ex.entities}


@pytest.mark.parametrize("text, name, etype", [
    ("Mass was held at St. Peter's Basilica on Sunday.", "St. Peter's Basilica", "Location"),
    ("Pupils at St Joseph's College in Lagos staged a walkout.", "St Joseph's College", "Organization"),
    ("The boy was taken to St Thomas' Hospital in London.", "St Thomas' Hospital", "Organization"),
])
def test_a_saints_church_or_school_is_one_name(run, text, name, etype):
    assert types(run(text)).get(name) == etype


def test_a_saints_team_is_no_church(run):
    assert not any(label.endswith("team") for label in types(run("St. Mary's team beat Galway on Sunday.")))
