"""An agent noun in apposition that firms and people alike may be ("the producer", "the developer", "the
publisher") says a person when "who" follows it (kg.extract.namecues.agent_who; issue 9, bench/pages-judged-2028-fresh.tsv:
a producer typed an organisation, and "she" then resolved to a place). Sentences of our own."""
from __future__ import annotations

import pytest

from kg.extract.entities import resolve
from kg.types import EntityType

pytestmark = pytest.mark.model


def types(nlp, gazetteer, text: str) -> dict[str, EntityType]:
    return {e.label: e.type for e in resolve(nlp(text), gazetteer).entities().values()}


def test_an_agent_noun_with_who_after_it_is_a_persons(nlp, gazetteer):
    found = types(nlp, gazetteer, "Choi Ye-rin, the producer who discovered the band, runs the label. The agency sued "
                                  "Choi in March. Choi denied the claims, and she said she would countersue.")
    assert found.get("Choi Ye-rin") is EntityType.PERSON
    found = types(nlp, gazetteer, "Tomas Ferreira, the developer who wrote the booking app, left Quillon in May. "
                                  "The company later sued Ferreira.")
    assert found.get("Tomas Ferreira") is EntityType.PERSON


def test_an_agent_noun_with_which_after_it_stays_a_bodys(nlp, gazetteer):
    found = types(nlp, gazetteer, "Kelso Maritime, the operator which runs the island ferries, cut its fares on "
                                  "Monday. Kelso Maritime said it would hire 40 crew.")
    assert found.get("Kelso Maritime") is EntityType.ORGANIZATION
