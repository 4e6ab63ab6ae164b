"""Roles: titles, appositions and relative clauses state a closed set of role relations, declared in kg.ttl."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from kg.extract.roles import ROLES, role_of
from kg.rdf.namespaces import KGP
from kg.types import Argument, Statement

ONTOLOGY = Path(__file__).resolve().parent.parent / "kg" / "ontologies" / "kg.ttl"
WDT = "http://www.wikidata.org/prop/direct/"


@pytest.mark.parametrize("predicate, role", [
    ("president_of", "head_of"), ("be_head_of", "head_of"), ("prime_minister_of", "head_of"),
    ("mayor_of", "head_of"), ("director_general_of", "head_of"), ("chief_executive_of", "chief_executive_of"),
    ("ceo_of", "chief_executive_of"), ("chairwoman_of", "chair_of"), ("foreign_minister_of", "minister_of"),
    ("attorney_general_of", "minister_of"), ("deputy_governor_of", "member_of"), ("spokeswoman_of", "spokesperson_of"),
    ("press_secretary_of", "spokesperson_of"), ("lawyer_of", "lawyer_of"), ("ambassador_of", "representative_of"),
    ("head_coach_of", "coach_of"), ("analyst_of", "employee_of"), ("consider", None), ("pull_out_of", None),
])
def test_titles_map_onto_the_closed_set(predicate, role):
    assert role_of(predicate) == role


def test_every_role_is_declared_and_aligned_in_the_ontology():
    g = Graph().parse(ONTOLOGY)
    for key, (label, props) in ROLES.items():
        prop = KGP[key]
        assert Literal(label, lang="en") in set(g.objects(prop, RDFS.label)), key
        aligned = set(g.objects(prop, RDFS.subPropertyOf)) | set(g.objects(prop, SKOS.closeMatch))
        assert {URIRef(WDT + p) for p in props} <= aligned, key


def test_a_former_role_is_no_fact():
    st = Statement(subject=Argument("X", entity="x"), predicate="head_of", predicate_label="governor of",
                   object=Argument("Y", entity="y"), extra=(Argument("former", datatype="former"),))
    assert not st.is_fact
    assert Statement(subject=st.subject, predicate="head_of", predicate_label="governor of", object=st.object).is_fact


def roles(ex) -> set[tuple]:
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text),
             "former" if not s.is_fact and s.polarity.value == "Positive" else "")
            for s in ex.statements if s.predicate in ROLES}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Halvorsen Foods chief executive Ingrid Dahl opened a plant in Oslo.",
     ("Ingrid Dahl", "chief_executive_of", "Halvorsen Foods", "")),
    ("Chidi Okafor, Zenith Bank's boss, met the regulators.", ("Chidi Okafor", "head_of", "Zenith Bank", "")),
    ("Ms Reyes, who heads the Federal Aviation Administration, resigned on Friday.",
     ("Reyes", "head_of", "Federal Aviation Administration", "")),
    ("Mark Lindell, the former governor of Ohio, criticised the budget.", ("Mark Lindell", "head_of", "Ohio", "former")),
    ("Kremlin spokesman Dmitry Peskov denied the report.", ("Dmitry Peskov", "spokesperson_of", "Kremlin", "")),
    ("Clara Jansen of the Green Party won the vote.", ("Clara Jansen", "member_of_party", "Green Party", "")),
])
def test_titles_appositions_and_relatives_state_roles(run, text, expected):
    assert expected in roles(run(text))


@pytest.mark.model
def test_a_multiword_title_is_not_split(run):
    ex = run("Attorney General Ruth Abbot and Foreign Minister Pavel Novak met in Prague.")
    assert not [s for s in ex.statements if s.object.text in ("Attorney", "Foreign", "General")]
    ex = run("Polish Foreign Minister Pavel Novak met the press.")
    assert ("Pavel Novak", "minister_of", "Poland", "") in roles(ex)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a title held in a possessive pronoun or a possessed description
    ("The Social Democrats won four seats. Their leader, Femke Halsema, thanked the voters.",
     ("Femke Halsema", "head_of", "Social Democrats", "")),
    ("The Nordic Dockers Union called a strike. The union's leader, Lars Eklund, said talks had failed.",
     ("Lars Eklund", "head_of", "Nordic Dockers Union", "")),
    # the organisation inside a multiword title
    ("ESA Director General Josef Aschbacher opened the centre.", ("Josef Aschbacher", "head_of", "European Space Agency", "")),
])
def test_possessed_and_multiword_titles(run, text, expected):
    assert expected in roles(run(text))


@pytest.mark.model
def test_an_unresolved_possessive_is_no_role(run):
    ex = run("Their leader, Femke Halsema, thanked the voters.")
    assert not [s for s in ex.statements if s.object.text.lower() == "their"]


@pytest.mark.model
def test_a_persons_lawyer(run):
    ex = run("Tom Hale was convicted on Monday. His lawyer, Ruth Ames, said her client would appeal.")
    assert ("Ruth Ames", "lawyer_of", "Tom Hale", "") in roles(ex)
    # a deputy is no role held in a person
    ex = run("Governor Ken Aso and his deputy, Rio Hama, spoke.")
    assert not [r for r in roles(ex) if r[2] == "Ken Aso"]


@pytest.mark.model
def test_a_governor_of_a_bank_of_somewhere(run):
    ex = run("The Bank of Valdoria raised its main rate on Thursday. Governor Hana Sato said the Bank would act "
             "again if prices kept rising. The Bank expects inflation to fall next year.")
    assert ("Hana Sato", "head_of", "Bank of Valdoria", "") in roles(ex)


@pytest.mark.model
def test_its_in_a_title_is_the_body_that_heads_the_sentence_before(run):
    # "its" of a title after a sentence whose subject is a multiword name ("the X of Y"): that subject, not
    # the name the sentence acts on
    ex = run("The Harbour Trust opened a new terminal. The Federation of Small Traders, a lobby group, attacked "
             "the Trust for raising its fees. Its chief economist, Omar Lindqvist, said shops would close.")
    assert ("Omar Lindqvist", "employee_of", "Federation of Small Traders", "") in roles(ex)
    assert not [r for r in roles(ex) if r[0] == "Omar Lindqvist" and r[2] == "Harbour Trust"]


@pytest.mark.model
def test_an_unsaid_seat_is_guessed_for_the_office_itself_only(run):
    text = ("The Bank of Valdoria raised its main rate on Thursday. Governor Hana Sato said the Bank would act. "
            "Deputy governor Ivo Lenz voted against the rise. The Bank expects inflation to fall next year.")
    found = roles(run(text))
    assert ("Hana Sato", "head_of", "Bank of Valdoria", "") in found
    assert ("Ivo Lenz", "member_of", "Bank of Valdoria", "") in found      # a deputy governor is no head
    assert not [r for r in found if r[0] == "Ivo Lenz" and r[1] == "head_of"]
    # a former office holds no seat now
    ex = run("Valdoria voted on Sunday. The party of former president Carlos Ibarra won in Valdoria and in the "
             "capital of Valdoria, while Valdoria's neighbours watched.")
    assert not [r for r in roles(ex) if r[0] == "Carlos Ibarra"]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a title whose of-phrase is its own ("chief of staff", "Secretary of State")
    ("The British Secretary of State, James Tully, visited Oslo.", ("James Tully", "minister_of", "United Kingdom", "")),
    ("Tomas Vik, the Danish minister of state, resigned.", ("Tomas Vik", "minister_of", "Denmark", "")),
    # the name a body's description is made of
    ("Ana Paz, the candidate of the Green Future movement, conceded on Sunday.",
     ("Ana Paz", "member_of", "Green Future", "")),
    # a title shared by two conjoined nouns
    ("Dana Lutz won the final, and she thanked her husband and coach, Marek Olsen, for his patience.",
     ("Marek Olsen", "coach_of", "Dana Lutz", "")),
    # an office taken, held or left "as"
    ("Weeks after Ruth Kamau was sworn in as Kenyan president, the talks resumed.",
     ("Ruth Kamau", "head_of", "Kenya", "")),
    ("Kestrel Airways appointed Olaf Brandt as its chief executive on Monday.",
     ("Olaf Brandt", "chief_executive_of", "Kestrel Airways", "")),
    ("Rita Moreau resigned as chairwoman of Valdor Bank in March.", ("Rita Moreau", "chair_of", "Valdor Bank", "former")),
    ("Ines Roth served as president of the Baltic Chess Federation until 2019.",
     ("Ines Roth", "head_of", "Baltic Chess Federation", "former")),
])
def test_titles_of_phrases_conjuncts_and_offices_taken_as(run, text, expected):
    assert expected in roles(run(text))


@pytest.mark.model
def test_her_chief_of_staff_is_no_head_of_staff(run):
    ex = run("Senator Ada Morgan was charged on Monday. Her chief of staff, Linda Ruiz, was charged too.")
    assert ("Linda Ruiz", "employee_of", "Ada Morgan", "") in roles(ex)
    assert not [s for s in ex.statements if s.object.text == "staff"]


@pytest.mark.model
def test_a_title_under_a_person_is_no_office_in_a_body(run):
    ex = run("Governor Ken Aso and his deputy, Ryo Hamada, signalled a rate rise.")
    found = {(s.subject.text, s.predicate, s.object.text) for s in ex.statements}
    assert ("Ryo Hamada", "deputy_of", "his") in found
    assert not [r for r in roles(ex) if r[0] == "Ryo Hamada"]


@pytest.mark.model
def test_no_office_from_an_as_phrase_without_a_named_holder_or_a_body(run):
    assert not roles(run("The plan was chosen as leader of the pack."))
    ex = run("Lena Fisk was not elected as president of the Nordic Chess Federation.")
    assert not [s for s in ex.statements if s.predicate == "head_of" and s.is_fact]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a possessor that is also a title word elsewhere ("Labour Minister") is the body here
    ("Labour's candidate, Ruth Ames, a former teacher and local councillor, won the seat.",
     ("Ruth Ames", "member_of_party", "Labour Party", "")),
    # a lower-case word inside a title is the title's own, and a titled subject of "said" is no report's source
    ("Halvorsen Foods chief marketing officer Ingrid Dahl said sales had doubled.",
     ("Ingrid Dahl", "employee_of", "Halvorsen Foods", "")),
])
def test_possessors_and_inner_title_words(run, text, expected):
    assert expected in roles(run(text))
    labels = {s.predicate_label for s in run(text).statements if s.predicate == expected[1]}
    assert labels <= {"candidate of", "chief marketing officer of"}


def test_the_gazetteer_knows_the_state_of_a_politician(tmp_path):
    from kg.gazetteer import Gazetteer, default_path, read_gazetteer_file
    path = tmp_path / "people.jsonl"
    path.write_text('{"label": "Ana Ruiz", "type": "Person", "kind": "person", "country": "Chile"}\n'
                    '{"label": "Chile", "type": "GeopoliticalEntity", "kind": "country"}\n', encoding="utf-8")
    gaz = Gazetteer(read_gazetteer_file(path))
    assert gaz.country_of(gaz.lookup("Ana Ruiz")).label == "Chile"
    assert gaz.country_of(gaz.lookup("Chile")) is None
    shipped = Gazetteer(read_gazetteer_file(default_path()))
    for entry in (e for e in read_gazetteer_file(default_path()) if e.country):
        assert shipped.country_of(entry) is not None, entry.label      # every state named is an entry


@pytest.mark.model
def test_a_known_politicians_bare_title_is_held_in_their_state(run):
    ex = run("The two sides signed the accord in Geneva. Secretary of State Antony Blinken praised both ministers, "
             "and Chancellor Olaf Scholz called it a first step.")
    found = roles(ex)
    assert ("Antony Blinken", "minister_of", "United States", "") in found
    assert ("Olaf Scholz", "head_of", "Germany", "") in found
    # a former office, or a title that is no national office, says nothing
    ex = run("Former President Donald Trump and Senator Bernie Sanders spoke in Ohio.")
    assert not [r for r in roles(ex) if r[0] in ("Donald Trump", "Bernie Sanders")]


@pytest.mark.model
def test_a_title_with_a_bare_body_noun_is_held_in_the_body_the_text_calls_so(run):
    ex = run("The Conservative Party blamed the low turnout. Party chairman Tom Hale denied that the result was a "
             "verdict.")
    assert ("Tom Hale", "chair_of", "Conservative Party", "") in roles(ex)
    assert not [s for s in ex.statements if s.object.text == "Party"]
    # a body the sentence before does not call a union is not "Union president"'s
    ex = run("Kestrel Airways cut 200 jobs. Union president Paul Rand said workers would strike.")
    assert not [r for r in roles(ex) if r[0] == "Paul Rand"]
