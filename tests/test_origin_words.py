"""A nationality word on a name's description: an organisation is based in the country, a person its citizen,
whatever type the tagger first gave the name; on a noun for the name itself it is the name's language, no origin
(issue 9, implicit relations; seen on the new dev cases)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def facts(run, text: str) -> set[tuple[str, str, str]]:
    return {(st.subject.text, st.predicate, st.object.text) for st in run(text).statements}


def test_an_organisation_is_based_where_its_nationality_says_not_a_citizen(run):
    found = facts(run, "Kast cited a report in the Peruvian newspaper La Antorcha about the deal.")
    assert not any(p == "citizen_of" for _, p, _ in found)


def test_a_language_on_a_name_is_no_origin(run):
    for text in ("The movement, known by its Portuguese initials MST, occupied a farm.",
                 "The utility is known by its Spanish acronym CFE.",
                 "The party, which uses the Catalan name Junts, voted against."):
        found = facts(run, text)
        assert not any(p in ("located_in", "citizen_of", "from") for _, p, _ in found), (text, found)


def test_a_nationality_on_a_description_still_gives_the_origin(run):
    assert ("Kovo Rail", "located_in", "Czech") in facts(run, "The Czech rail operator Kovo Rail cut fares.")
    assert any(p == "citizen_of" for _, p, _ in facts(run, "Ines Alder, a Swiss chemist, won the prize."))
