"""Person or not: the given-name gate on names the NER calls persons, person cues after a name, place cues."""
from __future__ import annotations

import pytest

from kg.extract.givennames import given_names, starts_like_a_person
from kg.types import EntityType


def types_of(ex, name):
    return {e.type for e in ex.entities if name == e.label or name in e.aliases}


@pytest.mark.parametrize("name", ["Marta Lindqvist", "Sébastien Roux", "Volodymyr Zelensky", "Xi Jinping",
                                  "Park Min-seo", "Mohammed bin Salman", "K.P. Sharma Oli", "Jean-Luc Picard",
                                  "Founder Ren Zhengfei", "TD Robert Troy"])
def test_personal_names_start_like_a_person(name):
    assert starts_like_a_person(name)


@pytest.mark.parametrize("name", ["Nordlys Havvind", "Deutsche Telekom", "Bandar Kesh", "Zorvath Industrie"])
def test_other_names_do_not(name):
    assert not starts_like_a_person(name)


def test_the_list_is_folded_and_has_no_comment_lines():
    names = given_names()
    assert "sebastien" in names and "oleksandr" in names and not any(n.startswith("#") for n in names)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Zorvath Industrie said on Monday it would cut 400 jobs at its plant.", "Zorvath Industrie"),
    ("Zorvath Industrie said on Monday that its profits fell.", "Zorvath Industrie"),
    ("Norwegian developer Fjordvind Kraft dropped the project on Monday.", "Fjordvind Kraft"),
])
def test_a_name_with_no_given_name_that_acts_is_an_organisation(run, text, name):
    assert types_of(run(text), name) == {EntityType.ORGANIZATION}


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The tanker was taken to the port of Bandar Kesh, officials said.", "Bandar Kesh"),
    ("Three boats approached the ship 20 nautical miles off Bandar Kesh.", "Bandar Kesh"),
    ("Three boats approached the ship 20 nautical miles off Ras Tanura.", "Ras Tanura"),
])
def test_a_place_the_ner_took_for_a_person_is_a_place(run, text, name):
    assert types_of(run(text), name) == {EntityType.GPE}


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The tanker was taken to Bandar Kesh, a spokesman said.", "Bandar Kesh"),
    ("The ministry said Skarvenholm Tavat won the contract on Monday.", "Skarvenholm Tavat"),
    ("Zorvath Industrie said on Monday that it was unfair.", "Zorvath Industrie"),
])
def test_an_unknown_name_with_no_cue_either_way_stays_a_concept(run, text, name):
    assert types_of(run(text), name) == set()


@pytest.mark.model
def test_a_description_says_the_unknown_name_is_a_body(run):
    ex = run("Skarvenholm Tavat, the construction group, won the contract on Monday.")
    assert types_of(ex, "Skarvenholm Tavat") == {EntityType.ORGANIZATION}


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Tomasz Wielgosz, who runs the union's legal team, said the strike would go ahead.", "Tomasz Wielgosz"),
    ("Pellegrino Duarte, the ministry's spokesman, said the talks had failed.", "Pellegrino Duarte"),
    ('"They must explain," said Dinushika Dissanayake, Amnesty\'s deputy regional director for Europe.',
     "Dinushika Dissanayake"),
    ("The club denied it was negotiating with Porto over the defender Ibou Kone.", "Ibou Kone"),
    ("Ngozi Achterberg won the race in Oslo. Achterberg said she was tired.", "Ngozi Achterberg"),
    ("Reporting by Jorgelina do Rosario and Nicolas Misculin; Editing by Rosalba Mendes", "Jorgelina do Rosario"),
    ("Marta Lindqvist won the race in Oslo on Sunday.", "Marta Lindqvist"),
])
def test_person_cues_and_given_names_keep_persons(run, text, name):
    assert types_of(run(text), name) == {EntityType.PERSON}


@pytest.mark.model
@pytest.mark.parametrize("text, name, etype", [
    ("She told reporters at Lindfield Cathedral that the church would change.", "Lindfield Cathedral",
     EntityType.LOCATION),
    ("Marovia, the country's biggest residential landlord, said it would sue.", "Marovia", EntityType.ORGANIZATION),
    ("Farmers protested against the South American bloc Tierrasur on Monday.", "Tierrasur", EntityType.ORGANIZATION),
    ("Swiss chocolate maker Varenne Callot said it would raise prices.", "Varenne Callot", EntityType.ORGANIZATION),
    ("Lai's son Sebastien has campaigned for his release.", "Sebastien", EntityType.PERSON),
    ("Its housing spokesman, Jaime de los Santos, accused the government of lying.", "Jaime de los Santos",
     EntityType.PERSON),
    ("Isla Verda, the smallest island, received 19 boats.", "Isla Verda", EntityType.LOCATION),
    ("The next summit, COP41, will be held in Antalya.", "COP41", EntityType.EVENT),
    ("Broadcasters said they would boycott next year's Nordvision Song Contest in Vienna.",
     "Nordvision Song Contest", EntityType.EVENT),
])
def test_descriptions_and_heads_type_a_name(run, text, name, etype):
    assert types_of(run(text), name) == {etype}


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Lawmakers amended the Harbour Museum Act in 2003, the ministry said.", "Harbour Museum Act"),
    ("The Treaty of Calvera was signed by both states in 1921.", "Treaty of Calvera"),
])
def test_a_law_or_a_treaty_is_no_actor(run, text, name):
    assert types_of(run(text), name) == set()


@pytest.mark.model
def test_well_known_clubs_and_museums_are_linked(run):
    ex = run("Juventus beat Inter Milan 2-1 on Sunday, a day after the Rijksmuseum reopened its east wing.")
    links = {e.label: e.wikidata for e in ex.entities}
    assert links.get("Juventus") == "Q1422" and links.get("Inter Milan") == "Q631"
    assert links.get("Rijksmuseum") == "Q190804"


@pytest.mark.model
def test_runs_off_a_bowler_is_no_place(run):
    ex = run("In the final over, the two batsmen scored 15 runs off Keelan Varga.")
    assert EntityType.GPE not in types_of(ex, "Keelan Varga")


def test_the_name_sexes_are_stored_as_they_are_looked_up():
    """Every given name of one sex is kept folded as given_name_sex folds a name before looking it up, so that
    "Bjørn" and "Łucja" can be found at all."""
    from kg.extract.givennames import fold, given_name_sex, name_sexes
    sexes = name_sexes()
    assert sexes and all(fold(name) == name for name in sexes)
    assert given_name_sex("Bjørn Larsen") == "m"
