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
