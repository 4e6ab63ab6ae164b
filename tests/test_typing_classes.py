"""Entity typing by class, on sentences written for these tests (none from the eval sets): products left as
concepts (kg/extract/finding.py), and the paragraphs of tests/data/typing/paragraphs-2.json, written with their
expected nodes before the builder ran on them."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def names(ex):
    return {n for e in ex.entities for n in (e.label, *e.aliases)}


@pytest.mark.parametrize("text, product", [
    ("Carvex said Lumora, its blood-pressure pill, would reach pharmacies in June.", "Lumora"),
    ("Regulators approved Tessivax, a treatment for shingles made by Orlen Bio.", "Tessivax"),
    ("Pondly launched Quill, a budgeting app for teenagers, in Ireland on Monday.", "Quill"),
    ("Drivers complained that Glide, its lane-keeping system, braked without reason.", "Glide"),
    ("The freighter Morning Star lost power off Crete, the coast guard said.", "Morning Star"),
    ("Vanta Labs will ship Orion PCs with a new chip next year.", "Orion"),
    ("Shoppers queued for hours to buy a new Nexo Phone in Seoul.", "Nexo Phone"),
])
def test_a_product_is_left_a_concept(run, text, product):
    ex = run(text)
    assert product not in names(ex), [(e.label, e.type) for e in ex.entities]


@pytest.mark.parametrize("text, firm", [
    ("Carvex, a drug maker based in Lyon, cut 300 jobs on Monday.", "Carvex"),
    ("Orlen Bio said on Friday that it had hired 40 scientists.", "Orlen Bio"),
    ("Investors sold shares of Pondly, the company that makes budgeting software.", "Pondly"),
])
def test_a_firm_described_after_a_comma_stays_an_entity(run, text, firm):
    assert firm in names(run(text))
