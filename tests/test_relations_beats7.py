"""Nominalisations and the sides of deals, talks and fighting (issue 9, class "no statement between subject and
object"): the agent of a nominalisation in a "by" phrase however the parser hangs it ("the signing of the agreement
by Thailand and Cambodia", "the rejection by the United Auto Workers of Ford's offer"), each of coordinated agents, a
light noun with its own preposition ("the visit by Wang Yi to Kabul", "the SEC's probe into Tesla"), who receives a
sale ("Shell's sale of the unit to Renaissance"), no agent in a date ("Monday's attack"), and a visit postponed or a
takeover proposed not taken as done; the sides of a deal or of fighting that "between" names, and a possessor with
"with" ("Google's deals with Apple"); a participle aside is no part of a named subject's words ("The Supreme Court of
India, hearing a petition filed by X, ordered"), and the infinitive of a possessed plan, decision or refusal is the
possessor's act ("Germany's decision to halt arms exports"); the one an act is received from does it ("drew criticism
from X", "won the backing of X"), and talks left were held ("pulled out of talks with X"); "the airline" a speaker
titled "Ryanair's chief executive" speaks of is Ryanair, not a name in the speaker's aside; and a description is none
of the names in its own verb's other arguments ("Shell's sale to Renaissance was approved by the regulator"); who
leaves and what, in a nominalisation of leaving ("the withdrawal of French troops from Niger"), not done where asked
for; talks a verb is held after or at are its subjects' ("Speaking after a meeting with Rutte, Stubb said"); the
sides of talks hung on their participle ("talks hosted by Turkey between Russia and Ukraine"), and the state a
suspect is extradited or deported to; who carries out a nominalised act does it ("Liverpool have completed the
signing of Wirtz"). tests/data/relations/beats7.json holds 44 sentences of our own with 71 expected statements and 78
traps, written before the builder ran on them (first run: 54 found, 1 trap hit)."""
from __future__ import annotations

from pathlib import Path

import pytest

from clausehelp import facts, score_cases

pytestmark = pytest.mark.model

BEATS7 = Path(__file__).resolve().parent / "data" / "relations" / "beats7.json"


def factuality(ex, pred):
    return {(s.polarity.value, s.modality.value) for s in ex.statements if s.predicate == pred}


def test_the_agents_of_a_nominalisation_in_a_by_phrase(run):
    ex = run("The signing of the ceasefire agreement by Thailand and Cambodia took place in Kuala Lumpur.")
    assert {(s, o) for s, _, o in facts(ex, "sign")} == {("thailand", "the ceasefire agreement"),
                                                         ("cambodia", "the ceasefire agreement")}
    ex = run("The rejection by the United Auto Workers of Ford's latest offer prolonged the strike.")
    assert ("united-auto-workers", "reject", "Ford's latest offer") in facts(ex)
    ex = run("The rejection by the Bank of England of the plan surprised analysts.")
    assert ("bank-of-england", "reject", "the plan") in facts(ex)


def test_a_light_noun_with_its_own_preposition(run):
    ex = run("The visit by Chinese Foreign Minister Wang Yi to Kabul was the first since 2022.")
    assert ("wang-yi", "visit", "kabul") in facts(ex)
    ex = run("The SEC's probe into Tesla widened.")
    assert ("securities-and-exchange-commission", "investigate", "tesla") in facts(ex)
    assert ("china", "support", "russia") in facts(run("China's support for Russia worried NATO."))


def test_who_receives_a_sale(run):
    ex = run("Shell's sale of its Nigerian onshore business to Renaissance was approved by the regulator.")
    assert ("shell", "sell_to", "renaissance") in facts(ex)


def test_no_agent_in_a_date_and_no_act_postponed_or_proposed(run):
    assert not facts(run("Monday's attack on Kharkiv killed nine people."), "attack")
    assert factuality(run("Modi's visit to Washington was postponed."), "visit") == {("Positive", "Hypothetical")}
    assert factuality(run("Vexa's proposed takeover of Lumo Bank was blocked."), "take_over") == {
        ("Positive", "Hypothetical")}


