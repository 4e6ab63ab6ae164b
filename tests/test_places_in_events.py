"""A place named inside the name of a war or an invasion the gazetteer knows ("the invasion of Ukraine", "the war in
Ukraine") is mentioned too, and is what an act's argument names ("Russia's invasion of Ukraine": Russia invaded
Ukraine, not the war)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def labels(ex):
    return {e.key: e.label for e in ex.entities}


@pytest.mark.parametrize("text", [
    "Grain prices in Egypt rose sharply after the invasion of Ukraine in 2022.",
    "The carmaker closed its plant near St Petersburg after the war in Ukraine began.",
])
def test_a_place_in_an_event_name_is_an_entity(run, text):
    assert "Ukraine" in labels(run(text)).values()


def test_an_act_named_by_an_event_name_is_of_the_place(run):
    ex = run("The Polish president condemned Russia's invasion of Ukraine on Monday.")
    names = labels(ex)
    invaded = {names.get(s.object.entity) for s in ex.statements if s.predicate == "invade"}
    assert invaded == {"Ukraine"}, invaded
