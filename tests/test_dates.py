"""Statement dates: kg:date and kg:datePrecision from the text's own time expressions, never from the date line."""
from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from kg.rdf.build import to_graph
from kg.rdf.namespaces import KG
from kg.types import Argument, Article, Entity, EntityType, Extraction, Statement
from kg.validate import validate_graph


def hand_extraction(date=None, precision=None) -> Extraction:
    article = Article(text="Acme sued Bolt last week.", headline="Acme sues", date="2022-02-23")
    st = Statement(subject=Argument("Acme", entity="acme"), predicate="sue", predicate_label="sue",
                   object=Argument("Bolt", entity="bolt"), sentence=article.text, char_end=len(article.text),
                   date=date, date_precision=precision)
    ents = (Entity("acme", "Acme", EntityType.ORGANIZATION), Entity("bolt", "Bolt", EntityType.ORGANIZATION))
    return Extraction(article=article, entities=ents, statements=(st,))


@pytest.mark.parametrize("date, precision, datatype", [
    ("2022-02-14", "week", XSD.date), ("2022-02-21", "day", XSD.date), ("2022-01", "month", XSD.gYearMonth),
    ("2014", "year", XSD.gYear)])
def test_dated_statement_is_typed_and_conforms(date, precision, datatype):
    g = to_graph(hand_extraction(date, precision))
    (st,) = g.subjects(KG.date, None)
    assert g.value(st, KG.date) == Literal(date, datatype=datatype)
    assert g.value(st, KG.datePrecision) == Literal(precision)
    conforms, report = validate_graph(g)
    assert conforms, report


def test_undated_statement_has_no_date():
    g = to_graph(hand_extraction())
    assert not list(g.subject_objects(KG.date)) and not list(g.subject_objects(KG.datePrecision))


@pytest.mark.parametrize("breakage", [
    lambda g, s: g.set((s, KG.date, Literal("21 February 2022"))),
    lambda g, s: g.add((s, KG.date, Literal("2021", datatype=XSD.gYear))),
    lambda g, s: g.set((s, KG.datePrecision, Literal("fortnight"))),
], ids=["plain-string", "two-dates", "bad-precision"])
def test_shapes_refuse_bad_dates(breakage):
    g = to_graph(hand_extraction("2022-02-14", "week"))
    (st,) = g.subjects(KG.date, None)
    breakage(g, st)
    conforms, _ = validate_graph(g)
    assert not conforms


# ----------------------------------------------------------------------------------------- with the parser

@pytest.fixture(scope="module")
def dated(nlp, gazetteer):
    """(predicate, date, precision) of every statement extracted from one article dated Wednesday 2023-03-15."""
    from kg.extract.core import extract

    def run(body: str, date: str = "2023-03-15") -> set[tuple[str, str | None, str | None]]:
        article = Article(text=body, headline="Test", date=date)
        statements = extract(nlp(body), article, gazetteer).statements
        return {(st.predicate, st.date, st.date_precision) for st in statements}
    return run



