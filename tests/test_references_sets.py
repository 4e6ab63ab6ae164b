"""References to sets and to the one named before (issue 9): "each other", "the allies", "They" after names apposed
to a plural noun, a list the parse reads as an apposition, "the former minister", "the government" of a state a
sentence opens with, a description with a relative clause set off by commas, a union named after its noun, trades
("the refiner"). Sentences of our own; tests/data/references/ holds 78 news paragraphs of our own with the
statements they must and must not yield, written before the builder ran on them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract.entities import resolve

pytestmark = pytest.mark.model

DATA = Path(__file__).resolve().parent / "data" / "references"
# (file, expected statements found when the rules were written): paragraphs.json was written before any rule of
# this file (47 of 66 found and 7 wrong edges before them); paragraphs-2.json after the first rules, before it was
# run (15 of 30 and 1 wrong edge at the session's start, 24 of 30 and none when first run on them)
PARAGRAPHS = [("paragraphs.json", 61), ("paragraphs-2.json", 24)]


def names(r, doc, word: str, nth: int = 0) -> list[set[str]]:
    """What the nth ``word`` of a Doc stands for: one set of names for an entity, one per member of a set."""
    tok = [t for t in doc if t.text == word][nth]
    cid = r.cluster_of_token(tok)
    if cid is not None:
        return [set(r.clusters[cid].names)]
    return [set(r.clusters[c].names) for c in r.set_members(tok)]


def rows(ex) -> set[tuple[str, str, str]]:
    label = {e.key: e.label for e in ex.entities}
    return {(label.get(s.subject.entity, s.subject.text), s.predicate, label.get(s.object.entity, s.object.text))
            for s in ex.statements}


def test_each_other_gives_each_member_the_others_as_object(run):
    got = rows(run("Serbia and Croatia accused each other of stoking tension at the border on Monday."))
    assert {("Serbia", "accuse", "Croatia"), ("Croatia", "accuse", "Serbia")} <= got
    assert not any(o == "each other" for _, _, o in got)


def test_each_other_after_a_set_ranges_over_its_members(run):
    got = rows(run("Delegates of Chad and Niger met in Ndjamena on Tuesday. The two sides thanked one another for "
                   "the talks."))
    assert {("Chad", "thank", "Niger"), ("Niger", "thank", "Chad")} <= got


def test_one_subject_and_each_other_stays_a_concept(run):
    got = rows(run("Workers at Dalmar Foods and their managers blamed each other for the losses."))
    assert not any(p == "blame" and s == o for s, p, o in got)


def test_a_list_read_as_an_apposition_is_no_pair(nlp, gazetteer):
    doc = nlp("Ines Duarte, Sofia Ramos and Clara Teles will row for Portugal in Lucerne. The pair won silver in "
              "Paris.")
    assert names(resolve(doc, gazetteer), doc, "pair") == []


def test_the_allies_are_the_names_just_coordinated(nlp, gazetteer):
    doc = nlp("Latvia and Lithuania signed a deal on Tuesday to share their power grids. The allies will also "
              "buy gas together from next winter.")
    groups = names(resolve(doc, gazetteer), doc, "allies")
    assert len(groups) == 2 and any("Latvia" in g for g in groups) and any("Lithuania" in g for g in groups)


@pytest.mark.parametrize("text", [
    "Latvia and Lithuania signed a deal on Tuesday. Their allies will also buy gas together.",
    "Latvia and Lithuania signed a deal on Tuesday. The allies of Kyiv will also buy gas together.",
    "Latvia signed a deal on Tuesday. The allies will also buy gas together.",
])
def test_other_allies_are_no_set_of_the_names(nlp, gazetteer, text):
    doc = nlp(text)
    assert names(resolve(doc, gazetteer), doc, "allies") == []


def test_they_after_names_apposed_to_a_plural_noun_is_each_of_them(run):
    got = rows(run("Polish climbers Adam Nowak and Piotr Wisniewski were rescued from Annapurna on Sunday. They "
                   "praised the pilots who had flown through fog."))
    assert {("Adam Nowak", "praise", "the pilots"), ("Piotr Wisniewski", "praise", "the pilots")} <= \
        {(s, p, o.split(" who")[0]) for s, p, o in got}
    assert not any(s == "They" for s, _, _ in got)


def test_the_former_minister_is_the_one_former_minister(nlp, gazetteer):
    doc = nlp("Former Chilean mining minister Andres Vial was charged in Santiago on Monday. The former minister "
              "denied the charges.")
    assert names(resolve(doc, gazetteer), doc, "minister", 1) == [{"Andres Vial"}]


@pytest.mark.parametrize("text", [
    "Former trade minister Ana Lobo and former energy minister Rita Sousa were charged in Lisbon. The former "
    "minister denied the charges.",
    "Trade Minister Ana Lobo met bankers in Lisbon on Monday. The former minister denied the charges.",
])
def test_the_former_minister_is_nobody_where_none_or_two_fit(nlp, gazetteer, text):
    doc = nlp(text)
    assert names(resolve(doc, gazetteer), doc, "minister", 2 if "energy" in text else 0) == []


def test_the_government_of_a_sentence_set_in_another_state(nlp, gazetteer):
    doc = nlp("Argentina's wheat harvest rose 20 percent this year, and Argentina expects record exports. In "
              "Uruguay, farmers want the government to cut fuel taxes.")
    assert names(resolve(doc, gazetteer), doc, "government") == [{"Uruguay"}]


def test_a_description_with_a_relative_clause_set_off_by_commas(nlp, gazetteer):
    doc = nlp("Vidzeme Forest Products said on Monday it would close two sawmills in Latvia. The company, which is owned by "
              "a Swedish pension fund, will cut 400 jobs.")
    assert names(resolve(doc, gazetteer), doc, "company") == [{"Vidzeme Forest Products"}]


@pytest.mark.parametrize("text, word", [
    ("Vidzeme Forest Products said on Monday it would close two sawmills in Latvia. The company that buys them will "
     "cut 400 jobs.", "company"),
    ("Norvik Bank and Halse Bank will merge next year. Anna Lind will run the enlarged bank, which will employ 9,000 "
     "people.", "bank"),
])
def test_a_description_with_a_restrictive_clause_or_a_new_kind_is_another_one(nlp, gazetteer, text, word):
    doc = nlp(text)
    assert names(resolve(doc, gazetteer), doc, word) == []


def test_a_union_named_after_its_noun_is_no_company(nlp, gazetteer):
    doc = nlp("Dockers at Porto Norte's terminal in Leixoes went back to work after their union, Sindicato dos "
              "Estivadores, signed a deal. The company said it would hire 30 more dockers.")
    r = resolve(doc, gazetteer)
    assert not any("Estivadores" in n for g in names(r, doc, "company") for n in g)


def test_a_trade_describes_the_firm_that_acts(nlp, gazetteer):
    doc = nlp("Bharat Petroleum bought a cargo of Iraqi crude from Vitol on Friday. The refiner also plans to "
              "buy oil from Guyana.")
    assert names(resolve(doc, gazetteer), doc, "refiner") == [{"Bharat Petroleum"}]


@pytest.mark.parametrize("name, least", PARAGRAPHS)
def test_the_reference_paragraphs_yield_no_wrong_edge_and_most_expected_statements(run, name, least):
    """The builder on the paragraphs of tests/data/references/: no statement written down as wrong, and at least as
    many of the expected ones as when the rules above were written."""
    found = total = 0
    wrong = []
    for case in json.loads((DATA / name).read_text(encoding="utf-8")):
        got = [(f"{s.subject.entity or ''} {s.subject.text}".lower().replace("-", " "), s.predicate,
                f"{s.object.entity or ''} {s.object.text}".lower().replace("-", " "), s.polarity.value)
               for s in run(case["sentence"]).statements]

        def hit(w, g):
            subj = any(g[0].startswith(a[1:]) if a.startswith("^") else a in g[0] for a in w["subject"].split("|"))
            return subj and g[1] in w["predicates"] and (w["object"] is None or w["object"] in g[2]) and \
                g[3] == w.get("polarity", g[3])
        total += len(case["expected"])
        found += sum(any(hit(w, g) for g in got) for w in case["expected"])
        wrong += [(case["sentence"][:60], g) for w in case["wrong"] for g in got if hit(w, g)]
    assert wrong == []
    assert found >= least


def test_a_plural_description_with_its_names_in_apposition_and_none_of_them(run):
    got = {(s.subject.entity, s.predicate, s.polarity.value) for s in run(
        "The two lenders, Banco Azteca and Banco Mercantil del Norte, were fined by Mexico's consumer agency on "
        "Monday. None of them answered questions from reporters.").statements}
    assert {("banco-azteca", "answer", "Negative"), ("banco-mercantil-del-norte", "answer", "Negative")} <= got


# "Ostrava Rail and Tatra Cargo said they welcomed the ruling ." with the first name read as the root: a broken parse
BROKEN = """
Ostrava Ostrava PROPN NNP compound 1
Rail Rail PROPN NNP ROOT 1
and and CCONJ CC cc 1
Tatra Tatra PROPN NNP compound 4
Cargo Cargo PROPN NNP nsubj 5
said say VERB VBD conj 1
they they PRON PRP nsubj 7
welcomed welcome VERB VBD ccomp 5
the the DET DT det 9
ruling ruling NOUN NN dobj 7
. . PUNCT . punct 5
"""


def test_they_of_names_that_say_it_whatever_the_parse_made_of_their_list(gazetteer):
    from clausehelp import make_doc
    doc = make_doc(BROKEN, ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"])
    r = resolve(doc, gazetteer)
    assert sorted(r.clusters[c].names[0] for c in r.set_members(doc[6])) == ["Ostrava Rail", "Tatra Cargo"]


def test_they_of_one_speaker_is_no_set(gazetteer):
    from clausehelp import make_doc
    spec = """
