"""CAMEO event coding: the concept scheme, the verb dictionary, the coder, and event types in the graph."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg.errors import InputError
from kg.events import EventCoder, concepts, default_coder, load_coder, norm_word, read_rows
from kg.rdf.namespaces import CAMEO, KG
from kg.resources import ontology_dir

# -- the scheme --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scheme() -> Graph:
    g = Graph()
    g.parse(ontology_dir() / "cameo.ttl")
    return g


def test_every_code_has_notation_label_weight_quad_and_a_chain_to_its_root(scheme):
    codes = {str(o) for o in scheme.objects(None, SKOS.notation)}
    assert {"01", "20", "138", "163", "1121"} <= codes and len(codes) > 250
    for code in codes:
        node = CAMEO[code]
        assert scheme.value(node, SKOS.prefLabel) is not None, code
        assert scheme.value(node, KG.goldstein).datatype.endswith("decimal")
        assert 0 <= scheme.value(node, KG.quadClass).toPython() <= 4
        chain = [node]
        while (up := scheme.value(chain[-1], SKOS.broader)) is not None:
            chain.append(up)
        assert str(chain[-1]).endswith("/" + code[:2]), (code, chain)


def test_quad_classes_follow_the_roots(scheme):
    quad = {c.code: c.quad for c in concepts().values()}
    assert quad["010"] == 0 and quad["057"] == 1 and quad["073"] == 2 and quad["112"] == 3 and quad["190"] == 4


def test_scheme_validates_against_the_shapes(scheme):
    pyshacl = pytest.importorskip("pyshacl")
    shapes = Graph().parse(ontology_dir() / "shapes.ttl")
    ok, _, report = pyshacl.validate(scheme, shacl_graph=shapes)
    assert ok, report
    bad = Graph().parse(data=f"<{CAMEO}999> <{KG.quadClass}> 7 .", format="turtle")
    assert not pyshacl.validate(bad, shacl_graph=shapes)[0]


# -- the coder, without the model ---------------------------------------------------------------

CASES = [
    # (predicate, object words, expected root) for the general classes of verbs
    ("say", ["economy", "grow"], "01"),             # a saying with plain content
    ("deny", ["accusation"], "01"),                 # denying a charge: 016
    ("accuse", ["government"], "11"),
    ("criticize", ["policy"], "11"),
    ("ask_for", ["humanitarian", "aid"], "02"),
    ("appeal", ["calm"], "02"),
    ("meet", ["minister"], "04"),
    ("praise", ["decision"], "05"),
    ("sign", ["treaty"], "05"),
    ("impose", ["sanction"], "16"),
    ("threaten", ["neighbour"], "13"),
    ("arrest", ["journalist"], "17"),
    ("attack", ["convoy"], "19"),
    ("reject", ["proposal"], "12"),
    ("sue", ["company"], "17"),
]


@pytest.mark.parametrize("predicate,obj,root", CASES)
def test_general_verb_classes(predicate, obj, root):
    code = default_coder().code(predicate, obj)
    assert code is not None and code[:2] == root, (predicate, code)


# (predicate, object words, head, expected code) for kg-builder's own rows (cameo_verbs_extra.tsv)
EXTRA_ROWS = [
    ("answer", ["question", "auditor"], "question", "010"),       # answering is a comment
    ("respond_to", ["letter"], "letter", "010"),
    ("reveal", ["price"], "price", "010"),                          # revealing information, not cooperation
    ("advise_against", ["merger"], "merger", "120"),                # advising against is rejecting
    ("recommend_against", ["listing"], "listing", "120"),
    ("retaliate_with", ["tariff", "american", "soybean"], "tariff", "163"),   # in kind: a sanction
    ("impose", ["restriction", "import", "steel"], "restriction", "163"),     # trade restrictions: an embargo
    ("impose", ["restriction", "protest"], "restriction", "1721"),            # on protest: administrative
    ("release", ["money", "reserve"], "money", "071"),              # money released is aid, no prisoner
    ("withdraw_from", ["auction", "license"], "auction", "080"),    # leaving a sale is yielding
    ("concede", ["race"], "race", "080"),
    ("call", ["walkout"], "walkout", "143"),                         # calling a strike is one
    ("scramble", ["helicopter"], "helicopter", "150"),              # a show of force
    ("order", ["twenty", "helicopter"], "helicopter", "061"),       # ordering aircraft is buying them
    ("welcome", ["offer"], "offer", "051"),
    ("submit", ["higher", "bid"], "bid", "030"),                    # a bid is an offer
    ("sweeten", ["offer"], "offer", "030"),
    ("take", ["countermeasure"], "countermeasure", "130"),          # a threat ...
    ("take", ["measure", "curb", "inflation"], "measure", None),     # ... but a measure alone is no event
    ("drop", ["veto"], "veto", "080"),                              # yielding
    ("walk_away_from", ["nuclear", "accord"], "accord", "161"),     # reducing relations
    ("signal", ["support", "reform"], "support", "051"),            # endorsing
    ("negotiate_with", ["creditor"], "creditor", "046"),            # the codebook's negotiation, not 050
    ("contest", ["seat", "assembly"], "seat", None),                # running for a seat is no dispute ...
    ("contest", ["decision"], "decision", "110"),                   # ... contesting a decision is one
    ("block", ["pension", "bill"], "bill", "120"),                  # blocking legislation rejects it ...
    ("veto", ["budget"], "budget", "120"),
    ("hold_up", ["aid", "package"], "package", "120"),
    ("accept", ["responsibility", "outage"], "responsibility", "015"),   # acknowledging responsibility
    ("transfer", ["ownership", "statue"], "ownership", "084"),
    ("approve", ["sanction", "belarus"], "sanction", "163"),        # approving sanctions imposes them ...
    ("approve", ["pension", "law"], "law", None),                   # ... a law is the actor's own act
    ("forecast", ["growth"], "growth", "010"),                      # a forecast is a comment
    ("intensify", ["patrol", "coast"], "patrol", "152"),            # raising military alert, no threat
    ("announce", ["measure", "housing"], "measure", "010"),         # measures announced: a statement
    ("propose", ["measure", "housing"], "measure", None),
    ("dismiss", ["scheme"], "scheme", "120"),                       # dismissing a plan rejects it ...
    ("dismiss", ["rumour", "merger"], "rumour", "016"),             # ... a rumour or a claim is denied ...
    ("dismiss", ["finance", "minister"], "minister", None),         # ... an official is a personnel change
    ("cooperate_with", ["prosecutor"], "prosecutor", "063"),        # judicial cooperation
    ("detain", ["cargo", "ship"], "ship", "171"),                   # a ship detained is property seized
    ("host", ["climate", "conference"], "conference", "043"),       # hosting a meeting, not rallying support
    ("host", ["summit"], "summit", "043"),
    ("organise", ["song", "contest"], "contest", None),             # an actor's own event
    ("organize", ["film", "festival"], "festival", None),
    ("fight", ["extradition"], "extradition", "120"),               # resisting it in court, not violence
]


@pytest.mark.parametrize("predicate,obj,head,code", EXTRA_ROWS)
def test_own_rows_code_news_verbs_the_dictionary_misses(predicate, obj, head, code):
    assert default_coder().code(predicate, obj, head, counterpart="thing") == code


def test_handing_back_property_to_someone_is_returning_it():
    coder = default_coder()
    assert coder.code("hand_back", ["manuscript"], "manuscript", counterpart="actor") == "084"
    assert coder.code("hand_over", ["statue"], "statue", counterpart="actor") == "084"
    assert coder.code("hand_over", ["statue"], "statue", counterpart="thing") is None    # to no one: no act


def test_a_proposal_of_an_actors_own_policy_is_no_appeal_but_a_proposal_of_talks_is():
    coder = default_coder()
    assert coder.code("propose", ["tax", "holiday", "home"], "tax", counterpart="thing") is None
    assert coder.code("suggest", ["reform", "pension"], "reform", counterpart="thing") == "024"   # a pattern
    assert coder.code("propose", ["talk"], "talk", counterpart="thing")[:2] == "03"
    assert coder.code("propose", ["meeting"], "meeting", counterpart="actor") == "026"
    assert coder.code("propose", [], None, counterpart="actor") == "020"


def test_speaking_to_someone_is_consulting_them_and_to_the_press_a_comment():
    coder = default_coder()
    assert coder.code("speak_to", ["chancellor"], "chancellor")[:2] == "04"
    assert coder.code("talk_to", ["journalist"], "journalist") == "010"


def test_the_object_noun_refines_the_verb():
    coder = default_coder()
    assert coder.code("impose", ["sanction"]) == "163"
    assert coder.code("impose", ["curfew"]) == "1723"
    assert coder.code("deny", ["allegation"]) == "016"
    assert coder.code("impose") == "170"                  # the verb alone: its block's code


def test_roles_and_states_get_no_type():
    coder = default_coder()
    for predicate in ("be", "have", "own", "want", "control", "plan", "president_of", "head_of", "member_of", "lead",
                      "oversee", "supervise"):
        assert coder.code(predicate, ["thing"]) is None, predicate


def test_a_material_act_on_a_mere_thing_is_no_event():
    coder = default_coder()
    assert coder.code("abandon", ["programme"], counterpart="thing") is None
    assert coder.code("abandon", ["ally"], counterpart="actor") is not None
    assert coder.code("impose", ["sanction"], counterpart="thing") == "163"    # a pattern names the object
    assert coder.code("accuse", ["engine"], counterpart="thing") == "112"      # verbal conflict takes any content


def test_an_intent_needs_a_partner_or_a_cooperation_goods_or_money():
    coder = default_coder()
    # offering information is a comment, not an offer of cooperation
    assert coder.code("offer", ["explanation"], counterpart="thing") is None
    assert coder.code("offer", ["proof"], counterpart="thing") is None
    # goods, money and cooperation are offered, pledged, promised to someone
    assert coder.code("offer", ["tanker", "aircraft"], counterpart="thing")[:2] == "03"
    assert coder.code("pledge", ["humanitarian", "aid"], counterpart="thing")[:2] == "03"
    assert coder.code("offer", ["explanation"], counterpart="actor")[:2] == "03"   # "offered Chile an ..."
    # seeking an office is no appeal to anyone
    assert coder.code("seek", ["third", "term"], counterpart="thing") is None
    assert coder.code("seek", ["re-election"], counterpart="thing") is None
    # an actor's own decision or creation is no intent towards anyone, unless it is a cooperation
    assert coder.code("set_up", ["committee"], counterpart="thing") is None
    assert coder.code("launch", ["mission"], counterpart="thing") is None
    assert coder.code("decide", (), counterpart="thing") is None
    assert coder.code("launch", ["negotiation"], counterpart="thing")[:2] == "03"


def test_attitudes_are_no_events():
    coder = default_coder()
    for predicate, obj in (("respect", ["decision"]), ("respect", ["neighbour"]), ("admire", ["courage"]),
                           ("appreciate", ["effort"]), ("trust", ["government"])):
        assert coder.code(predicate, obj) is None, predicate
    assert coder.code("praise", ["decision"])[:2] == "05"        # praising is an act


def test_light_verbs_code_only_through_patterns_and_appeals_code_alone():
    coder = default_coder()
    assert coder.code("take", ["office"]) is None and coder.code("take", ["hostage"]) == "181"
    assert coder.code("urge", ["government"])[:2] == "02" and coder.code("call_on", ["ally"])[:2] == "02"
    assert coder.code("call", ["minister"]) == "041"                        # a call to someone
    assert coder.code("meet", ["delegation"], counterpart="thing") is None  # consulting needs a partner


def test_a_particle_verb_without_a_fitting_pattern_falls_back_to_its_verb():
    coder = EventCoder([("protest", "", "", "", "140"), ("protest_in", "", "solidarity", "", "051")])
    assert coder.code("protest_in", ["solidarity"]) == "051"
    assert coder.code("protest_in", ["paris"]) == "140"      # protested in Paris: the verb's own code


@pytest.mark.model
def test_naming_a_thing_is_a_comment(run):
    ex = run("Kenya's president called the election result a disgrace.")
    assert [c for c in typed(ex, "call")] == ["010"]


def test_user_rows_extend_and_override(tmp_path):
    extra = tmp_path / "mine.tsv"
    extra.write_text("# mine\nverb\tprep\tobject\tcontext\tcode\nembiggen\t\t\t\t057\n"
                     "impose\t\tsanctions\t\t172\nsay\t\t\t\t-\n", encoding="utf-8")
    coder = load_coder((str(extra),))
    assert coder.code("embiggen", ["deal"]) == "057"
    assert coder.code("impose", ["sanctions"]) == "172"
    assert coder.code("say", ["it", "rain"]) is None
    assert default_coder().code("impose", ["sanction"]) == "163"       # the shipped coder is untouched


@pytest.mark.parametrize("text,message", [
    ("verb\tprep\n", "five tab-separated columns"),
    ("attack\t\t\t\t9x9\n", "not a CAMEO code"),
])
def test_bad_dictionary_rows_are_one_clear_error(tmp_path, text, message):
    bad = tmp_path / "bad.tsv"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_rows(bad)
    with pytest.raises(InputError, match="no such"):
        read_rows(tmp_path / "missing.tsv")
    binary = tmp_path / "bin.tsv"
    binary.write_bytes(b"\xff\xfe\x00\x01")
    with pytest.raises(InputError, match="UTF-8"):
        read_rows(binary)


def test_synonym_sets_match_their_members():
    coder = EventCoder([("&arms", "", "rifle", "", ""), ("send", "", "&arms", "", "072")])
    assert coder.code("send", ["rifle"]) == "072" and coder.code("send", ["letter"]) is None
    assert norm_word("Troops") == "troop"


# -- in the graph, with the model ---------------------------------------------------------------

def typed(ex, predicate):
    return [s.event_type for s in ex.statements if s.predicate == predicate]


@pytest.mark.model
def test_statements_carry_the_code_of_their_verb_and_object(run):
    ex = run("The European Union imposed sanctions on Iran. Brazil accused Argentina of dumping steel. "
             "Al-Shabaab attacked a police convoy near the Kenyan border.")
    assert typed(ex, "impose") == ["163"]
    assert [c[:2] for c in typed(ex, "accuse") if c] == ["11"]
    assert [c[:2] for c in typed(ex, "attack") if c] == ["19"]


@pytest.mark.model
def test_offers_of_information_launches_offices_and_attitudes_are_no_intents(run):
    ex = run("Finance Minister Erik Lindqvist offered no explanation for the delay. Norway offered two transport "
             "planes. The agency launched a new mission to Jupiter. Senator Ana Ruiz will seek a third term. "
             "Denmark offered Sweden an explanation. Mr Lindqvist said he respected the court's decision.")
    offers = typed(ex, "offer")
    assert offers.count(None) == 1 and sorted(c[:2] for c in offers if c) == ["03", "03"]    # goods; to Sweden
    assert typed(ex, "launch") == [None] and typed(ex, "seek") == [None] and typed(ex, "respect") == [None]


@pytest.mark.model
def test_a_trip_to_a_town_is_no_visit_but_a_trip_to_a_country_or_capital_is(run):
    ex = run("Floods hit the district of Kalikot. Prime Minister Anil Dahal flew to Kalikot on Wednesday. "
             "President Maria Sall flew to Dakar on Monday. The minister travelled to Japan last week. "
             "The envoy travelled to Geneva for talks with Iran.")
    assert typed(ex, "fly_to").count(None) == 1 and [c for c in typed(ex, "fly_to") if c]     # Kalikot; Dakar
    assert all(typed(ex, "travel_to")) and len(typed(ex, "travel_to")) == 2


@pytest.mark.model
def test_a_contest_a_price_and_a_plea_are_no_fight_accusation_or_appeal(run):
    ex = run("Senator Maria Ortega defeated Juan Ruiz in the runoff on Sunday. Al-Shabaab fighters defeated Kenyan troops. "
             "The clinic charges $4,500 for each dose. The mayor pleaded not guilty to bribery.")
    assert sorted(typed(ex, "defeat"), key=str) == ["190", None]
    assert typed(ex, "charge") in ([None], []) and set(typed(ex, "plead")) <= {None}


@pytest.mark.model
def test_a_denied_attack_keeps_its_type_and_its_polarity(run):
    from kg.types import Polarity
    ex = run("Chile did not attack Peru.")
    [st] = [s for s in ex.statements if s.predicate == "attack"]
    assert st.polarity is Polarity.NEGATIVE and st.event_type and st.event_type.startswith("19")


@pytest.mark.model
def test_roles_get_no_type(run):
    ex = run("Apple chief executive Tim Cook met Indian Prime Minister Narendra Modi.")
    assert all(s.event_type is None for s in ex.statements if s.predicate.endswith("_of"))
    assert [c[:2] for c in typed(ex, "meet") if c] == ["04"]


@pytest.mark.model
def test_graph_writes_event_type_and_predicate_code(nlp):
    from kg.pipeline import article_graph
    from kg.types import Article
    g = article_graph(Article(text="Kenya accused Uganda of espionage."), nlp)
    types = set(g.objects(None, KG.eventType))
    assert types and all(str(t).startswith(str(CAMEO)) for t in types)
    assert (URIRef("https://w3id.org/kg-builder/relation/accuse"), KG.cameoCode, Literal("112")) in g


# -- kg events -----------------------------------------------------------------------------------

def _cli(*args, input=None):
    from click.testing import CliRunner

    from kg.cli import main
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


EVENT_GRAPH = """
@prefix kg: <https://w3id.org/kg-builder/ontology#> . @prefix kgr: <https://w3id.org/kg-builder/id/> .
@prefix kgp: <https://w3id.org/kg-builder/relation/> . @prefix cameo: <https://w3id.org/kg-builder/cameo/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix schema: <https://schema.org/> .
kgr:entity\\/russia a kg:GeopoliticalEntity ; rdfs:label "Russia" ; owl:sameAs <http://www.wikidata.org/entity/Q159> .
kgr:entity\\/ukraine a kg:GeopoliticalEntity ; rdfs:label "Ukraine" .
kgr:article\\/a schema:url <https://example.org/a> .
kgr:statement\\/1 a kg:Statement ; rdf:subject kgr:entity\\/russia ; rdf:predicate kgp:threaten ;
    rdf:object kgr:entity\\/ukraine ; kg:eventType cameo:138 ; kg:polarity kg:Positive ; kg:modality kg:Asserted ;
    kg:date "2022-02-21"^^xsd:date ; kg:sentence "Russia threatened Ukraine." ; kg:charStart 0 ;
    prov:wasDerivedFrom kgr:article\\/a .
