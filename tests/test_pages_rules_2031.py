"""Organization nodes and names on unseen saved pages and paragraphs (issue 9; bench/pages-judged-2031-fresh.tsv,
tests/data/typing/paragraphs-9.json): the classes of wrong ones found there, each on sentences written here."""
from __future__ import annotations

import pytest

from kg.types import EntityType

pytestmark = pytest.mark.model


def typed(ex, etype: EntityType) -> set[str]:
    return {e.label for e in ex.entities if e.type is etype}


def test_a_given_name_spelt_like_a_country_before_a_surname_is_a_person(run):
    ex = run("The startup was founded by Priya Raman, a former Google engineer, and Jordan Whitlow, who ran "
             "product at Zendesk. Georgia Hartley, a nurse from Leeds, said the ward was full.")
    people = typed(ex, EntityType.PERSON)
    assert {"Jordan Whitlow", "Georgia Hartley"} <= people
    assert not typed(ex, EntityType.GPE) & {"Jordan", "Georgia"}
    # the country itself, and a place or a club named with it, stay what they are
    ex = run("Exports from Jordan fell on Tuesday, Israeli troops entered Jordan Valley villages, and Paris "
             "Saint-Germain won in Lyon.")
    assert "Jordan" in typed(ex, EntityType.GPE)
    assert "Paris Saint-Germain" in typed(ex, EntityType.ORGANIZATION)
    assert "Orlando Pirates" not in typed(run("Orlando Pirates beat Kaizer Chiefs in the Soweto derby."),
                                          EntityType.PERSON)


def test_an_amount_the_ner_ran_into_a_name_is_cut_off(run):
    ex = run("The European Commission fined Apple 1.8 billion euros over app payments.")
    assert typed(ex, EntityType.ORGANIZATION) == {"European Commission", "Apple"}
    # a number that is part of a name stays in it
    assert "Channel 4" in typed(run("Shares in Channel 4 rose after the sale."), EntityType.ORGANIZATION)


def test_a_title_written_as_initials_before_a_name_is_no_body(run):
    ex = run("Orvane's CFO Ines Halvorsen said the company would buy back shares, and its CTO Raj Mehta quit.")
    assert not typed(ex, EntityType.ORGANIZATION) & {"CFO Ines Halvorsen", "CTO Raj Mehta"}
    assert {"Ines Halvorsen", "Raj Mehta"} <= typed(ex, EntityType.PERSON)


def test_a_name_before_family_is_a_familys_no_body(run):
    ex = run("Shares in Halden Motor Holding, the Halden and Varga families' holding company, rose 2%. The Walton "
             "family sold shares in Walmart.")
    assert not typed(ex, EntityType.ORGANIZATION) & {"Halden", "Varga", "Walton"}
    assert not typed(ex, EntityType.PERSON) & {"Halden", "Varga", "Walton"}
    assert {"Halden Motor Holding", "Walmart"} <= typed(ex, EntityType.ORGANIZATION)


def test_a_name_the_ner_ran_across_a_sentence_end_and_a_quote_is_cut_there(run):
    ex = run("\"Search is only as good as its index,\" Dara Whelan, Orvane's chair and chief executive, wrote on X. "
             "\"Kestrel built the best crawler in the business.\"")
    assert not any('"' in e.label or e.label.startswith("X") for e in ex.entities)
    assert typed(ex, EntityType.ORGANIZATION) == {"Orvane"}


def test_a_word_in_capitals_after_a_possessive_and_adjectives_is_a_common_noun(run):
    ex = run("Halden Motor will build its new electric SUV in Zwickau, and its former COO joined a small Kestrel "
             "rival.")
    assert not typed(ex, EntityType.ORGANIZATION) & {"SUV", "COO"}
    assert "Halden Motor" in typed(ex, EntityType.ORGANIZATION)


@pytest.mark.parametrize("text, label", [
    ("Fifa sold the broadcast rights for the tournament to a streaming service.", "FIFA"),
    ("Uefa fined the club for crowd trouble in Seville.", "UEFA"),
    ("Isro launched three satellites from Sriharikota on Monday.", "Indian Space Research Organisation"),
    ("Peacekeepers of Unifil said two of their posts in southern Lebanon were hit.", "United Nations Interim Force in Lebanon"),
    ("The metalworkers' union Numsa called a strike at the Durban plant.", "National Union of Metalworkers of South Africa"),
])
def test_a_well_known_body_written_in_house_style_is_known(run, text, label):
    assert label in typed(run(text), EntityType.ORGANIZATION)


def test_what_a_maker_named_after_its_noun_launched_is_a_product(run):
    ex = run("Kestrel's main tool will be folded into Nimbusforce, the AI agent platform Orvane launched in "
             "September. Microsoft, whose own tool competes with Nimbusforce, declined to comment.")
    assert "Nimbusforce" not in typed(ex, EntityType.ORGANIZATION)
    # nor does the product stand for whoever the parser made the head of its apposition
    ex = run("Kestrel's main product, Relay, will be folded into Nimbusforce, the AI agent platform Salesforce "
             "launched in September, and into Slack.")
    maker = {e.key for e in ex.entities if e.label == "Salesforce"}
    assert not any(s.object is not None and s.object.entity in maker for s in ex.statements)
    # a body a founder launched stays a body
    ex = run("Vantor Labs, the startup Dara Whelan launched in 2019, said it would hire 200 engineers.")
    assert "Vantor Labs" in typed(ex, EntityType.ORGANIZATION)


def test_a_common_noun_written_in_capitals_is_no_name(run):
    ex = run("Chief executive Wael Sawan said the LNG business had a record year. The first buses will run between "
             "the Nairobi CBD and Kasarani, and the company will buy LNG from Cheniere.")
    assert not {e.label for e in ex.entities} & {"LNG", "CBD"}
    assert "Wael Sawan" in typed(ex, EntityType.PERSON)


def test_a_head_noun_short_form_joins_a_one_word_name_ending_in_it(run):
    ex = run("Sweden's central bank, the Riksbank, cut its policy rate. Governor Erik Thedeen said the Bank expected "
             "inflation to fall.")
    banks = [e for e in ex.entities if e.type is EntityType.ORGANIZATION and {"Riksbank", "Bank"} & {e.label, *e.aliases}]
    assert len(banks) == 1 and banks[0].label == "Riksbank"
