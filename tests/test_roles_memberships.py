"""Memberships that verbs of joining and signing state (kg.extract.memberships), and owning that never holds of a
person (kg.extract.ownership.owns_person)."""
from __future__ import annotations

import pytest

from kg.extract.roles import ROLES


def facts(ex) -> set[tuple]:
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text),
             "fact" if s.is_fact else s.modality.value)
            for s in ex.statements}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a club signs a player: the player is the member
    ("Everton signed the winger Luis Mora for 20 million pounds on Tuesday.",
     ("Luis Mora", "member_of", "Everton", "fact")),
    # a player signs for a club
    ("The Ghana defender Kofi Mensah signed for Celtic on Friday.", ("Kofi Mensah", "member_of", "Celtic", "fact")),
    # a state joins an alliance; a wish to join is no membership yet
    ("Poland joined NATO in 1999.", ("Poland", "member_of", "NATO", "fact")),
    ("Ukraine wants to join NATO.", ("Ukraine", "member_of", "NATO", "Hypothetical")),
    ("Maria Lopez joined Siemens in 2015.", ("Maria Lopez", "member_of", "Siemens", "fact")),
    # a joining still to come is no membership yet
    ("Peter Hale will join Siemens as chairman of its rail unit.",
     ("Peter Hale", "member_of", "Siemens", "Hypothetical")),
])
def test_joining_and_signing_make_a_member(run, text, expected):
    assert expected in facts(run(text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Bayer joined Pfizer in appealing the ruling.",          # a joint act, two firms
    "Kenya joined the talks on Monday.",                     # no organisation joined
    "Liverpool failed to sign the striker Marco Rossi.",     # a failed signing
    "The president signed the bill on Friday.",              # no person signed up
])
def test_no_membership_from_a_joint_act_or_a_failed_signing(run, text):
    assert not {f for f in facts(run(text)) if f[1] in ROLES and f[1].startswith("member_of")}


@pytest.mark.model
def test_an_owned_company_is_never_a_person_who_shares_its_name(run):
    ex = run("Lindqvist is owned by Norrland Capital, a Stockholm investment firm. "
             "Lindqvist Foods was founded by Karl Lindqvist in 1931.")
    people = {e.key for e in ex.entities if e.type.value == "Person"}
    assert not [s for s in ex.statements if s.predicate == "own" and s.object.entity in people]
