"""Roles the converter states from verbs of holding an office ("X, who leads the Farmers Alliance", "the movement
founded by X", "Y, led by X"), read once the clause's arguments are resolved to entities.

A verb of leading or founding states a role only between a person and a named organisation: "Apple leads the
market", "X led the protest" and "X led Tottenham to a win" state none. A past tense of holding ("who ran the
firm", "who headed the agency") is a former role; a founding stays true.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.roles import BODY_NOUNS, PERSON_ROLE_VERBS, ROLE_VERBS, body_head
from kg.types import Argument, EntityType

from kg.extract.clauses import unit_body

if TYPE_CHECKING:       # the converter builds on this module
    from kg.extract.clauses import Clause
    from kg.extract.core import _Converter

# Common nouns of bodies a verb of heading or chairing takes as its object ("who heads the agency").
HELD_NOUNS = frozenset("company firm team club".split())
# Prepositions after "led X" that make it a feat, not an office: "led Tottenham to a win", "led Spain past Italy".
FEAT_PREPS = frozenset("to past into against over through".split())
# Verbs of holding an office whose past tense says the office is no longer held ("who ran the firm").
HOLDING_VERBS = frozenset("head chair coach lead run work_for work_at".split())


def role_object(conv: _Converter, clause: Clause, obj: Argument) -> Argument:
    """A role verb's object with the body its description names: "founded the Citizen Action movement" ->
    Citizen Action, "chairs the Airbus board" -> Airbus; any other object unchanged."""
    head = clause.obj_head
    if obj.entity or head is None or clause.predicate not in ROLE_VERBS:
        return obj
    name = unit_body(head) or (body_head(head) if head.lemma_.lower() in BODY_NOUNS else head)
    key = conv.key_of(conv.cluster_of(name)) if name is not head else None
    return Argument(text=obj.text, entity=key) if key else obj


def role_verb(conv: _Converter, clause: Clause, subj: Argument, obj: Argument) -> str | None:
    """The role a verb of heading, leading, founding or working for states, or None when it states none."""
    pred, head = clause.predicate, clause.obj_head
    entity = conv.entity_of(obj.entity)
    if pred not in PERSON_ROLE_VERBS:       # head, chair, coach, represent: as the verb was always read
        body = entity is not None and entity.type in (EntityType.ORGANIZATION, EntityType.GPE)
        return ROLE_VERBS[pred] if body or head.lemma_.lower() in conv.institutions | HELD_NOUNS else None
    holder = conv.entity_of(subj.entity)
    if holder is None or holder.type is not EntityType.PERSON:
        return None
    if entity is None or entity.type is not EntityType.ORGANIZATION:
        return None     # "led the protest", "led France to the final": no named organisation
    if head.pos_ != "PROPN" and head.lemma_.lower() not in BODY_NOUNS | HELD_NOUNS | conv.institutions:
        return None     # "led the delegation", "ran the numbers": an object that resolves through a description
    verb = clause.verb
    if verb is not None and any(c.dep_ == "prep" and c.lower_ in FEAT_PREPS for c in verb.children):
        return None
    return ROLE_VERBS[pred]


def former_holding(clause: Clause, role: str) -> bool:
    """ "X, who ran the firm until 2019", "X headed the agency": a past tense of holding an office."""
    verb = clause.verb
    if clause.kind != "verb" or clause.predicate not in HOLDING_VERBS or role == clause.predicate or verb is None:
        return False
    return verb.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)


# Bodies a secretary is a minister of; a secretary of another body is its officer ("the union's secretary").
GOVERNMENT_WORDS = frozenset("""government ministry department cabinet state country nation administration treasury
office""".split())


def secretary_role(conv: _Converter, clause: Clause, role: str | None, obj: Argument) -> str | None:
    """ "minister_of" for a secretary of a state or a government body; "employee_of" for a secretary of a union, a
    party or a firm ("Tom Marsh, the union's branch secretary")."""
    if role != "minister_of" or not clause.predicate.removeprefix("be_").endswith("secretary_of"):
        return role
    entity = conv.entity_of(obj.entity)
    if entity is not None:
        words = set(entity.label.lower().split())
        return role if entity.type is EntityType.GPE or words & GOVERNMENT_WORDS else "employee_of"
    head = clause.obj_head
    word = head.lemma_.lower() if head is not None else ""
    return "employee_of" if head is not None and head.pos_ == "NOUN" and word not in GOVERNMENT_WORDS else role
