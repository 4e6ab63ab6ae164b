"""Light-verb, particle and phrasal events; codes the verb alone gets wrong; acts that are no interaction between
actors. Sentences of our own.

- Putting a treaty in abeyance, blacklisting, ending a partnership, setting a price cap on another's goods,
  brokering or negotiating a deal, boarding a tanker, taking a case to court, appealing a ruling.
- Speaking by telephone is 041, a legal appeal 115, defending a policy 052, attending a ceremony and flying to a
  country a visit (042), joining an organisation 057.
- An actor's own flights, airports and plants, a court on a ruling, a price cap not recognised, distrust: none.
"""
from __future__ import annotations

import pytest

from kg.events import default_coder


def codes(ex, predicate):
    return [s.event_type for s in ex.statements if s.predicate == predicate]


def test_light_verb_and_particle_rows():
    coder = default_coder()
    assert coder.code("put", ["trade", "pact"], "pact", ["abeyance"], counterpart="thing") == "161"
    assert coder.code("put", ["plan"], "plan", ["abeyance"], counterpart="thing") is None
    assert coder.code("place", ["bank"], "bank", ["sanction", "list"], counterpart="actor") == "163"
    assert coder.code("add", ["firm"], "firm", ["entity", "list"], counterpart="actor") == "163"
    assert coder.code("end", ["research", "partnership"], "partnership", counterpart="thing") == "160"
    assert coder.code("sever", ["tie"], "tie", counterpart="actor") == "160"
    assert coder.code("broker", ["prisoner", "swap"], "swap", counterpart="thing") == "045"
    assert coder.code("board", ["tanker"], "tanker", counterpart="thing") == "171"
    assert coder.code("board", ["ferry"], "ferry", counterpart="thing") is None      # passengers board ferries
    assert coder.code("take", ["case"], "case", ["supreme", "court"], counterpart="thing") == "115"
    assert coder.code("take", ["case"], "case", counterpart="thing") is None         # "took the case": no court
    assert coder.code("cut_off", ["military", "aid"], "aid", ["to", "ukraine"], counterpart="actor") == "162"


def test_negotiating_a_deal_needs_no_named_party():
    coder = default_coder()
    assert coder.code("negotiate", ["free", "trade", "agreement"], "agreement", counterpart="thing") == "046"
    assert coder.code("hammer_out", ["ceasefire"], "ceasefire", counterpart="thing") == "046"
    assert coder.code("negotiate", ["bend"], "bend", counterpart="thing") is None    # a road bend, no one met


def test_a_price_cap_is_a_sanction_only_on_another():
    coder = default_coder()
    assert coder.code("set", ["price", "cap"], "cap", counterpart="actor") == "163"
    assert coder.code("set", ["cap"], "cap", ["rent"], counterpart="thing") is None


def test_codes_the_verb_alone_gets_wrong():
    coder = default_coder()
    assert coder.code("speak_to", [], None, ["telephone"], counterpart="actor") == "041"
    assert coder.code("talk_with", [], None, ["phone"], counterpart="actor") == "041"
    assert coder.code("appeal_against", ["tribunal", "ruling"], "ruling", counterpart="thing") == "115"
    assert coder.code("appeal", ["conviction"], "conviction", counterpart="thing") == "115"
    assert coder.code("appeal_for", ["calm"], "calm", counterpart="thing")[:2] == "02"
    assert coder.code("defend", ["new", "levy"], "levy", counterpart="thing") == "052"
    assert coder.code("defend", ["title"], "title", counterpart="thing") is None
    assert coder.code("defend", ["village"], "village", counterpart="placed") != "052"
    assert coder.code("attend", ["memorial", "service"], "service", counterpart="thing") == "042"
    assert coder.code("fly_to", [], None, counterpart="actor") == "042"