kgr:statement\\/2 a kg:Statement ; rdf:subject kgr:entity\\/russia ; rdf:predicate kgp:own ;
    rdf:object kgr:entity\\/ukraine ; kg:polarity kg:Positive ; kg:modality kg:Asserted .
"""


def test_events_table_of_a_graph(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_text(EVENT_GRAPH, encoding="utf-8")
    result = _cli("events", path)
    assert result.exit_code == 0, result.output
    header, *rows = result.stdout.splitlines()
    cols = header.split("\t")
    assert len(rows) == 1           # the untyped statement is no event
    row = dict(zip(cols, rows[0].split("\t")))
    assert row["date"] == "2022-02-21" and row["source"] == "Russia" and row["source_qid"] == "Q159"
    assert row["source_code"] == "RUS" and row["target_code"] == "UKR" and row["code"] == "138"
    assert row["root"] == "13" and row["quad_class"] == "3" and float(row["goldstein"]) < 0
    assert row["polarity"] == "Positive" and row["url"] == "https://example.org/a"
    assert _cli("events", path, "--no-header").stdout.splitlines() == rows


def test_events_bad_input_is_one_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle {", encoding="utf-8")
    result = _cli("events", bad)
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert _cli("events").exit_code != 0
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02")
    result = _cli("events", "--sentences", binary)
    assert result.exit_code != 0 and "Traceback" not in result.output


@pytest.mark.model
def test_events_of_plain_sentences():
    result = _cli("events", "--sentences", "-", input="Kenya imposed sanctions on Uganda.\nThe sky is blue.\n")
    assert result.exit_code == 0, result.output
    header, *rows = result.stdout.splitlines()
    cols = header.split("\t")
    assert {"sentence", "source", "target", "code"} <= set(cols)
    found = [dict(zip(cols, r.split("\t"))) for r in rows]
    assert [(r["source"], r["code"]) for r in found] == [("Kenya", "163")]
    assert found[0]["sentence"] == "Kenya imposed sanctions on Uganda."


# -- viz and stats -------------------------------------------------------------------------------

def test_network_edges_carry_code_quad_goldstein_and_date(tmp_path):
    from kg.network import actor_network, collapse
    g = Graph().parse(data=EVENT_GRAPH, format="turtle")
    net = actor_network(g)
    data = net.get_edge_data("https://w3id.org/kg-builder/id/entity/russia",
                             "https://w3id.org/kg-builder/id/entity/ukraine")
    threat = data["threaten"]
    assert (threat["code"], threat["quad_class"], threat["date"]) == ("138", 3, "2022-02-21")
    assert threat["goldstein"] < 0 and data["own"]["quad_class"] == -1 and data["own"]["code"] == ""
    pair = collapse(net).edges["https://w3id.org/kg-builder/id/entity/russia",
                               "https://w3id.org/kg-builder/id/entity/ukraine"]
    assert pair["code"] == "138" and pair["weight"] == 2
    assert actor_network(g, since="2022-03-01").number_of_edges() == 0      # dated before: out
    assert actor_network(g, until="2022-02-28").number_of_edges() == 1      # the undated statement is out


def test_viz_files_carry_date_code_weight_and_colour(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_text(EVENT_GRAPH, encoding="utf-8")
    assert _cli("viz", path, "-o", tmp_path / "n.gexf").exit_code == 0
    gexf = (tmp_path / "n.gexf").read_text(encoding="utf-8")
    assert 'mode="dynamic"' in gexf and 'start="2022-02-21"' in gexf and 'weight="1"' in gexf
    assert _cli("viz", path, "-o", tmp_path / "n.graphml").exit_code == 0
    graphml = (tmp_path / "n.graphml").read_text(encoding="utf-8")
    assert 'attr.name="code"' in graphml and ">138<" in graphml and 'attr.name="date"' in graphml
    assert _cli("viz", path, "-o", tmp_path / "n.html").exit_code == 0
    from kg.viz import QUAD_COLOURS
    assert f"stroke:{QUAD_COLOURS[3]}" in (tmp_path / "n.html").read_text(encoding="utf-8")
    result = _cli("viz", path, "-o", tmp_path / "m.html", "--since", "Monday")
    assert result.exit_code != 0 and "not a date" in result.output
    result = _cli("viz", path, "-o", tmp_path / "m.graphml", "--since", "2022-02", "--until", "2022")
    assert result.exit_code == 0 and "1 links" in result.output


def test_stats_count_events_by_root_and_quad_class(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_text(EVENT_GRAPH, encoding="utf-8")
    import json
    numbers = json.loads(_cli("stats", path, "--json").stdout)
    assert numbers["events"] == 1 and numbers["event_roots"] == {"13": 1}
    assert numbers["quad_classes"] == {"verbal conflict": 1}
    assert "by CAMEO root    13 1" in _cli("stats", path).stdout


def test_prices_contests_pleas_elections_and_watching_are_no_events():
    coder = default_coder()
    # a sum or a price is no accusation; an offence is one
    assert coder.code("charge", ["4,500"], counterpart="thing") is None
    assert coder.code("charge", ["fee"], counterpart="thing") is None
    assert coder.code("charge", ["fraud"], counterpart="thing") == "112"
    # a win at the polls or in a game is no fight; a defeat in battle is one
    assert coder.code("defeat", ["ortega"], counterpart="actor", sentence=["in", "the", "presidential", "vote"]) is None
    assert coder.code("break", ["serve"], counterpart="thing", sentence=["petrova", "break", "serve"]) is None
    assert coder.code("defeat", ["army"], counterpart="actor", sentence=["near", "the", "border"]) == "190"
    # a plea in court is no appeal
    assert coder.code("plead", [], counterpart="thing", sentence=["the", "mayor", "plead", "not", "guilty"]) is None
    assert coder.code("plead", [], counterpart="thing", sentence=["she", "plead", "for", "calm"]) == "020"
    # calling an election is a domestic act
    assert coder.code("call", ["snap", "election"], counterpart="thing") is None
    # watching a situation is no investigation; watching an actor is
    assert coder.code("monitor", ["situation"], counterpart="thing") is None
    assert coder.code("monitor", ["rebel"], counterpart="actor") == "090"
    # taking over a firm in a deal is no seizure; taking over a building by force is one
    assert coder.code("take_over", ["insurer"], counterpart="actor",
                      sentence=["agree", "to", "take_over", "the", "insurer", "for", "2", "billion"]) is None
    assert coder.code("take_over", ["rival"], counterpart="actor",
                      sentence=["a", "hostile", "bid", "to", "take_over", "its", "rival"]) is None
    assert coder.code("take_over", ["airport"], counterpart="named",
                      sentence=["rebel", "take_over", "the", "airport", "on", "sunday"]) == "171"


def test_a_comment_inside_a_synonym_set_does_not_end_it():
    """PETRARCH's &CURRENCY opens with a comment line: its members are still the set's (they were lost)."""
    import importlib.util
    from pathlib import Path
    path = Path(__file__).parents[1] / "ontologies" / "build_cameo.py"
    spec = importlib.util.spec_from_file_location("build_cameo", path)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    sets = build.read_synsets(["&CURRENCY", "# some of these are plural", "+DOLLAR", "+EURO", "", "+YEN"])
    assert sets == {"&CURRENCY": ["DOLLAR", "EURO"]}
    assert {"dollar", "euro", "yuan"} <= default_coder().synsets["&currency"]


def test_sums_of_money_are_coded_only_when_given_to_an_actor_or_promised():
    coder = default_coder()
    money = ["30", "million", "dollar"]
    assert coder.code("send", money, "dollar", counterpart="actor") == "071"
    assert coder.code("pledge", money, "dollar", counterpart="thing") == "0331"
    assert coder.code("spend", money, "dollar", counterpart="actor") is None
    assert coder.code("transfer", money, "dollar", counterpart="thing") is None
