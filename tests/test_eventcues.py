"""Codes told by the governing verb and the sentence (kg.extract.eventcues)."""
from __future__ import annotations

import pytest

from kg.types import Modality, Polarity


def coded(ex, predicate):
    return [(s.event_type, s.polarity) for s in ex.statements if s.predicate == predicate]


@pytest.mark.model
def test_a_refusal_to_comment_and_a_refusal_to_act_code_both_statements(run):
    ex = run("Siemens declined to disclose the terms of the contract. Ortega refused to recognise the new "
             "government. Ericsson refused to meet the mediator.")
    assert coded(ex, "disclose") == [("011", Polarity.NEGATIVE)]        # the act refused: Negative, 011
    assert {c for c, _ in coded(ex, "decline")} == {"011"}               # the refusal itself
    assert {c for c, _ in coded(ex, "recognise") + coded(ex, "recognize")} == {"120"}
    assert coded(ex, "refuse") and all(c[:2] == "12" for c, _ in coded(ex, "refuse"))


@pytest.mark.model
def test_a_negated_comment_keeps_its_own_code(run):
    ex = run("Lufthansa has not answered questions about the delays. Volvo did not comment on the report.")
    assert coded(ex, "answer") == [("010", Polarity.NEGATIVE)]
    assert all(c[:2] == "01" for c, _ in coded(ex, "comment_on") + coded(ex, "comment"))


@pytest.mark.model
def test_an_intent_or_a_threat_is_coded_by_what_is_intended(run):
    ex = run("Chile and Peru agreed to resume talks on their border. Norway pledged to send food to Sudan. "
             "Moscow threatened to cut gas supplies to Moldova. Orvik Holdings agreed to buy the Danish "
             "shipping group Maersk.")
    agree = [c for c, _ in coded(ex, "agree")]
    assert agree and agree[0][:2] == "03"                  # an intent to meet or negotiate
    assert "061" in agree or any(c and c.startswith("06") for c in agree)    # the purchase agreed is the deal
    assert [c[:2] for c, _ in coded(ex, "pledge")] == ["03"]
    assert [c for c, _ in coded(ex, "threaten")] == ["131"]          # a threat of a sanction, not of force
    talks = [s for s in ex.statements if s.predicate.startswith("resume")]
    assert talks and all(s.modality is Modality.HYPOTHETICAL for s in talks)   # agreed to: not yet done


@pytest.mark.model
def test_a_verb_of_saying_with_a_clause_is_a_statement(run):
    ex = run("Governor Ilse Marten signalled that the Riksbank would raise rates. Lawyers for Vexa argued that the "
             "contract was void.")
    assert [c for c, _ in coded(ex, "signal")] == ["010"]
    assert [c for c, _ in coded(ex, "argue")] == ["010"]


@pytest.mark.model
def test_aircraft_sent_for_a_disaster_are_humanitarian_aid(run):
    ex = run("Spain sent four water-bombing planes to fight the wildfire. Turkey sent fighter jets to Azerbaijan.")
    sent = {s.subject.text: s.event_type for s in ex.statements if s.predicate.startswith("send")}
    assert sent["Spain"] == "073"
    assert sent["Turkey"][:2] == "06"                       # no disaster: military cooperation


@pytest.mark.model
def test_an_order_to_ones_own_organ_is_no_event_but_to_another_actor_is(run):
    ex = run("President Mara Velden ordered the police to reopen the highway. The court ordered Boeing to pay "
             "the fine.")
    police = [s for s in ex.statements if s.predicate == "order" and "police" in s.object.text]
    assert police and all(s.event_type is None for s in police)
    boeing = [s for s in ex.statements if s.predicate == "order" and s.object.text == "Boeing"]
    assert boeing and boeing[0].event_type[:2] == "10"


@pytest.mark.model
def test_naming_a_thing_is_a_comment_a_denunciation_or_an_optimistic_comment(run):
    ex = run('Minister Karel Dvorak called the tariffs on Czech glass illegal. Director Lena Holm called the '
             'docking "a triumph of engineering". Senator Ruth Adler called the vote on the Lumora bill premature.')
    calls = {s.subject.text: s.event_type for s in ex.statements if s.predicate == "call"}
    assert "111" in calls.values()                  # illegal: a denunciation
    assert "013" in calls.values()                  # a triumph: optimistic
    assert "010" in calls.values()                  # premature: a plain comment


@pytest.mark.model
def test_telling_staff_that_is_a_statement_and_telling_them_to_is_an_order(run):
    ex = run("Chief executive Lena Moss told employees the plant in Graz would close. The minister, Karl Weiss, "
             "told police to clear the square.")
    staff = [s for s in ex.statements if s.predicate == "tell" and s.object.text == "employees"]
    assert staff and staff[0].event_type == "010"
    police = [s for s in ex.statements if s.predicate == "tell" and "police" in s.object.text]
    assert all(s.event_type is None for s in police)


@pytest.mark.model
def test_a_round_wave_or_package_is_coded_by_what_it_counts(run):
    ex = run("The European Union approved a fresh round of sanctions on Belarus. Canada adopted a package of "
             "sanctions against Iran. Greek police detained a group of migrants on Lesbos.")
    assert [s.event_type for s in ex.statements if s.predicate == "approve"] == ["163"]
    assert [s.event_type for s in ex.statements if s.predicate == "adopt"] == ["163"]
    assert [s.event_type for s in ex.statements if s.predicate == "detain"] == ["173"]   # people, not a thing


@pytest.mark.model
def test_an_intent_to_change_ones_own_output_or_prices_is_no_event(run):
    ex = run("Norway and Kuwait agreed to cut production in March. Chile and Peru promised to send "
             "engineers to Bolivia.")
    assert {s.event_type for s in ex.statements if s.predicate == "agree"} == {None}
    promise = [s.event_type for s in ex.statements if s.predicate == "promise"]
    assert promise and all(c and c[:2] == "03" for c in promise)


@pytest.mark.model
def test_expelling_a_state_or_a_body_reduces_relations_and_expelling_persons_deports_them(run):
    ex = run("UEFA expelled Belarus from the tournament in March. Poland expelled two Belarusian journalists.")
    codes = {s.object.text: s.event_type for s in ex.statements if s.predicate == "expel"}
    assert codes.get("Belarus") == "166"
    assert all(c != "166" for o, c in codes.items() if o != "Belarus")


@pytest.mark.model
def test_calling_a_verdict_politically_motivated_is_a_denunciation(run):
    ex = run("Senator Amy Lowe called the verdict politically motivated. Oxfam called the plan a gimmick.")
    assert [s.event_type for s in ex.statements if s.predicate == "call"] == ["111", "111"]
