"""Names of craft (issue 9: an unknown name is better left a concept than made a wrong entity): "the Orion capsule"
names the capsule, not a body, and is no antecedent of "the agency"; sentences written here."""
from __future__ import annotations

import pytest

from kg.types import EntityType

pytestmark = pytest.mark.model


def orgs(ex) -> set[str]:
    return {e.label for e in ex.entities if e.type is EntityType.ORGANIZATION}


def test_a_name_of_a_capsule_or_rover_is_no_organisation(run):
    ex = run("The Velora space agency launched an uncrewed Kestrel capsule on a test flight that opens the agency's "
             "lunar programme. Engineers will study Kestrel's heat shield when it lands.")
    assert "Kestrel" not in orgs(ex)
    ex = run("Scientists said the Tavira rover had found clay on the crater floor. Tavira's wheels were damaged.")
    assert "Tavira" not in orgs(ex)


def test_the_agency_after_a_craft_is_the_body_that_sent_it(run):
    ex = run("NASA's rocket lifted off on Wednesday, sending an uncrewed Orion capsule on a flight that opens the "
             "agency's Artemis programme. Orion's heat shield will be studied.")
    assert "Orion" not in orgs(ex) and "NASA" in orgs(ex)


@pytest.mark.parametrize("text, name", [
    ("Airlines grounded their Boeing jets on Friday, and the company said it would inspect them.", "Boeing"),
    ("The European Commission opened an EU probe into Meta on Monday.", "European Union"),
    ("Zelvar Aerospace built the Kestrel capsule, and Zelvar Aerospace said it would build two more.",
     "Zelvar Aerospace"),
])
def test_a_maker_before_its_craft_stays_a_body(run, text, name):
    assert name in orgs(run(text))
