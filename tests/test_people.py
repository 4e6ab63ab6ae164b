"""The office holders of ontologies/people.txt: a titled national office before a known holder's name is held in
their state, even in an article that names no state by the title or names another one; the list's format."""
from __future__ import annotations

import runpy

import pytest

from kg.resources import ontology_dir


def _offices(ex, person: str) -> set[tuple[str, str]]:
    return {(s.predicate, s.object.entity) for s in ex.statements if s.subject.entity == person and s.object.entity}


@pytest.mark.model
@pytest.mark.parametrize("text, person, office", [
    ("Interior Minister Alexander Dobrindt said on Monday that border checks would continue. Migrants from Syria "
     "and Afghanistan crossed the border.", "alexander-dobrindt", ("minister_of", "germany")),
    ("President Joseph Aoun met the envoy in Beirut. He said the army would deploy along the border with Israel.",
     "joseph-aoun", ("head_of", "lebanon")),
    ("Foreign Minister Penny Wong met officials from China in Beijing on Tuesday to discuss trade.",
     "penny-wong", ("minister_of", "australia")),
    ("Defence Minister Boris Pistorius visited troops in Lithuania on Friday.",
     "boris-pistorius", ("minister_of", "germany")),
    ("Finance Minister Fernando Haddad said Argentina and Brazil would sign the trade deal.",
     "fernando-haddad", ("minister_of", "brazil")),
    ("Home Secretary Shabana Mahmood announced new asylum rules on Monday, a week after the riots in Dublin.",
     "shabana-mahmood", ("minister_of", "united-kingdom")),
    ("Secretary of State John Kerry met the Iranian delegation in Geneva.",
     "john-kerry", ("minister_of", "united-states")),
    ("President Sergio Mattarella visited Madrid on Wednesday.", "sergio-mattarella", ("head_of", "italy")),
    ("Foreign Minister Mevlut Cavusoglu arrived in Moscow for talks with Russia on Syria.",
     "mevlut-cavusoglu", ("minister_of", "turkey")),
])
def test_a_known_holders_title_is_an_office_of_their_state(run, text, person, office):
    offices = _offices(run(text), person)
    assert office in offices, offices
    assert not {o for o in offices if o[0] == office[0] and o != office}, offices    # of no other state named


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    ("Chancellor Jeremy Hunt said the budget would cut taxes.", "jeremy-hunt"),
    ("Chancellor George Osborne said the deficit would fall by 2020.", "george-osborne"),
])
def test_the_british_chancellor_is_a_minister(run, text, person):
    offices = _offices(run(text), person)
    assert ("minister_of", "united-kingdom") in offices and ("head_of", "united-kingdom") not in offices, offices


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    ("British Chancellor Jeremy Hunt said the budget would cut taxes.", "jeremy-hunt"),
    ("Britain's Chancellor Rachel Reeves said growth would pick up.", "rachel-reeves"),
])
def test_a_chancellor_the_text_gives_britain_is_its_minister(run, text, person):
    offices = [(s.predicate, s.object.entity) for s in run(text).statements if s.subject.entity == person]
    assert offices.count(("minister_of", "united-kingdom")) == 1 and ("head_of", "united-kingdom") not in offices, \
        offices


@pytest.mark.model
def test_a_chancellor_of_germany_heads_it(run):
    offices = _offices(run("Chancellor Olaf Scholz said the budget would pass."), "olaf-scholz")
    assert ("head_of", "germany") in offices, offices


@pytest.mark.model
def test_an_office_of_an_international_body_stays_the_bodys(run):
    offices = _offices(run("UN General Assembly President Annalena Baerbock opened the session in New York."),
                       "annalena-baerbock")
    assert ("head_of", "germany") not in offices, offices


@pytest.mark.model
def test_a_central_bank_governor_holds_no_office_of_a_state(run, gazetteer):
    assert gazetteer.lookup("Andrew Bailey").country is None
    offices = _offices(run("Bank of England Governor Andrew Bailey said inflation would fall."), "andrew-bailey")
    assert ("head_of", "united-kingdom") not in offices and ("minister_of", "united-kingdom") not in offices


def _build():
    return runpy.run_path(str(ontology_dir() / "build_gazetteer.py"))


def test_a_list_line_is_a_person_of_a_state(tmp_path):
    people = tmp_path / "people.txt"
    people.write_text("# comment\nAnna Weiss | Germany | Anna M. Weiss; Anne Weiss\nKarl Roth | - |\n",
                      encoding="utf-8")
    entries = _build()["read_people"](people, {"Germany"})
    assert entries == [
        {"label": "Anna Weiss", "type": "Person", "wikidata": None, "aliases": ["Anna M. Weiss", "Anne Weiss"],
         "kind": "person", "country": "Germany"},
        {"label": "Karl Roth", "type": "Person", "wikidata": None, "aliases": [], "kind": "person", "country": None}]


@pytest.mark.parametrize("line, error", [
    ("Anna Weiss | Germany | Weiss", "one word"),             # a surname alone would name any other Weiss
    ("Anna Weiss | Germania |", "no country"),
    ("Anna Weiss", "want"),
])
def test_the_list_refuses_a_bad_line(tmp_path, line, error):
    people = tmp_path / "people.txt"
    people.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=error):
        _build()["read_people"](people, {"Germany"})


def test_a_known_entry_keeps_its_fields_and_gains_aliases():
    known = {"label": "Jerome Powell", "type": "Person", "aliases": ["Jay Powell"], "kind": "person"}
    listed = {"label": "Jerome Powell", "type": "Person", "wikidata": None, "aliases": ["Jerome H. Powell"],
              "kind": "person", "country": "United States"}
    out = _build()["add_people"]([known], [listed])
    assert out == [{"label": "Jerome Powell", "type": "Person", "aliases": ["Jay Powell", "Jerome H. Powell"],
                    "kind": "person"}]


def test_the_shipped_list_reads():
    import json
    countries = {e["label"] for e in map(json.loads, (ontology_dir() / "gazetteer.jsonl").read_text(
        encoding="utf-8").splitlines()) if e.get("kind") == "country"}
    entries = _build()["read_people"](ontology_dir() / "people.txt", countries)
    assert len(entries) > 500
    assert all(e["wikidata"] is None or e["wikidata"].startswith("Q") for e in entries)
