"""A country's people named in several words ("South Africans", "New Zealanders") are a group, not a party as a
multi-word group name is ("Social Democrats"): issue 9, bench/pages-judged-2028-fresh.tsv. Sentences of our own."""
from __future__ import annotations

import pytest

from kg.extract.entities import resolve
from kg.types import EntityType

pytestmark = pytest.mark.model


def test_a_countrys_people_are_a_group_and_a_party_stays_a_body(nlp, gazetteer):
    text = ("The minister told South Africans that the cuts were over. Many New Zealanders and Sri Lankans voted "
            "early, while the Social Democrats and the Free Democrats lost seats.")
    types = {e.label: e.type for e in resolve(nlp(text), gazetteer).entities().values()}
    orgs = {label for label, t in types.items() if t is EntityType.ORGANIZATION}
    assert not {"South Africans", "New Zealanders", "Sri Lankans"} & orgs
    assert {"Social Democrats", "Free Democrats"} <= orgs
