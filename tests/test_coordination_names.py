"""A name with "and" inside ("Trinidad and Tobago", "Procter and Gamble") that the entity spans mark as one name is
one argument whose text is the whole name, not two conjuncts; two names joined by "and" stay two. Sentences of our
own."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(nlp, gazetteer):
    from kg.extract.core import extract
    from kg.types import Article

    def go(text):
        ex = extract(nlp(text), Article(text=text, date="2026-05-04"), gazetteer)
        return sorted((s.subject.text, s.predicate, s.object.text) for s in ex.statements)
    return go


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Antigua and Barbuda ratified the fisheries treaty.",
     [("Antigua and Barbuda", "ratify", "the fisheries treaty")]),
    ("Procter and Gamble raised its prices.", [("Procter and Gamble", "raise", "its prices")]),
    ("Honduras sued Procter and Gamble.", [("Honduras", "sue", "Procter and Gamble")]),
    ("The fisheries treaty was ratified by Trinidad and Tobago and Jamaica.",
     [("Jamaica", "ratify", "The fisheries treaty"), ("Trinidad and Tobago", "ratify", "The fisheries treaty")]),
    ("Serbia and Bosnia and Herzegovina ratified the fisheries treaty.",
     [("Bosnia and Herzegovina", "ratify", "the fisheries treaty"), ("Serbia", "ratify", "the fisheries treaty")]),
])
def test_a_name_with_and_inside_is_one_argument(run, text, expected):
    assert run(text) == expected


@pytest.mark.model
def test_two_names_joined_by_and_stay_two(run, rows):
    assert run("Norway and Iceland ratified the fisheries treaty.") == [
        ("Iceland", "ratify", "the fisheries treaty"), ("Norway", "ratify", "the fisheries treaty")]
    assert {r[0] for r in rows("Norway and Iceland ratified the fisheries treaty.")} == {"Norway", "Iceland"}


@pytest.mark.model
def test_a_list_the_ner_ran_into_one_name_stays_a_list(run):
    # the NER may run a list into one name; the finder splits it, and so do the arguments
    got = run("Sovereign Housing, Sanctuary and Hyde pledged to build 2,000 homes.")
    assert {g[0] for g in got if g[1] == "pledge"} == {"Sovereign Housing", "Sanctuary", "Hyde"}
