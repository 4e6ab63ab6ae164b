"""Memberships that verbs of joining and signing state, read off the statements once their arguments are entities.

"Sweden joined NATO", "Ana Ruiz joined the Greens" and "the striker signed for Celtic" make the subject a member of
the body ("quit the party", "resigned from Deutsche Bank", "left Shell after 20 years" a former one); "Everton signed the winger Luis Mora" makes the object one (the club signed him). Only between the kinds
of entity a membership holds between: a person (or, for joining, a state) and an organisation. "Bayer joined Pfizer
in appealing", "Kenya joined the talks", "the president signed the bill" and "X joined Y in condemning Z" state none.
The membership keeps the verb's factuality ("Ukraine wants to join NATO" is hypothetical, and no direct triple), is
not held yet after a future ("X will join Disney"), and is stated only for a positive verb.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract import offices
from kg.types import Argument, EntityType, Modality, Polarity, Statement

if TYPE_CHECKING:       # the converter builds on this module
    from kg.extract.core import _Converter

# Verbs whose subject becomes a member of their object, and the kinds of subject each takes.
JOINING = {"join": (EntityType.PERSON, EntityType.GPE), "rejoin": (EntityType.PERSON, EntityType.GPE),
           "sign_for": (EntityType.PERSON,), "sign_with": (EntityType.PERSON,)}
# Verbs whose object becomes a member of their subject (an organisation that recruits a person).
RECRUITING = frozenset("sign recruit hire poach".split())
# Verbs whose subject was a member of their object and is no longer: "Maria Lopez quit the Socialist Party",
# "resigned from Deutsche Bank". "leave" only where the text says it ended a tenure (tenure_left): "left the
# Bundestag after the vote" is leaving a building.
LEAVING = {"quit": (EntityType.PERSON, EntityType.GPE), "resign_from": (EntityType.PERSON,),
           "defect_from": (EntityType.PERSON,), "leave": (EntityType.PERSON, EntityType.GPE)}
# Verbs an infinitive after "left X" names the next post with ("left Zalando to found Rewear", "to join Ericsson").
NEXT_POST_VERBS = frozenset("join found co-found become start launch set run lead head take".split())
# Units of time that count a tenure ("left Shell after 20 years").
TENURE_UNITS = frozenset("year years decade decades season seasons month months".split())
# Prepositions after "join" that make it a joint act, not a membership: "joined Pfizer in appealing", "joined X on
# the stage", "joined Y for talks".
JOINT_ACT_PREPS = frozenset("in on for at".split())


def joint_act(st: Statement) -> bool:
    """The statement's further arguments say the joining was of an act, not of the body ("joined X in appealing")."""
    return any(e.text.split(" ", 1)[0].lower() in JOINT_ACT_PREPS and not e.datatype for e in st.extra)


def future(conv: _Converter, st: Statement) -> bool:
    """The statement's verb is in the future ("Peter Rice will join Disney"): the membership is not held yet."""
    span = conv.doc.char_span(st.char_start, st.char_end, alignment_mode="expand")
    verb = st.predicate.split("_")[0]
    return span is not None and any(t.lemma_.lower() == verb and t.pos_ in ("VERB", "AUX") and offices.future(t)
                                    for t in span)


def tenure_left(conv: _Converter, st: Statement) -> bool:
    """ "left Zalando in 2022", "left Shell after 20 years", "left Chelsea for Bayern", "left Zalando to found
    Rewear": a leaving the text dates by a year, counts in years, or follows with the next post; not "left the
    Bundestag after the vote" or "left the summit on Monday"."""
    span = conv.doc.char_span(st.char_start, st.char_end, alignment_mode="expand")
    verbs = [t for t in span or () if t.lemma_.lower() == "leave" and t.pos_ == "VERB"]
    if len(verbs) != 1:
        return False
    for c in verbs[0].subtree:
        if c.i <= verbs[0].i:
            continue
        if c.dep_ in ("advcl", "xcomp") and c.head.i == verbs[0].i and c.lemma_.lower() in NEXT_POST_VERBS and any(
                a.lower_ == "to" for a in c.children):
            return True     # "left Zalando to found Rewear"
        if c.dep_ == "pobj" and c.head.head.i == verbs[0].i and (
                c.head.lower_ == "for" and c.ent_type_ == "ORG" or c.head.lower_ in ("in", "after") and (
                    c.like_num and len(c.text) == 4 and c.text[:2] in ("19", "20")
                    or c.lemma_.lower() in TENURE_UNITS and any(n.like_num for n in c.children))):
            return True     # "for Bayern Munich", "in 2022", "after 20 years"
    return False


