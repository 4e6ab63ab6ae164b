"""Relations of the eighth batch (issue 9, classes "no statement between found arguments" and "argument not found"):
who is offered, promised or provided a thing, as the first of two objects ("offered Kenya a loan", "offered Syria's
new government $1 billion", "offered Vantor shareholders 14 euros a share") or after "to" ("provided aid to Sudan"); the parties of one deal that no "with" names, each with the others ("Microsoft and
OpenAI signed a new agreement", "a deal struck by Volkswagen and the IG Metall union", not "each signed a deal",
"signed separate agreements", "signed the Paris Agreement"); the subject after an opening phrase that ends in a name,
which the parser lists with that name ("After a week of talks in Doha, Israel and Hamas agreed", also reported: "...,
the mediators said") or makes the preposition's noun the subject in its stead ("After two rounds of talks in
Istanbul, Russia and Ukraine agreed"); "they" that a body with a plural name says did something is that body ("The
Houthis said they had attacked a tanker"; not "Israel said they had crossed", "said they had been detained"); the subject of a verb takes part in the visit, the talks or the deal a phrase on it
names ("handed a letter ... during a visit to Ankara", "will travel to Delhi for talks with Doval", Hypothetical,
"agreed to ... in a deal with Trump"); an entity's key spells out the letters NFKD does not decompose ("Ørsted" is
"orsted", not "rsted"); a collective act of a named body's members is the body's ("Members of the UAW ratified the
contract", "said its members had rejected the offer"; not "two members", nor "members attacked the plan"); a state that chairs or heads a body does so, with no office ("Malaysia, which chairs
ASEAN": chair(Malaysia, ASEAN), no longer dropped as a person's chair_of); a participle set off after what the subject is said to be is the
subject's act ("was declared the winner of Malawi's presidential election by the electoral commission, unseating
President Lazarus Chakwera"); an object "it" after a thing named between is not the firm before it ("would provide its
HIV drug lenacapavir ... to the Global Fund, which plans to supply it": the drug, not Gilead).
tests/data/relations/beats8.json holds 74 sentences of our own with 125 expected statements and 180 traps, written
before the builder ran on them (first run: 97 found, 8 traps hit; 101 and 2 once eight patterns' slips of form were
fixed)."""
from __future__ import annotations

from pathlib import Path

import pytest

from clausehelp import facts, score_cases

pytestmark = pytest.mark.model

BEATS8 = Path(__file__).resolve().parent / "data" / "relations" / "beats8.json"


def test_who_is_offered_promised_or_provided(run):
    assert ("world-bank", "offer_to", "kenya") in facts(run("The World Bank offered Kenya a $750 million loan."))
    ex = run("The European Commission offered Moldova's government 1.9 billion euros in support.")
    assert ("european-commission", "offer_to", "moldova") in facts(ex)
    ex = run("Halvard said it had offered Vantor shareholders 14 euros a share.")
    assert ("halvard", "offer_to", "Vantor shareholders") in facts(ex)
    assert ("japan", "promise_to", "ukraine") in facts(run("The Japanese government promised Ukraine $4.5 billion."))
    assert ("norway", "provide_to", "sudan") in facts(run("Norway provided emergency aid to Sudan."))
    # no one named is offered anything: a time, a noun of no name's, words after "to" that name none
    assert not facts(run("Halvard offered investors two weeks to respond."), "offer_to")
    assert not facts(run("Halvard offered the company's shareholders 14 euros a share."), "offer_to")
    assert not facts(run("The Norwegian minister offered his condolences to the families."), "offer_to")


def test_the_parties_of_one_deal_each_with_the_others(run):
    ex = run("Serbia and Kosovo reached a deal on licence plates after two days of talks in Brussels.")
    assert {("serbia", "kosovo"), ("kosovo", "serbia")} <= {(s, o) for s, _, o in facts(ex, "agree_with")}
    ex = run("The accord, which was signed by Serbia and Kosovo in 2013, was never carried out.")
    assert {("serbia", "kosovo"), ("kosovo", "serbia")} <= {(s, o) for s, _, o in facts(ex, "sign_with")}
    ex = run("Workers will give up a pay rise under a deal struck by the carmaker Volkswagen and the IG Metall union.")
    assert {("volkswagen", "ig-metall"), ("ig-metall", "volkswagen")} <= {(s, o) for s, _, o in facts(ex, "agree_with")}
    ex = run("Serbia and Kosovo did not sign the agreement.")
    assert {(s.predicate, s.polarity.value) for s in ex.statements if s.predicate == "sign_with"} == {
        ("sign_with", "Negative")}
    # each its own, or a named treaty signed by many: no deal with each other
    assert not facts(run("Serbia and Kosovo each signed a deal with the European Union."), "sign_with") - {
        ("serbia", "sign_with", "european-union"), ("kosovo", "sign_with", "european-union")}
    assert not facts(run("Serbia and Kosovo signed separate agreements on Monday."), "sign_with")
    assert not facts(run("France and Germany signed the Paris Agreement in 2016."), "sign_with")


