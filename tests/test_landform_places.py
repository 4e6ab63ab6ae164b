"""A place named with its kind of land ("Kome island", "the Lofoten islands", "the Swat Valley") is a Location, even
where a town's cue stands around it ("the Swat Valley town of Mingora", "villages of Kome island"); "in northern
Kachin state" names the state, not its north."""
from __future__ import annotations

import pytest


def _types(ex):
    return {name: e.type.value for e in ex.entities for name in (e.label, *e.aliases)}


@pytest.mark.model
def test_a_name_with_island_is_a_location(run):
    types = _types(run("A ferry carrying 90 passengers sank off Kome island on Sunday, and rescuers searched the "
                       "fishing villages of Kome island for survivors."))
    assert types.get("Kome island") == "Location"
    assert "GeopoliticalEntity" not in {t for n, t in types.items() if n.startswith("Kome")}


@pytest.mark.model
def test_a_valley_before_town_is_the_land_the_town_is_in(run):
    types = _types(run("Troops reopened schools in the Swat Valley town of Mingora on Monday, officials said."))
    assert types.get("Swat Valley") == "Location"


@pytest.mark.model
def test_a_compass_word_is_no_part_of_the_state(run):
    ex = run("Heavy fighting was reported in northern Kachin state on Sunday, residents said.")
    names = {name for e in ex.entities for name in (e.label, *e.aliases)}
    assert "Kachin state" in names and not any(name.startswith("northern") for name in names)


@pytest.mark.model
def test_names_listed_before_a_plural_kind_of_place_are_places(run):
    types = _types(run("Gunmen attacked villages in the Borno, Yobe and Adamawa states on Sunday, police said."))
    assert types.get("Yobe") == "GeopoliticalEntity" and types.get("Adamawa") == "GeopoliticalEntity"
    types = _types(run("Refinery output at the Shell and Chevron plants fell in May."))
    assert types.get("Shell") == "Organization"
