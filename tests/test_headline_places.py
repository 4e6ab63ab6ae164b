"""A headline's place names (kg.extract.namecues.front_matter_places) and the longer names they sit in: title case
capitalises every word, so "Stanley" of "Morgan Stanley Still Sees March Cut" is a place only where the body writes
it alone. Headlines and bodies written for these tests."""
from __future__ import annotations

from kg.extract.namecues import front_matter_places
from kg.gazetteer import Gazetteer


def places(headline: str, body: str) -> list[str]:
    return [entry.label for entry, _ in front_matter_places(headline, None, body, Gazetteer.load())]


def test_a_place_name_inside_a_firms_name_is_no_place():
    assert "Stanley" not in places("Morgan Stanley Still Sees a Cut in March",
                                   "Morgan Stanley said it still expected a cut in March.")


def test_a_place_name_the_body_writes_alone_too_stays_a_place():
    assert "Kyiv" in places("Kyiv Mayor Warns of Blackouts",
                            "Kyiv Mayor Vitali Klitschko said the power in Kyiv would fail again.")


def test_a_place_name_with_lowercase_words_after_it_in_the_body_stays_a_place():
    assert places("Ottawa Orders Binding Arbitration", "Ottawa ordered binding arbitration on Friday.") == ["Ottawa"]