def test_a_subject_after_an_opening_phrase_that_ends_in_a_name(run):
    # the parser lists the subject with the name that ends the phrase ("in Doha, Israel and Hamas"), or leaves the
    # preposition without its noun and makes that noun the subject
    ex = run("After a week of talks in Doha, Israel and Hamas agreed to extend the truce, the mediators said.")
    assert {("israel", "extend", "the truce"), ("hamas", "extend", "the truce")} <= facts(ex)
    ex = run("At a ceremony in Riyadh, Saudi Arabia and Pakistan signed a defence pact on Wednesday.")
    assert {("saudi-arabia", "a defence pact"), ("pakistan", "a defence pact")} <= {
        (s, o) for s, _, o in facts(ex, "sign")}
    ex = run("After two rounds of talks in Istanbul, Russia and Ukraine agreed to exchange prisoners.")
    assert {s for s, _, _ in facts(ex, "agree")} == {"russia", "ukraine"}
    # a place list of the phrase's own stays there
    assert facts(run("In Paris and Lyon, Vexa Motors closed two plants.")) >= {("vexa-motors", "close", "two plants")}


def test_they_of_a_body_with_a_plural_name_that_says_it(run):
    ex = run("The Rapid Support Forces said they had seized the army base in Babanusa on Monday.")
    assert ("rapid-support-forces", "seize", "the army base in Babanusa") in facts(ex)
    ex = run("The Houthis said they had attacked a tanker in the Gulf of Aden.")
    assert ("houthis", "attack", "a tanker") in facts(ex)
    # a name of singular form, a passive, what they are: others
    assert not facts(run("Israel said they had crossed the border illegally."), "cross")
    assert not [s for s in run("The Houthis said they had been detained by the coalition.").statements
                if s.subject.entity == "houthis" and s.predicate != "say" or s.object.entity == "houthis"]
    assert not facts(run("The Houthis said they were fishermen."), "be")


def factuality(ex, pred):
    return {(s.polarity.value, s.modality.value) for s in ex.statements if s.predicate == pred}


def test_the_subject_takes_part_in_the_visit_talks_or_deal_a_phrase_names(run):
    ex = run("On a visit to Kyiv, Friedrich Merz pledged more air defence.")
    assert ("friedrich-merz", "visit", "kyiv") in facts(ex)
    ex = run("Lula will travel to Beijing next month for talks with Xi Jinping.")
    assert ("luiz-inacio-lula-da-silva", "negotiate_with", "xi-jinping") in facts(ex)
    assert factuality(ex, "negotiate_with") == {("Positive", "Hypothetical")}
    ex = run("Shell bought the stake from Eni in a deal with Equinor.")
    assert ("shell", "agree_with", "equinor") in facts(ex)
    assert factuality(ex, "agree_with") == {("Positive", "Asserted")}
    # no visitor named: shares rise after a visit, a visit made by others
    assert not facts(run("Vexa Motors shares rose after a visit to Oslo."), "visit")
    assert not [s for s in run("Vexa Motors shares rose after a visit to the plant by Lumo executives.").statements
                if s.predicate == "visit" and "shares" in s.subject.text]


def test_a_name_with_a_letter_of_no_decomposition_keeps_it_in_its_key(run):
    ex = run("Orsted said it had sold half of the Hornsea wind farm to Apollo.")
    assert ("orsted", "sell_to", "apollo") in facts(ex)      # not "rsted": "Ørsted" of the gazetteer


def test_a_collective_act_of_a_bodys_members_is_the_bodys(run):
    ex = run("Members of the United Auto Workers ratified the contract on Friday.")
    assert ("united-auto-workers", "ratify", "the contract") in facts(ex)
    ex = run("The European Broadcasting Union said its members had rejected the proposal.")
    assert ("european-broadcasting-union", "reject", "the proposal") in facts(ex)
    # some of them, or an act no vote decides
    assert not [s for s in run("Two members of the United Auto Workers voted against the contract.").statements
                if s.subject.entity == "united-auto-workers"]
    assert not [s for s in run("Members of the United Auto Workers attacked the plan.").statements
                if s.subject.entity == "united-auto-workers"]


