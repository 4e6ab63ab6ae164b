"""Lists of actors that lost members (issue 9, coordination): the members an "including" phrase names, on a subject
or an object ("Several firms, including Siemens, ABB and Vexa, bid"). Sentences of our own;
bench/coord_unseen/batch3.json holds 72 more (155 expected statements, 125 wrong ones as traps), written before the
builder ran on them."""
from __future__ import annotations

from pathlib import Path

import pytest

from clausehelp import score_cases

pytestmark = pytest.mark.model

BATCH = Path(__file__).resolve().parent.parent / "bench" / "coord_unseen" / "batch3.json"


def triples(ex) -> set[tuple]:
    return {(s.subject.entity, s.predicate, s.object.entity, s.polarity.value) for s in ex.statements}


def test_each_member_an_including_phrase_lists_on_the_subject_acts(run):
    got = triples(run("Several carmakers, including Toyota, Kelvaro Motors and Nissan, bid for the Lisbon contract."))
    subjects = {s for s, p, _, _ in got if p == "bid_for"}
    assert {"toyota", "kelvaro-motors", "nissan"} <= subjects


def test_each_member_an_including_phrase_lists_on_the_object_is_acted_on(run):
    got = triples(run("The European Union sanctioned several Russian banks, including Sberbank and VTB."))
    assert {("european-union", "sanction", "sberbank", "Positive"),
            ("european-union", "sanction", "vtb", "Positive")} <= got


def test_an_including_phrase_of_places_makes_no_place_an_actor(run):
    got = triples(run("Several unions, including Unite in Leeds and the GMB in York, rejected the pay offer."))
    assert not any(s in ("leeds", "york") for s, _, _, _ in got)


def test_the_members_after_as_well_as_in_a_subject_each_act(run):
    got = triples(run("Unilever as well as Nestle and Danone reported falling sales in Brazil."))
    assert {s for s, p, _, _ in got if p == "report"} >= {"unilever", "nestle", "danone"}


def test_a_member_after_as_well_as_set_off_by_commas_acts(run):
    got = triples(run("Tesco, as well as Asda, criticised the plan."))
    assert {s for s, p, _, _ in got if p == "criticise"} == {"tesco", "asda"}


def test_a_co_agent_after_along_with_inside_the_subject_acts_without_commas(run):
    got = triples(run("Siemens along with Bosch will close plants in Germany."))
    assert {s for s, p, _, _ in got if p == "close"} == {"siemens", "bosch"}


def test_together_with_after_the_object_adds_no_co_agent(run):
    # "met Macron together with aides": who the aides came with, the text does not say
    got = triples(run("Vladimir Putin met Emmanuel Macron together with Sergei Lavrov."))
    assert not any(s == "sergei-lavrov" for s, _, _, _ in got)
