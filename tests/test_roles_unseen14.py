"""Roles and implicit relations on short news paragraphs (bench/roles_unseen batch 14's classes), on sentences of our
own: a country's adjective before a body's noun is its origin, not the body a title is held in."""
from __future__ import annotations

import pytest

from clausehelp import labelled_facts as facts

pytestmark = pytest.mark.model


def test_a_nationality_before_a_bodys_noun_is_no_body_of_the_title(run):
    got = facts(run("\"We will appeal the decision,\" said Luis Vidal, a spokesman for the Argentine mining company "
                    "Andesur."))
    assert ("Luis Vidal", "spokesperson_of", "Argentina") not in got
    assert ("Luis Vidal", "spokesperson_of", "Andesur") in got
    got = facts(run("\"We will appeal the decision,\" said Luis Vidal, a spokesman for the Chilean mining group "
                    "Andesur."))
    assert ("Luis Vidal", "spokesperson_of", "Chile") not in got


def test_a_verb_the_parser_demoted_inside_a_verbless_sentence_splits_title_and_name(run):
    # the small model reads "sacked" as an adjective and the sentence as one noun phrase: the manager sacked is no
    # chairman of Chelsea, nor Boehly's employee
    got = facts(run("Chelsea chairman Todd Boehly sacked manager Graham Potter on Sunday."))
    assert not {r for r in got if r[0] == "Graham Potter" and r[1] in ("chair_of", "employee_of")}
    got = facts(run("Ottawa Senators general manager Steve Staios fired head coach Travis Green on Monday after a run "
                    "of seven defeats."))
    assert not {r for r in got if r[0] == "Travis Green" and r[1] == "employee_of"}
    got = facts(run("The sacked manager Graham Potter said on Sunday that he had no regrets about his time at "
                    "Chelsea."))
    assert not {r for r in got if r[0] == "Graham Potter" and r[2] == "Chelsea" and r[1] != "employee_of"}


def test_a_person_by_an_artists_or_a_sportspersons_trade_is_a_person(run):
    # a name with no known given name the article makes the subject of an act stays a person when a trade no body
    # plies stands before it, so its nationality is a citizenship
    ex = run("Ugandan novelist Okot Bitekwo will deliver the keynote address at Oxford University in May.")
    assert ("Okot Bitekwo", "citizen_of", "Uganda") in facts(ex)
    assert {e.type.name for e in ex.entities if e.label == "Okot Bitekwo"} == {"PERSON"}


def test_a_city_the_text_calls_the_capital_is_the_capital_of_the_state_the_gazetteer_gives(run):
    assert ("Lima", "capital_of", "Peru") in facts(run("Protesters marched through the capital, Lima, on Saturday."))
    assert ("Kampala", "capital_of", "Uganda") in facts(run("Kampala, the capital, was calm on Sunday."))
    # another kind of capital, or a city no capital of a state: nothing
    got = facts(run("Investors gathered in the commercial capital, Lagos, on Monday."))
    assert not {r for r in got if r[1] == "capital_of"}
    got = facts(run("Farmers drove their tractors into the regional capital, Toulouse, on Monday."))
    assert not {r for r in got if r[1] == "capital_of"}


def test_a_firm_named_after_its_description_puts_its_appointee_in_its_office(run):
    got = facts(run("The German software maker Softrix appointed Jonas Weber as chief executive on Tuesday."))
    assert ("Jonas Weber", "chief_executive_of", "Softrix") in got
    got = facts(run("The German software maker Softrix appointed Jonas Weber as an adviser to Chancellor Merz."))
    assert not {r for r in got if r[0] == "Jonas Weber" and r[2] == "Softrix"}


def roles(ex, holder):
    """(predicate, object label, modality name, former) of every statement whose subject is ``holder``."""
    names = {e.key: e.label for e in ex.entities}
    return {(s.predicate, names.get(s.object.entity, s.object.text), s.modality.name,
             any(a.datatype == "former" for a in s.extra))
            for s in ex.statements if names.get(s.subject.entity, s.subject.text) == holder}


def test_a_bare_office_taken_is_in_the_body_of_the_holders_apposed_title(run):
    ex = run("Tomas Berg, chief operating officer of Nordlys Energi, will take over as chief executive in March.")
    assert ("chief_executive_of", "Nordlys Energi", "HYPOTHETICAL", False) in roles(ex, "Tomas Berg")
    ex = run("Tomas Berg, a former chief operating officer of Nordlys Energi, will take over as chief executive in "
             "March.")
    assert not {r for r in roles(ex, "Tomas Berg") if r[0] == "chief_executive_of"}


def test_a_state_office_before_a_name_makes_its_of_phrase_the_state_of_a_federation(run):
    got = facts(run("Governor Bob Ferguson of Washington signed the budget on Friday."))
    assert ("Bob Ferguson", "head_of", "Washington, D.C.") not in got
    assert ("Bob Ferguson", "head_of", "Washington State") in got or any(
        r[0] == "Bob Ferguson" and r[1] == "head_of" and r[2].startswith("Washington") and "D.C." not in r[2]
        for r in got)
