"""A name before a region's or a town's own government ("the Ruvuma-Lindi provincial government", "the Mtwara-Lindi
regional government") is the place's, whatever the NER made of it (a person, a firm). Sentences of our own; the trap:
a firm's name before a common noun stays the firm's."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def types(ex):
    return {e.label: e.type.value for e in ex.entities}


@pytest.mark.parametrize("text, name", [
    ("Forty homes were flooded, according to the Ruvuma-Lindi provincial government.", "Ruvuma-Lindi"),
    ("Forty homes were flooded, according to the Haut-Katanga provincial government.", "Haut-Katanga"),
    ("Forty homes were flooded, the Mtwara-Lindi regional government said.", "Mtwara-Lindi"),
])
def test_a_name_before_a_regional_government_is_a_place(run, text, name):
    assert types(run(text)).get(name) == "GeopoliticalEntity"


def test_a_firm_before_its_government_contracts_stays_a_firm(run):
    assert types(run("Shares in Halvex Systems rose after it won a state government contract.")).get(
        "Halvex Systems") != "GeopoliticalEntity"