@pytest.mark.model
@pytest.mark.parametrize("body, expected", [
    ("The European Union warned Google on Monday.", ("warn", "2023-03-13", "day")),
    ("Toyota bought Nissan in 2019.", ("buy", "2019", "year")),
    ("Germany signed the accord last week.", ("sign", "2023-03-06", "week")),
    ("Siemens sued Alstom in December.", ("sue", "2022-12", "month")),
    ("Siemens said on Tuesday that Alstom was breaching the contract.", ("breach", "2023-03-14", "day")),
    ("Boeing will meet Airbus on Friday.", ("meet", "2023-03-17", "day")),
    ("Oxfam urged Nestle not to sell the plant before Unilever finished its audit in June.",
     ("finish", "2023-06", "month")),
    ("Unilever finished its audit in June.", ("finish", "2022-06", "month")),
    ("Pfizer fired Moderna's lawyers late on Sunday and thanked Novartis.", ("thank", "2023-03-12", "day")),
    ("Canada beat Mexico on Saturday, eliminating Brazil.", ("eliminate", "2023-03-11", "day")),
    # the lede dates the occasion once; a later clause of the same kind about the same target is that occasion
    ("A bridge near Kharkiv was destroyed early on Tuesday. Ukraine accused Russia of blowing up the bridge.",
     ("blow_up", "2023-03-14", "day")),
    ("Farmers made an appeal to Emmanuel Macron for Paris to help them earlier on Monday. Their leader, Jean Dupont, "
     "asked Macron to cut fuel taxes.", ("ask", "2023-03-13", "day")),
    # a date the parser hung on a noun that names no event (a time, a gulf) dates the verb above it
    ("Norway left the Kyoto Protocol for a second time in January.", ("leave", "2023-01", "month")),
    ("Iran seized a Greek tanker in the Strait of Hormuz on Monday.", ("seize", "2023-03-13", "day")),
    # a base form with a singular subject is a past ("it forecast", "the bank cut"): last May, not next
    ("In May it forecast that Vexa would run a deficit, Ofwat said.", ("forecast", "2022-05", "month")),
    # an event noun won or granted is the verb's own event: the date beside what it is for dates the verb
    ("Vinci won approval for a new terminal in January.", ("win", "2023-01", "month")),
    # what is still to be done is no past event: a past date beside it dates the verb holding its noun
    ("Italy expelled the first group of diplomats to be sent home on Monday.", ("expel", "2023-03-13", "day")),
    ("Ghana raised the fee it charges Total by 10 percent on Monday.", ("raise", "2023-03-13", "day")),
    # the day an announced measure takes effect is its date
    ("Mexico will impose duties on Chinese steel from April 1, Marcelo Ebrard said.", ("impose", "2023-04-01", "day")),
    # a date in the phrase of where something was sent or given ("to" labelled dative) dates the verb
    ("China sent two warships to the disputed atoll on Thursday.", ("send", "2023-03-09", "day")),
])
def test_text_dates_statements(dated, body, expected):
    assert expected in dated(body)


@pytest.mark.model
@pytest.mark.parametrize("body, predicate", [
    ("The European Union warned Google.", "warn"),                               # no date in the text
    ("Siemens said on Tuesday that Alstom had breached the contract.", "breach"),  # pluperfect content
    ("Russia has controlled Crimea since 2014.", "control"),                      # an interval's start
    ("Apple must answer Samsung by May 22.", "answer"),                           # a deadline
    ("Greece criticised Ukraine's 2014 revolution.", "criticise"),                 # a date of a noun
    ("Chelsea has not ruled out a bid for Arsenal in May.", "rule_out"),           # present perfect: the noun's
    ("A bridge near Kharkiv was destroyed on Tuesday. Russia has bombed the bridge before.", "bomb"),
    ("A bridge near Kharkiv was destroyed on Tuesday. Russia will bomb the bridge again.", "bomb"),
    ("Airbus approved plans for a summit with Boeing in May.", "approve"),          # the summit's date
    ("Ireland will amend the Wildlife Act of 1976.", "amend"),                      # a date in a name
    ("Mexico will ban imports of Chinese steel from 2024 to 2026.", "ban"),          # a range
    ("Kenya repealed the Finance Bill of 2024.", "repeal"),
])
def test_no_date_where_the_text_gives_none(dated, body, predicate):
    found = [d for p, d, _ in dated(body) if p == predicate]
    assert found and all(d is None for d in found)


@pytest.mark.model
def test_an_announced_occasion_does_not_date_a_past_one(dated):
    found = dated("Joe Biden will meet Xi Jinping on Friday. Kamala Harris met Xi Jinping in Lima.")
    assert ("meet", "2023-03-17", "day") in found and ("meet", None, None) in found


@pytest.mark.model
@pytest.mark.parametrize("body, expected, absent", [
    # a date heading the sentence frames every clause coordinated with it, whatever their subjects
    ("In 2019 Brazil signed the pact and Chile rejected it.", ("reject", "2019", "year"), None),
    ("On Monday Oxfam sued Nestle, and Unilever dropped the brand until June.", ("drop", "2023-03-13", "day"), None),
    # a date after the first verb is that clause's own
    ("Brazil signed the pact in 2019 and Chile rejected it.", None, ("reject", "2019", "year")),
    # a conjunct with a time of its own keeps it
    ("In 2019 Brazil signed the pact and Chile rejected it last week.", ("reject", "2023-03-06", "week"),
     ("reject", "2019", "year")),
])
def test_a_fronted_date_frames_the_coordinated_clauses(dated, body, expected, absent):
    got = dated(body)
    assert expected is None or expected in got
    assert absent is None or absent not in got
