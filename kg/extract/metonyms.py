"""Capitals that stand for their states: "Moscow warned Kyiv", "Washington imposed sanctions on Tehran".

In the news a capital that acts on a foreign actor is that state's government, and analysts ask their questions
of states ("every threat Russia made against Ukraine"), as GDELT codes such actors. The graph contract lets a
statement's subject be the state where its capital stands for the government; the capital keeps its own node
and name. A capital acting at home ("Paris banned e-scooters") is left the city: only an event between the
capital and an actor of another state moves, and a capital that is only a material act's target or a visit's
destination ("shelled Kyiv", "flew to Moscow") stays the place it is.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.events import concepts
from kg.types import Argument

if TYPE_CHECKING:
    from kg.extract.core import _Converter

# A capital that hosts a body more often stands for that body than for its own state
SEATS = {"Brussels": "European Union"}
# Kinds of gazetteer entries that are actors of no one state: a capital acting on them acts abroad
FOREIGN_KINDS = frozenset({"intergovernmental", "armed_group"})
# Roots whose object is a target or a destination, not a government: force posture, coercion, assault, fighting,
# mass violence; and the codes of visits
PLACE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
VISIT_CODES = frozenset({"042", "043"})


def state_of_capital(conv: _Converter, key: str | None) -> str | None:
    """The label of the state (or the body, for :data:`SEATS`) a capital's entity stands for, else None."""
    ent = conv.entity_of(key)
    if ent is None or ent.wikidata is None:
        return None
    entry = conv.gaz.lookup(ent.label)
    if entry is None or entry.kind != "capital" or entry.wikidata != ent.wikidata:
        return None
    return SEATS.get(entry.label, entry.capital_of)


def home_of(conv: _Converter, key: str | None) -> str | None:
    """The state an actor belongs to, as far as the gazetteer tells: a country is its own, a capital its state's,
    a person the state whose offices they hold; ``"abroad"`` for a body of no one state; None when unknown."""
    ent = conv.entity_of(key)
    if ent is None:
        return None
    entry = conv.gaz.lookup(ent.label)
    if entry is None or ent.wikidata is not None and entry.wikidata != ent.wikidata:
        return None
    if entry.kind == "country":
        return entry.label
    if entry.kind == "capital":
        return SEATS.get(entry.label, entry.capital_of)
    if entry.kind == "person":
        return entry.country
    return "abroad" if entry.kind in FOREIGN_KINDS else None


def capital_metonyms(conv: _Converter, subj: Argument, obj: Argument, code: str | None) -> tuple[Argument, Argument]:
    """The statement's subject and object with a capital replaced by its state where it acts for it: an event
    (``code``) between the capital and an actor of another state, named as the object or inside the object's
    phrase. The object moves only where it is an entity and the code is no material act on a place (roots 15,
    17-20) and no visit."""
    if code is None or not subj.entity:
        return subj, obj
    subj_home = home_of(conv, subj.entity)
    if subj_home is None:
        return subj, obj
    subj_state = state_of_capital(conv, subj.entity)
    if not obj.entity:      # "imposed sanctions on Tehran": a concept that involves the foreign actor
        if subj_state is not None and any(home_of(conv, k) not in (None, subj_home) for k in obj.involves):
            subj = _as_state(conv, subj, subj_state)
        return subj, obj
    obj_state, obj_home = state_of_capital(conv, obj.entity), home_of(conv, obj.entity)
    if obj_home is None or subj_home == obj_home:
        return subj, obj
    concept = concepts().get(code)
    if subj_state is not None:
        subj = _as_state(conv, subj, subj_state)
    if obj_state is not None and concept is not None and concept.root not in PLACE_ROOTS and code not in VISIT_CODES:
        obj = _as_state(conv, obj, obj_state)
    return subj, obj


def _as_state(conv: _Converter, arg: Argument, label: str) -> Argument:
    entry = conv.gaz.lookup(label)
    if entry is None:
        return arg
    return Argument(text=arg.text, entity=conv.gazetteer_entity(entry), involves=arg.involves, datatype=arg.datatype)
