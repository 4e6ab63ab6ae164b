"""Events in the shapes of whole stories (bench/events_wire/sentences8.json, written before the builder ran on it):
a second clause whose opening name the parser joins to the noun before "and" ("collapsed on Friday and Serbia
recalled ..."), leaving its verb with no subject."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def facts(ex):
    return {(s.subject.entity or s.subject.text, s.predicate, s.object.entity or s.object.text, s.modality.value)
            for s in ex.statements}


def test_a_name_joined_to_the_noun_before_and_opens_the_second_clause(run):
    ex = run("Talks with the union broke down in May and Ford closed the plant.")
    assert ("ford", "close", "the plant", "Asserted") in facts(ex)
    ex = run("The ceasefire collapsed on Sunday and Israel resumed its strikes on Gaza, officials said.")
    assert any(s == "israel" and p == "resume" and m == "Reported" for s, p, _, m in facts(ex))


def test_a_name_joined_to_an_object_with_no_verb_after_it_stays_an_object(run):
    ex = run("The envoy met officials from Kenya and Uganda in Nairobi on Monday.")
    assert not any(s in ("kenya", "uganda") for s, *_ in facts(ex))


@pytest.mark.parametrize("text, code", [
    ("Russia vowed retaliation against Ukraine.", "130"),
    ("Hamas promised reprisals against Israel.", "130"),
    ("Iran pledged revenge against Israel.", "138"),
])
def test_retaliation_vowed_or_promised_is_a_threat(run, text, code):
    assert {s.event_type for s in run(text).statements if s.predicate in ("vow", "promise", "pledge")} == {code}


def test_a_framework_signed_is_a_formal_agreement(run):
    ex = run("Chile and Peru signed a framework on water sharing.")
    assert {s.event_type for s in ex.statements if s.predicate == "sign"} == {"057"}


def test_debris_scattered_is_no_comment_and_a_crowd_dispersed_is_repression(run):
    ex = run("The Chinese rocket broke apart over Texas, scattering debris across Mexico.")
    assert [s.event_type for s in ex.statements if s.predicate == "scatter"] == [None]
    ex = run("Kenyan police dispersed the crowd with tear gas.")
    assert {s.event_type for s in ex.statements if s.predicate == "disperse"} == {"175"}


def test_a_vehicle_breaking_up_is_no_force_and_a_rally_broken_up_is_repression(run):
    for text in ("The ferry broke apart off the coast of Tanzania.", "The tanker broke up near Gibraltar."):
        statements = run(text).statements
        assert statements and all(s.event_type is None for s in statements), text
    ex = run("Georgian police broke up a rally outside the parliament.")
    assert {s.event_type for s in ex.statements if s.predicate == "break_up"} == {"175"}


@pytest.mark.parametrize("text, root", [
    ("Ukraine struck an oil refinery in Samara on Monday.", "19"),
    ("Russian forces seized the airport in Hostomel.", "19"),
])
def test_force_on_a_refinery_or_an_airport_is_no_own_operation(run, text, root):
    assert {(s.event_type or "")[:2] for s in run(text).statements if s.predicate in ("strike", "seize")} == {root}


def test_closing_ones_own_airports_stays_no_event(run):
    ex = run("Russia closed its airports in the south.")
    assert [s.event_type for s in ex.statements if s.predicate == "close"] == [None]


def test_the_grounds_of_an_arrest_carry_no_date_or_act_of_their_own(nlp, gazetteer):
    from kg.extract.core import extract
    from kg.types import Article

    def run(text):
        return extract(nlp(text), Article(text=text, date="2026-03-11"), gazetteer)
    dated = {s.predicate: s.date for s in run(
        "Belarus detained the blogger on charges of extremism on Tuesday.").statements}
    assert dated.get("detain") == "2026-03-10"
    ex = run("Iran arrested two French tourists on spying charges in February.")
    assert {(s.predicate, s.date) for s in ex.statements} == {("arrest", "2026-02")}


def test_a_date_after_the_act_one_answers_for_dates_the_claim(nlp, gazetteer):
    from kg.extract.core import extract
    from kg.types import Article
    text = "Al-Shabaab claimed responsibility for the attack on Tuesday."
    ex = extract(nlp(text), Article(text=text, date="2026-03-11"), gazetteer)
    assert {(s.predicate, s.date) for s in ex.statements if s.predicate == "claim"} == {("claim", "2026-03-10")}



def test_a_margin_after_by_is_no_bound_in_time():
    import spacy
    from spacy.tokens import Doc

    from kg.extract.dates import margin
    words = "Pakistan beat Kenya by 9 runs and paid them by the end .".split()
    heads = [1, 1, 1, 1, 5, 3, 1, 1, 7, 7, 11, 9, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "nummod", "pobj", "cc", "conj", "dobj", "prep", "det", "pobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert margin(doc[5]) and not margin(doc[11])


def test_a_participle_after_the_last_member_of_a_list_describes_that_member(run):
    ex = run("The World Bank and the Paris Club, chaired by France, signed an agreement with Zambia.")
    chaired = {(s.subject.entity, s.object.entity or s.object.text) for s in ex.statements if s.predicate == "chair"}
    assert chaired == {("france", "paris-club")}
