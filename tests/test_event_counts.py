"""Event coding by what an object counts and how a complement is mooded, on sentences of our own.

One general class each: round numbers used as nouns ("hundreds of", "tens of thousands of") count the people
after them; a plural nationality noun ("Hondurans") names people; a meeting or a welcome of a crowd counted in
millions is a tally, no counterpart met; a force verb on the goal in a game is play; committing mass violence is
that violence; a "that" clause in the mandative subjunctive after "insist" is a demand, and its act is requested.
"""
from __future__ import annotations

import pytest

from kg.types import Modality


def coded(ex, predicate):
    return [s.event_type for s in ex.statements if s.predicate == predicate]


def roots(ex, predicate):
    return [c[:2] if c else None for c in coded(ex, predicate)]


@pytest.mark.model
def test_round_numbers_count_the_people_after_them(run):
    ex = run("Boko Haram gunmen abducted hundreds of schoolgirls from Chibok. Serbia expelled dozens of Kosovars. "
             "Uganda welcomed tens of thousands of Congolese refugees.")
    assert roots(ex, "abduct") == ["18"] and roots(ex, "expel") == ["17"]


@pytest.mark.model
def test_a_plural_nationality_noun_names_people(run):
    ex = run("Mexico deported 300 Guatemalans last month. Pakistan expelled 200 Afghans in January.")
    assert roots(ex, "deport") == ["17"] and roots(ex, "expel") == ["17"]


@pytest.mark.model
def test_a_crowd_counted_in_millions_is_no_counterpart(run):
    ex = run("Mecca hosts about two million pilgrims every year. Portugal welcomed a record 30 million visitors "
             "in 2024. Jordan hosted 40 Syrian refugees on Monday. Tunisia welcomed Algeria's president on Sunday.")
    assert coded(ex, "host")[0] is None and coded(ex, "welcome")[0] is None
    assert roots(ex, "host")[1] == "04" and roots(ex, "welcome")[1] == "05"


@pytest.mark.model
def test_force_on_the_goal_in_a_game_is_play(run):
    ex = run("Lyon bombarded the Marseille goal in the second half but could not find an equaliser. "
             "Russian jets bombarded the port of Mariupol.")
    assert coded(ex, "bombard")[0] is None and roots(ex, "bombard")[1] == "19"


@pytest.mark.model
def test_committing_mass_violence_is_that_violence(run):
    ex = run("A UN inquiry concluded that Sudanese militias had committed genocide in Darfur. "
             "Serb forces perpetrated a massacre at Srebrenica. Burmese soldiers massacred hundreds of villagers.")
    assert roots(ex, "commit") == ["20"] and roots(ex, "perpetrate") == ["20"] and roots(ex, "massacre") == ["20"]


@pytest.mark.model
def test_insisting_on_a_subjunctive_clause_is_a_demand(run):
    ex = run("Ankara insisted that Stockholm extradite the journalists. Lisbon insisted that the envoy be recalled. "
             "Tehran insisted that its programme was peaceful.")
    assert coded(ex, "insist")[:2] == ["100", "100"] and roots(ex, "insist")[2] == "01"
    extradite = [s for s in ex.statements if s.predicate == "extradite"]
    assert extradite and extradite[0].modality is Modality.REQUESTED


def test_the_mandative_subjunctive_needs_a_bare_verb_after_a_singular_subject(nlp):
    from kg.extract.factuality import mandative

    def comp(text):
        return next(t for t in nlp(text) if t.dep_ == "ccomp")
    assert mandative(comp("Paris insisted that Rome reopen the border."))
    assert mandative(comp("Paris insisted that the ships be returned."))
    assert not mandative(comp("Paris insisted that Rome had reopened the border."))
    assert not mandative(comp("Paris insisted that Rome would reopen the border."))
    assert not mandative(comp("Paris insists that the rebels control the border."))    # plural: a plain present
