"""Who acts or speaks for whom: the body or state a common noun acts for ("EU leaders", "Britain's competition
regulator", "the OAS mission"), the body a speaker belongs to ("analysts at Jefferies said") and the source a
clause is reported from ("..., according to the minutes")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.docarrays import arrays
from kg.extract.entities import INSTITUTION_NOUNS, ORG_NOUNS
from kg.types import EntityType

if TYPE_CHECKING:       # the converter builds on this module
    from kg.extract.arguments import Clause
    from kg.extract.core import _Converter

# The people who speak and act for a body named before them ("EU leaders", "Google officials"); a board is a body
# of its own ("chaired the company's board").
GROUP_SPEAKERS = frozenset("leader official leadership government minister diplomat envoy".split())
# Nouns for a body's own people or units, that act for it when its name stands before them: "the OAS mission".
# (A board is a body of its own: "Vexa's board recommended the offer" is not Vexa's act.)
BODY_PARTS = frozenset("""mission delegation gang group movement team leadership negotiators militia wing forces
fighters network campaign""".split())
# Bodies of a place that act for it: "the government of X", "the army of X" (not "the bank of X", a name).
STATE_BODIES = frozenset("""government administration army military authorities police parliament navy
forces council""".split())     # "Leeds city council voted": a place's council governs it
# Of those, the ones a state sends to speak and act for it: "the Saudi delegation walked out".
ENVOY_BODIES = frozenset("delegation negotiator negotiators".split())
# Nouns of people who speak for a body or a person ("Toyota's spokesman", "a representative for the family").
SPEAKING_FOR = frozenset("spokesman spokeswoman spokesperson representative official officer source".split())
# Common nouns of bodies that act for the state or body that owns them ("Britain's competition regulator").
INSTITUTIONS = frozenset(ORG_NOUNS) | INSTITUTION_NOUNS | {"regulator", "watchdog", "authority", "official",
                                                           "force", "troops", "leadership", "defence", "defense"}


# Nouns of firms and of bodies that are no organ of a state: a nationality before them says where they are from
# ("the Estonian lender", "a Japanese carmaker", "the German opposition"), not that the state acts.
FIRM_NOUNS = frozenset("""airline automaker bank broadcaster carmaker carrier conglomerate developer giant insurer lender
maker manufacturer miner network newspaper operator producer publisher retailer startup supplier utility union party
opposition alliance coalition body institution organisation organization board committee panel""".split())
# Nouns of a state's people and units: they act for it ("French troops withdrew"), but what is done to them is not
# done to the state ("expelled French troops", "arrested Russian officials").
PERSONNEL = frozenset("troops troop force forces official officials police".split())


def demonym_acts(head: Token, acting: bool) -> bool:
    """Whether a nationality adjective before ``head`` makes the state the one meant: an organ of the state
    ("the French government", "Romanian officials said"), and its people or units only as the ones who act."""
    words = {head.lemma_.lower(), head.lower_}
    if words & FIRM_NOUNS:
        return False
    return acting or not words & PERSONNEL


_BODIES = BODY_PARTS | STATE_BODIES
# The lemmas of the nouns institution_owner reads (or a noun's own form among INSTITUTIONS)
_OWNED_NOUNS = _BODIES | ENVOY_BODIES | GROUP_SPEAKERS | INSTITUTIONS


def institution_owner(conv: _Converter, head: Token, acting: bool = False) -> str | None:
    """The body or state a common noun acts for: "EU leaders", "Britain's competition regulator", "the
    government of Ghana", and, as the one who acts (``acting``, a subject), "the OAS mission", "the US
    military" (the OAS mission's leader is no leader of the OAS); None for any other noun."""
    cols = arrays(conv.doc)     # asked of every argument's head: most are no such noun, read by position
    lemma, pos = cols.lemma_lower[head.i], cols.pos[head.i]
    if pos not in ("NOUN", "PROPN") or lemma not in _OWNED_NOUNS and cols.lower[head.i] not in INSTITUTIONS:
        return None     # (each rule below is of a noun among these words)
    if acting and pos == "NOUN" and lemma in _BODIES:
        names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and all(
            t.dep_ == "compound" and t.pos_ == "NOUN" and t.head.i == head.i for t in conv.doc[c.i + 1:head.i])
            or c.dep_ == "poss" and lemma in BODY_PARTS]     # "the BlackReef ransomware gang", "Hamas's armed wing"
        cid = conv.cluster_of(names[0]) if names else None
        ent = conv.entities.get(cid) if cid is not None else None
        if ent is not None and (ent.type in (EntityType.ORGANIZATION, EntityType.GROUP) and lemma in BODY_PARTS
                                or ent.type is EntityType.GPE and lemma in STATE_BODIES):
            return ent.key      # "the BlackReef gang", "the Hamas delegation", "the US military"
    if acting and head.pos_ == "NOUN" and lemma in ENVOY_BODIES:
        for c in head.children:     # "the Saudi delegation", "Ukrainian negotiators": a state's own envoys
            entry = conv.gaz.demonym(c.text) if c.dep_ == "amod" and c.i < head.i else None
            if entry is not None and entry.type is EntityType.GPE:
                return conv.gazetteer_entity(entry)
    if head.pos_ == "NOUN" and lemma in GROUP_SPEAKERS and (head.tag_ == "NNS" or lemma == "leadership"):
        for c in head.children:     # "EU leaders told Xi"; not "the Hamas leader", a person
            if c.dep_ == "compound":
                cid = conv.cluster_of(c)
                if cid in conv.entities and conv.entities[cid].type in (EntityType.ORGANIZATION, EntityType.GPE):
                    return conv.entities[cid].key
    if head.pos_ not in ("NOUN", "PROPN") or not {head.lemma_.lower(), head.lower_} & INSTITUTIONS:
        return None
    for c in head.children:
        if c.dep_ == "poss":
            cid = conv.cluster_of(c)
            if cid in conv.entities and conv.entities[cid].type is EntityType.GPE:
                return conv.entities[cid].key
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1 and head.lemma_.lower() in STATE_BODIES:
            # "the regional government of the Canary Islands": a place's own government acts for it
            # (islands and regions the model calls locations have governments too: "the Balearic Islands")
            for pobj in (g for g in c.children if g.dep_ == "pobj"):
                cid = conv.cluster_of(pobj)
                if cid in conv.entities and conv.entities[cid].type in (EntityType.GPE, EntityType.LOCATION):
                    return conv.entities[cid].key
        if c.dep_ == "amod" and c.i < head.i and demonym_acts(head, acting):     # "Romanian health officials"
            entry = conv.gaz.demonym(c.text)
            if entry is not None and entry.type is EntityType.GPE:
                return conv.gazetteer_entity(entry)
    return None