def test_no_event_on_a_thing_recognised_distrusted_or_interfered_with():
    coder = default_coder()
    assert coder.code("recognise", ["referendum", "result"], "result", counterpart="thing") is None
    assert coder.code("recognize", ["breakaway", "region"], "region", counterpart="thing") is not None
    assert coder.code("distrust", ["plan"], "plan", counterpart="thing") is None
    assert coder.code("interfere_with", ["inquiry"], "inquiry", counterpart="thing") is None
    assert coder.code("swear_in", ["minister"], "minister", counterpart="actor") is None


def test_force_in_a_race_is_no_attack():
    coder = default_coder()
    race = "the Dutchman squeezed his rival against the wall on the opening lap".split()
    road = "the soldiers squeezed the protesters against the wall near the palace".split()
    assert coder.code("attack", ["rival"], "rival", counterpart="actor", sentence=race) is None
    assert coder.code("attack", ["protester"], "protester", counterpart="actor", sentence=road)[:2] == "19"


@pytest.mark.model
def test_stopping_a_cooperation_and_returning_a_thing(run):
    ex = run("Ecuador stopped sharing radar data with Colombia. "
             "The British Museum returned six gold figurines to Ghana.")
    assert [c[:2] for c in codes(ex, "stop") if c] == ["16"]
    assert [c for c in codes(ex, "return")] == ["084"]


@pytest.mark.model
def test_an_actor_s_own_operations_and_a_court_on_a_ruling_are_no_events(run):
    ex = run("KLM suspended its flights to Dubai for a week. "
             "The regional transport agency closed Kastrup airport on Monday because of snow. "
             "The supreme court in Ottawa overturned the ruling of the lower court.")
    assert codes(ex, "suspend") == [None]
    assert codes(ex, "close") == [None]
    assert codes(ex, "overturn") == [None]
    ex = run("Russia suspended flights to Georgia.")     # a state stopping flights to another state: relations
    assert [c[:2] for c in codes(ex, "suspend") if c] == ["16"]


@pytest.mark.model
def test_joining_an_organisation_is_membership(run):
    ex = run("Indonesia joined BRICS in January.")
    assert codes(ex, "join") == ["057"]


def test_speaking_with_an_actor_is_consulting_and_rallies_banned_restrict_freedoms():
    coder = default_coder()
    phone = "Chile and Peru spoke by telephone on Friday".lower().split()
    assert coder.code("speak", ["peru"], "peru", counterpart="actor", sentence=phone) == "041"
    assert coder.code("talk", ["premier"], "premier", counterpart="actor", sentence=["they", "talk"]) == "040"
    assert coder.code("speak", ["english"], "english", counterpart="thing") == "010"
    assert coder.code("ban", ["opposition", "rally"], "rally", counterpart="thing") == "1721"


@pytest.mark.model
def test_things_returned_to_several_actors(run):
    ex = run("Germany returned a carved mask to Cameroon and a bronze sword to Ghana on Monday.")
    assert codes(ex, "return") == ["084", "084"]


@pytest.mark.model
def test_a_court_on_a_party_s_conviction_keeps_its_act(run):
    ex = run("An appeals court in Cairo overturned the conviction of the blogger Alaa Abd El-Fattah. "
             "The federal court in Brasilia overturned the regional court's ruling on the dam.")
    assert [c[:2] if c else c for c in codes(ex, "overturn")] == ["08", None]


def test_defending_a_price_is_a_market_operation():
    coder = default_coder()
    assert coder.code("defend", ["oil", "price"], "price", counterpart="thing") is None
    assert coder.code("defend", ["currency", "peg"], "peg", counterpart="thing") is None


@pytest.mark.model
def test_a_crowd_that_attends_is_a_tally(run):
    ex = run("More than three million people attend Orthodox services in Moscow at Easter. "
             "Chile's president attended the funeral of the former Uruguayan leader.")
    assert codes(ex, "attend") == [None, "042"]


@pytest.mark.model
def test_a_ruling_whose_content_names_a_party_is_still_a_ruling(run):
    ex = run("The Court of Appeal in Edinburgh on Monday overturned a ruling that Skyline Energy must pay "
             "compensation to the fishermen.")
    assert codes(ex, "overturn") == [None]