def test_the_sides_of_a_deal_or_of_fighting(run):
    ex = run("An agreement between Airbus and the Indian conglomerate Tata to build helicopters was announced.")
    assert {("airbus", "tata-group"), ("tata-group", "airbus")} <= {(s, o) for s, _, o in facts(ex, "agree_with")}
    ex = run("Fighting between the army and the Rapid Support Forces has killed thousands of people in Sudan.")
    assert ("rapid-support-forces", "fight_with", "the army") in facts(ex)
    # made, whatever is said of it after; and a deal only sought, or a war only feared, is no fact
    ex = run("Google's deals with Apple and Samsung did not break competition law.")
    assert {o for _, _, o in facts(ex, "agree_with")} == {"apple", "samsung-electronics"}
    assert factuality(ex, "agree_with") == {("Positive", "Asserted")}
    ex = run("The United States is pushing for a deal between Israel and Hamas.")
    assert factuality(ex, "agree_with") == {("Positive", "Hypothetical")}
    ex = run("Analysts warned of the risk of a war between India and Pakistan.")
    assert factuality(ex, "fight_with") == {("Positive", "Hypothetical")}
    assert factuality(run("The deal between Vexa and Lumora was not signed."), "agree_with") == {
        ("Negative", "Asserted")}


def test_the_seventh_batch(run):
    """The builder on tests/data/relations/beats7.json: first run 54 of 71 found, 1 trap hit."""
    found, _, wrong = score_cases(run, BEATS7)
    assert found >= 66
    assert len(wrong) <= 0


def text_of(ex, pred):
    return {s.subject.text for s in ex.statements if s.predicate == pred}


def test_a_participle_aside_is_no_part_of_a_named_subject(run):
    ex = run("The Supreme Court of India, hearing a petition filed by the Editors Guild, ordered the government to "
             "restore internet access.")
    assert text_of(ex, "order") == {"The Supreme Court of India"}
    ex = run("Tesla's board, chaired by Robyn Denholm, proposed a new pay package.")
    assert text_of(ex, "propose") == {"Tesla's board"}
    # a bare noun keeps it: it says which ones
    ex = run("The eight members, led by Saudi Arabia and Russia, agreed to unwind earlier cuts.")
    assert text_of(ex, "agree") == {"The eight members led by Saudi Arabia and Russia"}


def test_the_infinitive_of_a_possessed_plan_or_refusal_is_the_possessors_act(run):
    ex = run("Germany's decision to halt arms exports to Israel drew sharp criticism.")
    assert ("germany", "halt", "arms exports to Israel") in facts(ex)
    assert factuality(ex, "halt") == {("Positive", "Hypothetical")}
    ex = run("The decision by Germany to halt arms exports surprised Israel.")
    assert ("germany", "halt", "arms exports") in facts(ex)
    ex = run("Microsoft's refusal to sell the unit angered regulators.")
    assert ("microsoft", "sell", "the unit") in facts(ex)
    assert factuality(ex, "sell") == {("Negative", "Asserted")}
    # a plan reported is still a plan
    ex = run("Analysts said the flooding could complicate any attempt by Ukrainian forces to cross the river.")
    assert factuality(ex, "cross") <= {("Positive", "Hypothetical")}


def test_the_one_an_act_is_received_from_does_it(run):
    ex = run("Germany's decision to halt arms exports to Israel drew sharp criticism from Benjamin Netanyahu.")
    assert {s for s, _, _ in facts(ex, "criticise")} == {"benjamin-netanyahu"}
    ex = run("The plan won the backing of the Labour Party and praise from Emmanuel Macron.")
    assert ("labour-party", "back", "The plan") in facts(ex)
    assert ("emmanuel-macron", "praise", "The plan") in facts(ex)
    ex = run("Starmer received a call from Donald Trump on Monday.")
    assert ("donald-trump", "call", "keir-starmer") in facts(ex)


def test_talks_left_were_held(run):
    ex = run("Thames Water has pulled out of talks with KKR over a rescue.")
    assert ("thames-water", "negotiate_with", "kkr") in facts(ex)
    ex = run("Vexa Motors withdrew from negotiations with Lumo Energy.")
    assert ("vexa-motors", "negotiate_with", "lumo-energy") in facts(ex)
    # held, whatever is said of leaving them
    assert factuality(run("Thames Water has not pulled out of talks with KKR."), "negotiate_with") == {
        ("Positive", "Asserted")}
    # a deal left is no talks
    assert not facts(run("Vexa Motors pulled out of the deal with Lumo Energy."), "negotiate_with")