Workers worker NOUN NNS nsubj 4
at at ADP IN prep 0
Tatra Tatra PROPN NNP compound 3
Cargo Cargo PROPN NNP pobj 1
said say VERB VBD ROOT 4
they they PRON PRP nsubj 6
welcomed welcome VERB VBD ccomp 4
the the DET DT det 8
ruling ruling NOUN NN dobj 6
. . PUNCT . punct 4
"""
    doc = make_doc(spec, ["O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"])
    assert resolve(doc, gazetteer).set_members(doc[5]) == []


def test_a_noun_resolved_to_a_headline_name_does_not_carry_it_to_the_company(nlp, gazetteer):
    doc = nlp("# Peru Suspends Fishing Fleet After Oil Spill; Refiner Blames Tanker\n\nBy Ana Quispe in Lima\n\n"
              "Peru suspended fishing along 40 kilometres of coast on Sunday after crude leaked from a pipeline run by "
              "Andes Petroleum Corp near Callao. Andes Petroleum Corp said the leak had been stopped within six hours. "
              "The spill killed thousands of seabirds, and fishermen said they would sue the company.\n")
    assert names(resolve(doc, gazetteer), doc, "company") == [{"Andes Petroleum Corp"}]


def test_counted_partners_with_an_adjective_are_those_just_named(nlp, gazetteer):
    doc = nlp("Armenia and Azerbaijan agreed on Friday to reopen a rail line through Nakhchivan. The two "
              "long-feuding neighbours will set up a joint commission in May.")
    groups = names(resolve(doc, gazetteer), doc, "neighbours")
    assert len(groups) == 2 and any("Armenia" in g for g in groups) and any("Azerbaijan" in g for g in groups)


@pytest.mark.parametrize("text, members", [
    ("Chile and Peru reported higher copper output in May. Both raised their forecasts for the year.",
     {"chile", "peru"}),
    ("Chile, Peru and Bolivia reported higher copper output in May. Both raised their forecasts for the year.", set()),
])
def test_both_after_two_coordinated_subjects(run, text, members):
    assert {s.subject.entity for s in run(text).statements if s.predicate == "raise"} == members


def test_the_bank_is_the_bank_called_so_before_not_the_wire_or_a_firm_named_since(nlp, gazetteer):
    doc = nlp("Ghana's central bank, the Bank of Ghana, cut its main rate by 200 basis points on Monday. The bank's "
              "governor said inflation was falling. Traders said the cedi rose. Exporters welcomed the move. The "
              "finance ministry said it would borrow less. A former Standard Chartered analyst said growth would "
              "pick up. Most economists polled by Bloomberg expect the bank to cut again in May.")
    assert names(resolve(doc, gazetteer), doc, "bank", 2) == [{"Bank of Ghana"}]


def test_the_former_minister_with_a_clause_set_off_by_commas(nlp, gazetteer):
    doc = nlp("Former Chilean mining minister Andres Vial was charged in Santiago on Monday. The former minister, who "
              "resigned in 2023, denied the charges.")
    assert names(resolve(doc, gazetteer), doc, "minister", 1) == [{"Andres Vial"}]


def test_a_name_whose_kind_stands_before_of_is_of_that_kind(nlp, gazetteer):
    doc = nlp("The Dock Workers Union of Ghana accused Tema Shipping Ltd of ignoring safety rules, a charge the "
              "company denied. The union said it would not strike for now.")
    r = resolve(doc, gazetteer)
    assert names(r, doc, "company") == [{"Tema Shipping Ltd"}]
    assert names(r, doc, "union") == [{"Dock Workers Union of Ghana"}]


def test_the_headline_and_the_byline_are_no_antecedents(nlp, gazetteer):
    doc = nlp("# Nordvik Scraps Wind Farm; Oslo Rules Out New Aid\n\nBy Kari Berg in Oslo\n\nNorwegian developer "
              "Nordvik Kraft scrapped plans for a wind farm on Wednesday. Its chief executive, Ingrid Moe, said the "
              "company had asked the government for a guaranteed price.")
    assert not any("Rules" in n for g in names(resolve(doc, gazetteer), doc, "company") for n in g)