def test_a_state_that_chairs_a_body_holds_no_office(run):
    ex = run("Malaysia, which chairs ASEAN this year, offered to mediate between the two neighbours.")
    assert ("malaysia", "chair", "asean") in facts(ex)
    assert ("anna-holm", "chair_of", "vexa") in facts(run("Anna Holm, who chairs the Vexa board, resigned."))


def test_a_participle_after_what_the_subject_is_said_to_be_is_the_subjects_act(nlp):
    # "X was declared the winner ... by the commission, unseating Y": the parser may hang the participle on the
    # predicate noun; its subject is the clause's (the shape built by hand: the parser makes it only now and then)
    from spacy.tokens import Doc

    from kg.extract.arguments import subjects_of
    words = ["Vance", "was", "declared", "the", "winner", ",", "unseating", "Holm", "."]
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 2, 4, 2, 4, 4, 6, 2],
              deps=["nsubjpass", "auxpass", "ROOT", "det", "oprd", "punct", "acl", "dobj", "punct"],
              tags=["NNP", "VBD", "VBN", "DT", "NN", ",", "VBG", "NNP", "."],
              pos=["PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT"])
    assert [t.text for t in subjects_of(doc[6])[0]] == ["Vance"]
    # a participle right on its noun, no comma, stays the noun's ("the winner unseating ...")
    doc = Doc(nlp.vocab, words=words[:5] + words[6:], heads=[2, 2, 2, 4, 2, 4, 5, 2],
              deps=["nsubjpass", "auxpass", "ROOT", "det", "oprd", "acl", "dobj", "punct"],
              tags=["NNP", "VBD", "VBN", "DT", "NN", "VBG", "NNP", "."],
              pos=["PROPN", "AUX", "VERB", "DET", "NOUN", "VERB", "PROPN", "PUNCT"])
    assert [t.text for t in subjects_of(doc[5])[0]] == ["winner"]


def test_an_object_it_after_a_thing_named_between_is_not_the_firm(run):
    # a product's name (no entity), or a noun the parser made the first object, stands between the firm and "it"
    ex = run("Vexa said it would sell its cancer drug Zorvatinib at cost to the World Health Organization, which will "
             "distribute it in Africa.")
    assert not [s for s in ex.statements if s.predicate == "distribute" and s.object.entity == "vexa"]
    ex = run("Halvard Biotech said it would provide its malaria drug Tafenquine at no profit to UNICEF, which plans to "
             "supply it to ten countries.")
    assert not [s for s in ex.statements if s.predicate == "supply" and s.object.entity == "halvard-biotech"]


def test_who_gets_a_thing_given_at_a_price(run):
    ex = run("Halvard Biotech will supply its malaria drug at cost to UNICEF.")
    assert ("halvard-biotech", "supply_to", "unicef") in facts(ex)
    ex = run("Halvard Biotech said it would provide its malaria drug Tafenquine at no profit to UNICEF.")
    assert ("halvard-biotech", "provide_to", "unicef") in facts(ex)
    assert not facts(run("Lumora sold the shares at a discount to their market value."), "sell_to")
    # a price measured against a benchmark, and a "to" of the verb's own: the verb's names who gets it
    ex = run("Lukoil sold crude to India at a discount of up to $20 a barrel to Brent throughout 2024.")
    assert {o for _, _, o in facts(ex, "sell_to")} == {"india"}
    ex = run("Lukoil supplied diesel to Kenya at a discount of $5 a barrel to Brent in 2024.")
    assert {o for _, _, o in facts(ex, "supply_to")} == {"kenya"}


def test_a_name_of_several_words_after_its_description_is_the_subject(run):
    ex = run("Norway's wealth fund chief Nicolai Tangen criticised the pay deal on Monday.")
    assert ("nicolai-tangen", "criticise", "the pay deal") in facts(ex)
    ex = run("City treasurer Tara Singh rejected the claim.")
    assert ("tara-singh", "reject", "the claim") in facts(ex)


def test_a_name_of_several_words_after_its_description_is_the_subject(run):
    ex = run("Norway's wealth fund chief Nicolai Tangen criticised the pay deal on Monday.")
    assert ("nicolai-tangen", "criticise", "the pay deal") in facts(ex)
    ex = run("City treasurer Tara Singh rejected the claim.")
    assert ("tara-singh", "reject", "the claim") in facts(ex)


def test_the_eighth_batch(run):
    """The builder on tests/data/relations/beats8.json: first run 101 of 125 found (patterns fixed), 2 traps hit."""
    found, _, wrong = score_cases(run, BEATS8)
    assert found >= 120
    assert len(wrong) <= 1
