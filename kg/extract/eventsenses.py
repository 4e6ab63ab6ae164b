"""Senses of a clause that the verb and object alone code wrongly, told by the clause's actors: an act on an
actor's own operations or facilities, a court on another court's ruling, stopping a cooperation ("stopped sharing
data with"), returning a thing to someone, and joining an organisation."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.events import agent_nouns, norm_word
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.arguments import Clause
    from kg.extract.core import _Converter

# An actor's own operations and facilities: closing an airport, suspending or cancelling flights, halting
# production is an act on what the actor runs (the dictionary's CLOSE AIRPORT 191, SUSPEND FLIGHT 160), no act
# towards anyone unless the clause names that other ("suspended flights to Russia", "closed the airport to
# Israeli planes"). (Not borders, airspace, embassies or talks: closing those acts on a neighbour.)
OPERATION_OBJECTS = frozenset("""flight airport runway terminal route service operation production output sailing
departure train ferry plant factory refinery mine station""".split())
OPERATION_ROOTS = frozenset("16 17 19".split())
# Prepositions that name whom such an act is towards ("flights to Moscow", "exports from Iran"); not its cause or
# its time ("because of a strike by French controllers").
COUNTERPART_PREPS = frozenset("to from for with on against into".split())
# A court's ruling on a ruling ("overturned the High Court's ruling", "quashed a lower court's acquittal") is the
# course of a case, no act of one actor towards another.
COURT_NOUNS = frozenset("court tribunal judge bench panel justice".split())
RULING_NOUNS = frozenset("""ruling verdict judgment judgement decision conviction acquittal sentence order
finding""".split())
# Stopping, halting or ceasing a cooperation ("stopped sharing data with", "halted buying gas from") reduces
# relations: the code of the stopped act's root.
CESSATION_VERBS = frozenset("stop cease halt quit suspend end discontinue".split())
STOPPED_CODES = {"03": "160", "04": "164", "05": "161", "06": "160", "07": "162"}
# Giving a thing back to someone ("returned the bronzes to Nigeria") returns it (084), as handing it back does.
RETURN_VERBS = frozenset(["return"])
ACTORS = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GPE, EntityType.GROUP)
PEOPLE_OR_PLACES = (EntityType.PERSON, EntityType.GPE, EntityType.GROUP, EntityType.LOCATION)


def operations_only(conv: _Converter, clause: Clause, code: str | None, country_or_actor) -> bool:
    """Whether a code of reducing relations, coercion or fighting falls on the actor's own operations or facilities
    (:data:`OPERATION_OBJECTS`) with no other actor named: ``country_or_actor(cluster)`` says whether a cluster of
    the object or the further arguments is one (a country, a capital, a person, an organisation)."""
    head = clause.obj_head
    if not code or code[:2] not in OPERATION_ROOTS or head is None or norm_word(head.lemma_) not in OPERATION_OBJECTS:
        return False
    subject = conv.cluster_of(clause.subj_head) if clause.subj_head is not None else None
    tokens = [t for t in clause.obj or () if t.i != head.i] + [t for e in clause.extras
                                                               if e and e[0].lower_ in COUNTERPART_PREPS for t in e]
    return not any(c not in (subject, conv.cluster_of(head)) and country_or_actor(c)
                   for c in conv.res.clusters_in(tokens))


def court_on_ruling(conv: _Converter, clause: Clause) -> bool:
    """Whether a court (or a judge) acts on a ruling, a verdict or a conviction that names no party but courts
    ("the appeals court upheld the lower court's verdict"): the course of a case. A ruling on a party stays its
    act towards the party ("overturned the conviction of the dissident")."""
    subj, head = clause.subj_head, clause.obj_head
    if not (subj is not None and head is not None and subj.lemma_.lower() in COURT_NOUNS
            and norm_word(head.lemma_) in RULING_NOUNS):
        return False
    # the party is the ruling's owner or its "of"/"against" phrase ("the conviction of the blogger"), not the
    # words of its content ("a ruling that Zoomly must pay")
    party = [t for c in head.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "against")
             for t in c.subtree]
    agents = agent_nouns()
    for t in party:
        if t.pos_ == "NOUN" and norm_word(t.lemma_) in agents and t.lemma_.lower() not in COURT_NOUNS:
            return False    # "the acquittal of the former banker"
    for c in conv.res.clusters_in(party):
        ent = conv.entities.get(c)
        if ent is not None and ent.type in ACTORS and not COURT_NOUNS & set(ent.label.lower().split()):
            return False
    return True


def cessation_code(conv: _Converter, clause: Clause, verb: Token) -> str | None:
    """The code of stopping a cooperation named by a gerund ("stopped sharing flood data with Pakistan": 160), or
    None where the verb stops no act of cooperation (a root of :data:`STOPPED_CODES`)."""
    head = clause.obj_head
    if verb.lemma_.lower() not in CESSATION_VERBS or head is None or head.tag_ != "VBG" or head.head.i != verb.i:
        return None
    dobj = next((c for c in head.children if c.dep_ == "dobj"), None)
    words = [norm_word(t.lemma_) for t in dobj.subtree if t.is_alpha and not t.is_stop] if dobj is not None else []
    preps = [c.lower_ for c in head.children if c.dep_ == "prep"]
    predicate = head.lemma_.lower() + (f"_{preps[0]}" if preps and dobj is None else "")
    code = conv.coder.code(predicate, words, norm_word(dobj.lemma_) if dobj is not None else None,
                           counterpart="actor")
    return STOPPED_CODES.get(code[:2]) if code else None


def return_code(conv: _Converter, clause: Clause, verb: Token, code: str | None) -> str | None:
    """084 for a thing given back to an actor ("returned 16 looted statues to Cambodia"): the verb returns an
    object that is no actor and the clause names the actor it goes to with "to"."""
    head = clause.obj_head
    if code is not None or verb.lemma_.lower() not in RETURN_VERBS or head is None or head.pos_ not in ("NOUN",
                                                                                                         "PROPN"):
        return code
    own = conv.entities.get(conv.cluster_of(head))
    if own is not None and own.type in PEOPLE_OR_PLACES:     # (a thing's name may be typed an organisation)
        return code
    recipients = [e for e in clause.extras if e and e[0].lower_ == "to"] + [
        list(c.subtree) for c in head.children if c.dep_ == "prep" and c.lower_ == "to"]    # "a mask to Ghana"
    if any(conv.entities[c].type in ACTORS for e in recipients for c in conv.res.clusters_in(e)
           if c in conv.entities):
        return "084"
    return code


def joining_code(verb: Token, code: str | None, target_type: EntityType | None) -> str | None:
    """057 for joining an organisation ("Finland joined NATO", "joined Ferrari in 2024"): membership is a formal
    agreement, no consultation (JOIN alone is 040)."""
    if verb.lemma_.lower() == "join" and code == "040" and target_type is EntityType.ORGANIZATION:
        return "057"
    return code
