"""A passive with no agent says what happened to its subject: "Navalny was arrested in Moscow" is
be_arrested_in(Navalny, Moscow), never arrest_in(Navalny, Moscow), and carries no event whose source would be the one
it happened to. A passive with its agent is read actively; "was born in" keeps its own predicate."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def triples(ex):
    return {(s.subject.entity or s.subject.text, s.predicate, s.object.entity or s.object.text, s.event_type)
            for s in ex.statements}


@pytest.mark.parametrize("text, want", [
    ("Alexei Navalny was arrested in Moscow.", ("alexei-navalny", "be_arrested_in", "moscow", None)),
    ("Twelve soldiers were killed in Kherson.", ("Twelve soldiers", "be_killed_in", "kherson", None)),
    ("Gazprom was handed over to the state.", ("gazprom", "be_handed_over_to", "the state", None)),
])
def test_an_agentless_passive_is_undergone_not_done(run, text, want):
    assert want in triples(run(text))


def test_each_member_of_a_passive_subject_undergoes_it(run):
    got = triples(run("Alexei Navalny and Ilya Yashin were detained in Moscow on Monday."))
    assert {("alexei-navalny", "be_detained_in", "moscow", None), ("ilya-yashin", "be_detained_in", "moscow", None)} <= got


def test_a_passive_with_its_agent_and_born_in_keep_their_readings(run):
    assert ("microsoft", "acquire", "Activision", None) in triples(run("Activision was acquired by Microsoft in 2023."))
    assert {p for _, p, _, _ in triples(run("Zsofia Kertesz was born in Szeged."))} == {"born_in"}


def test_the_predicate_label_is_the_passive(run):
    labels = {s.predicate: s.predicate_label for s in run("Alexei Navalny was arrested in Moscow.").statements}
    assert labels == {"be_arrested_in": "be arrested in"}


def test_the_noun_of_a_passive_relative_clause_undergoes_it(run):
    got = triples(run("Navalny, who was arrested in Moscow, died in prison."))
    assert ("alexei-navalny", "be_arrested_in", "moscow", None) in got
    assert ("elon-musk", "founder_of", "tesla", None) in triples(run("Tesla, which was founded by Elon Musk, sells cars."))
