"""Offices taken, held, left and handed on by verbs: the complement of a verb of installing ("named X chief
executive"), the attribute of "be"/"become"/"remain", succession ("X succeeded Y as"), and offices not taken yet
("will take over as", "tipped to replace Y as"), which are never facts."""
from __future__ import annotations

import pytest

from kg.extract.roles import ROLES
from kg.types import Polarity


def roles(ex) -> dict[tuple, tuple]:
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text)):
            ("former" if any(a.datatype == "former" for a in s.extra) else s.modality.value, s.polarity)
            for s in ex.statements if s.predicate in ROLES}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Kestrel Foods appointed Ruth Adler interim chief executive on Monday.", ("Ruth Adler", "chief_executive_of", "Kestrel Foods")),
    ("Maria Costa was elected president of Banco Meridiano last week.",
     ("Maria Costa", "head_of", "Banco Meridiano")),
    ("Ines Varga became governor of the National Bank of Hungary in 2019.",
     ("Ines Varga", "head_of", "Hungarian National Bank")),
    ("Piet Vos is the chairman of Rotterlink Logistics.", ("Piet Vos", "chair_of", "Rotterlink Logistics")),
    ("Estonia is a member of NATO.", ("Estonia", "member_of", "NATO")),
    ("Ruth Adler remains chief executive of Kestrel Foods despite the losses.",
     ("Ruth Adler", "chief_executive_of", "Kestrel Foods")),
    ("Olena Marchuk succeeded Ivan Petrenko as chairman of Dnipro Steel in 2022.",
     ("Olena Marchuk", "chair_of", "Dnipro Steel")),
    ("Erik Solberg will step down as chairman of Fjellnett at the end of the year.",
     ("Erik Solberg", "chair_of", "Fjellnett")),
])
def test_offices_held(run, text, expected):
    found = roles(run(text))
    assert found.get(expected) == ("Asserted", Polarity.POSITIVE), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Olena Marchuk succeeded Ivan Petrenko as chairman of Dnipro Steel in 2022.",
     ("Ivan Petrenko", "chair_of", "Dnipro Steel")),
    ("Erik Solberg stepped down as chairman of Fjellnett on Monday.", ("Erik Solberg", "chair_of", "Fjellnett")),
    ("Erik Solberg was forced to resign as chairman of Fjellnett.", ("Erik Solberg", "chair_of", "Fjellnett")),
])
def test_offices_left(run, text, expected):
    assert roles(run(text)).get(expected, (None,))[0] == "former"


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Erik Solberg will take over as chairman of Fjellnett in March.", ("Erik Solberg", "chair_of", "Fjellnett")),
    ("Karim Nasser is set to be named chief executive of Oasis Telecom.",
     ("Karim Nasser", "chief_executive_of", "Oasis Telecom")),
    ("Greta Holm, tipped to replace Jan Berg as chief executive of Nordbank, declined to comment.",
     ("Greta Holm", "chief_executive_of", "Nordbank")),
    ("The prime minister nominated Aiko Sato to succeed Ken Mori as governor of the Central Bank of Ruritania.",
     ("Aiko Sato", "head_of", "Central Bank of Ruritania")),
    ("Ines Varga is expected to become the next governor of the National Bank of Hungary.",
     ("Ines Varga", "head_of", "Hungarian National Bank")),
])
def test_offices_not_taken_yet_are_hypothetical(run, text, expected):
    found = roles(run(text))
    assert found.get(expected, (None,))[0] == "Hypothetical", found
    assert all(m != "Asserted" for (s, _, o), (m, _) in found.items() if s == expected[0] and o == expected[2])


@pytest.mark.model
def test_the_one_to_be_replaced_holds_the_office_now(run):
    found = roles(run("Greta Holm, tipped to replace Jan Berg as chief executive of Nordbank, declined to comment."))
    assert found.get(("Jan Berg", "chief_executive_of", "Nordbank")) == ("Asserted", Polarity.POSITIVE)


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    ("Erik Solberg refused to resign as chairman of Fjellnett.", "Erik Solberg"),
    ("Erik Solberg plans to step down as chairman of Fjellnett.", "Erik Solberg"),
    ("President Anna Lind appointed Oskar Berg governor on Tuesday.", "Oskar Berg"),
])
def test_no_office_from_an_undone_leaving_or_a_persons_appointment(run, text, person):
    found = roles(run(text))
    assert not [k for k, (m, pol) in found.items() if k[0] == person and m == "Asserted"], found


