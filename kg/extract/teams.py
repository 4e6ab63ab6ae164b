"""A player's side, from what a match report says they did for it: "Saka scored twice for Arsenal", "Rovanpera took
his third win of the season for Toyota", "Verstappen won the race for Red Bull", "she won gold for Kenya".

A person who scores, races, bats or bowls for a team, or wins a race, a match or a medal for it, is a member of it
(member_of, graph only). Only with a verb of sport or an object that is a result of sport: "won the contract for
Siemens", "won the case for Apple" and "worked for Google" state nothing here. Only for a positive verb that is
asserted ("hopes to race for Ferrari", "did not score for Arsenal" state none), and not in a relative clause, which
in a report is most often a career's record ("Henry, who scored 228 goals for Arsenal" played there once).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.arguments import subjects_of
from kg.extract.docarrays import arrays
from kg.extract.factuality import is_hypothetical, negated
from kg.extract.roles import ROLES
from kg.extract.spans import provenance
from kg.types import Argument, EntityType, Statement

if TYPE_CHECKING:       # the converter builds on this module
    from kg.extract.core import _Converter

# Verbs of playing a sport whose "for" names the side one plays for.
SPORT_VERBS = frozenset("score race drive bat bowl net debut".split())
# Results of sport: winning one "for" a side is playing for it ("won the race for Red Bull", "took his third win for
# Toyota", "won gold for Kenya").
RESULT_NOUNS = frozenset("""win victory race title pole goal try wicket century hat-trick podium stage medal gold silver
bronze point match game""".split())
# Lower-case words inside a side's name ("Rally of Finland", "Real Madrid de ..."); any other ends the name.
NAME_LINKS = frozenset("of de del di da do dos the and &".split())
# The edges a "for" phrase may hang by between the verb and it ("won the race from pole position for Red Bull").
CHAIN_DEPS = frozenset("dobj pobj prep dative appos".split())


def played_verb(prep: Token) -> Token | None:
    """The verb a "for" phrase says its subject played for: the verb it hangs on, through the verb's object and its
    modifiers; None when the phrase hangs elsewhere or the verb says no sport."""
    node = prep.head
    for _ in range(5):
        if node.pos_ == "VERB":
            break
        if node.dep_ not in CHAIN_DEPS or node.pos_ not in ("NOUN", "ADP", "PROPN"):
            return None
        node = node.head
    if node.pos_ != "VERB" or node.dep_ in ("relcl", "xcomp") or any(
            c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return None     # a career's record, or a wish ("hopes to race for Ineos")
    objs = [c.lemma_.lower() for c in node.children if c.dep_ == "dobj"]
    if node.lemma_.lower() not in SPORT_VERBS and not any(o in RESULT_NOUNS for o in objs):
        return None
    if negated(node) or is_hypothetical(node) or node.dep_ == "conj" and (negated(node.head) or is_hypothetical(
            node.head)):
        return None
    return node


def team_memberships(conv: _Converter, statements: list[Statement]) -> list[Statement]:
    """member_of(player, side) for each "for" phrase naming an organisation or a state a person played for."""
    done = {(st.subject.entity, st.object.entity) for st in statements if st.subject.entity and st.predicate in ROLES}
    out = []
    cols = arrays(conv.doc)     # every word of the article is asked: the columns say no to all but "for"
    lower, dep = cols.lower, cols.dep
    for k in range(cols.n):
        if lower[k] != "for" or dep[k] not in ("prep", "dative"):
            continue
        prep = conv.doc[k]
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        side = conv.entity_of(conv.key_of(conv.cluster_of(objs[0]))) if objs else None
        if side is None or side.type not in (EntityType.ORGANIZATION, EntityType.GPE) or any(
                w.islower() and w not in NAME_LINKS for w in side.label.split()):
            continue    # (not a name that runs on into the match: "Arsenal against Fulham")
        verb = played_verb(prep)
        subjects = subjects_of(verb)[0] if verb is not None else []
        for subj in subjects:
            player = conv.entity_of(conv.key_of(conv.cluster_of(subj)))
            if player is None or player.type is not EntityType.PERSON or (player.key, side.key) in done:
                continue
            done.add((player.key, side.key))
            sent_text, sent_start, sent_end = provenance(verb.sent)
            out.append(Statement(subject=Argument(text=subj.text, entity=player.key), predicate="member_of",
                                 predicate_label="member of", object=Argument(text=side.label, entity=side.key),
                                 confidence=0.5, sentence=sent_text, char_start=sent_start, char_end=sent_end))
    return out