def left_body(conv: _Converter, st: Statement, subj, obj) -> Statement | None:
    """The former membership a positive, asserted statement of quitting or leaving a body states, or None; the body
    must be named ("left the company in 2021" may resolve the description to the wrong name)."""
    if subj.type not in LEAVING[st.predicate] or obj.type is not EntityType.ORGANIZATION or st.object.text.islower() \
            or st.modality is not Modality.ASSERTED or future(conv, st) \
            or st.predicate == "leave" and not tenure_left(conv, st):
        return None
    predicate = "member_of_party" if conv.is_party(st.object.entity) else "member_of"
    return replace(st, subject=Argument(text=st.subject.text, entity=st.subject.entity), predicate=predicate,
                   predicate_label="member of", object=Argument(text=st.object.text, entity=st.object.entity),
                   extra=(Argument(text="former", datatype="former"),), attributed_to=st.attributed_to, date=None,
                   date_precision=None, event_type=None, confidence=round(st.confidence * 0.9, 3))


# Platforms one joins, leaves or quits as a user, not as a member of the firm that runs them ("quit Twitter in
# protest", "joined TikTok in 2020").
PLATFORMS = frozenset("""twitter x facebook instagram tiktok whatsapp telegram youtube linkedin snapchat reddit threads
bluesky mastodon""".split())


def platform(text: str) -> bool:
    """The argument names a social platform ("Twitter", "X")."""
    words = text.lower().replace("the ", "").split()
    return bool(words) and words[0] in PLATFORMS


# Verbs of a trade plied at a body, whose "at" phrase names the employer: "who teaches chemistry at Alliance High
# School" (with no object, "teaches at X" is a role verb of kg.extract.roles).
TRADE_VERBS = frozenset("teach lecture".split())


def taught_at(conv: _Converter, st: Statement) -> Statement | None:
    """ "X, who teaches chemistry at Alliance High School": the person is an employee of the organisation of the "at"
    phrase (a former one after a past tense: "taught history at Eton"); positive and asserted only."""
    if st.polarity is not Polarity.POSITIVE or st.modality is not Modality.ASSERTED or not st.subject.entity:
        return None
    holder = conv.entity_of(st.subject.entity)
    bodies = [e for e in st.extra if e.entity and e.text.lower().startswith("at ")]
    body = conv.entity_of(bodies[0].entity) if len(bodies) == 1 else None
    if holder is None or holder.type is not EntityType.PERSON or body is None \
            or body.type is not EntityType.ORGANIZATION or future(conv, st):
        return None
    span = conv.doc.char_span(st.char_start, st.char_end, alignment_mode="expand")
    verbs = [t for t in span or () if t.lemma_.lower() == st.predicate and t.pos_ == "VERB"]
    was = len(verbs) == 1 and verbs[0].tag_ == "VBD"
    return replace(st, predicate="employee_of", predicate_label=f"{st.predicate} at",
                   object=Argument(text=bodies[0].text[3:], entity=body.key),
                   extra=(Argument(text="former", datatype="former"),) if was else (), date=None,
                   date_precision=None, event_type=None, confidence=round(st.confidence * 0.9, 3))


def membership(conv: _Converter, st: Statement) -> Statement | None:
    """The membership one statement of joining, signing or leaving states, or None."""
    if st.polarity is not Polarity.POSITIVE or not (st.subject.entity and st.object.entity):
        return None
    subj, obj = conv.entity_of(st.subject.entity), conv.entity_of(st.object.entity)
    if subj is None or obj is None or st.subject.entity == st.object.entity or platform(st.object.text):
        return None
    if st.predicate in LEAVING:
        return left_body(conv, st, subj, obj)
    if st.predicate in JOINING and subj.type in JOINING[st.predicate] and obj.type is EntityType.ORGANIZATION:
        if st.predicate in ("join", "rejoin") and joint_act(st):
            return None
        member, body = st.subject, st.object
    elif st.predicate in RECRUITING and subj.type is EntityType.ORGANIZATION and obj.type is EntityType.PERSON:
        member, body = st.object, st.subject
    else:
        return None
    predicate = "member_of_party" if conv.is_party(body.entity) else "member_of"
    modality = Modality.HYPOTHETICAL if st.modality is Modality.ASSERTED and future(conv, st) else st.modality
    return replace(st, modality=modality, subject=Argument(text=member.text, entity=member.entity), predicate=predicate,
                   predicate_label="member of", object=Argument(text=body.text, entity=body.entity), extra=(),
                   attributed_to=st.attributed_to, date=None, date_precision=None, event_type=None,
                   confidence=round(st.confidence * 0.9, 3))


