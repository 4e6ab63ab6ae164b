"""Organization nodes on unseen saved pages (issue 9; bench/pages-judged-2027.tsv): the classes of wrong ones found
there (an acronym cut from the longer name it begins, a title's field taken into a body's name, a numeral or a
common noun after "its" taken for a name, a byline's job for a wire), each on sentences written here."""
from __future__ import annotations

import pytest

from kg.types import Article, EntityType

pytestmark = pytest.mark.model


def orgs(ex) -> set[str]:
    return {e.label for e in ex.entities if e.type is EntityType.ORGANIZATION}


def test_an_acronym_that_begins_a_longer_name_is_not_the_known_acronym(run):
    ex = run("Freight group EU Holm-Larsen said on Monday that it would add two ships to the route.")
    assert "EU Holm-Larsen" in orgs(ex)
    assert "European Union" not in {e.label for e in ex.entities}
    # an acronym before a title or a person's name stays the body it names
    ex = run("NATO Secretary General Mark Rutte met the ministers. FBI Director Kash Patel testified on Tuesday.")
    assert not [e for e in ex.entities if "Rutte" in e.label and e.type is EntityType.ORGANIZATION]
    assert not [o for o in orgs(ex) if "Director" in o or "Secretary" in o]


def test_a_titles_field_is_not_part_of_the_bodys_name(run):
    ex = run('"Roads are closed," said Amara Diallo, the WHO Country Representative in Mali.')
    assert not [o for o in orgs(ex) if "Country" in o]
    assert "World Health Organization" in orgs(ex)


def test_a_numeral_or_a_common_noun_after_its_is_no_name(run):
    ex = run("The council listed the old mill at grade II on Friday. Trelora Foods said it would delay its IPO "
             "until the spring, and its CFO resigned.")
    assert not {"II", "IPO", "CFO"} & orgs(ex)
    assert "Trelora Foods" in orgs(ex)


def test_a_staff_writer_in_the_byline_is_no_wire(nlp, gazetteer):
    from kg.extract.core import extract
    text = "The council approved the ferry terminal on Monday."
    ex = extract(nlp(text), Article(text=text, author="Ines Duarte, Staff Writer"), gazetteer)
    assert "Staff" not in {e.label for e in ex.entities}
    ex = extract(nlp(text), Article(text=text, author="Harbour Wire Staff"), gazetteer)
    assert "Harbour Wire" in {e.label for e in ex.entities}


def test_a_measure_or_a_drug_named_like_a_body_is_none(run):
    ex = run("Spot rates rose 8% this week, according to the Harlow Freight Rate Index, and the Meridian Consumer "
             "Confidence Barometer fell.")
    assert not [o for o in orgs(ex) if o.endswith(("Index", "Barometer"))]
    ex = run("Halden Pharma sells the injection Durazen in Europe. Durazen competes with the pill Veloxa.")
    assert not {"Durazen", "Veloxa"} & orgs(ex)
    assert "Halden Pharma" in orgs(ex)


def test_a_clause_bounding_a_time_to_come_states_no_fact(run):
    from kg.types import Modality

    def mod(text, predicate):
        return {s.modality for s in run(text).statements if s.predicate == predicate}
    assert mod("The rebels said they would keep up their raids until Norvania withdrew its troops from Kessa.",
               "withdraw") == {Modality.HYPOTHETICAL}
    assert mod("Dockworkers will stay on strike until Halvik Shipping raises their pay.", "raise") == {Modality.HYPOTHETICAL}
    # in the past, the bound happened
    assert mod("The union struck until Halvik Shipping raised their pay.", "raise") == {Modality.ASSERTED}
    assert mod("The rebels kept up their raids until Norvania withdrew its troops, the ministry said.",
               "withdraw") == {Modality.REPORTED}
