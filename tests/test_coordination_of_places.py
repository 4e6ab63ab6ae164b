"""A list of firms each with where it is from, "A of Japan and Korea's B": the parser may hang the second firm on the
first one's place; it is a member of the list as the first firm is, and acts with it."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,predicate,second", [
    ("Hyundai of South Korea and Japan's Toyota raised prices on Monday.", "raise", "Toyota"),
    ("Cosco Shipping of China and Germany's Hapag-Lloyd did not respond to requests for comment.", "respond_to",
     "Hapag-Lloyd"),
])
def test_the_second_firm_of_a_list_with_places_acts_too(run, text, predicate, second):
    ex = run(text)
    labels = {e.key: e.label for e in ex.entities}
    subjects = {labels.get(s.subject.entity) for s in ex.statements if s.predicate == predicate}
    assert second in subjects, subjects


def test_a_firm_the_ner_ran_on_into_its_country_is_cut_before_of(run):
    ex = run("Vestas of Denmark and Germany's Nordex won the contract on Monday. Vestas will build 60 turbines.")
    labels = {e.label: e.type.name for e in ex.entities}
    assert "Vestas of Denmark" not in labels and labels.get("Vestas") == "ORGANIZATION", labels
    assert labels.get("Denmark") == "GPE", labels


def test_a_name_of_that_form_stays_whole(run):
    labels = {e.label for e in run("Burkina Faso suspended Voice of America on Monday.").entities}
    assert "Voice of America" in labels, labels