def memberships(conv: _Converter, statements: list[Statement]) -> list[Statement]:
    """The memberships the statements of joining and signing state, each once."""
    done = {(st.subject.entity, st.predicate, st.object.entity) for st in statements}
    out = []
    for st in statements:
        new = membership(conv, st) if st.predicate in JOINING or st.predicate in RECRUITING or \
            st.predicate in LEAVING else taught_at(conv, st) if st.predicate in TRADE_VERBS else None
        if new is not None and (new.subject.entity, new.predicate, new.object.entity) not in done:
            done.add((new.subject.entity, new.predicate, new.object.entity))
            out.append(new)
    return out


# Acts a body's members do as the body: they vote, decide, accept or reject, strike ("Members of the union voted to
# reject the offer": the union rejected it); not whatever any member does ("members of the union attacked a manager").
COLLECTIVE_ACTS = frozenset("""vote reject accept approve ratify endorse back support oppose elect choose re-elect
strike walk_out stage call_off end suspend agree_to back_down turn_down vote_for vote_against""".split())


def members_act(conv: _Converter, clause, st: Statement) -> Statement | None:
    """ "Members of the Unifor union voted to reject the offer", "Unifor said its members had rejected the offer", "IAM
    members ratified the contract": a collective act of a named body's members is the body's (a further statement,
    the members' words kept); None for any other statement."""
    head = clause.subj_head
    if head is None or st.subject.entity or head.lemma_.lower() != "member" or head.tag_ != "NNS" or \
            st.predicate not in COLLECTIVE_ACTS and (
                clause.verb is None or clause.verb.lemma_.lower() not in COLLECTIVE_ACTS):
        return None
    if any(c.dep_ in ("nummod", "amod", "det") and c.lower_ not in ("the", "its", "their") for c in head.children):
        return None     # "two members", "some members", "senior members": not the body as a whole
    body = None
    for c in head.children:
        if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN":
            body = c
        elif c.dep_ == "prep" and c.lower_ == "of":
            body = next((g for g in c.children if g.dep_ == "pobj"), None)
    key = conv.key_of(conv.cluster_of(body)) if body is not None else None
    ent = conv.entity_of(key)
    if ent is None or ent.type is not EntityType.ORGANIZATION or key == st.object.entity:
        return None
    return replace(st, subject=Argument(text=st.subject.text, entity=key), confidence=round(st.confidence * 0.9, 3))


def included_member(conv: _Converter, clause, st: Statement) -> Statement | None:
    """ "the Lumo Shipping Council, whose members include Maersk and MSC", "Its members include Chad", "NATO's members
    include Turkey": the named object of a positive "include" whose subject is the members of a named organisation
    is a member of it; None for any other statement ("The members include two judges": no name; "whose members
    include" on no organisation)."""
    head = clause.subj_head
    if st.predicate != "include" or head is None or head.lemma_.lower() != "member" or not st.object.entity \
            or st.polarity is not Polarity.POSITIVE:
        return None
    body = None
    for c in head.children:
        if c.dep_ == "poss" and c.lower_ == "whose":
            body = clause.verb.head if clause.verb is not None and clause.verb.dep_ == "relcl" else None
        elif c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of":
            body = c if c.dep_ == "poss" else next((g for g in c.children if g.dep_ == "pobj"), None)
    key = conv.key_of(conv.cluster_of(body)) if body is not None else None
    ent = conv.entity_of(key)
    if ent is None or ent.type is not EntityType.ORGANIZATION or key == st.object.entity:
        return None
    return replace(st, subject=Argument(text=st.object.text, entity=st.object.entity), predicate="member_of",
                   predicate_label="member of", object=Argument(text=body.text, entity=key), extra=(),
                   date=None, date_precision=None, event_type=None, confidence=round(st.confidence * 0.9, 3))