def test_the_body_of_a_speakers_title_in_apposition_is_the_one_a_description_names(run):
    ex = run("Ryanair's chief executive, Michael O'Leary, who has clashed repeatedly with Boeing over delays, said the "
             "airline would receive 29 jets by March.")
    assert {s for s, _, _ in facts(ex, "receive")} == {"ryanair"}
    ex = run("Michael O'Leary, Ryanair's chief executive, who has clashed with Boeing over delays, said the airline "
             "would receive 29 jets.")
    assert {s for s, _, _ in facts(ex, "receive")} == {"ryanair"}


def test_a_description_is_none_of_the_names_in_its_own_verbs_other_arguments(run):
    ex = run("Shell's sale of its Nigerian onshore business to Renaissance was approved by the regulator in December.")
    assert {s for s, _, _ in facts(ex, "approve")} == {"the regulator"}
    ex = run("Lumo Energy won a contract from Orsted. The company said it would hire 200 people.")
    assert {s for s, _, _ in facts(ex, "say")} == {"lumo-energy"}


def test_who_leaves_and_what_they_leave_in_a_nominalisation(run):
    ex = run("The withdrawal of French troops from Niger was completed on Friday.")
    assert ("france", "withdraw_from", "niger") in facts(ex)
    ex = run("Britain's exit from the European Union took effect in 2020.")
    assert ("united-kingdom", "leave", "european-union") in facts(ex)
    # asked for, or under talks: not (yet) done
    ex = run("Zelensky called for the withdrawal of Russian troops from Ukraine.")
    assert factuality(ex, "withdraw_from") == {("Positive", "Hypothetical")}
    ex = run("Talks on Britain's exit from the EU resumed.")
    assert factuality(ex, "leave") == {("Positive", "Hypothetical")}


def test_talks_a_verb_is_held_after_or_at_are_its_subjects(run):
    ex = run("Speaking after a meeting with NATO Secretary General Mark Rutte in Brussels, the Finnish president, "
             "Alexander Stubb, said his country would increase defence spending.")
    assert ("alexander-stubb", "meet_with", "mark-rutte") in facts(ex)
    ex = run("Vexa Motors raised prices after talks with Lumo Energy.")
    assert ("vexa-motors", "negotiate_with", "lumo-energy") in facts(ex)
    # talks to come are no fact
    assert not facts(run("Starmer spoke to reporters before a meeting with Macron."), "meet_with")
    # a description's deals
    ex = run("Lawyers for Google said the search engine's deals with Apple and Samsung did not break the law.")
    assert {o for _, _, o in facts(ex, "agree_with")} == {"apple", "samsung-electronics"}


def test_the_sides_of_talks_on_their_participle_and_where_a_suspect_is_sent(run):
    ex = run("Peace talks hosted by Turkey in Istanbul between Russia and Ukraine ended after an hour.")
    assert ("russia", "negotiate_with", "ukraine") in facts(ex)
    ex = run("Mexican authorities extradited 26 suspected cartel members, including the alleged leader of the "
             "Sinaloa cartel's Chapitos faction, to the United States on Tuesday.")
    assert ("mexico", "extradite_to", "united-states") in facts(ex)
    assert ("united-kingdom", "deport_to", "albania") in facts(run("Britain deported 40 migrants to Albania."))


def test_who_carries_out_a_nominalised_act_does_it(run):
    ex = run("Liverpool have completed the signing of the Germany midfielder Florian Wirtz from Bayer Leverkusen.")
    assert ("liverpool", "sign", "florian-wirtz") in facts(ex)
    ex = run("Vexa Motors closed the purchase of Lumo Energy on Friday.")
    assert ("vexa-motors", "purchase", "lumo-energy") in facts(ex)
    # approving or ordering an act is no doing it
    assert not facts(run("The regulator approved the sale of Lumo Energy."), "sell")
