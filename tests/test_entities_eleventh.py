"""Short names and names in odd places (tests/data/typing/paragraphs-11.json's classes), on sentences written for
these tests: a long Arabic name's given name after a title, a firm's name without its trade word, a body named after a
country's possessive that the gazetteer knows under the country's adjective."""
from __future__ import annotations

import pytest
from clausehelp import named, one

from kg.types import EntityType

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, full, short", [
    ("Sheikh Saeed bin Hamad Al Kuwari, who chairs Doha Marine Holdings, said the firm would buy two tankers. "
     "Sheikh Saeed said the ships would be delivered in 2027.", "Saeed bin Hamad Al Kuwari", "Saeed"),
    ("Abdullah bin Hamad Al Attiyah, Qatar's former energy minister, died on Sunday. Abdullah was 73.",
     "Abdullah bin Hamad Al Attiyah", "Abdullah"),
])
def test_a_long_arabic_name_goes_by_its_given_name(run, text, full, short):
    ex = run(text)
    person = one(ex, full)
    assert person.type is EntityType.PERSON and short in person.aliases
    assert len(named(ex, short)) == 1


@pytest.mark.parametrize("text, full, short", [
    ("Corrigan & Vale Construction won the contract for a new school in Leeds. Corrigan & Vale said building would "
     "start in May.", "Corrigan & Vale Construction", "Corrigan & Vale"),
    ("Kestrel Moss Holdings sold its stake in a Manila port. Kestrel Moss said the sale raised $1 billion.",
     "Kestrel Moss Holdings", "Kestrel Moss"),
])
def test_a_firm_goes_by_its_name_without_its_trade(run, text, full, short):
    ex = run(text)
    firm = one(ex, full)
    assert firm.type is EntityType.ORGANIZATION and short in firm.aliases
    assert len(named(ex, short)) == 1


@pytest.mark.parametrize("text, firm, person", [
    ("Maja Lind Foods, a Danish bakery chain, was bought by Orkla. Maja Lind, who founded the firm in 1990, said she "
     "was happy.", "Maja Lind Foods", "Maja Lind"),
    ("Peter Krall Logistics lost a contract with Tesco. Peter Krall said the firm would cut jobs.",
     "Peter Krall Logistics", "Peter Krall"),
])
def test_a_firm_named_after_a_person_is_not_that_person(run, text, firm, person):
    ex = run(text)
    assert person not in one(ex, firm).aliases


def test_a_group_is_not_its_firm(run):
    ex = run("Hyundai Motor Group will invest $21 billion in the US. Hyundai Motor said its sales rose.")
    assert "Hyundai Motor" not in one(ex, "Hyundai Motor Group").aliases


@pytest.mark.parametrize("text, known", [
    ("Russia's Ministry of Defence said 40 drones were shot down over Belgorod. The Russian Ministry of Defence gave "
     "no figures for damage.", "Russian Ministry of Defence"),
    ("China's Foreign Ministry said on Monday it opposed the sanctions, and the Chinese Foreign Ministry later "
     "summoned the Dutch envoy.", "Chinese Foreign Ministry"),
])
def test_a_body_after_a_countrys_possessive_is_the_one_named_by_its_adjective(run, text, known):
    ex = run(text)
    body = one(ex, known)
    assert body.type is EntityType.ORGANIZATION
    assert len([e for e in ex.entities if e.type is EntityType.ORGANIZATION]) == 1


@pytest.mark.parametrize("text, firm", [
    ("iRobot said on Monday it had cut 105 more jobs at its Bedford headquarters.", "iRobot"),
    ("bioMérieux agreed to buy a test maker in Utah for $500 million.", "bioMérieux"),
])
def test_a_lower_case_led_firm_that_acts_is_a_body(run, text, firm):
    assert one(run(text), firm).type is EntityType.ORGANIZATION


def test_a_lower_case_led_product_is_no_body(run):
    ex = run("Sales of the iPhone fell 5% in China, and the iPad sold well in India.")
    assert not named(ex, "iPad") and not named(ex, "iPhone")


@pytest.mark.parametrize("text, son, father", [
    ("Sheikh Maktoum bin Mohammed bin Rashid Al Maktoum, the UAE's finance minister, signed the deal in Dubai.",
     "Maktoum bin Mohammed bin Rashid Al Maktoum", "Mohammed bin Rashid Al Maktoum"),
    ("Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum opened the new terminal. Sheikh Hamdan said it would handle "
     "20 million passengers.", "Hamdan bin Mohammed bin Rashid Al Maktoum", "Mohammed bin Rashid Al Maktoum"),
])
def test_a_sons_name_is_not_his_fathers(run, text, son, father):
    ex = run(text)
    assert one(ex, son).type is EntityType.PERSON and not named(ex, father)