@pytest.mark.model
def test_a_copula_title_is_held_in_the_body_not_the_description(run):
    ex = run("Piet Vos is the chairman of Rotterlink Logistics.")
    objects = [s.object for s in ex.statements if s.predicate in ROLES]
    assert objects and all(o.entity for o in objects)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The board of Halvik Mining chose Helga Moen to lead the company from May.", ("Helga Moen", "head_of", "Halvik")),
    ("Tomas Brand hopes to lead the Liberal Union one day.", ("Tomas Brand", "head_of", "Liberal Union")),
])
def test_a_role_verb_in_an_infinitive_is_an_office_not_taken_yet(run, text, expected):
    found = {(s, p, o): m for (s, p, o), (m, _) in roles(run(text)).items()}
    hits = [m for (s, p, o), m in found.items() if s == expected[0] and p == expected[1] and expected[2] in o]
    assert hits and all(m == "Hypothetical" for m in hits), found


@pytest.mark.model
def test_whom_a_verb_of_choosing_chose_is_who_is_to_act(run):
    ex = run("The board of Halvik Mining chose Helga Moen to lead the company from May.")
    names = {e.key: e.label for e in ex.entities}
    leads = [names.get(s.subject.entity, s.subject.text) for s in ex.statements if s.predicate_label == "lead"]
    assert leads == ["Helga Moen"]


@pytest.mark.model
@pytest.mark.parametrize("text, expected, state", [
    ("Outgoing Halcor Bank chairman Paul Wren said profits had doubled.", ("Paul Wren", "chair_of", "Halcor Bank"),
     "Asserted"),
    ("Ex-Valdor FC manager Ian Crowe has joined a rival club.", ("Ian Crowe", "employee_of", "Valdor FC"), "former"),
])
def test_an_office_word_before_a_body_is_no_part_of_its_name(run, text, expected, state):
    ex = run(text)
    assert not [e.label for e in ex.entities if e.label.lower().startswith(("outgoing", "ex"))]
    assert roles(ex).get(expected, (None,))[0] == state, roles(ex)


@pytest.mark.model
@pytest.mark.parametrize("text, expected, state", [
    ("Leila Haddad joined Cedar Telecom as chief operating officer in 2019.",
     ("Leila Haddad", "employee_of", "Cedar Telecom"), "Asserted"),
    ("Marco Vitti was fired as coach of Atletico Lugano on Monday.",
     ("Marco Vitti", "coach_of", "Atletico Lugano"), "former"),
    ("Karin Holt, who succeeded Peter Lund as chairman of Nordic Mills in 2021, defended the plan.",
     ("Karin Holt", "chair_of", "Nordic Mills"), "Asserted"),
    ("Karin Holt, who succeeded Peter Lund as chairman of Nordic Mills in 2021, defended the plan.",
     ("Peter Lund", "chair_of", "Nordic Mills"), "former"),
    ("Tomas Berg was appointed to the board of Kestrel Foods in March.",
     ("Tomas Berg", "member_of", "Kestrel Foods"), "Asserted"),
])
def test_joined_removed_succeeded_and_seated(run, text, expected, state):
    found = roles(run(text))
    assert found.get(expected, (None,))[0] == state, found


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    ("Marco Vitti was not fired as coach of Atletico Lugano.", "Marco Vitti"),
    ("Marco Vitti could be fired as coach of Atletico Lugano.", "Marco Vitti"),
])
def test_a_removal_not_done_says_nothing_of_the_office(run, text, person):
    assert not [k for k in roles(run(text)) if k[0] == person]


@pytest.mark.model
def test_an_office_of_a_state_named_after_its_holder(run):
    found = roles(run("Interior Minister Jorge Vidal of Chile visited the border on Friday."))
    assert found.get(("Jorge Vidal", "minister_of", "Chile"), (None,))[0] == "Asserted", found
    found = roles(run("Professor Ana Ruiz of Valencia criticised the plan."))
    assert not [k for k in found if k[0] == "Ana Ruiz" and k[1] in ("head_of", "minister_of")], found


@pytest.mark.model
def test_a_past_copula_office_is_former(run):
    found = roles(run("Pablo Ortega, who was president of Iberian Cement, will join Vantor Group as chairman."))
    assert found.get(("Pablo Ortega", "head_of", "Iberian Cement"), (None,))[0] == "former", found
    assert found.get(("Pablo Ortega", "chair_of", "Vantor Group"), (None,))[0] == "Hypothetical", found