def speaker_body(conv: _Converter, tok: Token) -> str | None:
    """ "Sudan's army said" is resolved as an argument; "analysts at Jefferies said", "officials of the
    ministry said", "Toyota's spokesman said", "a spokeswoman for the ministry said": the body the speakers
    belong to or speak for, where it is an entity."""
    if tok.pos_ != "NOUN":
        return None
    voice = tok.lemma_.lower() in SPEAKING_FOR
    for c in tok.children:      # "Toyota's spokesman said", "a spokeswoman for the ministry said"
        if voice and c.dep_ == "poss":
            key = conv.key_of(conv.cluster_of(c))
            if key:
                return key
    for prep in tok.children:
        if prep.dep_ == "prep" and (prep.lower_ in ("at", "of", "from") or voice and prep.lower_ == "for"):
            for pobj in prep.children:
                key = conv.key_of(conv.cluster_of(pobj)) if pobj.dep_ == "pobj" else None
                if key:
                    return key
    return None


def according_to(clause: Clause) -> Token | None:
    """ "..., according to the minutes": the source a clause is reported from."""
    verb = clause.verb
    if verb is None:
        return None
    cols = arrays(verb.doc)     # asked of every clause: positions, not a Token per child
    kids, dep = cols.children, cols.dep
    for prep in kids[verb.i]:
        if dep[prep] == "prep" and cols.lower[prep] == "according":
            for to in kids[prep]:
                for pobj in kids[to]:
                    if dep[pobj] == "pobj":
                        return verb.doc[pobj]
    return None
